#include "core/analysis/responsiveness.h"

#include "core/analysis/descriptive.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace inferscope::analysis {

DelaySummary summarizeDelays(std::span<const double> delaysMs)
{
    DelaySummary s;
    s.count = delaysMs.size();
    if (delaysMs.empty())
        return s;
    std::vector<double> sorted(delaysMs.begin(), delaysMs.end());
    std::sort(sorted.begin(), sorted.end());
    s.p50 = quantileSorted(sorted, 0.5);
    s.p95 = quantileSorted(sorted, 0.95);
    s.max = sorted.back();
    return s;
}

FrameSummary summarizeFrames(std::span<const double> intervalsMs, double displayIntervalMs)
{
    FrameSummary s;
    s.frames = intervalsMs.size();
    if (intervalsMs.empty())
        return s;
    const double total = std::accumulate(intervalsMs.begin(), intervalsMs.end(), 0.0);
    s.fps = total > 0 ? 1000.0 * static_cast<double>(intervalsMs.size()) / total : 0.0;
    std::size_t dropped = 0;
    for (double v : intervalsMs) {
        dropped += v > 1.5 * displayIntervalMs ? 1 : 0;
        s.over50ms += v > 50.0 ? 1 : 0;
    }
    s.droppedShare = static_cast<double>(dropped) / static_cast<double>(intervalsMs.size());
    s.p95Ms = quantile(intervalsMs, 0.95);
    return s;
}

double displayInterval(std::span<const double> idleIntervalsMs)
{
    if (idleIntervalsMs.size() < 10)
        return 1000.0 / 60.0;
    return median(idleIntervalsMs);
}

} // namespace inferscope::analysis
