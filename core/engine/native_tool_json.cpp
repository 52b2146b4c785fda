// The native tool's protocol and the native run's record at their edge: the tool's JSON lines read into
// NativeToolReport, the record's metadata written from it (docs/BUNDLE_FORMAT.md, native runs).
#include "core/engine/native_tool.h"

#include "core/engine/generation_summary.h"
#include "core/experiment/vocabulary.h"

namespace inferscope::engine {
namespace {
using nlohmann::json;

json cellFieldsOf(const zoo::ModelEntry &entry, const NativeRunOptions &options)
{
    json meta = {
        {"model", entry.id},
        {"runtime", options.runtime},
        {"backend", options.backend},
        {"threads", options.threads},
        {"browser", "native"},
        {"placement", "process"},
        {"model_bytes", entry.totalBytes()},
        {"policy", {{"warmup_ms", options.warmupMs}, {"samples", options.samples}, {"max_ms", options.maxMs}}}};
    if (options.generation)
        meta["generation"] = {{"prompt_tokens", options.generation->promptTokens},
                              {"new_tokens", options.generation->newTokens},
                              {"generations", options.generation->generations}};
    return meta;
}

void writeReport(const NativeToolReport &r, bool torch, json &meta)
{
    if (r.started) {
        meta["runtime_version"] = r.runtimeVersion;
        meta[torch ? "python_version" : "node_version"] = r.toolVersion;
        meta["marks"]["start_ms"] = r.startMarkMs;
    }
    for (const auto &[kind, ms] : r.phaseMs)
        meta[kind + "_ms"] = ms;
    for (const auto &[kind, at] : r.phaseEndMs)
        meta["marks"][kind + "_end_ms"] = at;
    if (r.warmupCount)
        meta["warmup_count"] = *r.warmupCount;
    if (r.samples) {
        meta["samples"] = *r.samples;
        meta["truncated"] = r.truncated;
        // The same shape as a browser run's "cpu", from node's process.cpuUsage() (all of its threads).
        if (r.cpuMs >= 0 && r.predictionWallMs > 0 && *r.samples > 0)
            meta["cpu"] = {{"per_inference_ms", r.cpuMs / *r.samples},
                           {"per_inference_ms_by_type", {{"native", r.cpuMs / *r.samples}}},
                           {"cores_busy", r.cpuMs / r.predictionWallMs},
                           {"window_ms", r.predictionWallMs},
                           {"inferences", *r.samples}};
    }
    if (r.outputs)
        meta["outputs"] = *r.outputs;
    if (r.profile)
        meta["profile"] = *r.profile;
    if (!r.generations.empty())
        meta["generation"]["runs"] = r.generations;
}

/// The tool's process tree's PSS, in the same shape as a browser run's so summaries compare native and browser
/// memory directly.
void writeMemory(const PssSummary &s, bool torch, json &meta)
{
    meta["peak_pss_bytes"] = s.peakBytes;
    meta["baseline_pss_bytes"] = s.baselineBytes;
    meta["memory"] = {{"baseline_pss_bytes", s.baselineBytes},
                      {"baseline_t_ms", s.baselineTMs},
                      {"peak_pss_bytes", s.peakBytes},
                      {"samples", s.samples},
                      {"amplification", s.amplification},
                      {"root_pid_includes", torch ? "python3 (PyTorch)" : "node (onnxruntime-node)"}};
}
} // namespace

std::optional<std::pair<std::string, double>> applyToolLine(NativeToolReport &r, const std::string &line, double at,
                                                            bool torch)
{
    const auto event = json::parse(line, nullptr, false);
    if (!event.is_object())
        return std::nullopt;
    const std::string kind = event.value("event", "");
    if (kind == "sample") {
        (event.value("phase", "") == "warmup" ? r.warmup : r.latency).values.push_back(event.value("ms", 0.0));
    } else if (kind == "generation") {
        if (const auto g = event.find("generation"); g != event.end() && g->is_object())
            r.generations.push_back(*g);
    } else if (kind == "start") {
        r.started = true;
        r.toolClockOffset = at - event.value("t", 0.0);
        r.runtimeVersion = event.value(torch ? "torch_version" : "ort_version", "");
        r.toolVersion = event.value(torch ? "python" : "node", "");
        r.startMarkMs = at;
    } else if (kind == "setup" || kind == "first" || kind == "warmup") {
        r.phaseMs[kind] = event.value("ms", 0.0);
        r.phaseEndMs[kind] = at;
        if (kind == "warmup")
            r.warmupCount = event.value("count", 0);
        return std::pair{kind, r.phaseMs[kind]};
    } else if (kind == "outputs") {
        r.outputs = event.value("outputs", json());
    } else if (kind == "profile") {
        json profile = event;
        profile.erase("event");
        r.profile = std::move(profile);
    } else if (kind == "done") {
        r.samples = event.value("samples", 0);
        r.truncated = event.value("truncated", false);
        r.cpuMs = event.value("cpu_ms", -1.0);
        r.predictionWallMs = event.value("prediction_wall_ms", 0.0);
    } else if (kind == "error") {
        r.lastError = event.value("message", "");
    }
    return std::nullopt;
}

json nativeRefusalMeta(const zoo::ModelEntry &entry, const NativeRunOptions &options, const std::string &status,
                       const std::string &error)
{
    json meta = cellFieldsOf(entry, options);
    meta.erase("generation"); // nothing ran: the setting was never handed to a tool
    meta["status"] = status;
    meta["error"] = error;
    return meta;
}

json nativeRecordMeta(const zoo::ModelEntry &entry, const NativeRunOptions &options, const NativeToolReport &report,
                      const NativeRunOutcome &outcome)
{
    const bool torch = experiment::parseRuntime(options.runtime) == experiment::Runtime::PyTorch;
    json meta = cellFieldsOf(entry, options);
    if (!outcome.setupIncludes.empty())
        meta["setup_includes"] = outcome.setupIncludes;
    writeReport(report, torch, meta);
    meta["wall_ms"] = outcome.wallMs;
    meta["status"] = outcome.status;
    if (outcome.status != "ok") {
        meta["error"] = outcome.error;
        meta["stderr"] = outcome.stderrTail;
        meta["crashed"] = outcome.crashed;
        meta["timed_out"] = outcome.timedOut;
    }
    if (outcome.pss)
        writeMemory(*outcome.pss, torch, meta);
    return meta;
}

} // namespace inferscope::engine
