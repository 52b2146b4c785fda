#include "widgets/figure_exporter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSvgGenerator>
#include <qcustomplot.h>

namespace inferscope::widgets {

bool FigureExporter::exportPlot(QCustomPlot *plot, const QString &fileName, int width, int height, QString *error)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    bool ok = false;
    if (suffix == QLatin1String("png")) {
        ok = plot->savePng(fileName, width, height, 2.0); // 2x: sharp in slides and print
    } else if (suffix == QLatin1String("pdf")) {
        ok = plot->savePdf(fileName, width, height, QCP::epNoCosmetic);
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setFileName(fileName);
        const int w = width > 0 ? width : plot->width();
        const int h = height > 0 ? height : plot->height();
        generator.setSize(QSize(w, h));
        generator.setViewBox(QRect(0, 0, w, h));
        generator.setTitle(QFileInfo(fileName).baseName());
        QCPPainter painter;
        ok = painter.begin(&generator);
        if (ok) {
            plot->toPainter(&painter, w, h);
            painter.end();
        }
    } else {
        if (error)
            *error = QCoreApplication::translate("FigureExporter", "Unknown figure format \"%1\": use .png, .pdf or .svg.")
                         .arg(suffix);
        return false;
    }
    if (!ok && error)
        *error = QCoreApplication::translate("FigureExporter", "Could not write %1.").arg(fileName);
    return ok;
}

QString qcustomplotVersion()
{
    return QStringLiteral(QCUSTOMPLOT_VERSION_STR);
}

QStringList FigureExporter::nameFilters()
{
    return {QCoreApplication::translate("FigureExporter", "PNG image (*.png)"),
            QCoreApplication::translate("FigureExporter", "PDF document (*.pdf)"),
            QCoreApplication::translate("FigureExporter", "SVG drawing (*.svg)")};
}

} // namespace inferscope::widgets
