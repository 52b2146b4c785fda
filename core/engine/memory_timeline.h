#pragma once
// The memory and CPU timeline of one run's browser process tree on the run clock, and what the record says of it:
// a sweep per tick (PSS and RSS in all and by process type, cumulative CPU time), the page's JS heap where the
// protocol reports it, the PSS baseline and peak, and CPU time per inference over the prediction phase. The series
// are named as docs/BUNDLE_FORMAT.md names them; reading one that was never sampled gives an empty series and adds
// nothing (the record holds only what was measured).

#include "core/browser/process_memory_types.h"
#include "core/store/run_record.h"

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace inferscope::engine {

class MemoryTimeline {
public:
    /// The process types a sweep splits PSS and CPU time by.
    static constexpr const char *kProcessTypes[] = {"browser", "renderer", "gpu", "utility"};

    /// One /proc sweep taken at `atMs`; a sweep that found no process adds nothing. A type that appears late reads 0
    /// in the sweeps before it existed, so every series of the timeline has one value per sweep.
    void addSweep(double atMs, const browser::TypedMemory &memory);
    /// The page's JS heap (CDP), on the same clock.
    void addJsHeap(double atMs, double usedBytes, double totalBytes);

    /// The series of that name, empty when it was never sampled.
    const std::vector<double> &values(const std::string &name) const;
    bool hasPss() const { return !values("memory_pss_bytes").empty(); }
    bool hasJsHeap() const { return !values("js_heap_used_bytes").empty(); }
    /// Every series, by name (the order the record stores them in).
    std::vector<store::Series> series() const;
    /// The JS heap series only (a remote page: its heap is all the timeline has).
    std::vector<store::Series> jsHeapSeries() const;
    void clear() { m_series.clear(); }

private:
    std::map<std::string, std::vector<double>> m_series;
};

/// The process tree's PSS over a run: the baseline is the last sweep at or before the page's first event (page
/// loaded, no runtime, no model; the first sweep when there was no event), the peak the largest sweep.
struct PssSummary {
    double baselineBytes = 0, baselineTMs = 0, peakBytes = 0;
    double amplification = 0; ///< (peak - baseline) / model bytes; 0 without model bytes
    std::size_t samples = 0;
};
std::optional<PssSummary> summarizePss(const std::vector<double> &tMs, const std::vector<double> &pssBytes,
                                       double pageReadyMs, double modelBytes);

/// The page's prediction phase as it reported it: its end on the page clock, its length and its inferences.
struct PredictionPhase {
    double endPageMs = 0, ms = 0, count = 0;
};

/// CPU time per inference over the prediction phase (the record's `cpu`), or why it cannot be measured.
struct CpuPerInference {
    bool available = false;
    std::string reason;
    double perInferenceMs = 0, coresBusy = 0, windowMs = 0, inferences = 0;
    std::map<std::string, double> perInferenceMsByType; ///< process types that used CPU time
};

/// `phase` is the page's, `pageClockOffsetMs` puts it on the run clock; `sweepIntervalMs` is the sampler's period.
CpuPerInference cpuPerInference(const MemoryTimeline &timeline, const std::optional<PredictionPhase> &phase,
                                std::optional<double> pageClockOffsetMs, double sweepIntervalMs);

} // namespace inferscope::engine
