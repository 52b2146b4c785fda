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

double num(const json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_number() ? it->get<double>() : std::nan("");
}

json ratio(double ours, double theirs)
{
    return std::isfinite(ours) && std::isfinite(theirs) && theirs != 0 ? json(ours / theirs) : json(nullptr);
}

bool okCell(const json &c)
{
    const std::string s = c.value("status", "");
    return s == "ok" || s == "partial";
}

/// The study's default CPU setting (section 4.1.1): wasm, SIMD on, main thread, nothing else on the page.
bool plainWasmMain(const json &c)
{
    return c.value("backend", "") == "wasm" && c.value("placement", "") == "main" &&
           c.value("workload", "none") == "none" && c.value("harness", "full") == "full";
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

json stages(const json &cells)
{
    json rows = json::array();
    for (const auto &c : cells) {
        if (!okCell(c))
            continue;
        const double first = num(c, "first_ms"), median = num(c, "median_ms");
        rows.push_back({{"cell", c["cell"]},
                        {"model", c["model"]},
                        {"runtime", c["runtime"]},
                        {"runtime_version", c.value("runtime_version", json(nullptr))},
                        {"backend", c["backend"]},
                        {"threads", c["threads"]},
                        {"simd", c.value("simd", true)},
                        {"browser", c["browser"]},
                        {"placement", c["placement"]},
                        {"workload", c.value("workload", "none")},
                        {"gpu", c.value("gpu", json(nullptr))},
                        {"fetch_ms", c.value("fetch_ms", json(nullptr))},
                        {"setup_ms", c["setup_ms"]},
                        {"first_ms", c["first_ms"]},
                        {"warmup_ms", c["warmup_ms"]},
                        {"median_ms", c["median_ms"]},
                        {"ci_low_ms", c["ci_low_ms"]},
                        {"ci_high_ms", c["ci_high_ms"]},
                        {"ci_scope", c.value("ci_scope", json(nullptr))},
                        {"repetitions", c.value("ok_repetitions", json(nullptr))},
                        {"samples", c["samples"]},
                        {"first_over_prediction", number(first / median)}});
    }
    return rows;
}

json slowdown(const json &cells)
{
    json rows = json::array();
    // (browser, runtime) -> threads -> slowdowns of the study's setting, per model
    std::map<std::pair<std::string, std::string>, std::map<int, std::vector<std::pair<std::string, double>>>> groups;
    for (const auto &c : cells) {
        if (!okCell(c) || c["slowdown_vs_native"].is_null())
            continue;
        rows.push_back({{"cell", c["cell"]},
                        {"model", c["model"]},
                        {"runtime", c["runtime"]},
                        {"runtime_version", c.value("runtime_version", json(nullptr))},
                        {"backend", c["backend"]},
                        {"threads", c["threads"]},
                        {"simd", c.value("simd", true)},
                        {"browser", c["browser"]},
                        {"placement", c["placement"]},
                        {"workload", c.value("workload", "none")},
                        {"slowdown", c["slowdown_vs_native"]},
                        {"ci", c["slowdown_ci"]},
                        {"ci_scope", c.value("slowdown_vs_native_ci_scope", json(nullptr))},
                        {"repetitions", c.value("ok_repetitions", json(nullptr))},
                        {"gpu", c.value("gpu", json(nullptr))}});
        if (plainWasmMain(c) && c.value("simd", true))
            groups[{c.value("browser", ""), c.value("runtime", "")}][c.value("threads", 1)].emplace_back(
                c.value("model", ""), num(c, "slowdown_vs_native"));
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

// The cell summary's runtime_version: null for the pinned runtime, "1.17" for ONNX Runtime Web 1.17.3.
std::string versionOf(const json &c)
{
    const auto it = c.find("runtime_version");
    return it != c.end() && it->is_string() ? it->get<std::string>() : std::string();
}

json ablation(const json &cells)
{
    // (runtime, browser, model, runtime version) -> (threads, simd) -> the cell
    std::map<std::tuple<std::string, std::string, std::string, std::string>,
             std::map<std::pair<int, bool>, const json *>>
        groups;
    for (const auto &c : cells)
        if (plainWasmMain(c) && c.value("browser", "") != "native")
            groups[{c.value("runtime", ""), c.value("browser", ""), c.value("model", ""), versionOf(c)}]
                  [{c.value("threads", 1), c.value("simd", true)}] = &c;
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
            return it != byConf.end() && okCell(*it->second) ? num(*it->second, "median_ms") : std::nan("");
        };
        auto why = [&](int t, bool simd) -> json {
            const auto it = byConf.find({t, simd});
            if (it == byConf.end())
                return "not in the plan";
            if (okCell(*it->second))
                return nullptr;
            const json &error = (*it->second)["error"]; // "status: reason" of the cell's first run
            return error.is_string() ? error : json(it->second->value("status", ""));
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

json memory(const json &cells)
{
    json rows = json::array();
    for (const auto &c : cells) {
        if (!okCell(c) || c["peak_pss_bytes"].is_null())
            continue;
        const double model = num(c, "model_bytes"), heap = num(c, "js_heap_peak_bytes");
        rows.push_back({{"cell", c["cell"]},
                        {"model", c["model"]},
                        {"runtime", c["runtime"]},
                        {"runtime_version", c.value("runtime_version", json(nullptr))},
                        {"backend", c["backend"]},
                        {"threads", c["threads"]},
                        {"simd", c.value("simd", true)},
                        {"browser", c["browser"]},
                        {"placement", c["placement"]},
                        {"workload", c.value("workload", "none")},
                        {"model_bytes", number(model)},
                        {"baseline_pss_bytes", c.value("baseline_pss_bytes", json(nullptr))},
                        {"peak_pss_bytes", c["peak_pss_bytes"]},
                        {"pss_amplification", c["amplification"]},
                        {"js_heap_peak_bytes", number(heap)},
                        {"js_heap_over_model", number(heap / model)}});
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
json quantized(const json &cells)
{
    json rows = json::array();
    for (const auto &c : cells) {
        if (!okCell(c) || !c.contains("quantization") || !c["quantization"].is_object())
            continue;
        const json &q = c["quantization"];
        json minCosine = nullptr, top1 = nullptr;
        if (q.contains("vs_float") && q["vs_float"].is_object() && q["vs_float"].contains("outputs") &&
            q["vs_float"]["outputs"].is_array() && !q["vs_float"]["outputs"].empty() &&
            q["vs_float"]["outputs"][0].is_object()) {
            const json &first = q["vs_float"]["outputs"][0];
            minCosine =
                first.contains("min_cosine") && first["min_cosine"].is_number() ? first["min_cosine"] : json(nullptr);
            top1 = first.contains("top1_agreement") && first["top1_agreement"].is_number() ? first["top1_agreement"]
                                                                                           : json(nullptr);
        }
        const auto text = [&q](const char *key) {
            return q.contains(key) && q[key].is_string() ? q[key] : json(nullptr);
        };
        rows.push_back({{"cell", c["cell"]},
                        {"model", c["model"]},
                        {"scheme", text("scheme")},
                        {"from", text("from")},
                        {"runtime", c["runtime"]},
                        {"backend", c["backend"]},
                        {"threads", c["threads"]},
                        {"browser", c["browser"]},
                        {"placement", c["placement"]},
                        {"median_ms", c["median_ms"]},
                        {"speedup_over_float", c.value("speedup_over_float", json(nullptr))},
                        {"speedup_over_float_ci", c.value("speedup_over_float_ci", json(nullptr))},
                        {"min_cosine_vs_float", minCosine},
                        {"top1_agreement_vs_float", top1}});
    }
    return {{"rows", rows}};
}

json generation(const json &cells)
{
    json rows = json::array();
    for (const auto &c : cells) {
        if (!okCell(c) || !c.contains("generation") || !c["generation"].is_object())
            continue;
        const json &g = c["generation"];
        std::string tokens = "-";
        if (g.value("tokens_identical_to_native", json(nullptr)).is_boolean())
            tokens = g["tokens_identical_to_native"].get<bool>()
                         ? "identical"
                         : "differ from position " + g["first_divergence_from_native"].dump();
        rows.push_back({{"cell", c["cell"]},
                        {"model", c["model"]},
                        {"runtime", c["runtime"]},
                        {"runtime_version", c.value("runtime_version", json(nullptr))},
                        {"backend", c["backend"]},
                        {"threads", c["threads"]},
                        {"simd", c.value("simd", true)},
                        {"browser", c["browser"]},
                        {"placement", c["placement"]},
                        {"prompt_tokens", g["prompt_tokens"]},
                        {"new_tokens", g["new_tokens"]},
                        {"ttft_ms", g["ttft_ms"]},
                        {"ttft_ci", g["ttft_ci"]},
                        {"tokens_per_s", g["tokens_per_s"]},
                        {"tokens_per_s_ci", g["tokens_per_s_ci"]},
                        {"e2e_tokens_per_s", g["e2e_tokens_per_s"]},
                        {"decode_slowdown", c["slowdown_vs_native"]},
                        {"pss_per_token_kb", !g["pss_per_token_bytes"].is_number() ? json(nullptr)
                                             : g.value("pss_per_token_resolved", false)
                                                 ? json(g["pss_per_token_bytes"].get<double>() / 1024.0)
                                                 : json("not resolved")},
                        {"pss_per_token_ci_kb", g.value("pss_per_token_ci", json(nullptr)).is_array()
                                                    ? json{g["pss_per_token_ci"][0].get<double>() / 1024.0,
                                                           g["pss_per_token_ci"][1].get<double>() / 1024.0}
                                                    : json(nullptr)},
                        {"tokens_vs_native", tokens}});
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

json responsiveness(const json &cells)
{
    json rows = json::array();
    std::vector<double> guiMain, guiWorker;
    for (const auto &c : cells) {
        if (!okCell(c))
            continue;
        const bool any = !c["input_busy_p95_ms"].is_null() || !c["fps_busy"].is_null() ||
                         !c["gui_workload_increase_percent"].is_null() ||
                         !c.value("video_fps_busy", json(nullptr)).is_null();
        if (!any)
            continue;
        rows.push_back({{"cell", c["cell"]},
                        {"model", c["model"]},
                        {"runtime", c["runtime"]},
                        {"runtime_version", c.value("runtime_version", json(nullptr))},
                        {"backend", c["backend"]},
                        {"threads", c["threads"]},
                        {"browser", c["browser"]},
                        {"placement", c["placement"]},
                        {"workload", c.value("workload", "none")},
                        {"input_idle_p95_ms", c["input_idle_p95_ms"]},
                        {"input_busy_p95_ms", c["input_busy_p95_ms"]},
                        {"fps_idle", c["fps_idle"]},
                        {"fps_busy", c["fps_busy"]},
                        {"gui_workload_increase_percent", c["gui_workload_increase_percent"]},
                        {"video_fps_idle", c.value("video_fps_idle", json(nullptr))},
                        {"video_fps_busy", c.value("video_fps_busy", json(nullptr))}});
        if (!c["gui_workload_increase_percent"].is_null())
            (c.value("placement", "") == "worker" ? guiWorker : guiMain)
                .push_back(num(c, "gui_workload_increase_percent"));
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
        if (r.status != "ok" || !r.meta.contains("outputs") || !r.meta["outputs"].is_object())
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
            w.cosine = std::min(w.cosine, num(o, "cosine"));
            if (o.contains("set_overlap"))
                w.overlap = std::min(w.overlap, num(o, "set_overlap"));
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
        if (r.status != "ok" || r.meta.value("browser", "") == "native" || !r.meta.contains("outputs") ||
            !r.meta["outputs"].is_object())
            continue;
        const json f = r.meta["outputs"].value("fidelity", json::array());
        if (!f.is_array())
            continue;
        Group &g = groups[{r.meta.value("runtime", ""), r.meta.value("backend", ""), r.meta.value("browser", "")}];
        ++g.runs;
        if (const std::string kind = gpuKind(r.meta); !kind.empty())
            g.gpu = kind;
        for (const auto &o : f) {
            if (!o.is_object() || !o.value("compared", false))
                continue;
            if (orderDependent(o)) { // tie-breaking decides it: its own column, not the numbers' worst case
                ++g.ordered;
                g.minOverlap = std::min(g.minOverlap, num(o, "set_overlap"));
                continue;
            }
            ++g.outputs;
            g.maxAbs = std::max(g.maxAbs, num(o, "max_abs_error"));
            g.minCos = std::min(g.minCos, num(o, "cosine"));
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
        if (r.status == "ok")
            continue;
        runs.push_back(
            {{"run_id", r.runId}, {"cell", r.meta.value("cell", r.runId)}, {"status", r.status}, {"error", r.error}});
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
json drift(const json &cells)
{
    json rows = json::array();
    for (const auto &c : cells)
        if (c.value("machine_drift_flag", false))
            rows.push_back(
                {{"cell", c["cell"]},
                 {"model", c["model"]},
                 {"runtime", c["runtime"]},
                 {"runtime_version", c.value("runtime_version", json(nullptr))},
                 {"backend", c["backend"]},
                 {"threads", c["threads"]},
                 {"simd", c.value("simd", true)},
                 {"browser", c["browser"]},
                 {"placement", c["placement"]},
                 {"repetitions", c.value("repetitions", json(nullptr))},
                 {"machine_drift_percent",
                  c["machine_drift"].is_number() ? json(100.0 * c["machine_drift"].get<double>()) : json(nullptr)},
                 {"ci_half_width_percent", c.value("ci_half_width_percent", json(nullptr))}});
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
                num(a, "mean"), "slowdown_cpu_mean",
                std::string("the study averaged both frameworks over 50 PCs in Chrome at 4 threads") +
                    (a.value("threads", 0) == 4
                         ? ""
                         : "; this plan has no 4-thread cells, so ours is at " + std::to_string(a.value("threads", 0)) +
                               (a.value("threads", 0) == 1 ? " thread" : " threads")) +
                    "; TF.js has no native baseline here");
    for (const auto &a : slow["averages"])
        if (a.value("runtime", "") == "ort-web" && a.value("browser", "") == "chromium") {
            add("highest per-model slowdown, chromium, ONNX Runtime Web", num(a, "max"), "slowdown_ort_max",
                "the study's range: 2.1x to 36.4x");
            add("lowest per-model slowdown, chromium, ONNX Runtime Web", num(a, "min"), "slowdown_ort_min", "");
        }
    for (const auto &r : abl["rows"])
        if (r.value("model", "") == "resnet50" && r.value("browser", "") == "chromium" &&
            r.value("runtime", "") == "ort-web" && r.value("threads", 0) == 4) {
            add("ResNet50 speed-up of " + std::to_string(r.value("threads", 0)) +
                    " threads with SIMD (over SIMD, 1 thread), ONNX Runtime Web, chromium",
                num(r, "threads_speedup_with_simd"), "ort_resnet50_threads_with_simd",
                "the study: 358.1 ms -> 172.3 ms");
        }
    for (const auto &r : abl["rows"])
        if (r.value("browser", "") == "chromium" && r.value("runtime", "") == "tfjs" && r.value("threads", 0) == 4 &&
            std::isfinite(num(r, "both_speedup")))
            add("speed-up of SIMD + " + std::to_string(r.value("threads", 0)) +
                    " threads over plain wasm, TF.js, chromium, " + r.value("model", std::string()),
                num(r, "both_speedup"), "tfjs_resnet50_both",
                "the study's figure is for ResNet50, which has no TF.js build in the zoo");
    double best = std::nan("");
    std::string bestCell;
    for (const auto &m : mem["rows"])
        if (std::isfinite(num(m, "js_heap_over_model")) && !(num(m, "js_heap_over_model") <= best)) {
            best = num(m, "js_heap_over_model");
            bestCell = m.value("cell", "");
        }
    add("highest peak JS heap / model size (" + (bestCell.empty() ? std::string("no JS heap measured") : bestCell) +
            ")",
        best, "memory_peak_over_model", "the study: ESRGAN on TF.js wasm, 6.4 GB of JS heap for 19 MB of weights");
    add("median GUI-workload slowdown while inferring on the main thread (%)",
        num(resp, "gui_increase_median_main_percent"), "gui_increase_percent",
        "the study: Speedometer 2.0 with inference injected; here a TodoMVC-like step every 250 ms");
    if (!resp["gui_increase_median_worker_percent"].is_null())
        add("median GUI-workload slowdown while inferring in a Web Worker (%)",
            num(resp, "gui_increase_median_worker_percent"), "gui_increase_percent",
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
    const json cells = summarizeCells(view);
    json runs = json::array();
    for (const auto &r : view.runs) {
        const bool have = r.stats.count > 0;
        runs.push_back({{"run_id", r.runId},
                        {"cell", r.meta.value("cell", r.runId)},
                        {"status", r.status},
                        {"samples", r.stats.count},
                        {"median_ms", have ? number(r.stats.median) : json(nullptr)},
                        {"ci_low_ms", have ? number(r.medianCi.low) : json(nullptr)},
                        {"ci_high_ms", have ? number(r.medianCi.high) : json(nullptr)},
                        {"p95_ms", have ? number(r.stats.p95) : json(nullptr)}});
    }
    json out = {{"citation", kStudyCitation},
                {"environment", environment(view)},
                {"cells", cells},
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
