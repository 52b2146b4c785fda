#include "core/analysis/realtime_accuracy.h"

#include <algorithm>
#include <limits>

namespace inferscope::analysis {

namespace {
/// The replay for `n` frames; `same(shown, own)` says whether frame `shown`'s result counts as frame `own`'s.
std::vector<RealtimeAccuracy> replay(std::size_t n, const std::vector<double> &latencyMs,
                                     const std::vector<double> &rates,
                                     const std::function<bool(std::size_t, std::size_t)> &same)
{
    std::vector<RealtimeAccuracy> out;
    n = std::min(n, latencyMs.size());
    if (n == 0)
        return out;
    for (const double fps : rates) {
        if (!(fps > 0))
            continue;
        RealtimeAccuracy r{fps, 0, 0, static_cast<int>(n)};
        double busyUntil = -std::numeric_limits<double>::infinity();
        // Inferences started so far: (completion time, frame), in start order (so completion order too).
        std::vector<std::pair<double, std::size_t>> started;
        int matches = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const double arrival = static_cast<double>(i) * 1000.0 / fps;
            if (arrival >= busyUntil) { // idle: this frame gets its own inference
                busyUntil = arrival + latencyMs[i];
                started.emplace_back(busyUntil, i);
                ++r.processed;
                ++matches;
                continue;
            }
            // Busy: the frame is skipped and shows the last result completed by its arrival, if any.
            for (auto it = started.rbegin(); it != started.rend(); ++it)
                if (it->first <= arrival) {
                    matches += same(it->second, i) ? 1 : 0;
                    break;
                }
        }
        r.accuracy = static_cast<double>(matches) / static_cast<double>(n);
        out.push_back(r);
    }
    return out;
}
} // namespace

std::vector<RealtimeAccuracy> realtimeAccuracy(const std::vector<int> &top1, const std::vector<double> &latencyMs,
                                               const std::vector<double> &rates)
{
    return replay(top1.size(), latencyMs, rates,
                  [&top1](std::size_t shown, std::size_t own) { return top1[shown] == top1[own]; });
}

double intersectionOverUnion(const Box &a, const Box &b)
{
    const auto span = [](double lo, double hi) { return std::pair{std::min(lo, hi), std::max(lo, hi)}; };
    const auto [a0, a2] = span(a[0], a[2]);
    const auto [a1, a3] = span(a[1], a[3]);
    const auto [b0, b2] = span(b[0], b[2]);
    const auto [b1, b3] = span(b[1], b[3]);
    const double areaA = (a2 - a0) * (a3 - a1), areaB = (b2 - b0) * (b3 - b1);
    if (!(areaA > 0) || !(areaB > 0))
        return 0;
    const double w = std::max(0.0, std::min(a2, b2) - std::max(a0, b0)),
                 h = std::max(0.0, std::min(a3, b3) - std::max(a1, b1));
    return w * h / (areaA + areaB - w * h);
}

std::vector<RealtimeAccuracy> realtimeAccuracyOfBoxes(const std::vector<Box> &boxes,
                                                      const std::vector<double> &latencyMs,
                                                      const std::vector<double> &rates)
{
    return replay(boxes.size(), latencyMs, rates, [&boxes](std::size_t shown, std::size_t own) {
        return intersectionOverUnion(boxes[shown], boxes[own]) >= 0.5;
    });
}

} // namespace inferscope::analysis
