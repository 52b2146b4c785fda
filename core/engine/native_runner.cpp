#include "core/engine/native_runner.h"
#include "core/engine/generation_summary.h"
#include "core/engine/memory_timeline.h"
#include "core/engine/native_tool.h"
#include "core/engine/record_sections.h"
#include "core/experiment/vocabulary.h"

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
/// Why this model or configuration has no native run here ({status, error}), or nothing when it can run.
std::optional<std::pair<std::string, std::string>> cannotRun(const zoo::ModelCache &cache, const zoo::ModelEntry &entry,
                                                             const NativeRunOptions &options)
{
    if (!entry.hasNativeBaseline())
        return std::pair{std::string("unsupported"), entry.nativeBaselineReason()};
    const bool torch = experiment::parseRuntime(options.runtime) == experiment::Runtime::PyTorch;
    if (torch && entry.source.kind != "torchvision")
        return std::pair{std::string("unsupported"),
                         "the PyTorch baseline runs the zoo's generated models (built with PyTorch); " + entry.id +
                             " comes from " + entry.source.kind + " and has no PyTorch weights here"};
    if (torch && options.generation)
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

/// What PyTorch's setup time includes: not a file load.
std::string torchSetupIncludes(const NativeRunOptions &options)
{
    return "rebuilding the weights with the build script (seeded initialisation and calibration)" +
           std::string(experiment::parseBackend(options.backend) == experiment::Backend::TorchScript
                           ? ", then tracing them and optimising the trace for inference"
                           : "") +
           ": not comparable with a runtime that loads a file";
}

/// The native tool's command line: PyTorch's measure script, or ort_native.mjs (with the generation setting).
QStringList toolArguments(const zoo::ModelCache &cache, const zoo::ModelEntry &entry, const NativeRunOptions &options)
{
    if (experiment::parseRuntime(options.runtime) == experiment::Runtime::PyTorch) {
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
    if (const auto &g = options.generation)
        arguments << QStringLiteral("--generate")
                  << QStringLiteral("%1,%2,%3,%4,%5")
                         .arg(g->promptTokens)
                         .arg(g->newTokens)
                         .arg(g->generations)
                         .arg(g->seed)
                         .arg(g->vocab);
    return arguments;
}

} // namespace

store::RunRecord runNativeBaseline(const zoo::ModelCache &cache, const zoo::ModelEntry &entry,
                                   const NativeRunOptions &options, const std::string &runId)
{
    store::RunRecord record;
    record.runId = runId;
    if (const auto why = cannotRun(cache, entry, options)) {
        record.meta = nativeRefusalMeta(entry, options, why->first, why->second);
        return record;
    }
    const bool torch = experiment::parseRuntime(options.runtime) == experiment::Runtime::PyTorch;
    store::Series memT{"memory_t_ms", {}}, memRss{"memory_rss_bytes", {}}, memPss{"memory_pss_bytes", {}};
    QElapsedTimer clock;
    clock.start();
    qint64 lastSample = -options.memoryIntervalMs;
    NativeToolReport report;

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
        const auto phase =
            applyToolLine(report, line.toStdString(), static_cast<double>(clock.nsecsElapsed()) / 1e6, torch);
        if (phase && options.progress)
            options.progress(QStringLiteral("%1: %2 %3 ms")
                                 .arg(QString::fromStdString(entry.id), QString::fromStdString(phase->first))
                                 .arg(phase->second, 0, 'f', 1));
    };
    const process::ChildResult r = process::runChild(torch ? zoo::pythonProgram() : zoo::nodeProgram(),
                                                     toolArguments(cache, entry, options), child);
    NativeRunOutcome outcome;
    outcome.wallMs = static_cast<double>(clock.elapsed());
    if (torch)
        outcome.setupIncludes = torchSetupIncludes(options);
    if (r.ok() && report.samples) {
        outcome.status = "ok";
    } else {
        outcome.status = r.cancelled ? "cancelled" : "failed";
        outcome.error = !report.lastError.empty() ? report.lastError : r.errorText.toStdString();
        if (outcome.error.empty())
            outcome.error = "the runner ended without reporting its samples";
        outcome.stderrTail = QString::fromUtf8(r.stderrTail).right(4000).toStdString();
        outcome.crashed = r.crashed;
        outcome.timedOut = r.timedOut;
    }
    // The baseline is the last sample before the model started loading (node and ORT loaded, no model).
    outcome.pss = summarizePss(memT.values, memPss.values, report.started ? report.startMarkMs : 0.0,
                               static_cast<double>(entry.totalBytes()));
    record.meta = nativeRecordMeta(entry, options, report, outcome);
    if (options.generation)
        summarizeGeneration(generationOf(record.meta), report.latency.values, report.toolClockOffset, memT.values,
                            memPss.values);
    // Everything measured before a failure is kept: the samples are the evidence of what happened.
    record.series = {report.latency, report.warmup, memT, memRss, memPss};
    return record;
}

} // namespace inferscope::engine
