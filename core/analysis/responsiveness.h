#pragma once
// Responsiveness and smoothness summaries (METRICS.md): input delays as p50/p95/max, and animation
// frame intervals as fps, the share of dropped frames (longer than 1.5 display intervals), the count of
// frames over 50 ms and the p95 frame time. Each is computed separately for the idle and busy phases.

#include <cstddef>
#include <span>

namespace inferscope::analysis {

struct DelaySummary {
    std::size_t count = 0;
    double p50 = 0, p95 = 0, max = 0; ///< milliseconds; 0 when count is 0
};
DelaySummary summarizeDelays(std::span<const double> delaysMs);

struct FrameSummary {
    std::size_t frames = 0;
    double fps = 0;           ///< frames per second of the time the intervals cover
    double droppedShare = 0;  ///< share of intervals longer than 1.5 x displayIntervalMs
    std::size_t over50ms = 0; ///< intervals longer than 50 ms (a long task held the frame)
    double p95Ms = 0;
};
/// `displayIntervalMs`: the display's frame interval; estimate it from idle frames with
/// displayInterval() rather than assuming 60 Hz (headless browsers and Xvfb pick their own rates).
FrameSummary summarizeFrames(std::span<const double> intervalsMs, double displayIntervalMs);

/// The display interval seen while idle: the median idle frame interval, or 1000/60 ms when there are
/// fewer than 10 idle frames to tell.
double displayInterval(std::span<const double> idleIntervalsMs);

} // namespace inferscope::analysis
