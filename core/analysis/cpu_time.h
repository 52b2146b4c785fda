#pragma once
// CPU time per inference (METRICS.md): a process tree's cumulative CPU time (utime + stime, sampled
// with the memory timeline) over the prediction phase, divided by the samples taken in it, and divided
// by the phase's wall time: how many cores the inference kept busy (wasm threads that spin show here).

#include <optional>
#include <span>

namespace inferscope::analysis {

/// The cumulative series `cpuMs` (at times `t`, ascending) interpolated linearly at `at`; nullopt
/// outside [t.front(), t.back()] or for fewer than two points.
std::optional<double> interpolateAt(std::span<const double> t, std::span<const double> cpuMs, double at);

struct CpuOverWindow {
    double cpuMs = 0;     ///< CPU time spent in [start, end]
    double coresBusy = 0; ///< cpuMs / (end - start)
};

/// CPU time of a cumulative series over [start, end]; nullopt when the series does not cover it.
/// A cumulative series that falls (a process of the tree ended and took its time with it) counts
/// only its rises, so the answer is a lower bound then.
std::optional<CpuOverWindow> cpuOverWindow(std::span<const double> t, std::span<const double> cpuMs, double start,
                                           double end);

} // namespace inferscope::analysis
