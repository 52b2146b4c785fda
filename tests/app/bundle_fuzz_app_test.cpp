// Issue 23: the damaged-bundle fuzz (tests/core/bundle_fuzz.h) driven through what draws and writes: every
// third damaged bundle (over 1,000) goes through the whole report (Markdown, HTML, CSV tables, every figure
// as SVG and PDF), the Browsers panels and the forest plot as figures, and each run chart, besides every
// reader the core fuzz exercises. Passing means what the core fuzz means: no crash, no hang, no exception
// but a StoreError, every intact record still reported.
#include "../core/bundle_fuzz.h"
#include "app/report/report_writer.h"
#include "app/results/chart_views.h"
#include "app/results/comparison_panels.h"
#include "widgets/comparison_grid_plot.h"
#include "widgets/figure_exporter.h"
#include "widgets/forest_plot.h"
#include "widgets/latency_series_plot.h"
#include "widgets/memory_timeline_plot.h"
#include "widgets/responsiveness_plot.h"

#include <QString>

using namespace inferscope;
using namespace inferscope::tests::fuzz;

namespace {
std::size_t figuresWritten = 0, reportsWritten = 0;

/// One figure of `plot` at the double preset into `scratch`; counts it when written.
void draw(widgets::ChartWidget &plot, const fs::path &scratch, const char *name)
{
    const auto preset = *widgets::figurePreset(QStringLiteral("double"));
    plot.resize(static_cast<int>(preset.widthPt()), static_cast<int>(preset.heightPt()));
    if (widgets::FigureExporter::exportFigure(plot.plot(), QString::fromStdString((scratch / name).string()), preset,
                                              150))
        ++figuresWritten;
}

Outcome exerciseDrawing(const fs::path &dir, const fs::path &scratch)
{
    Outcome o = exercise(dir, scratch); // every reader without a GUI first
    if (!o.opened || !o.unexpected.empty())
        return o;
    try {
        const auto view = results::loadBundleView(dir);
        fs::create_directories(scratch / "figures");
        app::writeReport(*view, QString::fromStdString((scratch / "report").string()));
        ++reportsWritten;
        const auto cells = results::summarizeCells(*view);
        for (const auto metric :
             {app::ComparisonMetric::Latency, app::ComparisonMetric::Slowdown, app::ComparisonMetric::PeakMemory}) {
            const auto panels = app::buildComparisonPanels(cells, metric, app::ComparisonSelection::firstView());
            if (panels.grid.panels.empty())
                continue;
            widgets::ComparisonGridPlot grid;
            grid.setFigurePreset(*widgets::figurePreset(QStringLiteral("double")));
            grid.setView(panels.grid);
            if (widgets::FigureExporter::exportFigure(
                    grid.plot(), QString::fromStdString((scratch / "figures" / "browsers.pdf").string()),
                    *widgets::figurePreset(QStringLiteral("double")), 150))
                ++figuresWritten;
        }
        try {
            const auto forest = app::forestView(results::compareAgainstBaseline(*view, "native"));
            if (!forest.rows.empty()) {
                widgets::ForestPlot plot;
                plot.setView(forest);
                draw(plot, scratch / "figures", "forest.pdf");
            }
        } catch (const std::invalid_argument &) {
            // no native run to compare with: the answer when that run is damaged
        }
        for (const auto &run : view->runs) {
            if (!run.plotSamples.empty()) {
                widgets::LatencySeriesPlot plot;
                plot.setView(app::latencyView(run));
                draw(plot, scratch / "figures", "latency.svg");
            }
            if (!run.memoryPlot.empty()) {
                widgets::MemoryTimelinePlot plot;
                plot.setView(app::memoryView(run));
                draw(plot, scratch / "figures", "memory.png");
            }
            if (!(run.inputIdle.empty() && run.inputBusy.empty() && run.frameIntervals.empty())) {
                widgets::ResponsivenessPlot plot;
                plot.setView(app::responsivenessView(run));
                draw(plot, scratch / "figures", "responsiveness.pdf");
            }
        }
    } catch (const store::StoreError &) {
        // a bundle that cannot be opened: a clear error is the right answer
    } catch (const std::exception &e) {
        o.unexpected = e.what();
    }
    return o;
}
} // namespace

TEST(BundleFuzzDrawing, DamagedBundlesThroughTheReportAndEveryFigureNeverCrashAndKeepTheIntactRecords)
{
    BundleFuzzer fuzzer(&exerciseDrawing, 3);
    fuzzer.checkSeed();
    fuzzer.damageEveryWay();
    std::printf("%zu of %zu damaged bundles through the report and the figures: %zu reports and %zu figures written, "
                "%zu refused as a "
                "whole, %zu damaged records reported, %zu unexpected exceptions, %zu intact records lost\n",
                fuzzer.exercised, fuzzer.cases, reportsWritten, figuresWritten, fuzzer.refusedBundles,
                fuzzer.recordsRefused, fuzzer.failures, fuzzer.lost);
    EXPECT_GE(fuzzer.exercised, 1000u);
    EXPECT_GE(reportsWritten, 900u) << "most damaged bundles still open and get a report";
    EXPECT_EQ(0u, fuzzer.failures);
    EXPECT_EQ(0u, fuzzer.lost);
}
