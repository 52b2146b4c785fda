// The cell summary at the edge: `--summary-json`, the report's "cells" and the CSV export write this JSON
// (docs/SUMMARY_SCHEMA.md), and it reads back into the type. Every key of the schema is spelled here and only here.
#include "core/results/cell_summary.h"
#include "core/results/json_number.h"

#include <cmath>

namespace inferscope::results {
namespace {
using nlohmann::json;

json interval(const std::optional<Interval> &i)
{
    return i ? bounds(i->low, i->high) : json(nullptr);
}

/// A ratio into record[field], record[ciField] and, when it was computed, record[scopeField].
void putRatio(json &record, const std::string &field, const std::string &ciField, const std::string &scopeField,
              const CellRatio &ratio)
{
    record[field] = ratio.present ? number(ratio.value) : json(nullptr);
    record[ciField] = ratio.present ? bounds(ratio.ci.low, ratio.ci.high) : json(nullptr);
    if (ratio.present)
        record[scopeField] = ratio.scope;
}

void putIfAny(json &record, const char *field, const std::string &text)
{
    if (!text.empty())
        record[field] = text;
}

json configJson(const CellConfig &c)
{
    return {{"cell", c.key},
            {"model", c.model},
            {"runtime", c.runtime},
            {"backend", c.backend},
            {"threads", c.threads},
            {"browser", c.browser},
            {"placement", c.placement},
            {"harness", c.harness},
            {"workload", c.workload},
            {"simd", c.simd},
            {"runtime_version", c.runtimeVersion ? json(*c.runtimeVersion) : json(nullptr)}};
}

json operatorsJson(const std::vector<OperatorRow> &rows)
{
    json out = json::array();
    for (const auto &r : rows)
        out.push_back({{"op", r.op},
                       {"ms_per_inference", number(r.msPerInference)},
                       {"share", number(r.share)},
                       {"native_ms_per_inference", number(r.nativeMsPerInference)},
                       {"slowdown", number(r.slowdown)}});
    return out;
}

json generationJson(const GenerationCellSummary &g)
{
    return {
        {"prompt_tokens", g.promptTokens},
        {"new_tokens", g.newTokens},
        {"generations", g.generations},
        {"ttft_ms", number(g.ttftMs)},
        {"ttft_ci", interval(g.ttftCi)},
        {"tokens_per_s", number(g.tokensPerS)},
        {"tokens_per_s_ci", interval(g.tokensPerSCi)},
        {"e2e_tokens_per_s", number(g.e2eTokensPerS)},
        {"pss_per_token_bytes", number(g.pssPerTokenBytes)},
        {"pss_per_token_ci", interval(g.pssPerTokenCi)},
        {"pss_per_token_ci_scope", textOrNull(g.pssPerTokenCiScope)},
        {"pss_per_token_resolved", g.pssPerTokenResolved},
        {"pss_per_token_range", interval(g.pssPerTokenRange)},
        {"kv_cache_bytes_per_token", number(g.kvCacheBytesPerToken)},
        {"js_heap_per_token_bytes", number(g.jsHeapPerTokenBytes)},
        {"same_tokens_across_repetitions", g.sameTokensAcrossRepetitions},
        {"tokens_identical_to_native", g.tokensIdenticalToNative ? json(*g.tokensIdenticalToNative) : json(nullptr)},
        {"first_divergence_from_native",
         g.firstDivergenceFromNative ? json(*g.firstDivergenceFromNative) : json(nullptr)}};
}

json realtimeJson(const std::map<int, double> &byFps)
{
    if (byFps.empty())
        return nullptr;
    json curve = json::object();
    for (const auto &[fps, accuracy] : byFps)
        curve[std::to_string(fps)] = number(accuracy);
    return curve;
}

// Reading back: a field absent or of another type reads as none.
std::string textAt(const json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool flagAt(const json &j, const char *key, bool fallback = false)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_boolean() ? it->get<bool>() : fallback;
}

std::optional<Interval> intervalAt(const json &j, const char *key)
{
    const auto it = j.find(key);
    if (it == j.end() || !it->is_array() || it->size() != 2)
        return std::nullopt;
    const auto end = [](const json &v) { return v.is_number() ? v.get<double>() : std::nan(""); };
    return Interval{end((*it)[0]), end((*it)[1])};
}

CellRatio ratioAt(const json &j, const char *field, const char *ciField, const char *scopeField)
{
    CellRatio r;
    const auto it = j.find(field);
    const auto ci = intervalAt(j, ciField);
    if (it == j.end() || it->is_null())
        return r;
    r.present = true;
    r.value = numberAt(j, field);
    r.ci = ci.value_or(Interval{std::nan(""), std::nan("")});
    r.scope = textAt(j, scopeField);
    return r;
}

CellConfig configFrom(const json &j)
{
    CellConfig c = cellConfigOf(j);
    c.key = textAt(j, "cell");
    return c;
}

GenerationCellSummary generationFrom(const json &g)
{
    GenerationCellSummary s;
    const auto integer = [&g](const char *key) {
        const auto it = g.find(key);
        return it != g.end() && it->is_number_integer() ? it->get<int>() : 0;
    };
    s.promptTokens = integer("prompt_tokens");
    s.newTokens = integer("new_tokens");
    s.generations = integer("generations");
    s.ttftMs = numberAt(g, "ttft_ms");
    s.ttftCi = intervalAt(g, "ttft_ci");
    s.tokensPerS = numberAt(g, "tokens_per_s");
    s.tokensPerSCi = intervalAt(g, "tokens_per_s_ci");
    s.e2eTokensPerS = numberAt(g, "e2e_tokens_per_s");
    s.pssPerTokenBytes = numberAt(g, "pss_per_token_bytes");
    s.pssPerTokenCi = intervalAt(g, "pss_per_token_ci");
    s.pssPerTokenCiScope = textAt(g, "pss_per_token_ci_scope");
    s.pssPerTokenResolved = flagAt(g, "pss_per_token_resolved");
    s.pssPerTokenRange = intervalAt(g, "pss_per_token_range");
    s.kvCacheBytesPerToken = numberAt(g, "kv_cache_bytes_per_token");
    s.jsHeapPerTokenBytes = numberAt(g, "js_heap_per_token_bytes");
    s.sameTokensAcrossRepetitions = flagAt(g, "same_tokens_across_repetitions");
    if (const auto it = g.find("tokens_identical_to_native"); it != g.end() && it->is_boolean())
        s.tokensIdenticalToNative = it->get<bool>();
    if (const auto it = g.find("first_divergence_from_native"); it != g.end() && it->is_number_integer())
        s.firstDivergenceFromNative = it->get<long>();
    return s;
}

std::optional<std::vector<OperatorRow>> operatorsFrom(const json &j)
{
    const auto it = j.find("operators");
    if (it == j.end() || !it->is_array())
        return std::nullopt;
    std::vector<OperatorRow> rows;
    for (const auto &r : *it)
        if (r.is_object())
            rows.push_back({textAt(r, "op"), numberAt(r, "ms_per_inference"), numberAt(r, "share"),
                            numberAt(r, "native_ms_per_inference"), numberAt(r, "slowdown")});
    return rows;
}

std::map<int, double> realtimeFrom(const json &j)
{
    std::map<int, double> byFps;
    const auto it = j.find("realtime_accuracy");
    if (it != j.end() && it->is_object())
        for (const auto &[fps, accuracy] : it->items())
            if (accuracy.is_number())
                byFps[std::atoi(fps.c_str())] = accuracy.get<double>();
    return byFps;
}

} // namespace

json toJson(const CellSummary &c)
{
    json r = configJson(c.config);
    r.update(
        json{{"status", c.status},
             {"repetitions", c.repetitions},
             {"ok_repetitions", c.okRepetitions},
             {"fetch_ms", number(c.fetchMs)},
             {"setup_ms", number(c.setupMs)},
             {"first_ms", number(c.firstMs)},
             {"warmup_ms", number(c.warmupMs)},
             {"median_ms", number(c.medianMs)},
             {"ci_low_ms", number(c.ciLowMs)},
             {"ci_high_ms", number(c.ciHighMs)},
             {"ci_scope", c.ciScope},
             {"ci_half_width_percent", number(c.ciHalfWidthPercent)},
             {"between_run_share", number(c.betweenRunShare)},
             {"repetitions_for_5_percent", c.repetitionsFor5Percent ? json(*c.repetitionsFor5Percent) : json(nullptr)},
             {"repetitions_stopped", c.repetitionsStopped},
             {"pooled_median_ms", number(c.pooledMedianMs)},
             {"samples", c.samples},
             {"operators", c.operators ? operatorsJson(*c.operators) : json(nullptr)},
             {"realtime_accuracy", realtimeJson(c.realtimeAccuracy)},
             {"realtime_accuracy_30fps", number(c.realtimeAccuracy30fps)},
             {"speedup_adds", textOrNull(c.speedupAdds)},
             {"quantization", c.quantization.is_object() ? c.quantization : json(nullptr)},
             {"gpu", textOrNull(c.gpu)},
             {"model_bytes", number(c.modelBytes)},
             {"baseline_pss_bytes", number(c.baselinePssBytes)},
             {"peak_pss_bytes", number(c.peakPssBytes)},
             {"amplification", number(c.amplification)},
             {"js_heap_peak_bytes", number(c.jsHeapPeakBytes)},
             {"cpu_ms_per_inference", number(c.cpuMsPerInference)},
             {"cpu_cores_busy", number(c.cpuCoresBusy)},
             {"machine_probe_ms", number(c.machineProbeMs)},
             {"machine_drift", number(c.machineDrift)},
             {"machine_drift_flag", c.machineDriftFlag},
             {"input_idle_p95_ms", number(c.inputIdleP95Ms)},
             {"input_busy_p95_ms", number(c.inputBusyP95Ms)},
             {"fps_idle", number(c.fpsIdle)},
             {"fps_busy", number(c.fpsBusy)},
             {"long_tasks", number(c.longTasks)},
             {"blocking_ms", number(c.blockingMs)},
             {"gui_workload_increase_percent", number(c.guiWorkloadIncreasePercent)},
             {"video_fps_idle", number(c.videoFpsIdle)},
             {"video_fps_busy", number(c.videoFpsBusy)},
             {"video_callback_fps_busy", number(c.videoCallbackFpsBusy)},
             {"error", c.error ? json(*c.error) : json(nullptr)}});
    putRatio(r, "slowdown_vs_native", "slowdown_ci", "slowdown_vs_native_ci_scope", c.slowdownVsNative);
    putRatio(r, "slowdown_vs_pytorch_eager", "slowdown_vs_pytorch_eager_ci", "slowdown_vs_pytorch_eager_ci_scope",
             c.slowdownVsPytorchEager);
    putRatio(r, "slowdown_vs_pytorch_torchscript", "slowdown_vs_pytorch_torchscript_ci",
             "slowdown_vs_pytorch_torchscript_ci_scope", c.slowdownVsPytorchTorchscript);
    putRatio(r, "speedup_over_plain_wasm", "speedup_ci", "speedup_over_plain_wasm_ci_scope", c.speedupOverPlainWasm);
    putRatio(r, "speedup_over_float", "speedup_over_float_ci", "speedup_over_float_ci_scope", c.speedupOverFloat);
    putIfAny(r, "samples_note", c.samplesNote);
    putIfAny(r, "slowdown_note", c.slowdownNote);
    putIfAny(r, "operators_source", c.operatorsSource);
    putIfAny(r, "operators_note", c.operatorsNote);
    putIfAny(r, "realtime_accuracy_method", c.realtimeAccuracyMethod);
    putIfAny(r, "speedup_note", c.speedupNote);
    putIfAny(r, "speedup_over_float_note", c.speedupOverFloatNote);
    if (c.generation)
        r["generation"] = generationJson(*c.generation);
    if (c.env)
        r["env"] = {{"cross_origin_isolated", c.env->crossOriginIsolated},
                    {"threads_used", c.env->threadsUsed},
                    {"runtime_version", c.env->runtimeVersion}};
    return r;
}

json toJson(const std::vector<CellSummary> &cells)
{
    json out = json::array();
    for (const auto &c : cells)
        out.push_back(toJson(c));
    return out;
}

CellSummary cellSummaryFromJson(const json &j)
{
    CellSummary c;
    if (!j.is_object())
        return c;
    c.config = configFrom(j);
    c.status = textAt(j, "status");
    c.repetitions =
        static_cast<int>(std::lround(std::isfinite(numberAt(j, "repetitions")) ? numberAt(j, "repetitions") : 0));
    c.okRepetitions =
        static_cast<int>(std::lround(std::isfinite(numberAt(j, "ok_repetitions")) ? numberAt(j, "ok_repetitions") : 0));
    c.fetchMs = numberAt(j, "fetch_ms");
    c.setupMs = numberAt(j, "setup_ms");
    c.firstMs = numberAt(j, "first_ms");
    c.warmupMs = numberAt(j, "warmup_ms");
    c.medianMs = numberAt(j, "median_ms");
    c.ciLowMs = numberAt(j, "ci_low_ms");
    c.ciHighMs = numberAt(j, "ci_high_ms");
    c.ciScope = textAt(j, "ci_scope");
    c.ciHalfWidthPercent = numberAt(j, "ci_half_width_percent");
    c.betweenRunShare = numberAt(j, "between_run_share");
    if (const double n = numberAt(j, "repetitions_for_5_percent"); std::isfinite(n))
        c.repetitionsFor5Percent = std::lround(n);
    c.repetitionsStopped = textAt(j, "repetitions_stopped");
    c.pooledMedianMs = numberAt(j, "pooled_median_ms");
    if (const double n = numberAt(j, "samples"); std::isfinite(n) && n >= 0)
        c.samples = static_cast<std::size_t>(n);
    c.samplesNote = textAt(j, "samples_note");
    c.slowdownVsNative = ratioAt(j, "slowdown_vs_native", "slowdown_ci", "slowdown_vs_native_ci_scope");
    c.slowdownNote = textAt(j, "slowdown_note");
    c.slowdownVsPytorchEager =
        ratioAt(j, "slowdown_vs_pytorch_eager", "slowdown_vs_pytorch_eager_ci", "slowdown_vs_pytorch_eager_ci_scope");
    c.slowdownVsPytorchTorchscript = ratioAt(j, "slowdown_vs_pytorch_torchscript", "slowdown_vs_pytorch_torchscript_ci",
                                             "slowdown_vs_pytorch_torchscript_ci_scope");
    c.operators = operatorsFrom(j);
    c.operatorsSource = textAt(j, "operators_source");
    c.operatorsNote = textAt(j, "operators_note");
    c.realtimeAccuracy = realtimeFrom(j);
    c.realtimeAccuracy30fps = numberAt(j, "realtime_accuracy_30fps");
    c.realtimeAccuracyMethod = textAt(j, "realtime_accuracy_method");
    c.speedupOverPlainWasm = ratioAt(j, "speedup_over_plain_wasm", "speedup_ci", "speedup_over_plain_wasm_ci_scope");
    c.speedupAdds = textAt(j, "speedup_adds");
    c.speedupNote = textAt(j, "speedup_note");
    if (const auto q = j.find("quantization"); q != j.end() && q->is_object())
        c.quantization = *q;
    c.speedupOverFloat = ratioAt(j, "speedup_over_float", "speedup_over_float_ci", "speedup_over_float_ci_scope");
    c.speedupOverFloatNote = textAt(j, "speedup_over_float_note");
    c.gpu = textAt(j, "gpu");
    c.modelBytes = numberAt(j, "model_bytes");
    c.baselinePssBytes = numberAt(j, "baseline_pss_bytes");
    c.peakPssBytes = numberAt(j, "peak_pss_bytes");
    c.amplification = numberAt(j, "amplification");
    c.jsHeapPeakBytes = numberAt(j, "js_heap_peak_bytes");
    c.cpuMsPerInference = numberAt(j, "cpu_ms_per_inference");
    c.cpuCoresBusy = numberAt(j, "cpu_cores_busy");
    c.machineProbeMs = numberAt(j, "machine_probe_ms");
    c.machineDrift = numberAt(j, "machine_drift");
    c.machineDriftFlag = flagAt(j, "machine_drift_flag");
    c.inputIdleP95Ms = numberAt(j, "input_idle_p95_ms");
    c.inputBusyP95Ms = numberAt(j, "input_busy_p95_ms");
    c.fpsIdle = numberAt(j, "fps_idle");
    c.fpsBusy = numberAt(j, "fps_busy");
    c.longTasks = numberAt(j, "long_tasks");
    c.blockingMs = numberAt(j, "blocking_ms");
    c.guiWorkloadIncreasePercent = numberAt(j, "gui_workload_increase_percent");
    if (const auto g = j.find("generation"); g != j.end() && g->is_object())
        c.generation = generationFrom(*g);
    c.videoFpsIdle = numberAt(j, "video_fps_idle");
    c.videoFpsBusy = numberAt(j, "video_fps_busy");
    c.videoCallbackFpsBusy = numberAt(j, "video_callback_fps_busy");
    if (const auto e = j.find("error"); e != j.end() && e->is_string())
        c.error = e->get<std::string>();
    if (const auto env = j.find("env"); env != j.end() && env->is_object())
        c.env = CellEnvironment{flagAt(*env, "cross_origin_isolated"),
                                env->contains("threads_used") ? (*env)["threads_used"] : json(nullptr),
                                env->contains("runtime_version") ? (*env)["runtime_version"] : json(nullptr)};
    return c;
}

std::vector<CellSummary> cellSummariesFromJson(const json &records)
{
    std::vector<CellSummary> cells;
    if (records.is_array())
        for (const auto &r : records)
            cells.push_back(cellSummaryFromJson(r));
    return cells;
}

} // namespace inferscope::results
