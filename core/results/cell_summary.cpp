#include "core/results/cell_summary.h"
#include "core/results/json_number.h"

#include "core/analysis/bootstrap.h"
#include "core/analysis/descriptive.h"
#include "core/analysis/generation.h"
#include "core/analysis/realtime_accuracy.h"
#include "core/analysis/repetitions.h"
#include "core/results/operator_profile.h"
#include "core/results/parallel_for.h"
#include "core/results/repetition_policy.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace inferscope::results {
namespace {
using experiment::Backend;
using experiment::Runtime;

struct CellRuns {
    CellConfig config;   // of the first run
    nlohmann::json meta; // of the first run
    std::vector<const RunSummary *> runs;
    std::size_t samples = 0;                       // steady samples of every ok repetition
    double pooledMedian = kNone;                   // their median, all repetitions taken together
    std::vector<analysis::RunSamples> repetitions; // each ok run's steady samples: the unit of evidence
    analysis::RepetitionInterval interval;         // of the cell's median over its repetitions
};

using CellMap = std::map<std::string, CellRuns>;
/// A baseline is found by the model (and its generation) and the thread count.
using BaselineKey = std::pair<std::string, int>;

BaselineKey baselineKey(const CellConfig &c)
{
    return {c.modelAndGeneration(), c.threads};
}

CellRatio ratioOf(const analysis::RepetitionInterval &i)
{
    return {true, i.ci.estimate, {i.ci.low, i.ci.high}, i.withinRunOnly ? "within-run" : "repetitions"};
}

std::string statusAndError(const RunSummary &r)
{
    return r.status + ": " + r.error;
}

/// A quantized model's cell against its float model's cell of the same configuration (the same cell key but for the
/// model: runtime and version, backend, threads, SIMD, browser, placement, harness, workload): how much faster (> 1)
/// or slower its kernels run there, over repetitions; and what the runs recorded of the quantization.
void summarizeSpeedupOverFloat(CellSummary &s, const CellRuns &cell, const CellMap &cells)
{
    const auto q = cell.meta.find("quantization");
    if (q == cell.meta.end() || !q->is_object() || !q->contains("from") || !(*q)["from"].is_string())
        return;
    s.quantization = *q;
    const std::string &model = cell.config.model, &key = cell.config.key, from = (*q)["from"].get<std::string>();
    if (model.empty() || !key.starts_with(model))
        return;
    const auto base = cells.find(from + key.substr(model.size()));
    if (base == cells.end())
        s.speedupOverFloatNote = "no cell of the float model " + from + " in this configuration in the plan";
    else if (base->second.repetitions.empty() || cell.repetitions.empty())
        s.speedupOverFloatNote =
            cell.repetitions.empty() ? "this cell has no samples" : "the float model's cell has no samples";
    else
        s.speedupOverFloat = ratioOf(analysis::repetitionRatioCi(base->second.repetitions, cell.repetitions));
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

std::vector<double> numbersIn(const nlohmann::json &object, const char *key)
{
    std::vector<double> values;
    if (const auto it = object.find(key); it != object.end() && it->is_array())
        for (const auto &v : *it)
            if (v.is_number() && std::isfinite(v.get<double>()))
                values.push_back(v.get<double>());
    return values;
}

double medianOrNone(const std::vector<double> &v)
{
    return v.empty() ? kNone : analysis::median(v);
}

/// What a generation cell's ok repetitions recorded, gathered for its summary.
struct GenerationSamples {
    std::vector<double> ttft, e2e, pss, heap;
    std::vector<std::vector<double>> pssEachByRun; // each repetition's generations: the run is the unit
    std::vector<std::vector<int>> sequences;
};

GenerationSamples generationSamples(const CellRuns &cell)
{
    GenerationSamples g;
    for (const auto *r : cell.runs) {
        const auto it = r->meta.find("generation");
        if (!r->ok() || it == r->meta.end() || !it->is_object() || !it->value("available", false))
            continue;
        const auto ttft = numbersIn(*it, "ttft_ms_each");
        g.ttft.insert(g.ttft.end(), ttft.begin(), ttft.end());
        for (const auto &[key, into] : {std::pair{"e2e_tokens_per_s", &g.e2e}, std::pair{"pss_per_token_bytes", &g.pss},
                                        std::pair{"js_heap_per_token_bytes", &g.heap}})
            if (const double v = numberAt(*it, key); std::isfinite(v))
                into->push_back(v);
        if (auto each = numbersIn(*it, "pss_per_token_each"); !each.empty()) {
            std::sort(each.begin(), each.end());
            g.pssEachByRun.push_back(std::move(each));
        }
        g.sequences.push_back(generatedTokens(*r));
    }
    return g;
}

/// Memory per generated token with its interval: the repetition is the unit (docs/STATISTICS.md): each run's
/// generation windows are that run's samples, the interval a two-level bootstrap with Student's t over the runs; one
/// run gives its own interval, said so. Growth per token is a claim only where its interval lies above zero; else it
/// is "not resolved" (a negative number of bytes per token is the noise of collections, not a finding).
void summarizePssPerToken(GenerationCellSummary &g, const GenerationSamples &samples)
{
    g.pssPerTokenBytes = medianOrNone(samples.pss);
    std::size_t windows = 0;
    std::vector<analysis::RunSamples> pssRuns;
    for (const auto &each : samples.pssEachByRun) {
        windows += each.size();
        pssRuns.emplace_back(each);
    }
    const auto pssCi = analysis::repetitionMedianCi(pssRuns);
    if (windows >= 2 && std::isfinite(pssCi.ci.low) && std::isfinite(pssCi.ci.high)) {
        g.pssPerTokenCi = Interval{pssCi.ci.low, pssCi.ci.high};
        g.pssPerTokenCiScope = pssCi.withinRunOnly ? "within-run" : "repetitions";
        g.pssPerTokenResolved = pssCi.ci.low > 0;
    }
    // The spread over repetitions: in a browser, PSS moves by megabytes within a decode window (collections,
    // the wasm heap growing in chunks), so the per-token growth is often not resolved; the range says so.
    if (!samples.pss.empty())
        g.pssPerTokenRange = Interval{*std::min_element(samples.pss.begin(), samples.pss.end()),
                                      *std::max_element(samples.pss.begin(), samples.pss.end())};
}

/// Whether the cell's tokens are the native cell's: the first position any repetition differs at.
void compareTokensWithNative(GenerationCellSummary &g, const GenerationSamples &samples, const CellRuns &native)
{
    std::vector<int> reference;
    for (const auto *r : native.runs)
        if (r->ok() && !(reference = generatedTokens(*r)).empty())
            break;
    if (reference.empty() || samples.sequences.empty())
        return;
    long first = -1;
    for (const auto &s : samples.sequences)
        if (const long d = analysis::firstDivergence(s, reference); d >= 0 && (first < 0 || d < first))
            first = d;
    g.tokensIdenticalToNative = first < 0;
    if (first >= 0)
        g.firstDivergenceFromNative = first;
}

/// A generation cell over its ok repetitions: time to first token (every generation pooled, 95% bootstrap
/// CI), decode tokens per second (from the decode steps' median and its CI), end-to-end tokens per second
/// and memory per token (medians over repetitions), and its token ids against the native cell's.
GenerationCellSummary generationSummary(const CellRuns &cell, const analysis::ConfidenceInterval &decode,
                                        const CellRuns *native)
{
    const auto &setting = cell.meta["generation"];
    const auto integer = [&setting](const char *key) {
        const double v = numberAt(setting, key);
        return std::isfinite(v) ? static_cast<int>(v) : 0;
    };
    GenerationCellSummary g;
    g.promptTokens = integer("prompt_tokens");
    g.newTokens = integer("new_tokens");
    g.generations = integer("generations");
    const GenerationSamples samples = generationSamples(cell);
    if (!samples.ttft.empty()) {
        const auto ttftCi = analysis::bootstrapMedianCi(samples.ttft);
        g.ttftMs = ttftCi.estimate;
        g.ttftCi = Interval{ttftCi.low, ttftCi.high};
    }
    if (std::isfinite(decode.estimate) && decode.estimate > 0) {
        g.tokensPerS = 1000.0 / decode.estimate;
        if (decode.low > 0)
            g.tokensPerSCi = Interval{1000.0 / decode.high, 1000.0 / decode.low};
    }
    g.e2eTokensPerS = medianOrNone(samples.e2e);
    summarizePssPerToken(g, samples);
    g.kvCacheBytesPerToken = numberAt(setting, "kv_cache_bytes_per_token");
    g.jsHeapPerTokenBytes = medianOrNone(samples.heap);
    g.sameTokensAcrossRepetitions =
        !samples.sequences.empty() && std::all_of(samples.sequences.begin(), samples.sequences.end(),
                                                  [&](const auto &s) { return s == samples.sequences.front(); });
    if (native)
        compareTokensWithNative(g, samples, *native);
    return g;
}

/// The median over ok runs of a number nested in the metadata (NaN when no run has it).
double medianOfPath(const std::vector<const RunSummary *> &runs, std::initializer_list<const char *> path)
{
    std::vector<double> values;
    for (const auto *r : runs) {
        if (!r->ok())
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
    return medianOrNone(values);
}
} // namespace

std::string gpuKind(const nlohmann::json &meta)
{
    const std::string backend = meta.is_object() && meta.contains("backend") && meta["backend"].is_string()
                                    ? meta["backend"].get<std::string>()
                                    : std::string();
    const Backend kind = experiment::parseBackend(backend);
    if (!experiment::usesGpu(kind))
        return {};
    const auto env = meta.find("env");
    if (env == meta.end() || !env->is_object())
        return "unknown";
    const auto it = env->find(kind == Backend::WebGl ? "webgl_software" : "webgpu_software");
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

/// The bundle's runs grouped by cell, in order of first appearance, each cell's repetitions and interval computed.
std::pair<std::vector<std::string>, CellMap> groupCells(const BundleView &view)
{
    std::vector<std::string> order;
    CellMap cells;
    for (const auto &run : view.runs) {
        auto [it, added] = cells.try_emplace(run.cell.key);
        if (added) {
            order.push_back(run.cell.key);
            it->second.config = run.cell;
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
                if (r->ok())
                    parts.push_back(&r->steadySamples);
            for (const auto *part : parts)
                if (!part->empty())
                    cell.repetitions.emplace_back(*part);
            std::vector<std::span<const double>> sorted; // each run's steady samples are sorted already
            for (const auto *part : parts) {
                sorted.emplace_back(*part);
                cell.samples += part->size();
            }
            cell.pooledMedian = analysis::medianOfSortedParts(sorted);
            cell.interval = analysis::repetitionMedianCi(cell.repetitions);
        },
        4);
    return {std::move(order), std::move(cells)};
}

std::vector<const nlohmann::json *> profilesOf(const CellRuns &cell)
{
    std::vector<const nlohmann::json *> profiles;
    for (const auto *r : cell.runs)
        if (r->ok() && r->meta.contains("profile"))
            profiles.push_back(&r->meta["profile"]);
    return profiles;
}

/// The study's ablation groups wasm cells by model, runtime (and its version: 1.17's plain build is no reference for
/// 1.30), browser, placement, harness and workload.
std::string ablationKey(const CellConfig &c)
{
    return c.model + "|" + c.runtime + "|" + c.runtimeVersion.value_or("") + "|" + c.browser + "|" + c.placement + "|" +
           c.harness + "|" + c.workload;
}

/// The cells other cells are measured against.
struct Baselines {
    /// Native ONNX Runtime by (model and generation, threads): a generation cell against the native cell that
    /// generates the same way (its samples are decode steps), never against one-shot runs.
    std::map<BaselineKey, const CellRuns *> native;
    /// PyTorch (plan "native": [..., "pytorch"]), eager [0] and TorchScript [1]: Debian's eager build runs
    /// convolutions far slower than its optimised TorchScript (143 against 9 ms for MobileNetV2 here).
    std::map<BaselineKey, const CellRuns *> pytorch[2];
    /// Native ONNX Runtime's operator profile by (model, threads): the reference of the browser cells' operators.
    std::map<std::pair<std::string, int>, std::map<std::string, double>> nativeOperators;
    /// Plain wasm (1 thread, SIMD off) by ablationKey.
    std::map<std::string, const CellRuns *> plainWasm;
};

Baselines findBaselines(const CellMap &cells)
{
    Baselines b;
    for (const auto &[key, cell] : cells) {
        const CellConfig &c = cell.config;
        if (c.isNative() && c.runtimeKind == Runtime::OnnxRuntimeNode) {
            if (cell.samples > 0)
                b.native[baselineKey(c)] = &cell;
            if (auto ops = operatorMsPerInference(profilesOf(cell)); !ops.empty())
                b.nativeOperators[{c.model, c.threads}] = std::move(ops);
        } else if (c.isNative() && c.runtimeKind == Runtime::PyTorch && cell.samples > 0) {
            b.pytorch[c.backendKind == Backend::Eager ? 0 : 1][baselineKey(c)] = &cell;
        } else if (!c.isNative() && c.backendKind == Backend::Wasm && c.threads == 1 && !c.simd) {
            b.plainWasm[ablationKey(c)] = &cell;
        }
    }
    return b;
}

/// Status, repetitions, phases and the median with its interval, the repetition as the unit.
void summarizeLatency(CellSummary &s, const CellRuns &cell, std::pair<int, int> adaptive)
{
    int ok = 0;
    for (const auto *r : cell.runs) {
        if (r->ok())
            ++ok;
        else if (!s.error)
            s.error = statusAndError(*r);
    }
    s.status = ok > 0              ? (ok == static_cast<int>(cell.runs.size()) ? "ok" : "partial")
               : cell.runs.empty() ? "failed"
                                   : cell.runs.front()->status;
    s.repetitions = static_cast<int>(cell.runs.size());
    s.okRepetitions = ok;
    s.fetchMs = medianOfPath(cell.runs, {"fetch_ms"});
    s.setupMs = medianOfPath(cell.runs, {"setup_ms"});
    s.firstMs = medianOfPath(cell.runs, {"first_ms"});
    s.warmupMs = medianOfPath(cell.runs, {"warmup_ms"});
    const auto &ci = cell.interval.ci;
    s.medianMs = ci.estimate;
    s.ciLowMs = ci.low;
    s.ciHighMs = ci.high;
    s.ciScope = cell.interval.withinRunOnly ? "within-run" : "repetitions";
    s.pooledMedianMs = cell.pooledMedian;
    s.samples = cell.samples;
    // The run-to-run share of the variance and the repetitions a +-5% interval would need (Kalibera & Jones).
    if (cell.repetitions.size() >= 2) {
        s.betweenRunShare = cell.interval.variance.betweenShare;
        s.repetitionsFor5Percent = static_cast<long>(analysis::repetitionsForHalfWidth(cell.interval, 0.05));
    }
    s.ciHalfWidthPercent = halfWidthPercent(ci);
    // Why the cell has as many repetitions as it has (the orchestrator's rule, results/repetition_policy).
    s.repetitionsStopped =
        repetitionStateName(decideRepetitions(cell.interval, s.repetitions, adaptive.first, adaptive.second).state);
    for (const auto *r : cell.runs)
        if (r->ok() && !r->samplesNote.empty()) {
            s.samplesNote = r->runId + ": " + r->samplesNote;
            break;
        }
}

/// The slowdowns against native ONNX Runtime and against PyTorch eager and TorchScript at the same thread count.
void summarizeSlowdowns(CellSummary &s, const CellRuns &cell, const Baselines &baselines)
{
    if (cell.config.isNative())
        return;
    const auto base = baselines.native.find(baselineKey(cell.config));
    if (base != baselines.native.end() && cell.samples > 0)
        s.slowdownVsNative = ratioOf(analysis::repetitionRatioCi(cell.repetitions, base->second->repetitions));
    else
        s.slowdownNote = cell.config.runtimeKind == Runtime::Tfjs
                             ? "no native baseline for TF.js models"
                             : "no native run of this model and thread count in the plan";
    for (int mode = 0; mode < 2; ++mode) {
        const auto torch = baselines.pytorch[mode].find(baselineKey(cell.config));
        if (torch == baselines.pytorch[mode].end() || cell.samples == 0)
            continue;
        (mode == 0 ? s.slowdownVsPytorchEager : s.slowdownVsPytorchTorchscript) =
            ratioOf(analysis::repetitionRatioCi(cell.repetitions, torch->second->repetitions));
    }
}

void summarizeOperators(CellSummary &s, const CellRuns &cell, const Baselines &baselines)
{
    const auto profiles = profilesOf(cell);
    if (const auto ops = operatorMsPerInference(profiles); !ops.empty()) {
        const auto nat = baselines.nativeOperators.find({cell.config.model, cell.config.threads});
        s.operators = operatorRows(
            ops, cell.config.isNative() || nat == baselines.nativeOperators.end() ? nullptr : &nat->second);
        s.operatorsSource = profiles.front()->value("source", "");
        return;
    }
    for (const auto *p : profiles)
        if (p->contains("error")) {
            s.operatorsNote = p->value("error", "");
            break;
        }
}

/// One repetition's real-time stream (its frames' top-1 or top box and their inference times) replayed at the
/// study's rates; empty when the run recorded none.
std::vector<analysis::RealtimeAccuracy> realtimeOfRun(const RunSummary &r, bool &boxes)
{
    const auto it = r.meta.find("realtime");
    if (!r.ok() || it == r.meta.end() || !it->is_object())
        return {};
    const auto &rt = *it;
    if (!rt.contains("top1") || !rt["top1"].is_array() || !rt.contains("ms") || !rt["ms"].is_array())
        return {};
    std::vector<int> top1;
    std::vector<double> ms;
    for (const auto &v : rt["top1"])
        top1.push_back(v.is_number() ? v.get<int>() : -1);
    for (const auto &v : rt["ms"])
        ms.push_back(v.is_number() ? v.get<double>() : 0.0);
    // A detector's frames carry their top box: matched by IoU >= 0.5, the study's rule for detectors.
    std::vector<analysis::Box> topBoxes;
    if (rt.contains("boxes") && rt["boxes"].is_array())
        for (const auto &b : rt["boxes"]) {
            analysis::Box box{0, 0, 0, 0};
            for (std::size_t k = 0; b.is_array() && k < 4 && k < b.size(); ++k)
                box[k] = b[k].is_number() ? b[k].get<double>() : 0.0;
            topBoxes.push_back(box);
        }
    const std::vector<double> rates{5, 10, 15, 30, 60};
    boxes = boxes || !topBoxes.empty();
    return topBoxes.empty() ? analysis::realtimeAccuracy(top1, ms, rates)
                            : analysis::realtimeAccuracyOfBoxes(topBoxes, ms, rates);
}

/// Real-time accuracy: each ok repetition's frames replayed at the study's rates, averaged over repetitions.
void summarizeRealtime(CellSummary &s, const CellRuns &cell)
{
    std::map<int, std::vector<double>> byRate;
    bool boxes = false;
    for (const auto *r : cell.runs)
        for (const auto &a : realtimeOfRun(*r, boxes))
            byRate[static_cast<int>(a.fps)].push_back(a.accuracy);
    if (byRate.empty())
        return;
    for (const auto &[fps, values] : byRate)
        s.realtimeAccuracy[fps] =
            std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
    s.realtimeAccuracy30fps = s.realtimeAccuracy.count(30) ? s.realtimeAccuracy.at(30) : 0.0;
    s.realtimeAccuracyMethod = boxes ? "IoU of the top box >= 0.5" : "top-1 of the first output";
}

/// The study's ablation: a wasm cell's speed-up over plain wasm (1 thread, SIMD off) of its configuration.
void summarizeAblation(CellSummary &s, const CellRuns &cell, const Baselines &baselines)
{
    const CellConfig &c = cell.config;
    if (c.backendKind != Backend::Wasm || c.isNative())
        return;
    const bool threads = c.threads > 1, simd = c.simd;
    if (!threads && !simd)
        return; // the plain cell itself: the reference of the others
    const auto plain = baselines.plainWasm.find(ablationKey(c));
    if (plain == baselines.plainWasm.end()) {
        s.speedupNote = "no plain wasm cell (1 thread, SIMD off) of this configuration in the plan";
    } else if (plain->second->samples == 0 || cell.samples == 0) {
        const auto why = [](const CellRuns &of) {
            return of.runs.empty() ? std::string("no runs") : statusAndError(*of.runs.front());
        };
        s.speedupNote = cell.samples == 0 ? "this cell has no samples (" + why(cell) + ")"
                                          : "the plain wasm cell has no samples (" + why(*plain->second) + ")";
    } else {
        s.speedupOverPlainWasm = ratioOf(analysis::repetitionRatioCi(plain->second->repetitions, cell.repetitions));
        s.speedupAdds = threads && simd ? "threads+simd" : threads ? "threads" : "simd";
    }
}

/// The machine-drift probe timed before each repetition: its spread says whether the machine stayed the same
/// machine while this cell's repetitions ran (flagged beyond 10%).
void summarizeMachineDrift(CellSummary &s, const CellRuns &cell)
{
    std::vector<double> probes;
    for (const auto *r : cell.runs)
        if (const auto p = r->meta.find("machine_probe"); p != r->meta.end())
            if (const double ms = numberAt(*p, "ms"); std::isfinite(ms))
                probes.push_back(ms);
    s.machineProbeMs = medianOrNone(probes);
    if (probes.size() >= 2) {
        const auto [lo, hi] = std::minmax_element(probes.begin(), probes.end());
        s.machineDrift = (*hi - *lo) / *lo;
        s.machineDriftFlag = s.machineDrift > 0.10;
    }
}

/// Memory, CPU, responsiveness, trace, GUI-workload and video figures, where the runs measured them (medians over
/// the ok repetitions), and the kind of GPU any repetition saw.
void summarizeResources(CellSummary &s, const CellRuns &cell)
{
    const auto &runs = cell.runs;
    // The kind of GPU any repetition saw (software wins: one software run makes the cell's numbers software).
    for (const auto *r : runs)
        if (const std::string kind = gpuKind(r->meta);
            s.gpu.empty() || kind == "software" || (s.gpu == "unknown" && !kind.empty()))
            s.gpu = kind;
    // A native run records its model's bytes beside the cell fields, a browser run under memory.
    const double browserModelBytes = medianOfPath(runs, {"memory", "model_bytes"});
    s.modelBytes = std::isnan(browserModelBytes) ? medianOfPath(runs, {"model_bytes"}) : browserModelBytes;
    s.baselinePssBytes = medianOfPath(runs, {"memory", "baseline_pss_bytes"});
    s.jsHeapPeakBytes = medianOfPath(runs, {"memory", "js_heap_peak_bytes"});
    s.peakPssBytes = medianOfPath(runs, {"memory", "peak_pss_bytes"});
    s.amplification = medianOfPath(runs, {"memory", "amplification"});
    s.cpuMsPerInference = medianOfPath(runs, {"cpu", "per_inference_ms"});
    s.cpuCoresBusy = medianOfPath(runs, {"cpu", "cores_busy"});
    // End to end from the driver's send: the only delay that sees Firefox's queueing (PLATFORM.md).
    s.inputIdleP95Ms = medianOfPath(runs, {"responsiveness", "input_e2e_ms", "idle", "p95"});
    s.inputBusyP95Ms = medianOfPath(runs, {"responsiveness", "input_e2e_ms", "busy", "p95"});
    s.fpsIdle = medianOfPath(runs, {"responsiveness", "frames", "idle", "fps"});
    s.fpsBusy = medianOfPath(runs, {"responsiveness", "frames", "busy", "fps"});
    s.longTasks = medianOfPath(runs, {"trace", "summary", "long_tasks"});
    s.blockingMs = medianOfPath(runs, {"trace", "summary", "blocking_ms"});
    s.guiWorkloadIncreasePercent = medianOfPath(runs, {"gui_workload", "increase_percent"});
    s.videoFpsIdle = medianOfPath(runs, {"video", "idle", "fps"});
    s.videoFpsBusy = medianOfPath(runs, {"video", "busy", "fps"});
    s.videoCallbackFpsBusy = medianOfPath(runs, {"video", "busy", "callback_fps"});
}

/// What the page reported of its environment in the cell's first run.
std::optional<CellEnvironment> environmentOf(const CellRuns &cell)
{
    const auto env = cell.runs.front()->meta.find("env");
    if (env == cell.runs.front()->meta.end() || !env->is_object() || env->empty())
        return std::nullopt;
    const auto orNull = [&env](const char *key) { return env->contains(key) ? (*env)[key] : nlohmann::json(nullptr); };
    return CellEnvironment{env->value("cross_origin_isolated", false), orNull("threads_used"),
                           orNull("runtime_version")};
}

CellSummary summarizeCell(const CellRuns &cell, const CellMap &cells, const Baselines &baselines,
                          std::pair<int, int> adaptive)
{
    CellSummary s;
    s.config = cell.config;
    summarizeLatency(s, cell, adaptive);
    summarizeSlowdowns(s, cell, baselines);
    summarizeOperators(s, cell, baselines);
    summarizeRealtime(s, cell);
    summarizeSpeedupOverFloat(s, cell, cells);
    summarizeAblation(s, cell, baselines);
    summarizeResources(s, cell);
    summarizeMachineDrift(s, cell);
    if (cell.meta.contains("generation") && cell.meta["generation"].is_object()) {
        const auto nat = baselines.native.find(baselineKey(cell.config));
        s.generation = generationSummary(
            cell, cell.interval.ci, cell.config.isNative() || nat == baselines.native.end() ? nullptr : nat->second);
    }
    s.env = environmentOf(cell);
    return s;
}
} // namespace

std::vector<CellSummary> summarizeCells(const BundleView &view)
{
    const auto adaptive = adaptiveRepetitions(view.manifest);
    const auto [order, cells] = groupCells(view);
    const Baselines baselines = findBaselines(cells);
    std::vector<CellSummary> out;
    out.reserve(order.size());
    for (const auto &key : order)
        out.push_back(summarizeCell(cells.at(key), cells, baselines, adaptive));
    return out;
}

} // namespace inferscope::results
