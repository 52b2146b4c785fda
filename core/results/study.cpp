#include "core/results/study.h"

#include "core/analysis/descriptive.h"
#include "core/results/cell_summary.h"
#include "core/results/json_number.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <stdexcept>

namespace inferscope::results {
namespace {
using nlohmann::json;

/// The study's default CPU setting (section 4.1.1): wasm, SIMD on, main thread, nothing else on the page.
bool plainWasmMain(const CellConfig &c)
{
    return c.backendKind == experiment::Backend::Wasm && c.placementKind == experiment::Placement::Main &&
           c.workloadKind == experiment::Workload::None && c.harness == "full";
}

/// The cells of `cells` that `keep` accepts, by index.
template <typename Keep> std::vector<std::size_t> cellsWhere(const std::vector<CellSummary> &cells, Keep keep)
{
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < cells.size(); ++i)
        if (keep(cells[i]))
            out.push_back(i);
    return out;
}

std::string joined(const std::set<std::string> &texts)
{
    std::string text;
    for (const auto &t : texts)
        text += (text.empty() ? "" : ", ") + t;
    return text;
}

StudyEnvironment environment(const BundleView &view)
{
    StudyEnvironment env = studyEnvironmentOfManifest(view.manifest);
    std::map<std::string, std::set<std::string>> browsers, runtimes;
    std::vector<double> probes;
    for (const auto &r : view.runs) {
        const RecordedFacts facts = recordedFactsOf(r.meta);
        if (!facts.browserVersion.empty())
            browsers[r.cell.browser].insert(facts.browserVersion);
        for (const auto &version : facts.runtimeVersions)
            runtimes[r.cell.runtime].insert(version);
        if (std::isfinite(facts.machineProbeMs))
            probes.push_back(facts.machineProbeMs);
    }
    for (const auto &[browser, versions] : browsers)
        env.browserVersions[browser] = joined(versions);
    for (const auto &[runtime, versions] : runtimes)
        env.runtimeVersions[runtime] = joined(versions);
    if (!probes.empty()) {
        const auto [lo, hi] = std::minmax_element(probes.begin(), probes.end());
        env.drift = PlanDrift{probes.size(), *lo, analysis::median(probes), *hi};
    }
    env.runs = view.runs.size();
    return env;
}

std::vector<RunRow> runRows(const BundleView &view)
{
    std::vector<RunRow> rows;
    for (const auto &r : view.runs) {
        RunRow row{r.runId, r.cell.key, r.status, r.stats.count, kNone, kNone, kNone, kNone};
        if (r.stats.count > 0) {
            row.medianMs = r.stats.median;
            row.ciLowMs = r.medianCi.low;
            row.ciHighMs = r.medianCi.high;
            row.p95Ms = r.stats.p95;
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

/// The study's average: the mean of per-model prediction ratios at SIMD + 4 threads (the highest thread count the
/// plan has, when it has no 4), per browser and runtime.
std::vector<SlowdownAverage> slowdownAverages(const std::vector<CellSummary> &cells)
{
    // (browser, runtime) -> threads -> slowdowns of the study's setting, per model
    std::map<std::pair<std::string, std::string>, std::map<int, std::vector<std::pair<std::string, double>>>> groups;
    for (const auto &c : cells)
        if (c.measured() && c.slowdownVsNative.present && std::isfinite(c.slowdownVsNative.value) &&
            plainWasmMain(c.config) && c.config.simd)
            groups[{c.config.browser, c.config.runtime}][c.config.threads].emplace_back(c.config.model,
                                                                                        c.slowdownVsNative.value);
    std::vector<SlowdownAverage> averages;
    for (const auto &[key, byThreads] : groups) {
        const auto chosen = byThreads.count(4) ? byThreads.find(4) : std::prev(byThreads.end());
        SlowdownAverage a;
        a.browser = key.first;
        a.runtime = key.second;
        a.threads = chosen->first;
        std::vector<double> values;
        for (const auto &[model, v] : chosen->second) {
            values.push_back(v);
            a.byModel[model] = v;
        }
        double logSum = 0;
        for (double v : values)
            logSum += std::log(v);
        a.n = values.size();
        a.mean = analysis::mean(values);
        a.geomean = std::exp(logSum / static_cast<double>(values.size()));
        a.min = *std::min_element(values.begin(), values.end());
        a.max = *std::max_element(values.begin(), values.end());
        averages.push_back(std::move(a));
    }
    return averages;
}

std::vector<AblationRow> ablation(const std::vector<CellSummary> &cells)
{
    // (runtime, browser, model, runtime version) -> (threads, simd) -> the cell
    std::map<std::tuple<std::string, std::string, std::string, std::string>,
             std::map<std::pair<int, bool>, const CellSummary *>>
        groups;
    for (const auto &c : cells)
        if (plainWasmMain(c.config) && !c.config.isNative())
            groups[{c.config.runtime, c.config.browser, c.config.model, c.config.runtimeVersion.value_or("")}]
                  [{c.config.threads, c.config.simd}] = &c;
    std::vector<AblationRow> rows;
    for (const auto &[key, byConf] : groups) {
        std::set<int> threadCounts;
        for (const auto &[conf, cell] : byConf)
            if (conf.first > 1)
                threadCounts.insert(conf.first);
        if (threadCounts.empty() && !byConf.count({1, false}))
            continue; // neither threads nor SIMD varied: no ablation here
        if (threadCounts.empty())
            threadCounts.insert(1);
        auto median = [&](int t, bool simd) {
            const auto it = byConf.find({t, simd});
            return it != byConf.end() && it->second->measured() ? it->second->medianMs : kNone;
        };
        auto why = [&](int t, bool simd) -> std::optional<std::string> {
            const auto it = byConf.find({t, simd});
            if (it == byConf.end())
                return "not in the plan";
            if (it->second->measured())
                return std::nullopt;
            // "status: reason" of the cell's first failed run
            return it->second->error ? *it->second->error : it->second->status;
        };
        // One row per thread count (2 and 4 here: on a 2-core machine 4 threads oversubscribe, the study's setting).
        for (const int most : threadCounts) {
            AblationRow row;
            row.runtime = std::get<0>(key);
            row.browser = std::get<1>(key);
            row.model = std::get<2>(key);
            if (!std::get<3>(key).empty())
                row.runtimeVersion = std::get<3>(key);
            row.threads = most;
            row.plainMs = median(1, false);
            row.threadsMs = median(most, false);
            row.simdMs = median(1, true);
            row.bothMs = median(most, true);
            row.plainMissing = why(1, false);
            row.threadsMissing = why(most, false);
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

void responsiveness(const std::vector<CellSummary> &cells, StudyReport &report)
{
    std::vector<double> guiMain, guiWorker;
    report.responsiveness = cellsWhere(cells, [](const CellSummary &c) {
        return c.measured() && (std::isfinite(c.inputBusyP95Ms) || std::isfinite(c.fpsBusy) ||
                                std::isfinite(c.guiWorkloadIncreasePercent) || std::isfinite(c.videoFpsBusy));
    });
    for (const std::size_t i : report.responsiveness)
        if (const CellSummary &c = cells[i]; std::isfinite(c.guiWorkloadIncreasePercent))
            (c.config.placementKind == experiment::Placement::Worker ? guiWorker : guiMain)
                .push_back(c.guiWorkloadIncreasePercent);
    report.guiIncreaseMedianMainPercent = guiMain.empty() ? kNone : analysis::median(guiMain);
    report.guiIncreaseMedianWorkerPercent = guiWorker.empty() ? kNone : analysis::median(guiWorker);
    report.guiCellsMain = guiMain.size();
    report.guiCellsWorker = guiWorker.size();
}

/// An output's identity in the differing table: model, output, runtime, backend, browser.
using OutputKey = std::tuple<std::string, std::string, std::string, std::string, std::string>;

/// The outputs that differ from the reference, by model, output and configuration, each with why: a cosine under
/// 0.999 is a difference in the numbers; an order-dependent output whose set differs is tie-breaking.
std::vector<DifferingOutput> differingOutputs(const BundleView &view)
{
    struct Worst {
        double cosine = 1, overlap = 1;
        bool ordered = false;
        std::size_t runs = 0;
    };
    std::map<OutputKey, Worst> worst;
    for (const auto &r : view.runs) {
        if (!r.ok())
            continue;
        const RecordedFacts facts = recordedFactsOf(r.meta);
        for (const auto &o : facts.fidelity) {
            if (!o.compared)
                continue;
            Worst &w = worst[{facts.model, o.name, facts.runtime, facts.backend, facts.browser}];
            ++w.runs;
            w.ordered = w.ordered || o.orderDependent;
            w.cosine = std::min(w.cosine, o.cosine);
            if (o.hasSetOverlap)
                w.overlap = std::min(w.overlap, o.setOverlap);
        }
    }
    std::vector<DifferingOutput> rows;
    for (const auto &[key, w] : worst) {
        const bool numbers = !w.ordered && w.cosine < 0.999, ties = w.ordered && (w.overlap < 1 || w.cosine < 0.999);
        if (!numbers && !ties)
            continue;
        rows.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), std::get<3>(key), std::get<4>(key),
                        w.runs, w.cosine, w.ordered ? w.overlap : kNone,
                        ties ? DifferingOutput::Reason::OrderDependent : DifferingOutput::Reason::Numbers});
    }
    return rows;
}

std::vector<FidelityGroup> fidelity(const BundleView &view)
{
    struct Group {
        std::size_t runs = 0, outputs = 0, ordered = 0, top1 = 0, top1Compared = 0;
        double maxAbs = 0, minCos = 1, minOverlap = 1;
        std::string gpu;
    };
    std::map<std::tuple<std::string, std::string, std::string>, Group> groups;
    for (const auto &r : view.runs) {
        if (!r.ok() || r.cell.isNative())
            continue;
        const RecordedFacts facts = recordedFactsOf(r.meta);
        if (!facts.hasFidelity)
            continue;
        Group &g = groups[{r.cell.runtime, r.cell.backend, r.cell.browser}];
        ++g.runs;
        if (const std::string kind = gpuKind(r.meta); !kind.empty())
            g.gpu = kind;
        for (const auto &o : facts.fidelity) {
            if (!o.compared)
                continue;
            if (o.orderDependent) { // tie-breaking decides it: its own column, not the numbers' worst case
                ++g.ordered;
                g.minOverlap = std::min(g.minOverlap, o.setOverlap);
                continue;
            }
            ++g.outputs;
            g.maxAbs = std::max(g.maxAbs, o.maxAbsError);
            g.minCos = std::min(g.minCos, o.cosine);
            if (o.top1Agrees) {
                ++g.top1Compared;
                g.top1 += *o.top1Agrees ? 1 : 0;
            }
        }
    }
    std::vector<FidelityGroup> rows;
    for (const auto &[key, g] : groups)
        rows.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), g.gpu, g.runs, g.outputs, g.ordered,
                        g.outputs ? g.maxAbs : kNone, g.outputs ? g.minCos : kNone,
                        g.top1Compared ? static_cast<double>(g.top1) / static_cast<double>(g.top1Compared) : kNone,
                        g.ordered ? g.minOverlap : kNone});
    return rows;
}

Failures failures(const BundleView &view)
{
    Failures out;
    std::map<std::string, std::size_t> reasons;
    std::set<std::string> present;
    for (const auto &r : view.runs) {
        present.insert(r.runId);
        if (r.ok())
            continue;
        out.runs.push_back({r.runId, r.cell.key, r.status, r.error});
        ++reasons[r.status + ": " + r.error];
    }
    for (const auto &id : plannedRunsOf(view.manifest))
        if (!present.count(id))
            out.notRun.push_back(id);
    out.damaged = view.problems;
    out.byReason.assign(reasons.begin(), reasons.end());
    return out;
}

std::string threadsText(int threads)
{
    return std::to_string(threads) + (threads == 1 ? " thread" : " threads");
}

/// Ours beside the study: the slowdown (Chromium is the study's browser, Chrome; ONNX Runtime Web is the runtime
/// with a native baseline here), the ablation, memory and the GUI workload.
std::vector<HeadlineRow> headline(const StudyReport &r)
{
    std::vector<HeadlineRow> rows;
    auto add = [&rows](std::string metric, double ours, const char *key, std::string note) {
        rows.push_back({std::move(metric), ours, &publishedNumber(key), std::move(note)});
    };
    for (const auto &a : r.slowdownAverages)
        if (a.runtime == "ort-web")
            add("mean slowdown vs native, " + a.browser + ", ONNX Runtime Web wasm SIMD + " +
                    std::to_string(a.threads) + " threads (" + std::to_string(a.n) + " models)",
                a.mean, "slowdown_cpu_mean",
                std::string("the study averaged both frameworks over 50 PCs in Chrome at 4 threads") +
                    (a.threads == 4 ? ""
                                    : "; this plan has no 4-thread cells, so ours is at " + threadsText(a.threads)) +
                    "; TF.js has no native baseline here");
    for (const auto &a : r.slowdownAverages)
        if (a.runtime == "ort-web" && a.browser == "chromium") {
            add("highest per-model slowdown, chromium, ONNX Runtime Web", a.max, "slowdown_ort_max",
                "the study's range: 2.1x to 36.4x");
            add("lowest per-model slowdown, chromium, ONNX Runtime Web", a.min, "slowdown_ort_min", "");
        }
    for (const auto &a : r.ablation)
        if (a.model == "resnet50" && a.browser == "chromium" && a.runtime == "ort-web" && a.threads == 4)
            add("ResNet50 speed-up of " + std::to_string(a.threads) +
                    " threads with SIMD (over SIMD, 1 thread), ONNX Runtime Web, chromium",
                finiteOrNone(a.simdMs / a.bothMs), "ort_resnet50_threads_with_simd", "the study: 358.1 ms -> 172.3 ms");
    for (const auto &a : r.ablation)
        if (a.browser == "chromium" && a.runtime == "tfjs" && a.threads == 4 && std::isfinite(a.plainMs / a.bothMs))
            add("speed-up of SIMD + " + std::to_string(a.threads) + " threads over plain wasm, TF.js, chromium, " +
                    a.model,
                a.plainMs / a.bothMs, "tfjs_resnet50_both",
                "the study's figure is for ResNet50, which has no TF.js build in the zoo");
    double best = kNone;
    std::string bestCell;
    for (const std::size_t i : r.memory)
        if (const double over = jsHeapOverModel(r.cells[i]); std::isfinite(over) && !(over <= best)) {
            best = over;
            bestCell = r.cells[i].config.key;
        }
    add("highest peak JS heap / model size (" + (bestCell.empty() ? std::string("no JS heap measured") : bestCell) +
            ")",
        best, "memory_peak_over_model", "the study: ESRGAN on TF.js wasm, 6.4 GB of JS heap for 19 MB of weights");
    add("median GUI-workload slowdown while inferring on the main thread (%)", r.guiIncreaseMedianMainPercent,
        "gui_increase_percent",
        "the study: Speedometer 2.0 with inference injected; here a TodoMVC-like step every 250 ms");
    if (std::isfinite(r.guiIncreaseMedianWorkerPercent))
        add("median GUI-workload slowdown while inferring in a Web Worker (%)", r.guiIncreaseMedianWorkerPercent,
            "gui_increase_percent",
            "the model off the main thread: what is left is competition for the CPU (2 cores here)");
    return rows;
}
} // namespace

double finiteOrNone(double v)
{
    return std::isfinite(v) ? v : kNone;
}

double jsHeapOverModel(const CellSummary &c)
{
    return finiteOrNone(c.jsHeapPeakBytes / c.modelBytes);
}

const std::vector<PublishedNumber> &publishedNumbers()
{
    static const std::vector<PublishedNumber> numbers{
        {"slowdown_cpu_mean", 16.9, "x", "abstract and section 4.1.1"},
        {"slowdown_ort_min", 2.1, "x", "section 4.1.1"},
        {"slowdown_ort_max", 36.4, "x", "section 4.1.1"},
        {"slowdown_tfjs_min", 3.7, "x", "section 4.1.1"},
        {"slowdown_tfjs_max", 18.4, "x", "section 4.1.1"},
        {"slowdown_gpu_mean", 4.9, "x", "abstract"},
        {"ort_resnet50_threads_with_simd", 358.1 / 172.3, "x", "repository plotting script (ResNet50)"},
        {"tfjs_resnet50_both", 5.69, "x", "repository plotting script (ResNet50)"},
        {"memory_peak_over_model", 334.6, "x", "abstract"},
        {"gui_increase_percent", 67.2, "%", "abstract"}};
    return numbers;
}

const PublishedNumber &publishedNumber(const std::string &key)
{
    for (const auto &n : publishedNumbers())
        if (n.key == key)
            return n;
    throw std::out_of_range("no published number " + key);
}

StudyReport studyReport(const BundleView &view)
{
    StudyReport r;
    r.environment = environment(view);
    r.cells = summarizeCells(view);
    const auto &cells = r.cells;
    r.runs = runRows(view);
    r.stages = cellsWhere(cells, [](const CellSummary &c) { return c.measured(); });
    r.slowdown = cellsWhere(cells, [](const CellSummary &c) {
        return c.measured() && c.slowdownVsNative.present && std::isfinite(c.slowdownVsNative.value);
    });
    r.slowdownAverages = slowdownAverages(cells);
    r.ablation = ablation(cells);
    r.memory = cellsWhere(cells, [](const CellSummary &c) { return c.measured() && std::isfinite(c.peakPssBytes); });
    responsiveness(cells, r);
    r.generation = cellsWhere(cells, [](const CellSummary &c) { return c.measured() && c.generation.has_value(); });
    r.quantized = cellsWhere(cells, [](const CellSummary &c) { return c.measured() && c.quantization.is_object(); });
    r.fidelity = fidelity(view);
    r.differing = differingOutputs(view);
    r.failures = failures(view);
    r.drift = cellsWhere(cells, [](const CellSummary &c) { return c.machineDriftFlag; });
    r.headline = headline(r);
    return r;
}

} // namespace inferscope::results
