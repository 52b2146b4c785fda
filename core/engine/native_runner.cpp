#include "core/engine/native_runner.h"
#include "core/engine/generation_summary.h"

#include "core/modelcache/data_paths.h"
#include "core/process/child_process.h"
#include "core/process/process_memory.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryFile>
#include <algorithm>

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
} // namespace

store::RunRecord runNativeBaseline(const zoo::ModelCache &cache, const zoo::ModelEntry &entry,
                                   const NativeRunOptions &options, const std::string &runId)
{
    store::RunRecord record;
    record.runId = runId;
    record.meta = baseMeta(entry, options);
    if (!entry.hasNativeBaseline()) {
        record.meta["status"] = "unsupported";
        record.meta["error"] = entry.nativeBaselineReason();
        return record;
    }
    const bool torch = options.runtime == "pytorch";
    if (torch && entry.source.kind != "torchvision") {
        record.meta["status"] = "unsupported";
        record.meta["error"] = "the PyTorch baseline runs the zoo's generated models (built with PyTorch); " +
                               entry.id + " comes from " + entry.source.kind + " and has no PyTorch weights here";
        return record;
    }
    if (torch && options.generation.is_object()) {
        record.meta["status"] = "unsupported";
        record.meta["error"] = "generation runs on ONNX Runtime (the browsers' runtime and its native twin); the "
                               "PyTorch baseline is one-shot";
        return record;
    }
    const zoo::Verification v = cache.verify(entry, false);
    if (!v.filesPresent || !v.referenceReady) {
        record.meta["status"] = "failed";
        record.meta["error"] = "model " + entry.id + " is not fetched (" +
                               v.problems.join(QStringLiteral("; ")).toStdString() +
                               "): run `inferscope models fetch " + entry.id + "`";
        return record;
    }

    store::Series warmup{"warmup_latency_ms", {}}, latency{"latency_ms", {}};
    store::Series memT{"memory_t_ms", {}}, memRss{"memory_rss_bytes", {}}, memPss{"memory_pss_bytes", {}};
    QElapsedTimer clock;
    clock.start();
    qint64 lastSample = -options.memoryIntervalMs;
    std::string lastError;
    double toolClockOffset = 0;

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
        if (!event.is_object())
            return;
        const std::string kind = event.value("event", "");
        const double ms = event.value("ms", 0.0);
        const double at = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        if (kind == "sample") {
            (event.value("phase", "") == "warmup" ? warmup : latency).values.push_back(ms);
        } else if (kind == "generation" && event.contains("generation") && event["generation"].is_object()) {
            auto &runs = record.meta["generation"]["runs"];
            if (!runs.is_array())
                runs = nlohmann::json::array();
            runs.push_back(event["generation"]);
        } else if (kind == "start") {
            toolClockOffset = at - event.value("t", 0.0); // the tool's performance.now() onto this clock
            if (torch) {
                record.meta["runtime_version"] = event.value("torch_version", "");
                record.meta["python_version"] = event.value("python", "");
            } else {
                record.meta["runtime_version"] = event.value("ort_version", "");
                record.meta["node_version"] = event.value("node", "");
            }
            record.meta["marks"]["start_ms"] = at;
        } else if (kind == "setup" || kind == "first" || kind == "warmup") {
            record.meta[kind + "_ms"] = ms;
            record.meta["marks"][kind + "_end_ms"] = at;
            if (kind == "warmup")
                record.meta["warmup_count"] = event.value("count", 0);
            if (options.progress)
                options.progress(QStringLiteral("%1: %2 %3 ms")
                                     .arg(QString::fromStdString(entry.id), QString::fromStdString(kind))
                                     .arg(ms, 0, 'f', 1));
        } else if (kind == "outputs") {
            record.meta["outputs"] = event["outputs"];
        } else if (kind == "profile") {
            record.meta["profile"] = event;
            record.meta["profile"].erase("event");
        } else if (kind == "done") {
            record.meta["samples"] = event.value("samples", 0);
            record.meta["truncated"] = event.value("truncated", false);
            // The same shape as a browser run's "cpu", from node's process.cpuUsage() (all of its threads).
            const double cpuMs = event.value("cpu_ms", -1.0), wallMs = event.value("prediction_wall_ms", 0.0);
            const int samples = event.value("samples", 0);
            if (cpuMs >= 0 && wallMs > 0 && samples > 0)
                record.meta["cpu"] = {{"per_inference_ms", cpuMs / samples},
                                      {"per_inference_ms_by_type", {{"native", cpuMs / samples}}},
                                      {"cores_busy", cpuMs / wallMs},
                                      {"window_ms", wallMs},
                                      {"inferences", samples}};
        } else if (kind == "error") {
            lastError = event.value("message", "");
        }
    };
    // The reference input from the zoo: every backend of every browser sees exactly these bytes.
    const QString spec = cache.referenceDir(entry) + QStringLiteral("/spec.json");
    QStringList arguments;
    if (torch) {
        arguments = {cache.torchToolPath(),
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
        record.meta["setup_includes"] =
            "rebuilding the weights with the build script (seeded initialisation and calibration)" +
            std::string(options.backend == "torchscript" ? ", then tracing them and optimising the trace for inference"
                                                         : "") +
            ": not comparable with a runtime that loads a file";
    } else {
        arguments = {cache.nativeToolPath(),        QStringLiteral("measure"),
                     cache.entryFilePath(entry),    spec,
                     QStringLiteral("--threads"),   QString::number(options.threads),
                     QStringLiteral("--warmup-ms"), QString::number(options.warmupMs),
                     QStringLiteral("--samples"),   QString::number(options.samples),
                     QStringLiteral("--max-ms"),    QString::number(options.maxMs),
                     QStringLiteral("--inputs"),    cache.referenceDir(entry),
                     QStringLiteral("--profile"),   options.profile ? QStringLiteral("1") : QStringLiteral("0")};
        if (options.generation.is_object()) {
            const auto &g = options.generation;
            record.meta["generation"] = {{"prompt_tokens", g.value("prompt_tokens", 0)},
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
    }
    const process::ChildResult r =
        process::runChild(torch ? zoo::pythonProgram() : zoo::nodeProgram(), arguments, child);
    record.meta["wall_ms"] = static_cast<double>(clock.elapsed());
    if (r.ok() && record.meta.contains("samples")) {
        record.meta["status"] = "ok";
    } else {
        record.meta["status"] = r.cancelled ? "cancelled" : "failed";
        std::string why = !lastError.empty() ? lastError : r.errorText.toStdString();
        if (why.empty())
            why = "the runner ended without reporting its samples";
        record.meta["error"] = why;
        record.meta["stderr"] = QString::fromUtf8(r.stderrTail).right(4000).toStdString();
        record.meta["crashed"] = r.crashed;
        record.meta["timed_out"] = r.timedOut;
    }
    if (!memPss.values.empty()) {
        // Baseline: the last sample before the model started loading (node and ORT loaded, no model).
        const double loadStart = record.meta.contains("marks") ? record.meta["marks"].value("start_ms", 0.0) : 0.0;
        std::size_t baseline = 0;
        while (baseline + 1 < memT.values.size() && memT.values[baseline + 1] <= loadStart)
            ++baseline;
        const double peak = *std::max_element(memPss.values.begin(), memPss.values.end());
        record.meta["peak_pss_bytes"] = peak;
        record.meta["baseline_pss_bytes"] = memPss.values[baseline];
        // The same shape as a browser run's, so summaries compare native and browser memory directly.
        const double modelBytes = static_cast<double>(entry.totalBytes());
        record.meta["memory"] = {
            {"baseline_pss_bytes", memPss.values[baseline]},
            {"baseline_t_ms", memT.values[baseline]},
            {"peak_pss_bytes", peak},
            {"samples", memPss.values.size()},
            {"amplification", modelBytes > 0 ? (peak - memPss.values[baseline]) / modelBytes : 0.0},
            {"root_pid_includes", torch ? "python3 (PyTorch)" : "node (onnxruntime-node)"}};
    }
    if (options.generation.is_object())
        summarizeGeneration(record.meta["generation"], latency.values, toolClockOffset, memT.values, memPss.values);
    // Everything measured before a failure is kept: the samples are the evidence of what happened.
    record.series = {latency, warmup, memT, memRss, memPss};
    return record;
}

} // namespace inferscope::engine
