#include "app/results/browser_comparison.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <map>

namespace inferscope::app {
namespace {
struct Ui {
    Q_DECLARE_TR_FUNCTIONS(BrowserComparison)
};

/// A ratio drawn with its interval (none where the ratio has none).
widgets::ComparisonValue ratioValue(const results::CellRatio &r)
{
    if (!r.present)
        return {};
    return {r.value, r.ci.low, r.ci.high};
}

widgets::ComparisonValue withInterval(double value, const std::optional<results::Interval> &ci)
{
    widgets::ComparisonValue v;
    v.value = value;
    if (ci) {
        v.low = ci->low;
        v.high = ci->high;
    }
    return v;
}

} // namespace

widgets::ComparisonValue comparisonValueOf(const results::CellSummary &cell, ComparisonMetric metric)
{
    widgets::ComparisonValue v;
    switch (metric) {
    case ComparisonMetric::Latency:
        return {cell.medianMs, cell.ciLowMs, cell.ciHighMs};
    case ComparisonMetric::Slowdown:
        return ratioValue(cell.slowdownVsNative);
    case ComparisonMetric::PeakMemory:
        v.value = cell.peakPssBytes / 1e6;
        break;
    case ComparisonMetric::Amplification:
        v.value = cell.amplification;
        break;
    case ComparisonMetric::InputDelayBusy:
        v.value = cell.inputBusyP95Ms;
        break;
    case ComparisonMetric::FpsBusy:
        v.value = cell.fpsBusy;
        break;
    case ComparisonMetric::GuiWorkloadIncrease:
        v.value = cell.guiWorkloadIncreasePercent;
        break;
    case ComparisonMetric::CpuPerInference:
        v.value = cell.cpuMsPerInference;
        break;
    case ComparisonMetric::RealtimeAccuracy30:
        v.value = 100.0 * cell.realtimeAccuracy30fps;
        break;
    case ComparisonMetric::VideoFpsBusy:
        v.value = cell.videoFpsBusy;
        break;
    case ComparisonMetric::TokensPerSecond:
        if (cell.generation)
            return withInterval(cell.generation->tokensPerS, cell.generation->tokensPerSCi);
        break;
    case ComparisonMetric::TimeToFirstToken:
        if (cell.generation)
            return withInterval(cell.generation->ttftMs, cell.generation->ttftCi);
        break;
    case ComparisonMetric::SpeedupOverFloat: // a quantized model against its float model in the same configuration
        return ratioValue(cell.speedupOverFloat);
    case ComparisonMetric::SpeedupOverPlainWasm:
        return ratioValue(cell.speedupOverPlainWasm);
    }
    return v;
}

bool higherIsBetter(ComparisonMetric metric)
{
    return metric == ComparisonMetric::FpsBusy || metric == ComparisonMetric::SpeedupOverPlainWasm ||
           metric == ComparisonMetric::SpeedupOverFloat || metric == ComparisonMetric::RealtimeAccuracy30 ||
           metric == ComparisonMetric::VideoFpsBusy || metric == ComparisonMetric::TokensPerSecond;
}

bool isRatio(ComparisonMetric metric)
{
    return metric == ComparisonMetric::Slowdown || metric == ComparisonMetric::SpeedupOverPlainWasm ||
           metric == ComparisonMetric::SpeedupOverFloat;
}

namespace {
/// The words of one label dimension joined by no-break spaces (U+00A0), so a label is split only between dimensions.
std::string noBreak(std::string text)
{
    std::string out;
    for (char ch : text)
        out += ch == ' ' ? std::string("\u00a0") : std::string(1, ch);
    return out;
}

/// Whether the interval this metric draws for the cell rests on one run only (it then leaves out run-to-run
/// variation, and the chart says so).
bool withinRunInterval(const results::CellSummary &cell, ComparisonMetric metric)
{
    const std::string *scope = metric == ComparisonMetric::Latency                ? &cell.ciScope
                               : metric == ComparisonMetric::Slowdown             ? &cell.slowdownVsNative.scope
                               : metric == ComparisonMetric::SpeedupOverPlainWasm ? &cell.speedupOverPlainWasm.scope
                               : metric == ComparisonMetric::SpeedupOverFloat     ? &cell.speedupOverFloat.scope
                                                                                  : nullptr;
    return scope && *scope == "within-run";
}

int browserRank(const std::string &browser)
{
    static const std::vector<std::string> order{"qtwebengine",   "chromium",           "firefox", "grid", "native",
                                                "pytorch eager", "pytorch torchscript"};
    const auto it = std::find(order.begin(), order.end(), browser);
    return it == order.end() ? static_cast<int>(order.size()) : static_cast<int>(it - order.begin());
}
} // namespace

QString comparisonMetricName(ComparisonMetric metric)
{
    switch (metric) {
    case ComparisonMetric::Latency:
        return Ui::tr("Median latency (ms)");
    case ComparisonMetric::Slowdown:
        return Ui::tr("Slowdown vs native (x)");
    case ComparisonMetric::PeakMemory:
        return Ui::tr("Peak PSS (MB)");
    case ComparisonMetric::Amplification:
        return Ui::tr("Memory growth / model size (x)");
    case ComparisonMetric::InputDelayBusy:
        return Ui::tr("Input delay p95 while busy (ms)");
    case ComparisonMetric::FpsBusy:
        return Ui::tr("Frames per second while busy");
    case ComparisonMetric::GuiWorkloadIncrease:
        return Ui::tr("GUI workload time increase while busy (%)");
    case ComparisonMetric::CpuPerInference:
        return Ui::tr("CPU time per inference (ms)");
    case ComparisonMetric::SpeedupOverPlainWasm:
        return Ui::tr("Speed-up over plain wasm (x)"); // plain: 1 thread, SIMD off (the caption says so)
    case ComparisonMetric::RealtimeAccuracy30:
        return Ui::tr("Real-time accuracy at 30 fps (%)");
    case ComparisonMetric::VideoFpsBusy:
        return Ui::tr("Video frames presented per second while busy (clip: 30 fps)");
    case ComparisonMetric::TokensPerSecond:
        return Ui::tr("Generation: decode tokens per second");
    case ComparisonMetric::TimeToFirstToken:
        return Ui::tr("Generation: time to first token (ms)");
    case ComparisonMetric::SpeedupOverFloat:
        return Ui::tr("Speed-up over float model (x)"); // quantized models (the caption names the float model)
    }
    return {};
}

namespace {

struct Group {
    std::string key, model;
    int threads = 1;
    std::string generation; ///< results::generationTag: a generation group's native is the one that generates too
    /// model, runtime, backend, threads, SIMD, placement, workload, generation: the label names those that differ
    std::vector<std::string> parts;
    bool native = false;
    bool failed = false; ///< kept (keepFailed) though it has no value: its label says why
};
/// The groups and bars of a comparison as they are gathered, before their labels.
struct ComparisonDraft {
    std::vector<Group> groups;
    std::vector<std::string> browsers;
    bool withinRun = false; // some whisker is one run's own interval
    std::map<std::pair<std::string, std::string>, widgets::ComparisonValue> values; // (browser, group key)

    void addBrowser(const std::string &b)
    {
        if (std::find(browsers.begin(), browsers.end(), b) == browsers.end())
            browsers.push_back(b);
    }
};

void addBrowserGroups(ComparisonDraft &d, const std::vector<results::CellSummary> &cells, ComparisonMetric metric,
                      bool keepFailed)
{
    for (const auto &c : cells) {
        const results::CellConfig &k = c.config;
        if (k.isNative())
            continue;
        const std::string &browser = k.browser, &model = k.model, &generation = k.generation;
        const int threads = k.threads;
        const bool softwareGpu = c.gpu == "software"; // never read as GPU speed
        // A non-pinned runtime (ONNX Runtime Web 1.17.3 of the ablation) is a configuration of its own.
        const std::string runtime = k.runtime + (k.runtimeVersion ? "\u00a0" + *k.runtimeVersion : "");
        // Within a dimension words are joined by no-break spaces: a narrow figure may put each dimension on a line
        // of its own, never split one.
        const bool failed = !c.measured();
        if (failed && !keepFailed)
            continue;
        std::vector<std::string> parts{model,
                                       runtime,
                                       k.backend + (softwareGpu ? "\u00a0(software\u00a0GPU)" : ""),
                                       "t" + std::to_string(threads),
                                       k.simd ? "" : "no-SIMD",
                                       k.placement,
                                       k.workloadKind == experiment::Workload::None ? "" : "+" + k.workload,
                                       generation,
                                       failed ? "(" + c.status + ")" : ""};
        std::string key;
        for (const auto &part : parts)
            key += part + "|";
        key += k.harness;
        if (std::none_of(d.groups.begin(), d.groups.end(), [&key](const Group &g) { return g.key == key; }))
            d.groups.push_back({key, model, threads, generation, parts, false, failed});
        d.addBrowser(browser);
        d.values[{browser, key}] = comparisonValueOf(c, metric);
        d.withinRun = d.withinRun || withinRunInterval(c, metric);
    }
}

void dropEmptyGroups(ComparisonDraft &d)
{
    // A group no browser has a value for (a TF.js cell under "slowdown", a cell without the probe under
    // "input delay") is an empty slot on the axis: left out.
    std::erase_if(d.groups, [&d](const Group &g) {
        return !g.failed && std::none_of(d.browsers.begin(), d.browsers.end(), [&](const std::string &b) {
            const auto it = d.values.find({b, g.key});
            return it != d.values.end() && std::isfinite(it->second.value);
        });
    });
}

/// Native is a group of its own (one per model and thread count), never a bar under a browser configuration's
/// label; it appears only where the metric means the same for it (no page: no input, no frames) and a browser
/// group of its model and thread count has a value.
void addNativeGroups(ComparisonDraft &d, const std::vector<results::CellSummary> &cells, ComparisonMetric metric)
{
    auto &groups = d.groups;
    for (const auto &c : cells) {
        if (!c.config.isNative())
            continue;
        // ONNX Runtime is "native"; PyTorch's baselines are bars (and groups) of their own beside it.
        const std::string bar =
            c.config.runtimeKind == experiment::Runtime::PyTorch ? "pytorch " + c.config.backend : "native";
        const std::string &model = c.config.model, &generation = c.config.generation;
        const int threads = c.config.threads;
        // After the last browser group of its model and thread count.
        auto last = groups.end();
        for (auto it = groups.begin(); it != groups.end(); ++it)
            if (!it->native && it->model == model && it->threads == threads && it->generation == generation)
                last = it;
        if (last == groups.end())
            continue;
        const std::string key = bar + "|" + model + "|" + std::to_string(threads) + "|" + generation;
        while (std::next(last) != groups.end() && std::next(last)->native && std::next(last)->model == model)
            ++last; // after native groups already placed for this model
        groups.insert(std::next(last),
                      Group{key,
                            model,
                            threads,
                            generation,
                            {model, noBreak(bar), "", "t" + std::to_string(threads), "", "", "", generation, ""},
                            true});
        d.values[{bar, key}] = comparisonValueOf(c, metric);
        d.withinRun = d.withinRun || withinRunInterval(c, metric);
        d.addBrowser(bar);
    }
}

void labelGroups(widgets::BrowserComparisonView &view, const std::vector<Group> &groups, bool modelInTitle)
{
    // Labels name only the dimensions that differ between groups; what all share goes into the axis title.
    // Shared is decided among the browser groups: a native group names itself ("native t1") and does not make
    // every browser label spell out its runtime, backend and placement.
    const std::size_t dims = groups.empty() ? 0 : groups.front().parts.size();
    const auto firstBrowser = std::find_if(groups.begin(), groups.end(), [](const Group &g) { return !g.native; });
    const long browserGroups = std::count_if(groups.begin(), groups.end(), [](const Group &g) { return !g.native; });
    std::vector<bool> shared(dims, browserGroups > 1);
    for (std::size_t d = 0; d < dims; ++d)
        for (const auto &g : groups)
            shared[d] = shared[d] && (g.native ? d != 0 || g.parts[0] == firstBrowser->parts[0]
                                               : g.parts[d] == firstBrowser->parts[d]);
    QStringList common;
    for (std::size_t d = modelInTitle ? 1 : 0; d < dims && firstBrowser != groups.end(); ++d)
        if (shared[d] && !firstBrowser->parts[d].empty())
            common << QString::fromStdString(firstBrowser->parts[d]);
    for (const auto &g : groups) {
        QStringList rest;
        for (std::size_t d = 1; d < dims; ++d)
            if ((g.native || !shared[d]) && !g.parts[d].empty())
                rest << QString::fromStdString(g.parts[d]);
        const QString model =
            shared.empty() || shared[0] || modelInTitle ? QString() : QString::fromStdString(g.parts[0]);
        view.groups << (model.isEmpty()  ? rest.join(QLatin1Char(' '))
                        : rest.isEmpty() ? model
                                         : model + QLatin1Char('\n') + rest.join(QLatin1Char(' ')));
    }
    if (!common.isEmpty())
        view.groupAxis = Ui::tr("Configuration (all: %1)").arg(common.join(QLatin1Char(' ')));
}

} // namespace

widgets::BrowserComparisonView buildBrowserComparison(const std::vector<results::CellSummary> &cells,
                                                      ComparisonMetric metric, bool keepFailed, bool modelInTitle)
{
    widgets::BrowserComparisonView view;
    view.metric = comparisonMetricName(metric);
    const bool nativeApplies =
        metric == ComparisonMetric::Latency || metric == ComparisonMetric::PeakMemory ||
        metric == ComparisonMetric::Amplification || metric == ComparisonMetric::CpuPerInference ||
        metric == ComparisonMetric::TokensPerSecond || metric == ComparisonMetric::TimeToFirstToken ||
        metric == ComparisonMetric::SpeedupOverFloat; // native kernels gain where wasm's lose
    ComparisonDraft d;
    addBrowserGroups(d, cells, metric, keepFailed);
    dropEmptyGroups(d);
    if (nativeApplies)
        addNativeGroups(d, cells, metric);
    std::stable_sort(d.browsers.begin(), d.browsers.end(),
                     [](const auto &a, const auto &b) { return browserRank(a) < browserRank(b); });
    labelGroups(view, d.groups, modelInTitle);
    if (d.withinRun) // an interval from one run is not one over repetitions: the figure must not let it pass as such
        view.groupAxis = (view.groupAxis.isEmpty() ? Ui::tr("Configuration") : view.groupAxis) + QStringLiteral("; ") +
                         Ui::tr("whiskers: 95% CI within one run");
    for (const auto &browser : d.browsers) {
        view.browsers << QString::fromStdString(browser);
        std::vector<widgets::ComparisonValue> row;
        for (const auto &g : d.groups) {
            const auto it = d.values.find({browser, g.key});
            row.push_back(it == d.values.end() ? widgets::ComparisonValue{} : it->second);
        }
        view.values.push_back(std::move(row));
    }
    return view;
}

} // namespace inferscope::app
