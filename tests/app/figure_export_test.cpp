// Publication presets: every preset writes PDF, SVG and PNG of the stated physical size, read back from
// the files (PDF MediaBox, SVG width/height, PNG pixels and stored DPI), and the CSV of the data drawn.
#include "widgets/browser_comparison_plot.h"
#include "widgets/figure_exporter.h"

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <cmath>
#include <gtest/gtest.h>

using namespace inferscope;

namespace {
widgets::BrowserComparisonView sampleView()
{
    widgets::BrowserComparisonView view;
    view.metric = QStringLiteral("Median latency (ms)");
    view.groups = {QStringLiteral("mobilenetv2\nort-web wasm t1 main"),
                   QStringLiteral("resnet50\nort-web wasm t1 main")};
    view.browsers = {QStringLiteral("chromium"), QStringLiteral("firefox")};
    view.values = {{{30.0, 29.0, 31.5}, {250.0, 240.0, 260.0}},
                   {{34.0, 33.0, 35.0}, {std::nan(""), std::nan(""), std::nan("")}}};
    return view;
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()) : QString();
}
} // namespace

TEST(FigureExporter, EveryPresetWritesItsPhysicalSizeInEveryFormat)
{
    QTemporaryDir dir;
    widgets::BrowserComparisonPlot plot;
    plot.setView(sampleView());
    for (const char *name : {"single", "double", "slide", "120x80mm"}) {
        const auto preset = widgets::figurePreset(QString::fromLatin1(name));
        ASSERT_TRUE(preset) << name;
        const QString stem = dir.filePath(QString::fromLatin1(name).replace(QLatin1Char('x'), QLatin1Char('_')));
        QString error;
        for (const char *suffix : {".pdf", ".svg", ".png"})
            ASSERT_TRUE(
                widgets::FigureExporter::exportFigure(plot.plot(), stem + QLatin1String(suffix), *preset, 600, &error))
                << name << suffix << ": " << error.toStdString();
        // PDF: the page is the preset's size in points.
        const QRegularExpression mediaBox(QStringLiteral("/MediaBox \\[\\s*0 0 ([0-9.]+) ([0-9.]+)\\s*\\]"));
        const auto box = mediaBox.match(readText(stem + QStringLiteral(".pdf")));
        ASSERT_TRUE(box.hasMatch()) << name;
        // Named presets exactly (to 0.1 pt); a custom size in mm to the whole point a PDF page has.
        const double tolerance = preset->id == QLatin1String("custom") ? 1.0 : 0.1;
        EXPECT_NEAR(preset->widthPt(), box.captured(1).toDouble(), tolerance) << name;
        EXPECT_NEAR(preset->heightPt(), box.captured(2).toDouble(), tolerance) << name;
        // SVG: width and height in millimetres, the same physical size.
        const QString svg = readText(stem + QStringLiteral(".svg"));
        const auto w = QRegularExpression(QStringLiteral("width=\"([0-9.]+)mm\"")).match(svg);
        const auto h = QRegularExpression(QStringLiteral("height=\"([0-9.]+)mm\"")).match(svg);
        ASSERT_TRUE(w.hasMatch() && h.hasMatch()) << name;
        EXPECT_NEAR(preset->widthIn * 25.4, w.captured(1).toDouble(), 0.6) << name;
        EXPECT_NEAR(preset->heightIn * 25.4, h.captured(1).toDouble(), 0.6) << name;
        EXPECT_TRUE(svg.contains(QStringLiteral("<text"))) << "text stays text in the SVG";
        // PNG: pixels at 600 DPI, and the DPI stored in the file.
        const QImage png(stem + QStringLiteral(".png"));
        ASSERT_FALSE(png.isNull());
        EXPECT_NEAR(preset->widthIn * 600, png.width(), 1.0) << name;
        EXPECT_NEAR(preset->heightIn * 600, png.height(), 1.0) << name;
        EXPECT_NEAR(600.0, png.dotsPerMeterX() * 0.0254, 1.0) << name;
    }
    EXPECT_FALSE(widgets::figurePreset(QStringLiteral("huge")));
    EXPECT_FALSE(widgets::figurePreset(QStringLiteral("0.2x0.2in"))); // no room for axes
}

TEST(FigureExporter, TheCsvBesideAFigureHoldsExactlyTheDataDrawn)
{
    QTemporaryDir dir;
    widgets::BrowserComparisonPlot plot;
    plot.setView(sampleView());
    QString error;
    ASSERT_TRUE(widgets::FigureExporter::exportFigure(plot.plot(), dir.filePath(QStringLiteral("fig.pdf")),
                                                      *widgets::figurePreset(QStringLiteral("single")), 300, &error));
    const QStringList lines =
        readText(dir.filePath(QStringLiteral("fig.csv"))).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(4, lines.size())
        << lines.join(QLatin1Char('\n')).toStdString(); // header + 3 bars (firefox has no resnet50)
    EXPECT_EQ(QStringLiteral("series,x,x_label,y,error_minus,error_plus"), lines[0]);
    // x: where the bar stands (beside its group's centre: two bars in group 0, one centred in group 1).
    EXPECT_EQ(QStringLiteral("chromium,-0.20000000000000001,mobilenetv2 ort-web wasm t1 main,30,1,1.5"), lines[1]);
    EXPECT_EQ(QStringLiteral("chromium,1,resnet50 ort-web wasm t1 main,250,10,10"), lines[2]);
    EXPECT_EQ(QStringLiteral("firefox,0.20000000000000001,mobilenetv2 ort-web wasm t1 main,34,1,1"), lines[3]);
}

TEST(FigureExporter, ANameTypedWithoutASuffixTakesTheChosenFiltersType)
{
    // Issue 24: "PDF document (*.pdf)" with "figure" typed wrote nothing (Unknown figure format "").
    const QStringList filters = widgets::FigureExporter::nameFilters();
    EXPECT_EQ(QStringLiteral("/tmp/figure.pdf"),
              widgets::FigureExporter::withSuffixOf(QStringLiteral("/tmp/figure"), filters.at(1)));
    EXPECT_EQ(QStringLiteral("/tmp/figure.svg"),
              widgets::FigureExporter::withSuffixOf(QStringLiteral("/tmp/figure"), filters.at(2)));
    EXPECT_EQ(QStringLiteral("/tmp/figure.v2.png"),
              widgets::FigureExporter::withSuffixOf(QStringLiteral("/tmp/figure.v2"), filters.at(0)));
    EXPECT_EQ(QStringLiteral("/tmp/figure.PDF"),
              widgets::FigureExporter::withSuffixOf(QStringLiteral("/tmp/figure.PDF"), filters.at(0)))
        << "a suffix typed is kept";
    QTemporaryDir dir;
    widgets::BrowserComparisonPlot plot;
    plot.setView(sampleView());
    const QString file = widgets::FigureExporter::withSuffixOf(dir.filePath(QStringLiteral("typed")), filters.at(1));
    QString error;
    ASSERT_TRUE(widgets::FigureExporter::exportFigure(plot.plot(), file,
                                                      *widgets::figurePreset(QStringLiteral("single")), 300, &error))
        << error.toStdString();
    EXPECT_TRUE(readText(file).startsWith(QStringLiteral("%PDF")));
}
