#include "app/report/report_figures.h"

#include "app/results/browser_comparison.h"
#include "widgets/browser_comparison_plot.h"
#include "widgets/figure_exporter.h"

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
    bool (*keep)(const nlohmann::json &cell);
};

bool studySetting(const nlohmann::json &c) // wasm, SIMD on, main thread, nothing else on the page; native beside it
{
    if (c.value("browser", "") == "native")
        return true;
    return c.value("backend", "") == "wasm" && c.value("simd", true) && c.value("workload", "none") == "none" &&
           c.value("placement", "") == "main";
}
bool hasSlowdown(const nlohmann::json &c) // TF.js cells have no native baseline here: no empty groups
{
    return studySetting(c) && c.contains("slowdown_vs_native") && c["slowdown_vs_native"].is_number();
}
bool withWorkload(const nlohmann::json &c)
{
    return c.value("workload", "none") != "none";
}
bool anyCell(const nlohmann::json &)
{
    return true;
}

const Spec kFigures[] = {
    {"latency", ComparisonMetric::Latency,
     QT_TRANSLATE_NOOP("Report", "Prediction latency (median, 95% CI) per configuration and browser: wasm, SIMD on, main thread."), &studySetting},
    {"slowdown", ComparisonMetric::Slowdown,
     QT_TRANSLATE_NOOP("Report", "Slowdown against native ONNX Runtime at the same thread count (ratio of medians, 95% CI)."), &hasSlowdown},
    {"memory", ComparisonMetric::PeakMemory,
     QT_TRANSLATE_NOOP("Report", "Peak PSS of each browser's process tree while the model ran."), &anyCell},
    {"amplification", ComparisonMetric::Amplification,
     QT_TRANSLATE_NOOP("Report", "Memory growth over the model's file size (peak PSS minus the baseline before the runtime loaded)."), &anyCell},
    {"input_delay", ComparisonMetric::InputDelayBusy,
     QT_TRANSLATE_NOOP("Report", "Input delay p95 while the model loads and runs (end to end from the driver's click)."), &withWorkload},
    {"gui_workload", ComparisonMetric::GuiWorkloadIncrease,
     QT_TRANSLATE_NOOP("Report", "GUI-workload steps: increase of their median time while inferring, in percent."), &withWorkload},
};
} // namespace

std::vector<ReportFigure> renderReportFigures(const nlohmann::json &report, const QString &figuresDir)
{
    QDir().mkpath(figuresDir);
    std::vector<ReportFigure> out;
    const nlohmann::json &cells = report.at("cells");
    for (const auto &spec : kFigures) {
        nlohmann::json chosen = nlohmann::json::array();
        for (const auto &c : cells)
            if (spec.keep(c))
                chosen.push_back(c);
        const widgets::BrowserComparisonView view = buildBrowserComparison(chosen, spec.metric);
        bool any = false;
        for (const auto &series : view.values)
            for (const auto &v : series)
                any = any || std::isfinite(v.value);
        if (view.groups.isEmpty() || !any)
            continue;
        widgets::BrowserComparisonPlot plot;
        // Wide enough for a dozen groups of labels; the SVG scales, the PDF is vector.
        const int width = std::max(720, 90 * static_cast<int>(view.groups.size())), height = 440;
        plot.resize(width, height);
        plot.setView(view);
        const QString stem = QDir(figuresDir).filePath(QString::fromLatin1(spec.name));
        QString error;
        for (const char *suffix : {".svg", ".pdf"})
            if (!widgets::FigureExporter::exportPlot(plot.plot(), stem + QLatin1String(suffix), width, height, &error))
                throw std::runtime_error(error.toStdString());
        QFile svg(stem + QStringLiteral(".svg"));
        if (!svg.open(QIODevice::ReadOnly))
            throw std::runtime_error("cannot read back " + svg.fileName().toStdString());
        out.push_back({QString::fromLatin1(spec.name), QCoreApplication::translate("Report", spec.caption), QString::fromUtf8(svg.readAll())});
    }
    return out;
}

} // namespace inferscope::app
