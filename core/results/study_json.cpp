// The study report at its edge: report.json (docs/REPORT.md), the rows of the report's tables and its CSV files, and
// the manifest facts the report reads. Every key of the report is spelled here and only here.
#include "core/results/json_number.h"
#include "core/results/study.h"

#include <cmath>

namespace inferscope::results {
namespace {
using nlohmann::json;

json ratio(double ours, double theirs)
{
    return std::isfinite(ours) && std::isfinite(theirs) && theirs != 0 ? json(ours / theirs) : json(nullptr);
}

json optionalText(const std::optional<std::string> &s)
{
    return s ? json(*s) : json(nullptr);
}

json ratioCi(const CellRatio &r)
{
    return r.present ? bounds(r.ci.low, r.ci.high) : json(nullptr);
}

json ratioValue(const CellRatio &r)
{
    return r.present ? number(r.value) : json(nullptr);
}

json interval(const std::optional<Interval> &i)
{
    return i ? bounds(i->low, i->high) : json(nullptr);
}

/// A value of the manifest as text, the way a reader sees it: a string as it is, anything else as JSON.
std::optional<std::string> recordedText(const json &object, const char *key)
{
    if (!object.is_object())
        return std::nullopt;
    const auto it = object.find(key);
    if (it == object.end())
        return std::nullopt;
    return it->is_string() ? it->get<std::string>() : it->dump();
}

std::string textAt(const json &object, const char *key)
{
    const auto it = object.is_object() ? object.find(key) : object.end();
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

json objectAt(const json &object, const char *key)
{
    const auto it = object.is_object() ? object.find(key) : object.end();
    return it != object.end() ? *it : json::object();
}

/// The cell columns every table of the report starts with.
json cellColumns(const CellSummary &c, bool withSimd = true, bool withWorkload = true)
{
    json row = {{"cell", c.config.key},        {"model", c.config.model},
                {"runtime", c.config.runtime}, {"runtime_version", optionalText(c.config.runtimeVersion)},
                {"backend", c.config.backend}, {"threads", c.config.threads},
                {"browser", c.config.browser}, {"placement", c.config.placement}};
    if (withSimd)
        row["simd"] = c.config.simd;
    if (withWorkload)
        row["workload"] = c.config.workload;
    return row;
}

json stageRow(const CellSummary &c)
{
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
    return row;
}

json slowdownRow(const CellSummary &c)
{
    json row = cellColumns(c);
    row.update(json{{"slowdown", number(c.slowdownVsNative.value)},
                    {"ci", ratioCi(c.slowdownVsNative)},
                    {"ci_scope", textOrNull(c.slowdownVsNative.scope)},
                    {"repetitions", c.okRepetitions},
                    {"gpu", textOrNull(c.gpu)}});
    return row;
}

json memoryRow(const CellSummary &c)
{
    json row = cellColumns(c);
    row.update(json{{"model_bytes", number(c.modelBytes)},
                    {"baseline_pss_bytes", number(c.baselinePssBytes)},
                    {"peak_pss_bytes", number(c.peakPssBytes)},
                    {"pss_amplification", number(c.amplification)},
                    {"js_heap_peak_bytes", number(c.jsHeapPeakBytes)},
                    {"js_heap_over_model", number(jsHeapOverModel(c))}});
    return row;
}

json responsivenessRow(const CellSummary &c)
{
    json row = cellColumns(c, false);
    row.update(json{{"input_idle_p95_ms", number(c.inputIdleP95Ms)},
                    {"input_busy_p95_ms", number(c.inputBusyP95Ms)},
                    {"fps_idle", number(c.fpsIdle)},
                    {"fps_busy", number(c.fpsBusy)},
                    {"gui_workload_increase_percent", number(c.guiWorkloadIncreasePercent)},
                    {"video_fps_idle", number(c.videoFpsIdle)},
                    {"video_fps_busy", number(c.videoFpsBusy)}});
    return row;
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

json generationRow(const CellSummary &c)
{
    const GenerationCellSummary &g = *c.generation;
    const auto kb = [](double bytes) { return number(bytes / 1024.0); };
    json row = cellColumns(c, true, false);
    row.update(json{{"prompt_tokens", g.promptTokens},
                    {"new_tokens", g.newTokens},
                    {"ttft_ms", number(g.ttftMs)},
                    {"ttft_ci", interval(g.ttftCi)},
                    {"tokens_per_s", number(g.tokensPerS)},
                    {"tokens_per_s_ci", interval(g.tokensPerSCi)},
                    {"e2e_tokens_per_s", number(g.e2eTokensPerS)},
                    {"decode_slowdown", ratioValue(c.slowdownVsNative)},
                    {"pss_per_token_kb", !std::isfinite(g.pssPerTokenBytes) ? json(nullptr)
                                         : g.pssPerTokenResolved            ? kb(g.pssPerTokenBytes)
                                                                            : json("not resolved")},
                    {"pss_per_token_ci_kb",
                     g.pssPerTokenCi ? json{kb(g.pssPerTokenCi->low), kb(g.pssPerTokenCi->high)} : json(nullptr)},
                    {"tokens_vs_native", tokensVersusNative(g)}});
    return row;
}

/// A quantized cell beside its float model: speed-up over repetitions, and its first output against the float
/// model's (from the quantized model's reference, as the runs recorded it).
json quantizedRow(const CellSummary &c)
{
    const json &q = c.quantization;
    json minCosine = nullptr, top1 = nullptr;
    if (const auto vs = q.find("vs_float"); vs != q.end() && vs->is_object())
        if (const auto outputs = vs->find("outputs");
            outputs != vs->end() && outputs->is_array() && !outputs->empty() && outputs->front().is_object()) {
            minCosine = number(numberAt(outputs->front(), "min_cosine"));
            top1 = number(numberAt(outputs->front(), "top1_agreement"));
        }
    const auto text = [&q](const char *key) {
        const auto it = q.find(key);
        return it != q.end() && it->is_string() ? *it : json(nullptr);
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
    return row;
}

json driftRow(const CellSummary &c)
{
    json row = cellColumns(c, true, false);
    row.update(json{{"repetitions", c.repetitions},
                    {"machine_drift_percent", number(100.0 * c.machineDrift)},
                    {"ci_half_width_percent", number(c.ciHalfWidthPercent)}});
    return row;
}

json rowsOf(const StudyReport &r, const std::vector<std::size_t> &cells, json (*row)(const CellSummary &))
{
    json rows = json::array();
    for (const std::size_t i : cells)
        rows.push_back(row(r.cells[i]));
    return rows;
}

json averageRow(const SlowdownAverage &a)
{
    json models = json::object();
    for (const auto &[model, v] : a.byModel)
        models[model] = v;
    return {{"browser", a.browser}, {"runtime", a.runtime}, {"threads", a.threads}, {"models", models}, {"n", a.n},
            {"mean", a.mean},       {"geomean", a.geomean}, {"min", a.min},         {"max", a.max}};
}

json ablationRow(const AblationRow &a)
{
    return {{"runtime", a.runtime},
            {"runtime_version", optionalText(a.runtimeVersion)},
            {"browser", a.browser},
            {"model", a.model},
            {"threads", a.threads},
            {"plain_ms", number(a.plainMs)},
            {"threads_ms", number(a.threadsMs)},
            {"simd_ms", number(a.simdMs)},
            {"both_ms", number(a.bothMs)},
            {"threads_speedup", number(a.plainMs / a.threadsMs)},
            {"simd_speedup", number(a.plainMs / a.simdMs)},
            {"both_speedup", number(a.plainMs / a.bothMs)},
            {"threads_speedup_with_simd", number(a.simdMs / a.bothMs)},
            {"plain_missing", optionalText(a.plainMissing)},
            {"threads_missing", optionalText(a.threadsMissing)}};
}

json fidelityRow(const FidelityGroup &g)
{
    return {{"runtime", g.runtime},
            {"backend", g.backend},
            {"browser", g.browser},
            {"runs", g.runs},
            {"outputs_compared", g.outputsCompared},
            {"max_abs_error", number(g.maxAbsError)},
            {"min_cosine", number(g.minCosine)},
            {"top1_agreement", number(g.top1Agreement)},
            {"order_dependent_outputs", g.orderDependentOutputs},
            {"min_set_overlap", number(g.minSetOverlap)},
            {"gpu", textOrNull(g.gpu)}};
}

json differingRow(const DifferingOutput &d)
{
    return {{"model", d.model},
            {"output", d.output},
            {"runtime", d.runtime},
            {"backend", d.backend},
            {"browser", d.browser},
            {"runs", d.runs},
            {"min_cosine", d.minCosine},
            {"min_set_overlap", number(d.minSetOverlap)},
            {"reason", d.reason == DifferingOutput::Reason::OrderDependent ? "order-dependent" : "numbers"}};
}

json headlineRow(const HeadlineRow &h)
{
    return {{"metric", h.metric},
            {"ours", number(h.ours)},
            {"study", h.study->value},
            {"ours_over_study", ratio(h.ours, h.study->value)},
            {"study_source", h.study->source},
            {"note", h.note}};
}

json runRow(const RunRow &r)
{
    return {{"run_id", r.runId},
            {"cell", r.cell},
            {"status", r.status},
            {"samples", r.samples},
            {"median_ms", number(r.medianMs)},
            {"ci_low_ms", number(r.ciLowMs)},
            {"ci_high_ms", number(r.ciHighMs)},
            {"p95_ms", number(r.p95Ms)}};
}

template <typename T> json rowsOf(const std::vector<T> &items, json (*row)(const T &))
{
    json rows = json::array();
    for (const auto &item : items)
        rows.push_back(row(item));
    return rows;
}

json environmentJson(const StudyEnvironment &e)
{
    json drift = nullptr;
    if (e.drift)
        drift = {{"runs", e.drift->runs},
                 {"min_ms", e.drift->minMs},
                 {"median_ms", e.drift->medianMs},
                 {"max_ms", e.drift->maxMs}};
    return {{"machine", e.machine},
            {"machine_drift", drift},
            {"inferscope_version", e.inferscopeVersion},
            {"created_utc", e.createdUtc},
            {"plan_name", e.planName},
            {"plan_description", e.planDescription},
            {"seed", e.seed},
            {"repetitions", e.repetitions},
            {"policy", e.policy},
            {"browsers", e.browserVersions},
            {"runtimes", e.runtimeVersions},
            {"runs", e.runs},
            {"plan", e.plan}};
}

json publishedJson()
{
    json out = json::object();
    for (const auto &n : publishedNumbers())
        out[n.key] = {{"value", n.value}, {"unit", n.unit}, {"source", n.source}};
    return out;
}

/// The study's ResNet50 stage table (the repository's plotting script): prediction ms per setting.
json studyAblation()
{
    return {{"tfjs",
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
}

json memoryDefinitions()
{
    return {{"pss_amplification",
             "(peak PSS of the browser's process tree - PSS before the runtime loaded) / model file bytes"},
            {"js_heap_over_model", "peak JS heap of the page (CDP Performance.getMetrics) / model file bytes: the "
                                   "study's metric (it used performance.memory.totalJSHeapSize)"}};
}

json generationDefinitions()
{
    return {{"ttft_ms", "prefill of the prompt (one run with an empty KV cache) plus choosing the first token"},
            {"tokens_per_s", "1000 / the median decode step (one token with the cache), 95% CI from the steps' "
                             "median CI"},
            {"e2e_tokens_per_s", "new tokens / (time to first token + decode time), median over generations"},
            {"pss_per_token_kb", "Theil-Sen slope of PSS over each decode window (median of pairwise slopes), per "
                                 "decode step; \"not resolved\" where its 95% CI does not lie above zero"}};
}

json failuresJson(const Failures &f)
{
    json runs = json::array(), byReason = json::array(), damaged = json::array();
    for (const auto &r : f.runs)
        runs.push_back({{"run_id", r.runId}, {"cell", r.cell}, {"status", r.status}, {"error", r.error}});
    for (const auto &[reason, count] : f.byReason)
        byReason.push_back({{"reason", reason}, {"runs", count}});
    for (const auto &p : f.damaged)
        damaged.push_back({{"file", p.fileName}, {"message", p.message}});
    return {{"runs", runs}, {"by_reason", byReason}, {"not_run", f.notRun}, {"damaged_records", damaged}};
}
} // namespace

StudyEnvironment studyEnvironmentOfManifest(const json &manifest)
{
    StudyEnvironment e;
    e.machine = objectAt(manifest, "machine");
    e.plan = objectAt(manifest, "plan");
    e.inferscopeVersion = textAt(manifest, "inferscope_version");
    e.createdUtc = textAt(manifest, "created_utc");
    e.planName = textAt(e.plan, "name");
    e.planDescription = textAt(e.plan, "description");
    e.seed = e.plan.is_object() ? e.plan.value("seed", json(nullptr)) : json(nullptr);
    e.repetitions = e.plan.is_object() ? e.plan.value("repetitions", json(1)) : json(1);
    e.policy = objectAt(e.plan, "policy");
    e.cpuModel = recordedText(e.machine, "cpu_model");
    e.logicalCores = recordedText(e.machine, "logical_cores");
    e.os = recordedText(e.machine, "os");
    e.memoryBytes = numberAt(e.machine, "memory_bytes");
    if (const auto flags = e.machine.is_object() ? e.machine.find("simd_flags") : e.machine.end();
        flags != e.machine.end() && flags->is_array())
        for (const auto &f : *flags)
            if (f.is_string())
                e.simdFlags.push_back(f.get<std::string>());
    e.minWarmupMs = recordedText(e.policy, "min_warmup_ms");
    e.maxWarmupMs = recordedText(e.policy, "max_warmup_ms");
    e.samples = recordedText(e.policy, "samples");
    e.maxSampleMs = recordedText(e.policy, "max_sample_ms");
    e.timeoutMs = recordedText(e.policy, "timeout_ms");
    return e;
}

std::vector<std::string> plannedRunsOf(const json &manifest)
{
    std::vector<std::string> ids;
    if (const auto planned = manifest.is_object() ? manifest.find("planned_runs") : manifest.end();
        planned != manifest.end() && planned->is_array())
        for (const auto &id : *planned)
            if (id.is_string())
                ids.push_back(id.get<std::string>());
    return ids;
}

std::string recordedValueText(const json &value)
{
    return value.is_string() ? value.get<std::string>() : value.dump();
}

json tableRows(const StudyReport &r, StudyTable table)
{
    switch (table) {
    case StudyTable::Headline:
        return rowsOf(r.headline, headlineRow);
    case StudyTable::Cells:
        return toJson(r.cells);
    case StudyTable::Runs:
        return rowsOf(r.runs, runRow);
    case StudyTable::Stages:
        return rowsOf(r, r.stages, stageRow);
    case StudyTable::Slowdown:
        return rowsOf(r, r.slowdown, slowdownRow);
    case StudyTable::SlowdownAverages:
        return rowsOf(r.slowdownAverages, averageRow);
    case StudyTable::Ablation:
        return rowsOf(r.ablation, ablationRow);
    case StudyTable::Memory:
        return rowsOf(r, r.memory, memoryRow);
    case StudyTable::Responsiveness:
        return rowsOf(r, r.responsiveness, responsivenessRow);
    case StudyTable::Generation:
        return rowsOf(r, r.generation, generationRow);
    case StudyTable::Quantized:
        return rowsOf(r, r.quantized, quantizedRow);
    case StudyTable::Fidelity:
        return rowsOf(r.fidelity, fidelityRow);
    case StudyTable::Differing:
        return rowsOf(r.differing, differingRow);
    case StudyTable::Drift:
        return rowsOf(r, r.drift, driftRow);
    case StudyTable::FailedRuns:
        return failuresJson(r.failures)["runs"];
    case StudyTable::FailuresByReason:
        return failuresJson(r.failures)["by_reason"];
    }
    return json::array();
}

json toJson(const StudyReport &r)
{
    const auto rows = [&r](StudyTable t) { return tableRows(r, t); };
    return {{"citation", kStudyCitation},
            {"environment", environmentJson(r.environment)},
            {"cells", rows(StudyTable::Cells)},
            {"runs", rows(StudyTable::Runs)},
            {"stages", rows(StudyTable::Stages)},
            {"slowdown",
             {{"rows", rows(StudyTable::Slowdown)},
              {"averages", rows(StudyTable::SlowdownAverages)},
              {"method", kSlowdownMethod}}},
            {"ablation", {{"rows", rows(StudyTable::Ablation)}, {"study", studyAblation()}}},
            {"memory",
             {{"rows", rows(StudyTable::Memory)},
              {"definitions", memoryDefinitions()},
              {"study",
               {{"esrgan_js_heap_over_model", 334.6},
                {"mobilenetv2", 7.2},
                {"resnet50", 3.0},
                {"movenet", 10.7},
                {"source", "abstract (334.6x) and the repository's memory sample (per-model ratios)"}}}}},
            {"responsiveness",
             {{"rows", rows(StudyTable::Responsiveness)},
              {"gui_increase_median_main_percent", number(r.guiIncreaseMedianMainPercent)},
              {"gui_increase_median_worker_percent", number(r.guiIncreaseMedianWorkerPercent)},
              {"gui_cells_main", r.guiCellsMain},
              {"gui_cells_worker", r.guiCellsWorker},
              {"study",
               {{"gui_increase_percent", 67.2},
                {"source", "abstract; Speedometer 2.0 score with and without inference"}}}}},
            {"generation", {{"rows", rows(StudyTable::Generation)}, {"definitions", generationDefinitions()}}},
            {"quantized", {{"rows", rows(StudyTable::Quantized)}}},
            {"fidelity",
             {{"rows", rows(StudyTable::Fidelity)},
              {"differing", rows(StudyTable::Differing)},
              {"reference", kFidelityReference}}},
            {"failures", failuresJson(r.failures)},
            {"drift", rows(StudyTable::Drift)},
            {"published", publishedJson()},
            {"headline", rows(StudyTable::Headline)}};
}

} // namespace inferscope::results
