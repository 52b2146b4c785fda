#include "core/analysis/calibration.h"

#include <algorithm>
#include <numeric>

namespace inferscope::analysis {
namespace {
constexpr double kLongMs = 50; ///< a long task, a long frame: 50 ms (METRICS.md)

CalibrationRow row(std::string metric, double expected, double low, double high, std::optional<double> measured,
                   std::string whyNot = {})
{
    CalibrationRow r{std::move(metric), expected, low, high, measured, false, {}};
    if (measured)
        r.pass = *measured >= low && *measured <= high;
    else
        r.note = std::move(whyNot);
    return r;
}
} // namespace

std::vector<CalibrationRow> checkCalibration(const CalibrationInput &in)
{
    std::vector<CalibrationRow> rows;
    const double blocks = static_cast<double>(in.blockMs.size());
    const double longest = in.blockMs.empty() ? 0 : *std::max_element(in.blockMs.begin(), in.blockMs.end());
    const double blocked = std::accumulate(in.blockMs.begin(), in.blockMs.end(), 0.0);
    double blocking = 0;
    for (double b : in.blockMs)
        blocking += std::max(0.0, b - kLongMs);

    const char *noTrace = "no trace (the browser has no DevTools Protocol connection)";
    rows.push_back(row("long tasks", blocks, blocks, blocks + 2, in.longTasks, noTrace));
    rows.push_back(row("blocking time (ms)", blocking, blocking - 10, blocking * 1.15 + 30, in.blockingMs, noTrace));

    const bool frames = !in.busyFrameIntervals.empty();
    const char *noFrames = "no animation frames in the busy window";
    double over = 0, overMs = 0, maxFrame = 0;
    for (double f : in.busyFrameIntervals) {
        maxFrame = std::max(maxFrame, f);
        if (f > kLongMs) {
            over += 1;
            overMs += f;
        }
    }
    rows.push_back(
        row("frames over 50 ms", blocks, blocks, blocks + 2, frames ? std::optional(over) : std::nullopt, noFrames));
    rows.push_back(row("longest frame (ms)", longest, longest - 5, longest + 60,
                       frames ? std::optional(maxFrame) : std::nullopt, noFrames));
    rows.push_back(row("time in frames over 50 ms (ms)", blocked, blocked * 0.95, blocked * 1.15 + 60,
                       frames ? std::optional(overMs) : std::nullopt, noFrames));

    std::optional<double> maxDelay;
    if (!in.busyInputDelays.empty())
        maxDelay = *std::max_element(in.busyInputDelays.begin(), in.busyInputDelays.end());
    rows.push_back(row("longest input delay (ms)", longest - in.clickPeriodMs / 2, longest - in.clickPeriodMs - 10,
                       longest + 40, maxDelay, "no clicks answered in the busy window"));
    return rows;
}

} // namespace inferscope::analysis
