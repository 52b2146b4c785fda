#include "core/results/cell_summary.h"
#include "core/results/json_number.h"

#include "core/analysis/bootstrap.h"
#include "core/analysis/descriptive.h"
#include "core/analysis/generation.h"
#include "core/analysis/realtime_accuracy.h"
#include "core/analysis/repetitions.h"
#include "core/results/generation_tag.h"
#include "core/results/operator_profile.h"
#include "core/results/parallel_for.h"
#include "core/results/repetition_policy.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace inferscope::results {
namespace {

struct CellRuns {
    nlohmann::json meta; // of the first run
    std::vector<const RunSummary *> runs;
    std::vector<double> pooled;                    // steady samples of every ok repetition, sorted
    std::vector<analysis::RunSamples> repetitions; // each ok run's steady samples: the unit of evidence
    analysis::RepetitionInterval interval;         // of the cell's median over its repetitions
};

const char *scopeOf(const analysis::RepetitionInterval &i)
{
    return i.withinRunOnly ? "within-run" : "repetitions";
}

/// A ratio of two cells' medians with its interval's scope, into record[field], record[ciField] and
/// record[field + "_ci_scope"].
void putRatio(nlohmann::json &record, const std::string &field, const std::string &ciField,
              const analysis::RepetitionInterval &ratio)
{
    const auto finite = [](double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr); };
    record[field] = finite(ratio.ci.estimate);
    record[ciField] = {finite(ratio.ci.low), finite(ratio.ci.high)};
    record[field + "_ci_scope"] = scopeOf(ratio);
}

/// A quantized model's cell against its float model's cell of the same configuration (the same cell key but for the
/// model: runtime and version, backend, threads, SIMD, browser, placement, harness, workload): how much faster (> 1)
/// or slower its kernels run there, over repetitions; and what the runs recorded of the quantization.
void putSpeedupOverFloat(nlohmann::json &record, const std::string &key, const CellRuns &cell,
                         const std::map<std::string, CellRuns> &cells)
{
    record["quantization"] = nullptr;
    record["speedup_over_float"] = nullptr;
    record["speedup_over_float_ci"] = nullptr;
    const auto q = cell.meta.find("quantization");
    if (q == cell.meta.end() || !q->is_object() || !q->contains("from") || !(*q)["from"].is_string())
        return;
    record["quantization"] = *q;
    const std::string model = cell.meta.value("model", ""), from = (*q)["from"].get<std::string>();
    if (model.empty() || !key.starts_with(model))
        return;
    const auto base = cells.find(from + key.substr(model.size()));
    if (base == cells.end())
        record["speedup_over_float_note"] = "no cell of the float model " + from + " in this configuration in the plan";
    else if (base->second.repetitions.empty() || cell.repetitions.empty())
        record["speedup_over_float_note"] =
            cell.repetitions.empty() ? "this cell has no samples" : "the float model's cell has no samples";
    else
        putRatio(record, "speedup_over_float", "speedup_over_float_ci",
                 analysis::repetitionRatioCi(base->second.repetitions, cell.repetitions));
}

std::vector<int> generatedTokens(const RunSummary &r)
{
    std::vector<int> tokens;
    const auto g = r.meta.find("generation");
    if (g != r.meta.end() && g->is_object() && g->contains("tokens") && (*g)["tokens"].is_array())
        for (const auto &t : (*g)["tokens"])
            tokens.push_back(t.is_number() ? t.get<int>() : -1);
    return tokens;
}

/// A generation cell over its ok repetitions: time to first token (every generation pooled, 95% bootstrap
/// CI), decode tokens per second (from the decode steps' median and its CI), end-to-end tokens per second
/// and memory per token (medians over repetitions), and its token ids against the native cell's.
nlohmann::json generationSummary(const CellRuns &cell, const analysis::ConfidenceInterval &decode,
                                 const CellRuns *native)
{
    const auto &setting = cell.meta["generation"];
    nlohmann::json g = {{"prompt_tokens", setting.value("prompt_tokens", 0)},
                        {"new_tokens", setting.value("new_tokens", 0)},
                        {"generations", setting.value("generations", 0)}};
    std::vector<double> ttft, e2e, pss, heap;
    std::vector<std::vector<double>> pssEachByRun; // each repetition's generations: the run is the unit
    std::vector<std::vector<int>> sequences;
    for (const auto *r : cell.runs) {
        const auto it = r->meta.find("generation");
        if (r->status != "ok" || it == r->meta.end() || !it->value("available", false))
            continue;
        if (it->contains("ttft_ms_each") && (*it)["ttft_ms_each"].is_array())
            for (const auto &v : (*it)["ttft_ms_each"])
                if (v.is_number())
                    ttft.push_back(v.get<double>());
        for (const auto &[key, into] : {std::pair{"e2e_tokens_per_s", &e2e}, std::pair{"pss_per_token_bytes", &pss},
                                        std::pair{"js_heap_per_token_bytes", &heap}})
            if (it->contains(key) && (*it)[key].is_number())
                into->push_back((*it)[key].get<double>());
        if (it->contains("pss_per_token_each") && (*it)["pss_per_token_each"].is_array()) {
            std::vector<double> each;
            for (const auto &v : (*it)["pss_per_token_each"])
                if (v.is_number() && std::isfinite(v.get<double>()))
                    each.push_back(v.get<double>());
            std::sort(each.begin(), each.end());
            if (!each.empty())
                pssEachByRun.push_back(std::move(each));
        }
        sequences.push_back(generatedTokens(*r));
    }
    const auto ttftCi = analysis::bootstrapMedianCi(ttft);
    const auto orNull = [](const std::vector<double> &v) {
        return v.empty() ? nlohmann::json(nullptr) : nlohmann::json(analysis::median(v));
    };
    g["ttft_ms"] = ttft.empty() ? nlohmann::json(nullptr) : nlohmann::json(ttftCi.estimate);
    g["ttft_ci"] = ttft.empty() ? nlohmann::json(nullptr) : nlohmann::json{ttftCi.low, ttftCi.high};
    const bool decoded = std::isfinite(decode.estimate) && decode.estimate > 0;
    g["tokens_per_s"] = decoded ? nlohmann::json(1000.0 / decode.estimate) : nlohmann::json(nullptr);
    g["tokens_per_s_ci"] =
        decoded && decode.low > 0 ? nlohmann::json{1000.0 / decode.high, 1000.0 / decode.low} : nlohmann::json(nullptr);
    g["e2e_tokens_per_s"] = orNull(e2e);
    g["pss_per_token_bytes"] = orNull(pss);
    // The repetition is the unit (docs/STATISTICS.md): each run's generation windows are that run's samples, the
    // interval a two-level bootstrap with Student's t over the runs; one run gives its own interval, said so.
    std::size_t windows = 0;
    std::vector<analysis::RunSamples> pssRuns;
    for (const auto &each : pssEachByRun) {
        windows += each.size();
        pssRuns.emplace_back(each);
    }
    const auto pssCi = analysis::repetitionMedianCi(pssRuns);
    const bool pssInterval = windows >= 2 && std::isfinite(pssCi.ci.low) && std::isfinite(pssCi.ci.high);
    g["pss_per_token_ci"] = pssInterval ? nlohmann::json{pssCi.ci.low, pssCi.ci.high} : nlohmann::json(nullptr);
    g["pss_per_token_ci_scope"] =
        !pssInterval ? nlohmann::json(nullptr) : nlohmann::json(pssCi.withinRunOnly ? "within-run" : "repetitions");
    // Growth per token is a claim only where its interval lies above zero; else it is "not resolved" (a
    // negative number of bytes per token is the noise of collections, not a finding).
    g["pss_per_token_resolved"] = pssInterval && pssCi.ci.low > 0;
    // The spread over repetitions: in a browser, PSS moves by megabytes within a decode window (collections,
    // the wasm heap growing in chunks), so the per-token growth is often not resolved; the range says so.
    g["pss_per_token_range"] = pss.empty() ? nlohmann::json(nullptr)
                                           : nlohmann::json{*std::min_element(pss.begin(), pss.end()),
                                                            *std::max_element(pss.begin(), pss.end())};
    g["kv_cache_bytes_per_token"] = setting.value("kv_cache_bytes_per_token", nlohmann::json(nullptr));
    g["js_heap_per_token_bytes"] = orNull(heap);
    g["same_tokens_across_repetitions"] =
        !sequences.empty() &&
        std::all_of(sequences.begin(), sequences.end(), [&](const auto &s) { return s == sequences.front(); });
    g["tokens_identical_to_native"] = nullptr;
    g["first_divergence_from_native"] = nullptr;
    if (native) {
        std::vector<int> reference;
        for (const auto *r : native->runs)
            if (r->status == "ok" && !(reference = generatedTokens(*r)).empty())
                break;
        if (!reference.empty() && !sequences.empty()) {
            long first = -1;
            for (const auto &s : sequences)
                if (const long d = analysis::firstDivergence(s, reference); d >= 0 && (first < 0 || d < first))
                    first = d;
            g["tokens_identical_to_native"] = first < 0;
            g["first_divergence_from_native"] = first < 0 ? nlohmann::json(nullptr) : nlohmann::json(first);
        }
    }
    return g;
}

double medianOf(const std::vector<const RunSummary *> &runs, const char *field)
{
    std::vector<double> values;
    for (const auto *r : runs)
        if (r->status == "ok" && r->meta.contains(field) && r->meta[field].is_number())
            values.push_back(r->meta[field].get<double>());
    return analysis::median(values);
}

/// The median over ok runs of a number nested in the metadata (NaN when no run has it).
double medianOfPath(const std::vector<const RunSummary *> &runs, std::initializer_list<const char *> path)
{
    std::vector<double> values;
    for (const auto *r : runs) {
        if (r->status != "ok")
            continue;
        const nlohmann::json *node = &r->meta;
        for (const char *key : path) {
            if (!node->is_object() || !node->contains(key)) {
                node = nullptr;
                break;
            }
            node = &(*node)[key];
        }
        if (node && node->is_number())
            values.push_back(node->get<double>());
    }
    return values.empty() ? std::nan("") : analysis::median(values);
}
} // namespace

std::string gpuKind(const nlohmann::json &meta)
{
    const std::string backend = meta.value("backend", "");
    if (backend != "webgl" && backend != "webgpu")
        return {};
    const auto env = meta.find("env");
    if (env == meta.end() || !env->is_object())
        return "unknown";
    const char *flag = backend == "webgl" ? "webgl_software" : "webgpu_software";
    const auto it = env->find(flag);
    if (it == env->end() || !it->is_boolean())
        return "unknown";
    return it->get<bool>() ? "software" : "hardware";
}

namespace {
/// The plan's adaptive repetitions as the manifest stores them ({"min", "max", "ci_percent"}); {0, 0}: fixed.
std::pair<int, int> adaptiveRepetitions(const nlohmann::json &manifest)
{
    const auto plan = manifest.find("plan");
    if (plan == manifest.end() || !plan->is_object())
        return {0, 0};
    const auto reps = plan->find("repetitions");
    if (reps == plan->end() || !reps->is_object())
        return {0, 0};
    const auto integer = [&](const char *key, int fallback) {
        const auto it = reps->find(key);
        return it != reps->end() && it->is_number_integer() ? it->get<int>() : fallback;
    };
    const int min = integer("min", 3);
    return {std::max(min, integer("max", std::max(min, 10))), integer("ci_percent", 5)};
}
} // namespace

nlohmann::json summarizeCells(const BundleView &view)
{
    const auto [maxRepetitions, ciPercent] = adaptiveRepetitions(view.manifest);
    std::vector<std::string> order;
    std::map<std::string, CellRuns> cells;
    for (const auto &run : view.runs) {
        const std::string key = run.meta.value("cell", run.runId);
        auto [it, added] = cells.try_emplace(key);
        if (added) {
            order.push_back(key);
            it->second.meta = run.meta;
        }
        it->second.runs.push_back(&run);
    }
    // Pooling and each cell's CI are independent per cell: the cores share them out.
    std::vector<CellRuns *> byIndex;
    for (auto &[key, cell] : cells)
        byIndex.push_back(&cell);
    parallelFor(
        byIndex.size(),
        [&](std::size_t i) {
            CellRuns &cell = *byIndex[i];
            std::vector<const std::vector<double> *> parts;
            for (const auto *r : cell.runs)
                if (r->status == "ok")
                    parts.push_back(&r->steadySamples);
            for (const auto *part : parts)
                if (!part->empty())
                    cell.repetitions.emplace_back(*part);
            cell.pooled = mergeSorted(std::move(parts));
            cell.interval = analysis::repetitionMedianCi(cell.repetitions);
        },
        4);
    // Native medians by (model and generation, threads) for the slowdown: a generation cell against the
    // native cell that generates the same way (its samples are decode steps), never against one-shot runs.
    const auto modelOf = [](const nlohmann::json &m) { return m.value("model", "") + generationTag(m); };
    std::map<std::pair<std::string, int>, const CellRuns *> nativeCells;
    // PyTorch (plan "native": [..., "pytorch"]) is the second baseline, eager and TorchScript each:
    // slowdown_vs_pytorch_eager / _torchscript (Debian's eager build runs convolutions far slower than its
    // optimised TorchScript: 143 against 9 ms for MobileNetV2 here, so one number would mislead).
    std::map<std::pair<std::string, int>, const CellRuns *> pytorch[2];
    for (const auto &[key, cell] : cells) {
        if (cell.meta.value("browser", "") != "native" || cell.pooled.empty())
            continue;
        const std::pair<std::string, int> at{modelOf(cell.meta), cell.meta.value("threads", 1)};
        if (cell.meta.value("runtime", "onnxruntime-node") == "onnxruntime-node")
            nativeCells[at] = &cell;
        else if (cell.meta.value("runtime", "") == "pytorch")
            pytorch[cell.meta.value("backend", "") == "eager" ? 0 : 1][at] = &cell;
    }

    // Per-operator profiles (plan "profile"): each cell's ms per inference by operator family, the native
    // cell of the same model and thread count as the reference of the browser cells.
    auto profilesOf = [](const CellRuns &cell) {
        std::vector<const nlohmann::json *> profiles;
        for (const auto *r : cell.runs)
            if (r->status == "ok" && r->meta.contains("profile"))
                profiles.push_back(&r->meta["profile"]);
        return profiles;
    };
    std::map<std::pair<std::string, int>, std::map<std::string, double>> nativeOperators;
    for (const auto &[key, cell] : cells)
        if (cell.meta.value("browser", "") == "native" &&
            cell.meta.value("runtime", "onnxruntime-node") == "onnxruntime-node")
            if (auto ops = operatorMsPerInference(profilesOf(cell)); !ops.empty())
                nativeOperators[{cell.meta.value("model", ""), cell.meta.value("threads", 1)}] = std::move(ops);

    // The study's ablation: each wasm cell against plain wasm (1 thread, SIMD off) of the same model,
    // runtime (and its version: 1.17's plain build is no reference for 1.30), browser, placement, harness and workload.
    auto ablationKey = [](const nlohmann::json &m) {
        return m.value("model", "") + "|" + m.value("runtime", "") + "|" + m.value("runtime_version", "") + "|" +
               m.value("browser", "") + "|" + m.value("placement", "") + "|" + m.value("harness", "full") + "|" +
               m.value("workload", "none");
    };
    std::map<std::string, const CellRuns *> plainWasm;
    for (const auto &[key, cell] : cells)
        if (cell.meta.value("backend", "") == "wasm" && cell.meta.value("browser", "") != "native" &&
            cell.meta.value("threads", 1) == 1 && !cell.meta.value("simd", true))
            plainWasm[ablationKey(cell.meta)] = &cell;

    nlohmann::json out = nlohmann::json::array();
    for (const auto &key : order) {
        const CellRuns &cell = cells[key];
        const auto &m = cell.meta;
        std::string status = "failed";
        std::string error;
        int ok = 0;
        for (const auto *r : cell.runs) {
            if (r->status == "ok")
                ++ok;
            else if (error.empty())
                error = r->status + ": " + r->error;
        }
        if (ok > 0)
            status = ok == static_cast<int>(cell.runs.size()) ? "ok" : "partial";
        else if (!cell.runs.empty())
            status = cell.runs.front()->status;
        const auto &ci = cell.interval.ci;
        const bool isNative = m.value("browser", "") == "native";
        const auto base = nativeCells.find({modelOf(m), m.value("threads", 1)});
        const bool hasSlowdown =
            !isNative && base != nativeCells.end() && !base->second->pooled.empty() && !cell.pooled.empty();
        std::string slowdownNote;
        if (!isNative && !hasSlowdown)
            slowdownNote = m.value("runtime", "") == "tfjs"
                               ? "no native baseline for TF.js models"
                               : "no native run of this model and thread count in the plan";
        nlohmann::json record = {
            {"cell", key},
            {"model", m.value("model", "")},
            {"runtime", m.value("runtime", "")},
            {"backend", m.value("backend", "")},
            {"threads", m.value("threads", 1)},
            {"browser", m.value("browser", "")},
            {"placement", m.value("placement", "")},
            {"harness", m.value("harness", "full")},
            {"workload", m.value("workload", "none")},
            {"simd", m.value("simd", true)},
            {"runtime_version", m.contains("runtime_version") ? m["runtime_version"] : nlohmann::json(nullptr)},
            {"status", status},
            {"repetitions", cell.runs.size()},
            {"ok_repetitions", ok},
            {"fetch_ms", number(medianOf(cell.runs, "fetch_ms"))},
            {"setup_ms", number(medianOf(cell.runs, "setup_ms"))},
            {"first_ms", number(medianOf(cell.runs, "first_ms"))},
            {"warmup_ms", number(medianOf(cell.runs, "warmup_ms"))},
            {"median_ms", number(ci.estimate)},
            {"ci_low_ms", number(ci.low)},
            {"ci_high_ms", number(ci.high)},
            {"ci_scope", scopeOf(cell.interval)},
            {"pooled_median_ms",
             cell.pooled.empty() ? nlohmann::json(nullptr) : nlohmann::json(analysis::median(cell.pooled))},
            {"samples", cell.pooled.size()},
            {"slowdown_vs_native", nullptr},
            {"slowdown_ci", nullptr},
            {"error", error.empty() ? nlohmann::json(nullptr) : nlohmann::json(error)}};
        {
            // The run-to-run share of the variance and the repetitions a +-5% interval would need (Kalibera & Jones).
            const auto &v = cell.interval.variance;
            const bool two = cell.repetitions.size() >= 2;
            record["between_run_share"] = two ? number(v.betweenShare) : nlohmann::json(nullptr);
            record["repetitions_for_5_percent"] =
                two ? nlohmann::json(analysis::repetitionsForHalfWidth(cell.interval, 0.05)) : nlohmann::json(nullptr);
            record["ci_half_width_percent"] = number(halfWidthPercent(ci));
            // Why the cell has as many repetitions as it has (the orchestrator's rule, results/repetition_policy).
            const auto decision =
                decideRepetitions(cell.interval, static_cast<int>(cell.runs.size()), maxRepetitions, ciPercent);
            record["repetitions_stopped"] = repetitionStateName(decision.state);
        }
        if (hasSlowdown)
            putRatio(record, "slowdown_vs_native", "slowdown_ci",
                     analysis::repetitionRatioCi(cell.repetitions, base->second->repetitions));
        if (!slowdownNote.empty())
            record["slowdown_note"] = slowdownNote;
        for (const auto *r : cell.runs)
            if (r->status == "ok" && !r->samplesNote.empty()) {
                record["samples_note"] = r->runId + ": " + r->samplesNote;
                break;
            }
        for (int mode = 0; mode < 2; ++mode) {
            const std::string field = mode == 0 ? "slowdown_vs_pytorch_eager" : "slowdown_vs_pytorch_torchscript";
            record[field] = nullptr;
            record[field + "_ci"] = nullptr;
            const auto torch = pytorch[mode].find({modelOf(m), m.value("threads", 1)});
            if (isNative || torch == pytorch[mode].end() || cell.pooled.empty() || torch->second->pooled.empty())
                continue;
            putRatio(record, field, field + "_ci",
                     analysis::repetitionRatioCi(cell.repetitions, torch->second->repetitions));
        }
        const auto profiles = profilesOf(cell);
        if (const auto ops = operatorMsPerInference(profiles); !ops.empty()) {
            const auto nat = nativeOperators.find({m.value("model", ""), m.value("threads", 1)});
            record["operators"] = operatorRows(ops, isNative || nat == nativeOperators.end() ? nullptr : &nat->second);
            record["operators_source"] = profiles.front()->value("source", "");
        } else {
            record["operators"] = nullptr;
            for (const auto *p : profiles)
                if (p->contains("error")) {
                    record["operators_note"] = p->value("error", "");
                    break;
                }
        }
        // Real-time accuracy: each ok repetition's frames replayed at the study's rates, averaged over repetitions.
        {
            const std::vector<double> rates{5, 10, 15, 30, 60};
            std::map<double, std::vector<double>> byRate;
            std::string realtimeMethod = "top-1 of the first output";
            for (const auto *r : cell.runs) {
                if (r->status != "ok" || !r->meta.contains("realtime") || !r->meta["realtime"].is_object())
                    continue;
                const auto &rt = r->meta["realtime"];
                if (!rt.contains("top1") || !rt["top1"].is_array() || !rt.contains("ms") || !rt["ms"].is_array())
                    continue;
                std::vector<int> top1;
                std::vector<double> ms;
                for (const auto &v : rt["top1"])
                    top1.push_back(v.is_number() ? v.get<int>() : -1);
                for (const auto &v : rt["ms"])
                    ms.push_back(v.is_number() ? v.get<double>() : 0.0);
                // A detector's frames carry their top box: matched by IoU >= 0.5, the study's rule for detectors.
                std::vector<analysis::Box> boxes;
                if (rt.contains("boxes") && rt["boxes"].is_array())
                    for (const auto &b : rt["boxes"]) {
                        analysis::Box box{0, 0, 0, 0};
                        for (std::size_t k = 0; b.is_array() && k < 4 && k < b.size(); ++k)
                            box[k] = b[k].is_number() ? b[k].get<double>() : 0.0;
                        boxes.push_back(box);
                    }
                if (!boxes.empty())
                    realtimeMethod = "IoU of the top box >= 0.5";
                for (const auto &a : boxes.empty() ? analysis::realtimeAccuracy(top1, ms, rates)
                                                   : analysis::realtimeAccuracyOfBoxes(boxes, ms, rates))
                    byRate[a.fps].push_back(a.accuracy);
            }
            if (byRate.empty()) {
                record["realtime_accuracy"] = nullptr;
                record["realtime_accuracy_30fps"] = nullptr;
            } else {
                nlohmann::json curve = nlohmann::json::object();
                for (const auto &[fps, values] : byRate)
                    curve[std::to_string(static_cast<int>(fps))] =
                        std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
                record["realtime_accuracy"] = curve;
                record["realtime_accuracy_30fps"] = curve.value("30", 0.0);
                record["realtime_accuracy_method"] = realtimeMethod;
            }
        }
        putSpeedupOverFloat(record, key, cell, cells);
        record["speedup_over_plain_wasm"] = nullptr;
        record["speedup_ci"] = nullptr;
        record["speedup_adds"] = nullptr;
        if (m.value("backend", "") == "wasm" && !isNative) {
            const bool threads = m.value("threads", 1) > 1, simd = m.value("simd", true);
            const auto plain = plainWasm.find(ablationKey(m));
            if (!threads && !simd) {
                // the plain cell itself: the reference of the others
            } else if (plain == plainWasm.end()) {
                record["speedup_note"] = "no plain wasm cell (1 thread, SIMD off) of this configuration in the plan";
            } else if (plain->second->pooled.empty() || cell.pooled.empty()) {
                const CellRuns &p = *plain->second;
                const std::string why =
                    p.runs.empty() ? std::string("no runs") : p.runs.front()->status + ": " + p.runs.front()->error;
                const std::string own = cell.runs.empty() ? std::string("no runs")
                                                          : cell.runs.front()->status + ": " + cell.runs.front()->error;
                record["speedup_note"] = cell.pooled.empty() ? "this cell has no samples (" + own + ")"
                                                             : "the plain wasm cell has no samples (" + why + ")";
            } else {
                putRatio(record, "speedup_over_plain_wasm", "speedup_ci",
                         analysis::repetitionRatioCi(plain->second->repetitions, cell.repetitions));
                record["speedup_adds"] = threads && simd ? "threads+simd" : threads ? "threads" : "simd";
            }
        }
        // The kind of GPU any repetition saw (software wins: one software run makes the cell's numbers software).
        std::string gpu;
        for (const auto *r : cell.runs)
            if (const std::string kind = gpuKind(r->meta);
                gpu.empty() || kind == "software" || (gpu == "unknown" && !kind.empty()))
                gpu = kind;
        record["gpu"] = gpu.empty() ? nlohmann::json(nullptr) : nlohmann::json(gpu);
        // A native run records its model's bytes beside the cell fields, a browser run under memory.
        const double browserModelBytes = medianOfPath(cell.runs, {"memory", "model_bytes"});
        record["model_bytes"] =
            number(std::isnan(browserModelBytes) ? medianOfPath(cell.runs, {"model_bytes"}) : browserModelBytes);
        record["baseline_pss_bytes"] = number(medianOfPath(cell.runs, {"memory", "baseline_pss_bytes"}));
        record["js_heap_peak_bytes"] = number(medianOfPath(cell.runs, {"memory", "js_heap_peak_bytes"}));
        // Memory and responsiveness, where the runs measured them (medians over the ok repetitions).
        record["peak_pss_bytes"] = number(medianOfPath(cell.runs, {"memory", "peak_pss_bytes"}));
        record["amplification"] = number(medianOfPath(cell.runs, {"memory", "amplification"}));
        record["cpu_ms_per_inference"] = number(medianOfPath(cell.runs, {"cpu", "per_inference_ms"}));
        // The machine-drift probe timed before each repetition: its spread says whether the machine stayed
        // the same machine while this cell's repetitions ran (flagged beyond 10%).
        std::vector<double> probes;
        for (const auto *r : cell.runs)
            if (r->meta.contains("machine_probe") && r->meta["machine_probe"].is_object() &&
                r->meta["machine_probe"].contains("ms") && r->meta["machine_probe"]["ms"].is_number())
                probes.push_back(r->meta["machine_probe"]["ms"].get<double>());
        record["machine_probe_ms"] = probes.empty() ? nlohmann::json(nullptr) : number(analysis::median(probes));
        if (probes.size() >= 2) {
            const auto [lo, hi] = std::minmax_element(probes.begin(), probes.end());
            record["machine_drift"] = number((*hi - *lo) / *lo);
            record["machine_drift_flag"] = (*hi - *lo) / *lo > 0.10;
        } else {
            record["machine_drift"] = nullptr;
            record["machine_drift_flag"] = false;
        }
        record["cpu_cores_busy"] = number(medianOfPath(cell.runs, {"cpu", "cores_busy"}));
        // End to end from the driver's send: the only delay that sees Firefox's queueing (PLATFORM.md).
        record["input_idle_p95_ms"] =
            number(medianOfPath(cell.runs, {"responsiveness", "input_e2e_ms", "idle", "p95"}));
        record["input_busy_p95_ms"] =
            number(medianOfPath(cell.runs, {"responsiveness", "input_e2e_ms", "busy", "p95"}));
        record["fps_idle"] = number(medianOfPath(cell.runs, {"responsiveness", "frames", "idle", "fps"}));
        record["fps_busy"] = number(medianOfPath(cell.runs, {"responsiveness", "frames", "busy", "fps"}));
        record["long_tasks"] = number(medianOfPath(cell.runs, {"trace", "summary", "long_tasks"}));
        record["blocking_ms"] = number(medianOfPath(cell.runs, {"trace", "summary", "blocking_ms"}));
        record["gui_workload_increase_percent"] = number(medianOfPath(cell.runs, {"gui_workload", "increase_percent"}));
        if (m.contains("generation") && m["generation"].is_object()) {
            const auto nat = nativeCells.find({modelOf(m), m.value("threads", 1)});
            record["generation"] =
                generationSummary(cell, ci, isNative || nat == nativeCells.end() ? nullptr : nat->second);
        }
        record["video_fps_idle"] = number(medianOfPath(cell.runs, {"video", "idle", "fps"}));
        record["video_fps_busy"] = number(medianOfPath(cell.runs, {"video", "busy", "fps"}));
        record["video_callback_fps_busy"] = number(medianOfPath(cell.runs, {"video", "busy", "callback_fps"}));
        const auto &env = cell.runs.front()->meta.value("env", nlohmann::json::object());
        if (!env.empty())
            record["env"] = {{"cross_origin_isolated", env.value("cross_origin_isolated", false)},
                             {"threads_used", env.value("threads_used", nlohmann::json(nullptr))},
                             {"runtime_version", env.value("runtime_version", nlohmann::json(nullptr))}};
        out.push_back(record);
    }
    return out;
}

} // namespace inferscope::results
