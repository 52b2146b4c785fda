#include "core/results/study.h"
#include "core/results/json_number.h"

#include "core/analysis/descriptive.h"
#include "core/results/cell_summary.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace inferscope::results {
namespace {
using nlohmann::json;

json ratio(double ours, double theirs)
{
    return std::isfinite(ours) && std::isfinite(theirs) && theirs != 0 ? json(ours / theirs) : json(nullptr);
}

/// The study's default CPU setting (section 4.1.1): wasm, SIMD on, main thread, nothing else on the page.
bool plainWasmMain(const CellConfig &c)
{
    return c.backendKind == experiment::Backend::Wasm && c.placementKind == experiment::Placement::Main &&
           c.workloadKind == experiment::Workload::None && c.harness == "full";
}

json versionJson(const CellConfig &c)
{
    return c.runtimeVersion ? json(*c.runtimeVersion) : json(nullptr);
}

json textOrNull(const std::string &s)
{
    return s.empty() ? json(nullptr) : json(s);
}

json intervalJson(const Interval &i)
{
    return {number(i.low), number(i.high)};
}

json ratioCi(const CellRatio &r)
{
    return r.present ? intervalJson(r.ci) : json(nullptr);
}

json ratioValue(const CellRatio &r)
{
    return r.present ? number(r.value) : json(nullptr);
}

/// The cell columns every table of the report starts with.
json cellColumns(const CellSummary &c, bool withSimd = true, bool withWorkload = true)
{
    json row = {{"cell", c.config.key},        {"model", c.config.model},
                {"runtime", c.config.runtime}, {"runtime_version", versionJson(c.config)},
                {"backend", c.config.backend}, {"threads", c.config.threads},
                {"browser", c.config.browser}, {"placement", c.config.placement}};
    if (withSimd)
        row["simd"] = c.config.simd;
    if (withWorkload)
        row["workload"] = c.config.workload;
    return row;
}

json environment(const BundleView &view)
{
    const json &manifest = view.manifest;
    const json plan = manifest.value("plan", json::object());
    std::map<std::string, std::set<std::string>> browsers, runtimes;
    for (const auto &r : view.runs) {
        const std::string browser = r.meta.value("browser", "");
        if (r.meta.contains("browser_version") && r.meta["browser_version"].is_string() &&
            !r.meta["browser_version"].get<std::string>().empty())
            browsers[browser].insert(r.meta["browser_version"].get<std::string>());
        const json env = r.meta.value("env", json::object());
        if (env.is_object() && env.contains("runtime_version") && env["runtime_version"].is_string())
            runtimes[r.meta.value("runtime", "")].insert(env["runtime_version"].get<std::string>());
        if (r.meta.contains("runtime_version") && r.meta["runtime_version"].is_string())
            runtimes[r.meta.value("runtime", "")].insert(r.meta["runtime_version"].get<std::string>());
    }
    auto joined = [](const std::map<std::string, std::set<std::string>> &m) {
        json out = json::object();
        for (const auto &[k, versions] : m) {
            std::string text;
            for (const auto &v : versions)
                text += (text.empty() ? "" : ", ") + v;
            out[k] = text;
        }
        return out;
    };
    const json policy = plan.value("policy", json::object());
    // The machine-drift probe over the whole plan: how far the machine's speed moved while it ran.
    std::vector<double> probes;
    for (const auto &r : view.runs)
        if (const auto p = r.meta.find("machine_probe");
            p != r.meta.end() && p->is_object() && p->contains("ms") && (*p)["ms"].is_number())
            probes.push_back((*p)["ms"].get<double>());
    json drift = nullptr;
    if (!probes.empty()) {
        const auto [lo, hi] = std::minmax_element(probes.begin(), probes.end());
        drift = {{"runs", probes.size()}, {"min_ms", *lo}, {"median_ms", analysis::median(probes)}, {"max_ms", *hi}};
    }
    return {{"machine", manifest.value("machine", json::object())},
            {"machine_drift", drift},
            {"inferscope_version", manifest.value("inferscope_version", "")},
            {"created_utc", manifest.value("created_utc", "")},
            {"plan_name", plan.value("name", "")},
            {"plan_description", plan.value("description", "")},
            {"seed", plan.value("seed", json(nullptr))},
            {"repetitions", plan.value("repetitions", json(1))},
            {"policy", policy},
            {"browsers", joined(browsers)},
            {"runtimes", joined(runtimes)},
            {"runs", view.runs.size()},
            {"plan", plan}};
}

json stages(const std::vector<CellSummary> &cells)
{
    json rows = json::array();
    for (const auto &c : cells) {
        if (!c.measured())
            continue;
        json row = cellColumns(c);
        row.update(json{{"gpu", textOrNull(c.gpu)},
                        {"fetch_ms", number(c.fetchMs)},
                        {"setup_ms", number(c.setupMs)},
                        {"first_ms", number(c.firstMs)},
                        {"warmup_ms", number(c.warmupMs)},
                        {"median_ms", number(c.medianMs)},
                        {"ci_low_ms", number(c.ciLowMs)},
                        {"ci_high_ms", number(c.ciHighMs)},
                        {"ci_scope", textOrNull(c.ciScope)},
                        {"repetitions", c.okRepetitions},
                        {"samples", c.samples},
                        {"first_over_prediction", number(c.firstMs / c.medianMs)}});
        rows.push_back(std::move(row));
    }
    return rows;
}

json slowdown(const std::vector<CellSummary> &cells)
{
    json rows = json::array();
    // (browser, runtime) -> threads -> slowdowns of the study's setting, per model
    std::map<std::pair<std::string, std::string>, std::map<int, std::vector<std::pair<std::string, double>>>> groups;
    for (const auto &c : cells) {
        if (!c.measured() || !c.slowdownVsNative.present || !std::isfinite(c.slowdownVsNative.value))
            continue;
        json row = cellColumns(c);
        row.update(json{{"slowdown", number(c.slowdownVsNative.value)},
                        {"ci", ratioCi(c.slowdownVsNative)},
                        {"ci_scope", textOrNull(c.slowdownVsNative.scope)},
                        {"repetitions", c.okRepetitions},
                        {"gpu", textOrNull(c.gpu)}});
        rows.push_back(std::move(row));
        if (plainWasmMain(c.config) && c.config.simd)
            groups[{c.config.browser, c.config.runtime}][c.config.threads].emplace_back(c.config.model,
                                                                                        c.slowdownVsNative.value);
    }
    // The study's average: the mean of per-model prediction ratios at SIMD + 4 threads (the highest thread
    // count the plan has, when it has no 4), per browser and runtime.
    json averages = json::array();
    for (const auto &[key, byThreads] : groups) {
        const auto chosen = byThreads.count(4) ? byThreads.find(4) : std::prev(byThreads.end());
        std::vector<double> values;
        json models = json::object();
        for (const auto &[model, v] : chosen->second) {
            values.push_back(v);
            models[model] = v;
        }
        double logSum = 0;
        for (double v : values)
            logSum += std::log(v);
        averages.push_back({{"browser", key.first},
                            {"runtime", key.second},
                            {"threads", chosen->first},
                            {"models", models},
                            {"n", values.size()},
                            {"mean", analysis::mean(values)},
                            {"geomean", std::exp(logSum / static_cast<double>(values.size()))},
                            {"min", *std::min_element(values.begin(), values.end())},
                            {"max", *std::max_element(values.begin(), values.end())}});
    }
    return {{"rows", rows},
            {"averages", averages},
            {"method",
             "mean of per-model ratios of prediction medians, browser / native ONNX Runtime at the same thread count, "
             "wasm with SIMD on, main thread, at 4 threads (or the most the plan has)"}};
}

json ablation(const std::vector<CellSummary> &cells)
{
    // (runtime, browser, model, runtime version) -> (threads, simd) -> the cell
    std::map<std::tuple<std::string, std::string, std::string, std::string>,
             std::map<std::pair<int, bool>, const CellSummary *>>
        groups;
    for (const auto &c : cells)
        if (plainWasmMain(c.config) && !c.config.isNative())
            groups[{c.config.runtime, c.config.browser, c.config.model, c.config.runtimeVersion.value_or("")}]
                  [{c.config.threads, c.config.simd}] = &c;
    json rows = json::array();
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
            return it != byConf.end() && it->second->measured() ? it->second->medianMs : std::nan("");
        };
        auto why = [&](int t, bool simd) -> json {
            const auto it = byConf.find({t, simd});
            if (it == byConf.end())
                return "not in the plan";
            if (it->second->measured())
                return nullptr;
            // "status: reason" of the cell's first failed run
            return it->second->error ? json(*it->second->error) : json(it->second->status);
        };
        // One row per thread count (2 and 4 here: on a 2-core machine 4 threads oversubscribe, the study's setting).
        for (const int most : threadCounts) {
            const double plain = median(1, false), threads = median(most, false), simd = median(1, true),
                         both = median(most, true);
            rows.push_back({{"runtime", std::get<0>(key)},
                            {"runtime_version", std::get<3>(key).empty() ? json(nullptr) : json(std::get<3>(key))},
                            {"browser", std::get<1>(key)},
                            {"model", std::get<2>(key)},
                            {"threads", most},
                            {"plain_ms", number(plain)},
                            {"threads_ms", number(threads)},
                            {"simd_ms", number(simd)},
                            {"both_ms", number(both)},
                            {"threads_speedup", number(plain / threads)},
                            {"simd_speedup", number(plain / simd)},
                            {"both_speedup", number(plain / both)},
                            {"threads_speedup_with_simd", number(simd / both)},
                            {"plain_missing", why(1, false)},
                            {"threads_missing", why(most, false)}});
        }
    }
    // The study's ResNet50 stage table (the repository's plotting script): prediction ms per setting.
    const json study = {{"tfjs",
                         {{"plain_ms", 1710.3},
                          {"threads_ms", 1416.1},
                          {"simd_ms", 539.5},
                          {"both_ms", 300.8},
                          {"threads_speedup", 1.21},
                          {"simd_speedup", 3.17},
                          {"both_speedup", 5.69}}},
                        {"ort-web",
                         {{"plain_ms", 395.7},
                          {"threads_ms", 1275.3},
                          {"simd_ms", 358.1},
                          {"both_ms", 172.3},
                          {"threads_speedup", 0.31},
                          {"simd_speedup", 1.10},
                          {"both_speedup", 2.30}}},
                        {"model", "ResNet50"},
                        {"source", "STUDY.md: the repository's ResNet50 stage table, 4 threads"}};
    return {{"rows", rows}, {"study", study}};
}

json memory(const std::vector<CellSummary> &cells)
{
    json rows = json::array();
    for (const auto &c : cells) {
        if (!c.measured() || !std::isfinite(c.peakPssBytes))
            continue;
        json row = cellColumns(c);
        row.update(json{{"model_bytes", number(c.modelBytes)},
                        {"baseline_pss_bytes", number(c.baselinePssBytes)},
                        {"peak_pss_bytes", number(c.peakPssBytes)},
                        {"pss_amplification", number(c.amplification)},
                        {"js_heap_peak_bytes", number(c.jsHeapPeakBytes)},
                        {"js_heap_over_model", number(c.jsHeapPeakBytes / c.modelBytes)}});
        rows.push_back(std::move(row));
    }
    return {{"rows", rows},
            {"definitions",
             {{"pss_amplification",
               "(peak PSS of the browser's process tree - PSS before the runtime loaded) / model file bytes"},
              {"js_heap_over_model",
               "peak JS heap of the page (CDP Performance.getMetrics) / model file bytes: the study's metric "
               "(it used performance.memory.totalJSHeapSize)"}}},
            {"study",
             {{"esrgan_js_heap_over_model", 334.6},
              {"mobilenetv2", 7.2},
              {"resnet50", 3.0},
              {"movenet", 10.7},
              {"source", "abstract (334.6x) and the repository's memory sample (per-model ratios)"}}}};
}

/// Generative decoding (beyond the study, which measured one-shot models): per generation cell, time to
/// first token and decode tokens per second with their CIs, the decode slowdown against native, memory per
/// generated token, and whether the tokens match native's.
/// Quantized models beside their float models: each quantized cell's speed-up over the float model's cell of the same
/// configuration (over repetitions) and how its outputs compare with the float model's (from its reference).
json quantized(const std::vector<CellSummary> &cells)
{
    json rows = json::array();
    for (const auto &c : cells) {
        if (!c.measured() || !c.quantization.is_object())
            continue;
        const json &q = c.quantization;
        // The first output against the float model (from the quantized model's reference).
        json minCosine = nullptr, top1 = nullptr;
        if (const auto vs = q.find("vs_float"); vs != q.end() && vs->is_object())
            if (const auto outputs = vs->find("outputs");
                outputs != vs->end() && outputs->is_array() && !outputs->empty() && outputs->front().is_object()) {
                minCosine = number(numberAt(outputs->front(), "min_cosine"));
                top1 = number(numberAt(outputs->front(), "top1_agreement"));
            }
        const auto text = [&q](const char *key) {
            return q.contains(key) && q[key].is_string() ? q[key] : json(nullptr);
        };
        json row = cellColumns(c, false, false);
        row.erase("runtime_version");
        row.update(json{{"scheme", text("scheme")},
                        {"from", text("from")},
                        {"median_ms", number(c.medianMs)},
                        {"speedup_over_float", ratioValue(c.speedupOverFloat)},
                        {"speedup_over_float_ci", ratioCi(c.speedupOverFloat)},
                        {"min_cosine_vs_float", minCosine},
                        {"top1_agreement_vs_float", top1}});
        rows.push_back(std::move(row));
    }
    return {{"rows", rows}};
}

/// How a generation cell's tokens compare with native's, in words.
std::string tokensVersusNative(const GenerationCellSummary &g)
{
    if (!g.tokensIdenticalToNative)
        return "-";
    return *g.tokensIdenticalToNative
               ? "identical"
               : "differ from position " + std::to_string(g.firstDivergenceFromNative.value_or(-1));
}

json generation(const std::vector<CellSummary> &cells)
{
    json rows = json::array();
    const auto kb = [](double bytes) { return number(bytes / 1024.0); };
    for (const auto &c : cells) {
        if (!c.measured() || !c.generation)
            continue;
        const GenerationCellSummary &g = *c.generation;
        json row = cellColumns(c, true, false);
        row.update(json{{"prompt_tokens", g.promptTokens},
                        {"new_tokens", g.newTokens},
                        {"ttft_ms", number(g.ttftMs)},
                        {"ttft_ci", g.ttftCi ? intervalJson(*g.ttftCi) : json(nullptr)},
                        {"tokens_per_s", number(g.tokensPerS)},
                        {"tokens_per_s_ci", g.tokensPerSCi ? intervalJson(*g.tokensPerSCi) : json(nullptr)},
                        {"e2e_tokens_per_s", number(g.e2eTokensPerS)},
                        {"decode_slowdown", ratioValue(c.slowdownVsNative)},
                        {"pss_per_token_kb", !std::isfinite(g.pssPerTokenBytes) ? json(nullptr)
                                             : g.pssPerTokenResolved            ? kb(g.pssPerTokenBytes)
                                                                                : json("not resolved")},
                        {"pss_per_token_ci_kb",
                         g.pssPerTokenCi ? json{kb(g.pssPerTokenCi->low), kb(g.pssPerTokenCi->high)} : json(nullptr)},
                        {"tokens_vs_native", tokensVersusNative(g)}});
        rows.push_back(std::move(row));
    }
    return {{"rows", rows},
            {"definitions",
             {{"ttft_ms", "prefill of the prompt (one run with an empty KV cache) plus choosing the first token"},
              {"tokens_per_s",
               "1000 / the median decode step (one token with the cache), 95% CI from the steps' median CI"},
              {"e2e_tokens_per_s", "new tokens / (time to first token + decode time), median over generations"},
              {"pss_per_token_kb", "Theil-Sen slope of PSS over each decode window (median of pairwise slopes), per "
                                   "decode step; \"not resolved\" where its 95% CI does not lie above zero"}}}};
}

json responsiveness(const std::vector<CellSummary> &cells)
{
    json rows = json::array();
    std::vector<double> guiMain, guiWorker;
    for (const auto &c : cells) {
        if (!c.measured())
            continue;
        const bool gui = std::isfinite(c.guiWorkloadIncreasePercent);
        if (!std::isfinite(c.inputBusyP95Ms) && !std::isfinite(c.fpsBusy) && !gui && !std::isfinite(c.videoFpsBusy))
            continue;
        json row = cellColumns(c, false);
        row.update(json{{"input_idle_p95_ms", number(c.inputIdleP95Ms)},
                        {"input_busy_p95_ms", number(c.inputBusyP95Ms)},
                        {"fps_idle", number(c.fpsIdle)},
                        {"fps_busy", number(c.fpsBusy)},
                        {"gui_workload_increase_percent", number(c.guiWorkloadIncreasePercent)},
                        {"video_fps_idle", number(c.videoFpsIdle)},
                        {"video_fps_busy", number(c.videoFpsBusy)}});
        rows.push_back(std::move(row));
        if (gui)
            (c.config.placementKind == experiment::Placement::Worker ? guiWorker : guiMain)
                .push_back(c.guiWorkloadIncreasePercent);
    }
    return {
        {"rows", rows},
        {"gui_increase_median_main_percent", guiMain.empty() ? json(nullptr) : json(analysis::median(guiMain))},
        {"gui_increase_median_worker_percent", guiWorker.empty() ? json(nullptr) : json(analysis::median(guiWorker))},
        {"gui_cells_main", guiMain.size()},
        {"gui_cells_worker", guiWorker.size()},
        {"study",
         {{"gui_increase_percent", 67.2}, {"source", "abstract; Speedometer 2.0 score with and without inference"}}}};
}

/// Whether a fidelity entry is an output whose values depend on tie-breaking (marked by the page: integer indices,
/// or declared in the catalog): its cosine says nothing about a wrong result, so the summaries count it apart.
bool orderDependent(const json &o)
{
    return o.contains("order_dependent") && (o["order_dependent"].is_string() ||
                                             (o["order_dependent"].is_boolean() && o["order_dependent"].get<bool>()));
}

/// The outputs that differ from the reference, by model, output and configuration, each with why: a cosine under
/// 0.999 is a difference in the numbers; an order-dependent output whose set differs is tie-breaking.
json differingOutputs(const BundleView &view)
{
    struct Worst {
        double cosine = 1, overlap = 1;
        bool ordered = false;
        std::size_t runs = 0;
    };
    std::map<std::tuple<std::string, std::string, std::string, std::string, std::string>, Worst> worst;
    for (const auto &r : view.runs) {
        if (!r.ok() || !r.meta.contains("outputs") || !r.meta["outputs"].is_object())
            continue;
        const json f = r.meta["outputs"].value("fidelity", json::array());
        if (!f.is_array())
            continue;
        for (const auto &o : f) {
            if (!o.is_object() || !o.value("compared", false))
                continue;
            // Damaged metadata reads as a placeholder, never as an exception (tests/core/bundle_fuzz.h).
            const auto text = [](const json &j, const char *key) {
                return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string("?");
            };
            const std::string name = o.contains("name") && o["name"].is_string() ? o["name"].get<std::string>()
                                     : o.contains("index") && o["index"].is_number_integer()
                                         ? "#" + std::to_string(o["index"].get<long long>())
                                         : std::string("?");
            Worst &w = worst[{text(r.meta, "model"), name, text(r.meta, "runtime"), text(r.meta, "backend"),
                              text(r.meta, "browser")}];
            ++w.runs;
            w.ordered = w.ordered || orderDependent(o);
            w.cosine = std::min(w.cosine, numberAt(o, "cosine"));
            if (o.contains("set_overlap"))
                w.overlap = std::min(w.overlap, numberAt(o, "set_overlap"));
        }
    }
    json rows = json::array();
    for (const auto &[key, w] : worst) {
        const bool numbers = !w.ordered && w.cosine < 0.999, ties = w.ordered && (w.overlap < 1 || w.cosine < 0.999);
        if (!numbers && !ties)
            continue;
        rows.push_back({{"model", std::get<0>(key)},
                        {"output", std::get<1>(key)},
                        {"runtime", std::get<2>(key)},
                        {"backend", std::get<3>(key)},
                        {"browser", std::get<4>(key)},
                        {"runs", w.runs},
                        {"min_cosine", w.cosine},
                        {"min_set_overlap", w.ordered ? json(w.overlap) : json(nullptr)},
                        {"reason", ties ? "order-dependent" : "numbers"}});
    }
    return rows;
}

json fidelity(const BundleView &view)
{
    struct Group {
        std::size_t runs = 0, outputs = 0, ordered = 0, top1 = 0, top1Compared = 0;
        double maxAbs = 0, minCos = 1, minOverlap = 1;
        std::string gpu;
    };
    std::map<std::tuple<std::string, std::string, std::string>, Group> groups;
    for (const auto &r : view.runs) {
        if (!r.ok() || r.cell.isNative() || !r.meta.contains("outputs") || !r.meta["outputs"].is_object())
            continue;
        const json f = r.meta["outputs"].value("fidelity", json::array());
        if (!f.is_array())
            continue;
        Group &g = groups[{r.cell.runtime, r.cell.backend, r.cell.browser}];
        ++g.runs;
        if (const std::string kind = gpuKind(r.meta); !kind.empty())
            g.gpu = kind;
        for (const auto &o : f) {
            if (!o.is_object() || !o.value("compared", false))
                continue;
            if (orderDependent(o)) { // tie-breaking decides it: its own column, not the numbers' worst case
                ++g.ordered;
                g.minOverlap = std::min(g.minOverlap, numberAt(o, "set_overlap"));
                continue;
            }
            ++g.outputs;
            g.maxAbs = std::max(g.maxAbs, numberAt(o, "max_abs_error"));
            g.minCos = std::min(g.minCos, numberAt(o, "cosine"));
            if (o.contains("top1_agrees") && o["top1_agrees"].is_boolean()) {
                ++g.top1Compared;
                g.top1 += o["top1_agrees"].get<bool>() ? 1 : 0;
            }
        }
    }
    json rows = json::array();
    for (const auto &[key, g] : groups)
        rows.push_back(
            {{"runtime", std::get<0>(key)},
             {"backend", std::get<1>(key)},
             {"browser", std::get<2>(key)},
             {"runs", g.runs},
             {"outputs_compared", g.outputs},
             {"max_abs_error", g.outputs ? json(g.maxAbs) : json(nullptr)},
             {"min_cosine", g.outputs ? json(g.minCos) : json(nullptr)},
             {"top1_agreement",
              g.top1Compared ? json(static_cast<double>(g.top1) / static_cast<double>(g.top1Compared)) : json(nullptr)},
             {"order_dependent_outputs", g.ordered},
             {"min_set_overlap", g.ordered ? json(g.minOverlap) : json(nullptr)},
             {"gpu", g.gpu.empty() ? json(nullptr) : json(g.gpu)}});
    return {{"rows", rows},
            {"differing", differingOutputs(view)},
            {"reference",
             "the zoo's reference output of each model (native ONNX Runtime, or TF.js in Node for TF.js models)"}};
}

json failures(const BundleView &view)
{
    json runs = json::array();
    std::map<std::string, std::size_t> reasons;
    std::set<std::string> present;
    for (const auto &r : view.runs) {
        present.insert(r.runId);
        if (r.ok())
            continue;
        runs.push_back({{"run_id", r.runId}, {"cell", r.cell.key}, {"status", r.status}, {"error", r.error}});
        ++reasons[r.status + ": " + r.error];
    }
    json missing = json::array();
    if (view.manifest.contains("planned_runs") && view.manifest["planned_runs"].is_array())
        for (const auto &id : view.manifest["planned_runs"])
            if (id.is_string() && !present.count(id.get<std::string>()))
                missing.push_back(id);
    json damaged = json::array();
    for (const auto &p : view.problems)
        damaged.push_back({{"file", p.fileName}, {"message", p.message}});
    json byReason = json::array();
    for (const auto &[reason, count] : reasons)
        byReason.push_back({{"reason", reason}, {"runs", count}});
    return {{"runs", runs}, {"by_reason", byReason}, {"not_run", missing}, {"damaged_records", damaged}};
}

/// Cells whose repetitions saw the machine-drift probe move by more than 10%: their spread is partly the machine's.
json drift(const std::vector<CellSummary> &cells)
{
    json rows = json::array();
    for (const auto &c : cells)
        if (c.machineDriftFlag) {
            json row = cellColumns(c, true, false);
            row.update(json{{"repetitions", c.repetitions},
                            {"machine_drift_percent", number(100.0 * c.machineDrift)},
                            {"ci_half_width_percent", number(c.ciHalfWidthPercent)}});
            rows.push_back(std::move(row));
        }
    return rows;
}

json headline(const json &slow, const json &abl, const json &mem, const json &resp)
{
    json rows = json::array();
    const json published = publishedNumbers();
    auto add = [&](const std::string &metric, double ours, const char *key, const std::string &note) {
        const double theirs = published[key]["value"].get<double>();
        rows.push_back({{"metric", metric},
                        {"ours", number(ours)},
                        {"study", theirs},
                        {"ours_over_study", ratio(ours, theirs)},
                        {"study_source", published[key]["source"]},
                        {"note", note}});
    };
    // Slowdown: Chromium is the study's browser (Chrome); ONNX Runtime Web is the runtime with a native baseline here.
    for (const auto &a : slow["averages"])
        if (a.value("runtime", "") == "ort-web")
            add("mean slowdown vs native, " + a.value("browser", std::string()) + ", ONNX Runtime Web wasm SIMD + " +
                    std::to_string(a.value("threads", 0)) + " threads (" + std::to_string(a.value("n", 0)) + " models)",
                numberAt(a, "mean"), "slowdown_cpu_mean",
                std::string("the study averaged both frameworks over 50 PCs in Chrome at 4 threads") +
                    (a.value("threads", 0) == 4
                         ? ""
                         : "; this plan has no 4-thread cells, so ours is at " + std::to_string(a.value("threads", 0)) +
                               (a.value("threads", 0) == 1 ? " thread" : " threads")) +
                    "; TF.js has no native baseline here");
    for (const auto &a : slow["averages"])
        if (a.value("runtime", "") == "ort-web" && a.value("browser", "") == "chromium") {
            add("highest per-model slowdown, chromium, ONNX Runtime Web", numberAt(a, "max"), "slowdown_ort_max",
                "the study's range: 2.1x to 36.4x");
            add("lowest per-model slowdown, chromium, ONNX Runtime Web", numberAt(a, "min"), "slowdown_ort_min", "");
        }
    for (const auto &r : abl["rows"])
        if (r.value("model", "") == "resnet50" && r.value("browser", "") == "chromium" &&
            r.value("runtime", "") == "ort-web" && r.value("threads", 0) == 4) {
            add("ResNet50 speed-up of " + std::to_string(r.value("threads", 0)) +
                    " threads with SIMD (over SIMD, 1 thread), ONNX Runtime Web, chromium",
                numberAt(r, "threads_speedup_with_simd"), "ort_resnet50_threads_with_simd",
                "the study: 358.1 ms -> 172.3 ms");
        }
    for (const auto &r : abl["rows"])
        if (r.value("browser", "") == "chromium" && r.value("runtime", "") == "tfjs" && r.value("threads", 0) == 4 &&
            std::isfinite(numberAt(r, "both_speedup")))
            add("speed-up of SIMD + " + std::to_string(r.value("threads", 0)) +
                    " threads over plain wasm, TF.js, chromium, " + r.value("model", std::string()),
                numberAt(r, "both_speedup"), "tfjs_resnet50_both",
                "the study's figure is for ResNet50, which has no TF.js build in the zoo");
    double best = std::nan("");
    std::string bestCell;
    for (const auto &m : mem["rows"])
        if (std::isfinite(numberAt(m, "js_heap_over_model")) && !(numberAt(m, "js_heap_over_model") <= best)) {
            best = numberAt(m, "js_heap_over_model");
            bestCell = m.value("cell", "");
        }
    add("highest peak JS heap / model size (" + (bestCell.empty() ? std::string("no JS heap measured") : bestCell) +
            ")",
        best, "memory_peak_over_model", "the study: ESRGAN on TF.js wasm, 6.4 GB of JS heap for 19 MB of weights");
    add("median GUI-workload slowdown while inferring on the main thread (%)",
        numberAt(resp, "gui_increase_median_main_percent"), "gui_increase_percent",
        "the study: Speedometer 2.0 with inference injected; here a TodoMVC-like step every 250 ms");
    if (!resp["gui_increase_median_worker_percent"].is_null())
        add("median GUI-workload slowdown while inferring in a Web Worker (%)",
            numberAt(resp, "gui_increase_median_worker_percent"), "gui_increase_percent",
            "the model off the main thread: what is left is competition for the CPU (2 cores here)");
    return rows;
}
} // namespace

json publishedNumbers()
{
    return {
        {"slowdown_cpu_mean", {{"value", 16.9}, {"unit", "x"}, {"source", "abstract and section 4.1.1"}}},
        {"slowdown_ort_min", {{"value", 2.1}, {"unit", "x"}, {"source", "section 4.1.1"}}},
        {"slowdown_ort_max", {{"value", 36.4}, {"unit", "x"}, {"source", "section 4.1.1"}}},
        {"slowdown_tfjs_min", {{"value", 3.7}, {"unit", "x"}, {"source", "section 4.1.1"}}},
        {"slowdown_tfjs_max", {{"value", 18.4}, {"unit", "x"}, {"source", "section 4.1.1"}}},
        {"slowdown_gpu_mean", {{"value", 4.9}, {"unit", "x"}, {"source", "abstract"}}},
        {"ort_resnet50_threads_with_simd",
         {{"value", 358.1 / 172.3}, {"unit", "x"}, {"source", "repository plotting script (ResNet50)"}}},
        {"tfjs_resnet50_both", {{"value", 5.69}, {"unit", "x"}, {"source", "repository plotting script (ResNet50)"}}},
        {"memory_peak_over_model", {{"value", 334.6}, {"unit", "x"}, {"source", "abstract"}}},
        {"gui_increase_percent", {{"value", 67.2}, {"unit", "%"}, {"source", "abstract"}}}};
}

json studyReport(const BundleView &view)
{
    const std::vector<CellSummary> cells = summarizeCells(view);
    json runs = json::array();
    for (const auto &r : view.runs) {
        const bool have = r.stats.count > 0;
        runs.push_back({{"run_id", r.runId},
                        {"cell", r.cell.key},
                        {"status", r.status},
                        {"samples", r.stats.count},
                        {"median_ms", have ? number(r.stats.median) : json(nullptr)},
                        {"ci_low_ms", have ? number(r.medianCi.low) : json(nullptr)},
                        {"ci_high_ms", have ? number(r.medianCi.high) : json(nullptr)},
                        {"p95_ms", have ? number(r.stats.p95) : json(nullptr)}});
    }
    json out = {{"citation", kStudyCitation},
                {"environment", environment(view)},
                {"cells", toJson(cells)},
                {"runs", runs},
                {"stages", stages(cells)},
                {"slowdown", slowdown(cells)},
                {"ablation", ablation(cells)},
                {"memory", memory(cells)},
                {"responsiveness", responsiveness(cells)},
                {"generation", generation(cells)},
                {"quantized", quantized(cells)},
                {"fidelity", fidelity(view)},
                {"failures", failures(view)},
                {"drift", drift(cells)},
                {"published", publishedNumbers()}};
    out["headline"] = headline(out["slowdown"], out["ablation"], out["memory"], out["responsiveness"]);
    return out;
}

} // namespace inferscope::results
