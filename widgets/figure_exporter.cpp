#include "widgets/figure_exporter.h"

#include "core/store/atomic_file.h"
#include "widgets/chart_palette.h"
#include "widgets/chart_widget.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSvgGenerator>
#include <cmath>
#include <functional>
#include <map>
#include <qcustomplot.h>
#include <span>

namespace inferscope::widgets {
namespace {
QString writeError(const QString &fileName)
{
    return QCoreApplication::translate("FigureExporter", "Could not write %1.").arg(fileName);
}

/// Writes through the one output-file policy; returns the error, empty on success.
QString writeBytes(const QString &fileName, const QByteArray &bytes)
{
    try {
        store::writeFileAtomically(fileName.toStdString(),
                                   std::as_bytes(std::span(bytes.constData(), static_cast<std::size_t>(bytes.size()))));
    } catch (const std::exception &e) {
        return QCoreApplication::translate("FigureExporter", "Could not write %1: %2")
            .arg(fileName, QString::fromStdString(e.what()));
    }
    return {};
}

/// Why the figure `fileName` (or the CSV beside it) cannot be written, before anything is drawn; empty if it can.
QString outputProblem(const QString &fileName, bool withCsv)
{
    for (const QString &f :
         withCsv ? QStringList{fileName, QFileInfo(fileName).path() + QLatin1Char('/') +
                                             QFileInfo(fileName).completeBaseName() + QStringLiteral(".csv")}
                 : QStringList{fileName})
        if (const std::string problem = store::outputFileProblem(f.toStdString()); !problem.empty())
            return QCoreApplication::translate("FigureExporter", "Cannot write the figure: %1.")
                .arg(QString::fromStdString(problem));
    return {};
}

/// A paper style put on a plot for one export, and taken off again (the screen keeps its own).
class PaperStyle {
public:
    /// `width`: the width the plot is drawn at, in points.
    PaperStyle(QCustomPlot *plot, const FigurePreset &preset, double width) : m_plot(plot)
    {
        applyTheme(plot, paperTheme()); // black on white even when the screen is dark
        // Pixel sizes, not point sizes: the plot is laid out in points (1 unit = 1 pt) on every device,
        // so type must not be scaled again by a device's DPI.
        QFont label = plot->font(), tick = plot->font();
        label.setPixelSize(static_cast<int>(std::lround(preset.labelPt)));
        tick.setPixelSize(static_cast<int>(std::lround(preset.tickPt)));
        for (QCPAxisRect *rect : plot->axisRects())
            for (QCPAxis *axis : rect->axes()) {
                m_axes.push_back({axis, axis->labelFont(), axis->tickLabelFont(), axis->basePen(), axis->tickPen(),
                                  axis->subTickPen()});
                axis->setLabelFont(label);
                axis->setTickLabelFont(tick);
                QPen pen = axis->basePen();
                pen.setWidthF(preset.lineWidthPt * 0.75);
                axis->setBasePen(pen);
                axis->setTickPen(pen);
                axis->setSubTickPen(pen);
            }
        m_legendFont = plot->legend->font();
        m_legendIcon = plot->legend->iconSize();
        m_legendBorder = plot->legend->borderPen();
        m_legendWrap = plot->legend->wrap();
        plot->legend->setFont(tick);
        // Legend swatches and whisker caps sized for type in points, not screen pixels.
        plot->legend->setIconSize(static_cast<int>(std::lround(preset.tickPt * 1.6)),
                                  static_cast<int>(std::lround(preset.tickPt)));
        QPen border = m_legendBorder;
        border.setWidthF(preset.lineWidthPt * 0.6);
        plot->legend->setBorderPen(border);
        // As many legend entries per row as fit over the axes at this width (the value axis takes about a fifth).
        ChartWidget::fitLegend(plot, width * 0.78);
        // Text items (baseline and peak labels, the median line's label) in the tick size, in pixels too.
        for (int i = 0; i < plot->itemCount(); ++i)
            if (auto *text = qobject_cast<QCPItemText *>(plot->item(i))) {
                m_texts[text] = text->font();
                QFont f = text->font();
                f.setPixelSize(static_cast<int>(std::lround(preset.tickPt)));
                text->setFont(f);
            }
        // Panel titles in the label size.
        for (QCPLayoutElement *element : plot->plotLayout()->elements(true))
            if (auto *title = qobject_cast<QCPTextElement *>(element)) {
                m_titles[title] = title->font();
                QFont f = title->font();
                f.setPixelSize(static_cast<int>(std::lround(preset.labelPt)));
                title->setFont(f);
            }
        for (int i = 0; i < plot->plottableCount(); ++i) {
            QCPAbstractPlottable *p = plot->plottable(i);
            m_pens[p] = p->pen();
            QPen pen = p->pen();
            pen.setWidthF(std::max(pen.widthF(), 0.5) * preset.lineWidthPt);
            if (auto *whiskers = qobject_cast<QCPErrorBars *>(p)) {
                m_whiskers[whiskers] = whiskers->whiskerWidth();
                whiskers->setWhiskerWidth(preset.tickPt * 0.6);
                pen.setWidthF(preset.lineWidthPt * 0.7);
            }
            p->setPen(pen);
        }
    }
    ~PaperStyle()
    {
        for (const auto &a : m_axes) {
            a.axis->setLabelFont(a.label);
            a.axis->setTickLabelFont(a.tick);
            a.axis->setBasePen(a.base);
            a.axis->setTickPen(a.tickPen);
            a.axis->setSubTickPen(a.subTickPen);
        }
        m_plot->legend->setFont(m_legendFont);
        m_plot->legend->setIconSize(m_legendIcon);
        if (m_plot->legend->wrap() != m_legendWrap) {
            m_plot->legend->setWrap(m_legendWrap);
            m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst, true);
        }
        m_plot->legend->setBorderPen(m_legendBorder);
        for (const auto &[p, pen] : m_pens)
            p->setPen(pen);
        for (const auto &[whiskers, width] : m_whiskers)
            whiskers->setWhiskerWidth(width);
        for (const auto &[text, font] : m_texts)
            text->setFont(font);
        for (const auto &[title, font] : m_titles)
            title->setFont(font);
        applyTheme(m_plot, screenTheme(m_plot->palette()));
        m_plot->replot();
    }

private:
    struct AxisStyle {
        QCPAxis *axis;
        QFont label, tick;
        QPen base, tickPen, subTickPen;
    };
    QCustomPlot *m_plot;
    std::vector<AxisStyle> m_axes;
    QFont m_legendFont;
    QSize m_legendIcon;
    QPen m_legendBorder;
    int m_legendWrap = 0;
    std::map<QCPAbstractPlottable *, QPen> m_pens;
    std::map<QCPErrorBars *, double> m_whiskers;
    std::map<QCPItemText *, QFont> m_texts;
    std::map<QCPTextElement *, QFont> m_titles;
};

/// Draws a PDF, SVG or PNG of the preset's physical size whose painter works in points (one unit = 1 pt) into
/// memory, lets `paint` draw, and writes the file through the one output-file policy (store::writeFileAtomically:
/// a new or regular file, replaced whole, never through a link). The PNG is `dpi` pixels per inch with the DPI
/// stored. Returns the error, empty on success.
QString paintAtPreset(const QString &fileName, const FigurePreset &preset, int dpi,
                      const std::function<void(QCPPainter &)> &paint)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const double wPt = preset.widthPt(), hPt = preset.heightPt();
    const int w = static_cast<int>(std::lround(wPt)), h = static_cast<int>(std::lround(hPt));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QCPPainter painter;
    bool drawn = false;
    if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(72); // one device unit = one point
        pdf.setPageSize(QPageSize(QSizeF(wPt, hPt), QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setCreator(QStringLiteral("InferScope"));
        pdf.setTitle(QFileInfo(fileName).completeBaseName());
        if (painter.begin(&pdf)) {
            painter.setMode(QCPPainter::pmVectorized);
            painter.setMode(QCPPainter::pmNoCaching);
            painter.setMode(QCPPainter::pmNonCosmetic);
            paint(painter);
            drawn = painter.end();
        }
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setResolution(72); // width and height come out in the preset's physical size
        svg.setSize(QSize(w, h));
        svg.setViewBox(QRect(0, 0, w, h));
        svg.setTitle(QFileInfo(fileName).completeBaseName());
        if (painter.begin(&svg)) {
            painter.setMode(QCPPainter::pmVectorized);
            painter.setMode(QCPPainter::pmNonCosmetic);
            paint(painter);
            drawn = painter.end();
        }
    } else {
        QImage image(static_cast<int>(std::lround(preset.widthIn * dpi)),
                     static_cast<int>(std::lround(preset.heightIn * dpi)), QImage::Format_ARGB32);
        image.fill(Qt::white);
        image.setDotsPerMeterX(static_cast<int>(std::lround(dpi / 0.0254))); // the DPI travels in the PNG's pHYs chunk
        image.setDotsPerMeterY(static_cast<int>(std::lround(dpi / 0.0254)));
        if (painter.begin(&image)) {
            painter.setRenderHint(QPainter::Antialiasing);
            painter.scale(dpi / 72.0, dpi / 72.0);
            paint(painter);
            painter.end();
            drawn = image.save(&buffer, "PNG");
        }
    }
    buffer.close();
    if (!drawn)
        return writeError(fileName);
    return writeBytes(fileName, bytes);
}

QString csvField(QString text)
{
    // A label that a spreadsheet would run as a formula is written as text (see core/results/csv_writer).
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString number(double v)
{
    return std::isfinite(v) ? QString::number(v, 'g', 17) : QString();
}
} // namespace

namespace {
/// Sets *error (when asked for) and returns false.
bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

/// The output checks every export makes before drawing: the file may be written (and its CSV), its suffix is known.
QString exportProblem(const QString &fileName, bool withCsv)
{
    if (const QString problem = outputProblem(fileName, withCsv); !problem.isEmpty())
        return problem;
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("pdf") && suffix != QLatin1String("svg"))
        return QCoreApplication::translate("FigureExporter", "Unknown figure format \"%1\": use .png, .pdf or .svg.")
            .arg(suffix);
    return {};
}

} // namespace

QString FigureExporter::csvPathFor(const QString &fileName)
{
    return QFileInfo(fileName).path() + QLatin1Char('/') + QFileInfo(fileName).completeBaseName() +
           QStringLiteral(".csv");
}

bool FigureExporter::exportPlot(QCustomPlot *plot, const QString &fileName, int width, int height, QString *error)
{
    if (const QString problem = exportProblem(fileName, false); !problem.isEmpty())
        return failWith(error, problem);
    // Exports are printed and pasted into papers: black on white even when the screen is dark.
    applyTheme(plot, paperTheme());
    const auto restore = qScopeGuard([plot] {
        applyTheme(plot, screenTheme(plot->palette()));
        plot->replot();
    });
    // At the chart's size on screen: a page of that many points (a PNG at twice the pixels: sharp in slides and print).
    const int w = width > 0 ? width : plot->width(), h = height > 0 ? height : plot->height();
    FigurePreset size;
    size.id = QStringLiteral("screen");
    size.widthIn = w / 72.0;
    size.heightIn = h / 72.0;
    const QString failure =
        paintAtPreset(fileName, size, 144, [plot, w, h](QCPPainter &painter) { plot->toPainter(&painter, w, h); });
    return failure.isEmpty() || failWith(error, failure);
}

bool FigureExporter::exportFigure(QCustomPlot *plot, const QString &fileName, const FigurePreset &preset, int dpi,
                                  QString *error, bool withCsv)
{
    if (const QString problem = exportProblem(fileName, withCsv); !problem.isEmpty())
        return failWith(error, problem);
    if (dpi < 72 || dpi > 2400)
        return failWith(
            error, QCoreApplication::translate("FigureExporter", "A resolution of %1 DPI is out of range (72 to 2400).")
                       .arg(dpi));
    const QString failure = paintAtPreset(fileName, preset, dpi, [plot, &preset](QCPPainter &painter) {
        const PaperStyle style(plot, preset, preset.widthPt());
        plot->toPainter(&painter, static_cast<int>(std::lround(preset.widthPt())),
                        static_cast<int>(std::lround(preset.heightPt())));
    });
    if (!failure.isEmpty())
        return failWith(error, failure);
    if (withCsv)
        if (const QString csvFailure = writeBytes(FigureExporter::csvPathFor(fileName), dataCsv(plot).toUtf8());
            !csvFailure.isEmpty())
            return failWith(error, csvFailure);
    return true;
}

bool FigureExporter::exportPanels(const std::vector<QCustomPlot *> &plots, const QString &fileName,
                                  const FigurePreset &preset, int columns, int dpi, QString *error)
{
    if (const QString problem = exportProblem(fileName, true); !problem.isEmpty())
        return failWith(error, problem);
    if (plots.empty() || columns < 1)
        return failWith(error, writeError(fileName));
    const int n = static_cast<int>(plots.size());
    const int rows = (n + columns - 1) / columns;
    const double panelW = preset.widthPt() / columns, panelH = preset.heightPt() / rows;
    const QString failure = paintAtPreset(fileName, preset, dpi, [&](QCPPainter &painter) {
        QFont labelFont = plots.front()->font();
        labelFont.setPixelSize(static_cast<int>(std::lround(preset.labelPt)));
        labelFont.setBold(true);
        for (int i = 0; i < n; ++i) {
            QCustomPlot *plot = plots[static_cast<std::size_t>(i)];
            const bool legend = plot->legend->visible();
            plot->legend->setVisible(legend && i == 0); // one legend for the figure: the panels share their series
            const PaperStyle style(plot, preset, panelW);
            painter.save();
            painter.translate((i % columns) * panelW, (i / columns) * panelH);
            plot->toPainter(&painter, static_cast<int>(std::lround(panelW)), static_cast<int>(std::lround(panelH)));
            painter.setFont(labelFont);
            painter.setPen(Qt::black);
            painter.drawText(QPointF(2, preset.labelPt + 1), QStringLiteral("(%1)").arg(QChar(char16_t(u'a' + i))));
            painter.restore();
            plot->legend->setVisible(legend);
        }
    });
    if (!failure.isEmpty())
        return failWith(error, failure);
    QString csv = QStringLiteral("panel,series,x,x_label,y,error_minus,error_plus\r\n");
    for (int i = 0; i < n; ++i) {
        const QStringList lines =
            dataCsv(plots[static_cast<std::size_t>(i)]).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        for (int l = 1; l < lines.size(); ++l) // without each panel's header
            csv += QStringLiteral("(%1),").arg(QChar(char16_t(u'a' + i))) + lines[l] + QStringLiteral("\r\n");
    }
    const QString csvFailure = writeBytes(FigureExporter::csvPathFor(fileName), csv.toUtf8());
    return csvFailure.isEmpty() || failWith(error, csvFailure);
}

namespace {
/// The title above a panel's axis rectangle (small multiples put each in a grid of title and axes).
QString panelTitle(QCPAxisRect *rect)
{
    auto *cell = rect ? qobject_cast<QCPLayoutGrid *>(rect->layout()) : nullptr;
    auto *title = cell && cell->rowCount() > 1 ? qobject_cast<QCPTextElement *>(cell->element(0, 0)) : nullptr;
    return title ? title->text().replace(QLatin1Char('\n'), QLatin1Char(' ')) : QString();
}
} // namespace

QString FigureExporter::dataCsv(QCustomPlot *plot)
{
    // Small multiples say which panel a row is drawn in (their series repeat from panel to panel).
    const bool panels = plot->axisRects().size() > 1;
    QString out = panels ? QStringLiteral("panel,series,x,x_label,y,error_minus,error_plus\r\n")
                         : QStringLiteral("series,x,x_label,y,error_minus,error_plus\r\n");
    // Error bars belong to the plottable they whisker.
    std::map<QCPAbstractPlottable *, QCPErrorBars *> whiskers;
    for (int i = 0; i < plot->plottableCount(); ++i)
        if (auto *e = qobject_cast<QCPErrorBars *>(plot->plottable(i)); e && e->dataPlottable())
            whiskers[e->dataPlottable()] = e;
    for (int i = 0; i < plot->plottableCount(); ++i) {
        QCPAbstractPlottable *p = plot->plottable(i);
        if (qobject_cast<QCPErrorBars *>(p))
            continue;
        auto *ticker = dynamic_cast<QCPAxisTickerText *>(p->keyAxis() ? p->keyAxis()->ticker().data() : nullptr);
        QCPErrorBars *errors = whiskers.count(p) ? whiskers[p] : nullptr;
        auto row = [&](int index, double x, double y) {
            // Bars sit beside their group's centre: the label is the nearest tick's.
            QString label = !ticker                       ? QString()
                            : ticker->ticks().contains(x) ? ticker->ticks().value(x)
                                                          : ticker->ticks().value(std::round(x));
            label.replace(QLatin1Char('\n'), QLatin1Char(' '));
            QString minus, plus;
            if (errors && index < errors->dataCount()) {
                minus = number(errors->data()->at(index).errorMinus);
                plus = number(errors->data()->at(index).errorPlus);
            }
            QStringList fields{csvField(p->name()), number(x), csvField(label), number(y), minus, plus};
            if (panels)
                fields.prepend(csvField(panelTitle(p->keyAxis() ? p->keyAxis()->axisRect() : nullptr)));
            out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        };
        if (auto *graph = qobject_cast<QCPGraph *>(p)) {
            int index = 0;
            for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
                row(index++, it->key, it->value);
        } else if (auto *bars = qobject_cast<QCPBars *>(p)) {
            int index = 0;
            for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
                row(index++, it->key, it->value);
        }
    }
    return out;
}

QString qcustomplotVersion()
{
    return QStringLiteral(QCUSTOMPLOT_VERSION_STR);
}

QString FigureExporter::withSuffixOf(const QString &fileName, const QString &filter)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("png") || suffix == QLatin1String("pdf") || suffix == QLatin1String("svg"))
        return fileName;
    const auto match = QRegularExpression(QStringLiteral("\\*\\.(png|pdf|svg)")).match(filter);
    return fileName + QLatin1Char('.') + (match.hasMatch() ? match.captured(1) : QStringLiteral("pdf"));
}

QStringList FigureExporter::nameFilters()
{
    return {QCoreApplication::translate("FigureExporter", "PNG image (*.png)"),
            QCoreApplication::translate("FigureExporter", "PDF document (*.pdf)"),
            QCoreApplication::translate("FigureExporter", "SVG drawing (*.svg)")};
}

} // namespace inferscope::widgets
