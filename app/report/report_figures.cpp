#include "app/report/report_figures.h"

#include "app/results/browser_comparison.h"
#include "app/results/chart_views.h"
#include "app/results/comparison_panels.h"
#include "widgets/browser_comparison_plot.h"
#include "widgets/comparison_grid_plot.h"
#include "widgets/figure_exporter.h"
#include "widgets/memory_timeline_plot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <stdexcept>

namespace inferscope::app {
namespace {
struct Spec {
    const char *name;
    ComparisonMetric metric;
    const char *caption;
    bool (*keep)(const results::CellSummary &cell);
};

using experiment::Workload;

bool studySetting(const results::CellSummary &c) // wasm, SIMD on, main thread, nothing else on the page; native too
{
    const auto &k = c.config;
    return k.isNative() || (k.backendKind == experiment::Backend::Wasm && k.simd && k.workloadKind == Workload::None &&
                            k.placementKind == experiment::Placement::Main);
}
bool hasSlowdown(const results::CellSummary &c) // TF.js cells have no native baseline here: no empty groups
{
    return studySetting(c) && c.slowdownVsNative.present && std::isfinite(c.slowdownVsNative.value);
}
bool withWorkload(const results::CellSummary &c)
{
    return c.config.workloadKind != Workload::None;
}
bool withVideo(const results::CellSummary &c)
{
    return c.config.workloadKind == Workload::Video;
}

bool anyCell(const results::CellSummary &)
{
    return true;
}

const Spec kFigures[] = {
    {"latency", ComparisonMetric::Latency,
     QT_TRANSLATE_NOOP(
         "Report", "Prediction latency (median, 95% CI) per configuration and browser: wasm, SIMD on, main thread."),
     &studySetting},
    {"slowdown", ComparisonMetric::Slowdown,
     QT_TRANSLATE_NOOP("Report",
                       "Slowdown against native ONNX Runtime at the same thread count (ratio of medians, 95% CI)."),
     &hasSlowdown},
    {"memory", ComparisonMetric::PeakMemory,
     QT_TRANSLATE_NOOP("Report", "Peak PSS of each browser's process tree while the model ran."), &anyCell},
    {"amplification", ComparisonMetric::Amplification,
     QT_TRANSLATE_NOOP(
         "Report", "Memory growth over the model's file size (peak PSS minus the baseline before the runtime loaded)."),
     &anyCell},
    {"input_delay", ComparisonMetric::InputDelayBusy,
     QT_TRANSLATE_NOOP("Report",
                       "Input delay p95 while the model loads and runs (end to end from the driver's click)."),
     &withWorkload},
    {"gui_workload", ComparisonMetric::GuiWorkloadIncrease,
     QT_TRANSLATE_NOOP("Report", "GUI-workload steps: increase of their median time while inferring, in percent."),
     &withWorkload},
    {"video", ComparisonMetric::VideoFpsBusy,
     QT_TRANSLATE_NOOP(
         "Report",
         "Video workload: frames of a 30 fps clip the browser presented per second while the model loaded and ran."),
     &withVideo},
};
} // namespace

namespace {
/// Writes the plot as SVG and PDF at `preset` (a paper size, type in points) with the CSV of its data under
/// `stem`, and returns the SVG text.
QString exportBoth(QCustomPlot *plot, const QString &stem, const widgets::FigurePreset &preset)
{
    QString error;
    for (const char *suffix : {".svg", ".pdf"})
        if (!widgets::FigureExporter::exportFigure(plot, stem + QLatin1String(suffix), preset, 300, &error))
            throw std::runtime_error(error.toStdString());
    QFile svg(stem + QStringLiteral(".svg"));
    if (!svg.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read back " + svg.fileName().toStdString());
    return QString::fromUtf8(svg.readAll());
}

/// The browser run whose process tree grew most (peak PSS minus the baseline, in bytes): the memory finding's
/// timeline (a tiny model's large ratio would show little).
const results::RunSummary *mostGrown(const results::BundleView &view)
{
    const results::RunSummary *best = nullptr;
    double most = 0;
    for (const auto &r : view.runs) {
        if (!r.ok() || r.memoryPlot.empty() || r.cell.isNative())
            continue;
        if (const double growth = r.memoryPeakMb - r.memoryBaselineMb; growth > most) {
            most = growth;
            best = &r;
        }
    }
    return best;
}
} // namespace

std::vector<ReportFigure> renderReportFigures(const std::vector<results::CellSummary> &cells, const QString &figuresDir,
                                              const results::BundleView *view)
{
    QDir().mkpath(figuresDir);
    std::vector<ReportFigure> out;
    // Two columns wide, tall enough for two rows of panels: one panel per model, each on its own scale (ratios
    // to native always logarithmic), as many pages as the models need.
    widgets::FigurePreset preset = *widgets::figurePreset(QStringLiteral("double"));
    preset.heightIn = 4.8;
    for (const auto &spec : kFigures) {
        std::vector<results::CellSummary> chosen;
        for (const auto &c : cells)
            if (spec.keep(c))
                chosen.push_back(c);
        ComparisonSelection selection;
        if (spec.metric == ComparisonMetric::Slowdown)
            selection.scale = ComparisonScale::Log;
        const ComparisonPanels panels = buildComparisonPanels(chosen, spec.metric, selection);
        if (panels.grid.panels.empty())
            continue;
        widgets::ComparisonGridPlot plot;
        plot.setFigurePreset(preset);
        plot.setView(panels.grid);
        const int pages = plot.pageCount();
        for (int page = 0; page < pages; ++page) {
            plot.setPage(page);
            const QString name = pages == 1 ? QString::fromLatin1(spec.name)
                                            : QStringLiteral("%1-%2").arg(QString::fromLatin1(spec.name)).arg(page + 1);
            QString caption = QCoreApplication::translate("Report", spec.caption);
            if (pages > 1)
                caption += QLatin1Char(' ') +
                           QCoreApplication::translate("Report", "(page %1 of %2)").arg(page + 1).arg(pages);
            out.push_back({name, caption, exportBoth(plot.plot(), QDir(figuresDir).filePath(name), preset)});
        }
    }
    if (const results::RunSummary *run = view ? mostGrown(*view) : nullptr) {
        widgets::MemoryTimelinePlot plot;
        plot.setView(memoryView(*run));
        out.push_back({QStringLiteral("memory_timeline"),
                       QCoreApplication::translate(
                           "Report", "Memory timeline of %1, the run whose process tree grew most: "
                                     "PSS of the browser's process tree by process type, baseline and peak marked.")
                           .arg(QString::fromStdString(run->runId)),
                       exportBoth(plot.plot(), QDir(figuresDir).filePath(QStringLiteral("memory_timeline")),
                                  *widgets::figurePreset(QStringLiteral("double")))});
    }
    return out;
}

} // namespace inferscope::app
