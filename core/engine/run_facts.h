#pragma once
// What the engine itself learns about a run, as types: its clocks, the machine-drift probe, the driver's facts,
// rejected events, the memory summary (PSS, JS heap, or why there is none), CPU time, responsiveness probe counts,
// the trace and the browser's log. ActiveRun fills these while the run goes; writeRunFacts (run_facts_json.cpp)
// puts them into the record's metadata once, when the run ends, under the keys docs/BUNDLE_FORMAT.md names. What
// the page reports (phases, environment, outputs, generation runs) stays as the page protocol delivered it
// (page_record.h).

#include "core/engine/memory_timeline.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace inferscope::engine {

/// Events (or batches) refused for a run: how many, and the first reason.
struct RefusedEvents {
    int count = 0;
    std::string firstReason;
    void add(const std::string &reason)
    {
        if (count++ == 0)
            firstReason = reason;
    }
};

/// The machine-drift probe timed before the run (a fixed memory-bound loop in a child process).
struct MachineProbe {
    std::optional<double> ms; ///< the probe's time; none when it failed
    nlohmann::json passes;    ///< each pass's ms, as the probe reported them
    std::string error;        ///< why there is no time
};

/// What the driver knows once the run ends.
struct DriverFacts {
    std::string node;            ///< a Grid node's URI
    double sessionGrantedMs = 0; ///< when a remote endpoint granted the session (Unix ms); 0 when local
    std::string protocolProblem; ///< why the protocol extras (JS heap, clicks, trace) are missing
};

/// A browser on another machine: its processes cannot be sampled; what its page saw of its own heap.
struct RemoteMemory {
    std::optional<double> pageJsHeapFirstBytes, pageJsHeapPeakBytes;
    std::size_t pageJsHeapSamples = 0;
    std::string pageJsHeapReason; ///< why the page could not read its heap either
};

struct JsHeapFacts {
    double firstBytes = 0, peakBytes = 0;
    std::string source; ///< empty: the protocol (CDP) on the run clock
};

/// The PSS summary with how the sampler ran.
struct PssFacts {
    PssSummary summary;
    double modelBytes = 0;
    int intervalMs = 0;
    double sweepMedianMs = 0, sweepMaxMs = 0;
    long long pssReads = 0, pssReused = 0;
    int sweepsSkipped = 0;
    std::string rootPidIncludes; ///< the driver whose process tree was sampled
};

/// The responsiveness probe's clicks as the driver sent them.
struct ClickFacts {
    std::size_t sent = 0, skippedInFlight = 0;
    int inputHz = 0;
    std::string inputReason; ///< why this browser connection could not inject input
};

struct TraceFacts {
    bool available = false;
    bool storeError = false; ///< the trace was recorded but could not be written: the run failed
    long long bytes = 0;
    std::string file, reason;
    std::optional<nlohmann::json> summary; ///< results::summarizeTrace
    std::string summaryError;
};

struct BrowserLogFacts {
    std::string file;
    long long bytes = 0, bytesNotKept = 0;
    std::string reason; ///< why it could not be stored
};

struct RunFacts {
    std::string status, error;
    std::optional<double> wallStartMs, wallEndMs, wallMs;
    std::optional<int> samplesAsked;
    std::optional<MachineProbe> machineProbe;
    std::vector<std::string> startedAlongside;
    std::optional<double> kvCacheBytesPerToken;
    nlohmann::json quantization; ///< the model cache's record of a quantized model, or null
    std::optional<std::string> browserVersion;
    DriverFacts driver;
    std::optional<double> pageClockOffsetMs; ///< run clock minus page clock, from the first event's arrival
    RefusedEvents eventsRejected, batchesRejected;
    std::optional<RemoteMemory> remoteMemory;
    std::optional<JsHeapFacts> jsHeap;
    std::optional<PssFacts> pss;
    std::string jsHeapScope;
    std::optional<CpuPerInference> cpu;
    std::optional<nlohmann::json> guiWorkload, video; ///< the page record's summaries
    bool responsivenessProbed = false;
    std::optional<ClickFacts> clicks;
    nlohmann::json pageInputs; ///< PageRecord::summarizeInputs
    nlohmann::json frames;     ///< PageRecord::summarizeFrames, or null
    std::optional<TraceFacts> trace;
    std::optional<BrowserLogFacts> browserLog;
};

/// The probe child's output line, if it is the probe's answer.
std::optional<MachineProbe> machineProbeOfLine(const std::string &line);

/// The trace's facts once written: what summarizeTrace said of it, or why it says nothing.
TraceFacts storedTraceFacts(long long bytes, const std::string &file, std::string_view traceText);

/// The record's `cpu`: {per_inference_ms, per_inference_ms_by_type, cores_busy, window_ms, inferences}, or
/// {available: false, reason}.
nlohmann::json toJson(const CpuPerInference &cpu);

/// Writes `facts` into the record's metadata (docs/BUNDLE_FORMAT.md), over what the page reported.
void writeRunFacts(const RunFacts &facts, nlohmann::json &meta);

} // namespace inferscope::engine
