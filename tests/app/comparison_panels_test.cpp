// The Browsers view at the study's scale (issue 30): the anatomize-sized bundle (80 cells, 1 ms to 16 s)
// split into per-model panels with scales that fit them, filters, each browser's best, and the panels drawn
// on every figure preset with every panel on its page and no bar thinner than a hairline on a linear axis.
#include "../core/study_bundle.h"
#include "app/results/comparison_panels.h"
#include "core/results/bundle_view.h"
#include "core/results/cell_summary.h"
#include "widgets/comparison_grid_plot.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <qcustomplot.h>

using namespace inferscope;

namespace {
const std::vector<results::CellSummary> &anatomizeCells()
{
    static const std::vector<results::CellSummary> cells = [] {
        QTemporaryDir dir;
        // INFERSCOPE_WRITE_ANATOMIZE_FIXTURE=DIR keeps a copy to look at (docs/ screenshots are made from it).
        if (const QString keep = qEnvironmentVariable("INFERSCOPE_WRITE_ANATOMIZE_FIXTURE"); !keep.isEmpty())
            tests::writeAnatomizeBundle(keep.toStdString());
        tests::writeAnatomizeBundle(dir.path().toStdString());
        return results::summarizeCells(*results::loadBundleView(dir.path().toStdString()));
    }();
    return cells;
}

int bars(const widgets::BrowserComparisonView &panel)
{
    int n = 0;
    for (const auto &row : panel.values)
        for (const auto &v : row)
            n += std::isfinite(v.value) ? 1 : 0;
    return n;
}
} // namespace

TEST(ComparisonPanels, OnePanelPerModelEachOnAScaleThatFitsIt)
{
    const auto cells = anatomizeCells();
    ASSERT_EQ(82u, cells.size());
    const auto all = app::buildComparisonPanels(cells, app::ComparisonMetric::Latency, {});
    ASSERT_EQ(10u, all.grid.panels.size());
    EXPECT_EQ(QStringLiteral("bert-base"), all.grid.panels.front().title) << "models by name";
    for (const auto &panel : all.grid.panels) {
        EXPECT_EQ(8, bars(panel)) << panel.title.toStdString() << ": six browser cells, WebGL and two native";
        EXPECT_EQ((QStringList{QStringLiteral("qtwebengine"), QStringLiteral("chromium"), QStringLiteral("firefox"),
                               QStringLiteral("native")}),
                  panel.browsers)
            << "every panel lists the same browsers: each keeps its colour";
        EXPECT_TRUE(panel.logScale) << panel.title.toStdString()
                                    << ": software WebGL at 40x native spans more than a decade";
    }
    EXPECT_EQ(2, all.hiddenFailed);
    EXPECT_TRUE(all.failedReasons.join(QLatin1Char('\n')).contains(QStringLiteral("no WebGPU adapter")));

    app::ComparisonSelection wasmOnly;
    wasmOnly.hidden[app::ComparisonDimension::Backend] = {"webgl"};
    const auto wasm = app::buildComparisonPanels(cells, app::ComparisonMetric::Latency, wasmOnly);
    EXPECT_EQ(10, wasm.filteredOut);
    for (const auto &panel : wasm.grid.panels) {
        EXPECT_FALSE(panel.logScale) << panel.title.toStdString() << ": wasm and native within a decade stay linear";
    }

    app::ComparisonSelection log = wasmOnly;
    log.scale = app::ComparisonScale::Log;
    EXPECT_TRUE(app::buildComparisonPanels(cells, app::ComparisonMetric::Latency, log).grid.panels.front().logScale);

    const auto slowdown = app::buildComparisonPanels(cells, app::ComparisonMetric::Slowdown, {});
    ASSERT_FALSE(slowdown.grid.panels.empty());
    EXPECT_EQ(1.0, slowdown.grid.panels.front().referenceLine) << "a ratio to native marks 1";

    app::ComparisonSelection shown;
    shown.hideFailed = false;
    const auto withFailed = app::buildComparisonPanels(cells, app::ComparisonMetric::Latency, shown);
    EXPECT_EQ(0, withFailed.hiddenFailed);
    bool named = false;
    for (const auto &panel : withFailed.grid.panels)
        named = named || panel.groups.join(QLatin1Char(' ')).contains(QStringLiteral("(unsupported)"));
    EXPECT_TRUE(named) << "a failed configuration shown is an empty slot named by its status";
}

TEST(ComparisonPanels, TheFirstViewShowsEachBrowsersBestConfigurationAgainstNative)
{
    const auto cells = anatomizeCells();
    const auto best =
        app::buildComparisonPanels(cells, app::ComparisonMetric::Latency, app::ComparisonSelection::firstView());
    ASSERT_EQ(10u, best.grid.panels.size());
    for (const auto &panel : best.grid.panels) {
        // Chromium and Firefox at 4 threads, the embedded browser at 1 (its only one), native at both.
        EXPECT_EQ(5, bars(panel)) << panel.title.toStdString();
        EXPECT_FALSE(panel.groups.join(QLatin1Char(' ')).contains(QStringLiteral("webgl")))
            << "software WebGL is never a browser's best";
    }
    app::ComparisonSelection sorted = app::ComparisonSelection::firstView();
    sorted.sortByValue = true;
    for (const auto &panel : app::buildComparisonPanels(cells, app::ComparisonMetric::Latency, sorted).grid.panels) {
        double previous = 0;
        for (qsizetype g = 0; g < panel.groups.size(); ++g) {
            double least = 1e300;
            for (const auto &row : panel.values)
                if (std::isfinite(row[static_cast<std::size_t>(g)].value))
                    least = std::min(least, row[static_cast<std::size_t>(g)].value);
            EXPECT_GE(least, previous) << panel.title.toStdString() << ": sorted fastest first";
            previous = least;
        }
    }
}

TEST(ComparisonPanels, ASavedSelectionComesBackAndAHostileOneFallsBackToDefaults)
{
    app::ComparisonSelection s;
    s.panelsBy = app::ComparisonDimension::Browser;
    s.bestPerBrowser = true;
    s.scale = app::ComparisonScale::Linear;
    s.sortByValue = true;
    s.hideFailed = false;
    s.hidden[app::ComparisonDimension::Model] = {"vgg16", "bert-base"};
    const auto back = app::ComparisonSelection::fromJson(nlohmann::json::parse(s.toJson().dump()));
    EXPECT_EQ(s.toJson(), back.toJson());
    const auto hostile =
        app::ComparisonSelection::fromJson({{"panels_by", 7},
                                            {"scale", "cubic"},
                                            {"hidden", {{"model", {1, nullptr, "ok"}}, {"nonsense", {"x"}}}},
                                            {"best_per_browser", "yes"}});
    EXPECT_EQ(app::ComparisonDimension::Model, hostile.panelsBy);
    EXPECT_EQ(app::ComparisonScale::Auto, hostile.scale);
    EXPECT_FALSE(hostile.bestPerBrowser);
    ASSERT_EQ(1u, hostile.hidden.size());
    EXPECT_EQ(std::set<std::string>{"ok"}, hostile.hidden.at(app::ComparisonDimension::Model));
    EXPECT_EQ(app::ComparisonSelection{}.toJson(), app::ComparisonSelection::fromJson("not an object").toJson());
}

TEST(ComparisonPanels, EveryPageOfEveryPresetHoldsItsPanelsWithNoHairlineBars)
{
    const auto cells = anatomizeCells();
    for (const auto &selection : {app::ComparisonSelection{}, app::ComparisonSelection::firstView()})
        for (const auto metric : {app::ComparisonMetric::Latency, app::ComparisonMetric::Slowdown})
            for (const char *name : {"single", "double", "slide"}) {
                const auto preset = *widgets::figurePreset(QString::fromLatin1(name));
                const auto panels = app::buildComparisonPanels(cells, metric, selection);
                widgets::ComparisonGridPlot grid;
                grid.setFigurePreset(preset);
                grid.resize(static_cast<int>(preset.widthPt()), static_cast<int>(preset.heightPt()));
                grid.setAttribute(Qt::WA_DontShowOnScreen);
                grid.show(); // laid out at the page's size (a hidden widget's layout waits until it is shown)
                grid.setView(panels.grid);
                int drawn = 0;
                for (int page = 0; page < grid.pageCount(); ++page) {
                    grid.setPage(page);
                    QCustomPlot *plot = grid.plot();
                    plot->replot();
                    const QRect viewport = plot->viewport();
                    for (QCPAxisRect *rect : plot->axisRects()) {
                        ++drawn;
                        EXPECT_TRUE(viewport.adjusted(-1, -1, 1, 1).contains(rect->outerRect()))
                            << name << " page " << page << " metric " << static_cast<int>(metric) << " best "
                            << selection.bestPerBrowser << ": a panel leaves the page " << rect->outerRect().x() << ","
                            << rect->outerRect().y() << " " << rect->outerRect().width() << "x"
                            << rect->outerRect().height() << " in " << viewport.width() << "x" << viewport.height();
                        EXPECT_GT(rect->height(), 30) << name << ": a panel's plot area is too short to read";
                        QCPAxis *y = rect->axis(QCPAxis::atLeft);
                        if (y->scaleType() == QCPAxis::stLogarithmic)
                            continue;
                        for (QCPAbstractPlottable *p : rect->plottables()) {
                            auto *b = qobject_cast<QCPBars *>(p);
                            if (!b)
                                continue;
                            for (auto it = b->data()->constBegin(); it != b->data()->constEnd(); ++it)
                                EXPECT_TRUE(it->value <= 0 || it->value / y->range().upper * rect->height() >= 1.0)
                                    << name << ": a bar of " << it->value << " is a hairline on a linear axis up to "
                                    << y->range().upper;
                        }
                    }
                }
                EXPECT_EQ(panels.grid.panels.size(), static_cast<std::size_t>(drawn))
                    << name << ": every panel on some page";
            }
}
