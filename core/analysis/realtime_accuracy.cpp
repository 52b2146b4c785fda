#include "core/analysis/realtime_accuracy.h"

#include <algorithm>
#include <limits>

namespace inferscope::analysis {

std::vector<RealtimeAccuracy> realtimeAccuracy(const std::vector<int> &top1, const std::vector<double> &latencyMs, const std::vector<double> &rates)
{
    std::vector<RealtimeAccuracy> out;
    const std::size_t n = std::min(top1.size(), latencyMs.size());
    if (n == 0)
        return out;
    for (const double fps : rates) {
        if (!(fps > 0))
            continue;
        RealtimeAccuracy r{fps, 0, 0, static_cast<int>(n)};
        double busyUntil = -std::numeric_limits<double>::infinity();
        // Inferences started so far: (completion time, result), in start order (so completion order too).
        std::vector<std::pair<double, int>> started;
        int matches = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const double arrival = static_cast<double>(i) * 1000.0 / fps;
            if (arrival >= busyUntil) { // idle: this frame gets its own inference
                busyUntil = arrival + latencyMs[i];
                started.emplace_back(busyUntil, top1[i]);
                ++r.processed;
                ++matches;
                continue;
            }
            // Busy: the frame is skipped and shows the last result completed by its arrival, if any.
            int shown = std::numeric_limits<int>::min();
            for (auto it = started.rbegin(); it != started.rend(); ++it)
                if (it->first <= arrival) {
                    shown = it->second;
                    break;
                }
            matches += shown == top1[i] ? 1 : 0;
        }
        r.accuracy = static_cast<double>(matches) / static_cast<double>(n);
        out.push_back(r);
    }
    return out;
}

} // namespace inferscope::analysis
