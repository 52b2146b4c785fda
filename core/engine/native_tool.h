#pragma once
// What the native tool (ort_native.mjs, torch_native.py) reports on its stdout, one JSON line per event, as types;
// and the native run's record written from them (native_tool_json.cpp spells every key of both).

#include "core/engine/memory_timeline.h"
#include "core/engine/native_runner.h"
#include "core/store/run_record.h"

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace inferscope::engine {

/// The tool's report, event by event.
struct NativeToolReport {
    store::Series warmup{"warmup_latency_ms", {}}, latency{"latency_ms", {}};
    std::string runtimeVersion, toolVersion; ///< ONNX Runtime's (or PyTorch's); node's (or Python's)
    bool started = false;
    double startMarkMs = 0;                   ///< run clock when the tool started loading the model
    double toolClockOffset = 0;               ///< the tool's performance.now() onto the run clock
    std::map<std::string, double> phaseMs;    ///< setup, first, warmup
    std::map<std::string, double> phaseEndMs; ///< the same on the run clock
    std::optional<int> warmupCount;
    std::optional<int> samples; ///< reported with "done": the tool finished its samples
    bool truncated = false;
    double cpuMs = -1, predictionWallMs = 0;
    std::optional<nlohmann::json> outputs, profile; ///< as the tool reported them (compared by the summaries)
    std::vector<nlohmann::json> generations;        ///< each measured generation, as reported
    std::string lastError;
};

/// How the native run went beyond the tool's report.
struct NativeRunOutcome {
    std::string status, error;
    std::string stderrTail;
    bool crashed = false, timedOut = false;
    double wallMs = 0;
    std::string setupIncludes; ///< what the setup time includes where it is not a file load (PyTorch)
    std::optional<PssSummary> pss;
};

/// Applies one line of the tool's output (`at`: run clock, ms); lines that are not events are ignored. Returns the
/// phase the line ended (setup, first, warmup) with its ms, for progress.
std::optional<std::pair<std::string, double>> applyToolLine(NativeToolReport &report, const std::string &line,
                                                            double at, bool torch);

/// The record's metadata: the cell as the native runner names it, then the report and the outcome.
nlohmann::json nativeRecordMeta(const zoo::ModelEntry &entry, const NativeRunOptions &options,
                                const NativeToolReport &report, const NativeRunOutcome &outcome);
/// The record of a run that could not start: the cell, its status and why.
nlohmann::json nativeRefusalMeta(const zoo::ModelEntry &entry, const NativeRunOptions &options,
                                 const std::string &status, const std::string &error);

} // namespace inferscope::engine
