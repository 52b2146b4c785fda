#include "core/engine/native_runner.h"
#include "core/engine/generation_summary.h"
#include "core/engine/memory_timeline.h"

#include "core/modelcache/data_paths.h"
#include "core/process/child_process.h"
#include "core/process/process_memory.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryFile>
#include <algorithm>
#include <optional>

namespace inferscope::engine {
namespace {
nlohmann::json baseMeta(const zoo::ModelEntry &entry, const NativeRunOptions &options)
{
    return {{"model", entry.id},
            {"runtime", options.runtime},
            {"backend", options.backend},
            {"threads", options.threads},
            {"browser", "native"},
            {"placement", "process"},
            {"model_bytes", entry.totalBytes()},
            {"policy", {{"warmup_ms", options.warmupMs}, {"samples", options.samples}, {"max_ms", options.maxMs}}}};
}

/// Why this model or configuration has no native run here ({status, error}), or nothing when it can run.
std::optional<std::pair<std::string, std::string>> cannotRun(const zoo::ModelCache &cache, const zoo::ModelEntry &entry,
                                                             const NativeRunOptions &options)
{
    if (!entry.hasNativeBaseline())
        return std::pair{std::string("unsupported"), entry.nativeBaselineReason()};
    const bool torch = options.runtime == "pytorch";
    if (torch && entry.source.kind != "torchvision")
        return std::pair{std::string("unsupported"),
                         "the PyTorch baseline runs the zoo's generated models (built with PyTorch); " + entry.id +
                             " comes from " + entry.source.kind + " and has no PyTorch weights here"};
    if (torch && options.generation.is_object())
        return std::pair{std::string("unsupported"),
                         std::string("generation runs on ONNX Runtime (the browsers' runtime and its native twin); the "
                                     "PyTorch baseline is one-shot")};
    const zoo::Verification v = cache.verify(entry, false);
    if (!v.filesPresent || !v.referenceReady)
        return std::pair{std::string("failed"), "model " + entry.id + " is not fetched (" +
                                                    v.problems.join(QStringLiteral("; ")).toStdString() +
                                                    "): run `inferscope models fetch " + entry.id + "`"};
    return std::nullopt;
}

/// The native tool's command line: PyTorch's measure script, or ort_native.mjs (with the generation setting, which
/// the record's `generation` then names).
QStringList toolArguments(const zoo::ModelCache &cache, const zoo::ModelEntry &entry, const NativeRunOptions &options,
                          nlohmann::json &meta)
{
    if (options.runtime == "pytorch") {
        meta["setup_includes"] =
            "rebuilding the weights with the build script (seeded initialisation and calibration)" +
            std::string(options.backend == "torchscript" ? ", then tracing them and optimising the trace for inference"
                                                         : "") +
            ": not comparable with a runtime that loads a file";
        return {cache.torchToolPath(),
                QStringLiteral("measure"),
                cache.buildScriptPath(entry),
                QString::fromStdString(entry.source.arch),
                QString::number(entry.source.seed),
                cache.referenceDir(entry),
                QStringLiteral("--mode"),
                QString::fromStdString(options.backend),
                QStringLiteral("--threads"),
                QString::number(options.threads),
                QStringLiteral("--warmup-ms"),
                QString::number(options.warmupMs),
                QStringLiteral("--samples"),
                QString::number(options.samples),
                QStringLiteral("--max-ms"),
                QString::number(options.maxMs)};
    }
    // The reference input from the zoo: every backend of every browser sees exactly these bytes.
    QStringList arguments = {
        cache.nativeToolPath(),        QStringLiteral("measure"),
        cache.entryFilePath(entry),    cache.referenceDir(entry) + QStringLiteral("/spec.json"),
        QStringLiteral("--threads"),   QString::number(options.threads),
        QStringLiteral("--warmup-ms"), QString::number(options.warmupMs),
        QStringLiteral("--samples"),   QString::number(options.samples),
        QStringLiteral("--max-ms"),    QString::number(options.maxMs),
        QStringLiteral("--inputs"),    cache.referenceDir(entry),
        QStringLiteral("--profile"),   options.profile ? QStringLiteral("1") : QStringLiteral("0")};
    if (options.generation.is_object()) {
        const auto &g = options.generation;
        meta["generation"] = {{"prompt_tokens", g.value("prompt_tokens", 0)},
                              {"new_tokens", g.value("new_tokens", 0)},
                              {"generations", g.value("generations", 0)}};
        arguments << QStringLiteral("--generate")
                  << QStringLiteral("%1,%2,%3,%4,%5")
                         .arg(g.value("prompt_tokens", 0))
                         .arg(g.value("new_tokens", 0))
                         .arg(g.value("generations", 0))
                         .arg(g.value("seed", 0u))
                         .arg(g.value("vocab", 0));
    }
    return arguments;
}

/// What the native tool reports, one JSON line at a time: samples into their series, the rest into the record.
struct ToolEvents {
    ToolEvents(const zoo::ModelEntry &e, const NativeRunOptions &o, nlohmann::json &m) : entry(e), options(o), meta(m)
    {}
    const zoo::ModelEntry &entry;
    const NativeRunOptions &options;
    nlohmann::json &meta;
    store::Series warmup{"warmup_latency_ms", {}}, latency{"latency_ms", {}};
    std::string lastError;
    double toolClockOffset = 0; ///< the tool's performance.now() onto the run clock

    void apply(const nlohmann::json &event, double at);
    void phase(const std::string &kind, const nlohmann::json &event, double at);
    void done(const nlohmann::json &event);
};

void ToolEvents::apply(const nlohmann::json &event, double at)
{
    const std::string kind = event.value("event", "");
    if (kind == "sample") {
        (event.value("phase", "") == "warmup" ? warmup : latency).values.push_back(event.value("ms", 0.0));
    } else if (kind == "generation" && event.contains("generation") && event["generation"].is_object()) {
        auto &runs = meta["generation"]["runs"];
        if (!runs.is_array())
            runs = nlohmann::json::array();
        runs.push_back(event["generation"]);
    } else if (kind == "start" || kind == "setup" || kind == "first" || kind == "warmup") {
        phase(kind, event, at);
    } else if (kind == "outputs") {
        meta["outputs"] = event["outputs"];
    } else if (kind == "profile") {
        meta["profile"] = event;
        meta["profile"].erase("event");
    } else if (kind == "done") {
        done(event);
    } else if (kind == "error") {
        lastError = event.value("message", "");
    }
}

void ToolEvents::phase(const std::string &kind, const nlohmann::json &event, double at)
{
    if (kind == "start") {
        toolClockOffset = at - event.value("t", 0.0);
        const bool torch = options.runtime == "pytorch";
        meta["runtime_version"] = event.value(torch ? "torch_version" : "ort_version", "");
        meta[torch ? "python_version" : "node_version"] = event.value(torch ? "python" : "node", "");
        meta["marks"]["start_ms"] = at;
        return;
    }
    const double ms = event.value("ms", 0.0);
    meta[kind + "_ms"] = ms;
    meta["marks"][kind + "_end_ms"] = at;
    if (kind == "warmup")
        meta["warmup_count"] = event.value("count", 0);
    if (options.progress)
        options.progress(QStringLiteral("%1: %2 %3 ms")
                             .arg(QString::fromStdString(entry.id), QString::fromStdString(kind))
                             .arg(ms, 0, 'f', 1));
}

void ToolEvents::done(const nlohmann::json &event)
{
    meta["samples"] = event.value("samples", 0);
    meta["truncated"] = event.value("truncated", false);
    // The same shape as a browser run's "cpu", from node's process.cpuUsage() (all of its threads).
    const double cpuMs = event.value("cpu_ms", -1.0), wallMs = event.value("prediction_wall_ms", 0.0);
    const int samples = event.value("samples", 0);
    if (cpuMs >= 0 && wallMs > 0 && samples > 0)
        meta["cpu"] = {{"per_inference_ms", cpuMs / samples},
                       {"per_inference_ms_by_type", {{"native", cpuMs / samples}}},
                       {"cores_busy", cpuMs / wallMs},
                       {"window_ms", wallMs},
                       {"inferences", samples}};
}

/// The tool's process tree's PSS: the baseline is the last sample before the model started loading (node and ORT
/// loaded, no model), in the same shape as a browser run's so summaries compare native and browser memory directly.
void recordNativeMemory(nlohmann::json &meta, const store::Series &t, const store::Series &pss,
                        const zoo::ModelEntry &entry, bool torch)
{
    const double loadStart = meta.contains("marks") ? meta["marks"].value("start_ms", 0.0) : 0.0;
    const auto summary = summarizePss(t.values, pss.values, loadStart, static_cast<double>(entry.totalBytes()));
    if (!summary)
        return;
    meta["peak_pss_bytes"] = summary->peakBytes;
    meta["baseline_pss_bytes"] = summary->baselineBytes;
    meta["memory"] = {{"baseline_pss_bytes", summary->baselineBytes},
                      {"baseline_t_ms", summary->baselineTMs},
                      {"peak_pss_bytes", summary->peakBytes},
                      {"samples", summary->samples},
                      {"amplification", summary->amplification},
                      {"root_pid_includes", torch ? "python3 (PyTorch)" : "node (onnxruntime-node)"}};
}
} // namespace

store::RunRecord runNativeBaseline(const zoo::ModelCache &cache, const zoo::ModelEntry &entry,
                                   const NativeRunOptions &options, const std::string &runId)
{
    store::RunRecord record;
    record.runId = runId;
    record.meta = baseMeta(entry, options);
    if (const auto why = cannotRun(cache, entry, options)) {
        record.meta["status"] = why->first;
        record.meta["error"] = why->second;
        return record;
    }
    const bool torch = options.runtime == "pytorch";
    store::Series memT{"memory_t_ms", {}}, memRss{"memory_rss_bytes", {}}, memPss{"memory_pss_bytes", {}};
    QElapsedTimer clock;
    clock.start();
    qint64 lastSample = -options.memoryIntervalMs;
    ToolEvents events{entry, options, record.meta};

    process::ChildOptions child;
    child.timeoutMs = options.timeoutMs;
    child.cancelled = options.cancelled;
    child.onTick = [&](qint64 pid) {
        if (clock.elapsed() - lastSample < options.memoryIntervalMs)
            return;
        lastSample = clock.elapsed();
        const process::ProcessMemory m = process::readProcessTreeMemory(pid);
        if (m.processes == 0)
            return;
        memT.values.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
        memRss.values.push_back(static_cast<double>(m.rssBytes));
        memPss.values.push_back(static_cast<double>(m.pssBytes));
    };
    child.onStdoutLine = [&](const QByteArray &line) {
        const auto event = nlohmann::json::parse(line.constData(), line.constData() + line.size(), nullptr, false);
        if (event.is_object())
            events.apply(event, static_cast<double>(clock.nsecsElapsed()) / 1e6);
    };
    const QStringList arguments = toolArguments(cache, entry, options, record.meta);
    const process::ChildResult r =
        process::runChild(torch ? zoo::pythonProgram() : zoo::nodeProgram(), arguments, child);
    record.meta["wall_ms"] = static_cast<double>(clock.elapsed());
    if (r.ok() && record.meta.contains("samples")) {
        record.meta["status"] = "ok";
    } else {
        record.meta["status"] = r.cancelled ? "cancelled" : "failed";
        std::string why = !events.lastError.empty() ? events.lastError : r.errorText.toStdString();
        if (why.empty())
            why = "the runner ended without reporting its samples";
        record.meta["error"] = why;
        record.meta["stderr"] = QString::fromUtf8(r.stderrTail).right(4000).toStdString();
        record.meta["crashed"] = r.crashed;
        record.meta["timed_out"] = r.timedOut;
    }
    recordNativeMemory(record.meta, memT, memPss, entry, torch);
    if (options.generation.is_object())
        summarizeGeneration(record.meta["generation"], events.latency.values, events.toolClockOffset, memT.values,
                            memPss.values);
    // Everything measured before a failure is kept: the samples are the evidence of what happened.
    record.series = {events.latency, events.warmup, memT, memRss, memPss};
    return record;
}

} // namespace inferscope::engine
