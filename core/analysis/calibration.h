#pragma once
// Proving the responsiveness probes against a known truth (docs/CALIBRATION.md). The calibration page
// blocks its main thread for known durations at known times; what the instrument measured in that busy
// window must match what those blocks imply, within tolerances written down here and in the doc:
//
// | metric                     | expected                                 | accepted                          |
// |----------------------------|------------------------------------------|-----------------------------------|
// | long tasks (trace)         | one per block (every block >= 50 ms)     | n to n + 2 (page load, GC)        |
// | blocking time (trace)      | sum of (block - 50 ms)                   | -10 ms to +15% + 30 ms            |
// | frames over 50 ms (busy)   | one per block                            | n to n + 2                        |
// | longest frame (busy)       | the longest block                        | -5 ms to +60 ms (up to 3 frames)  |
// | time in long frames (busy) | sum of blocks                            | -5% to +15% + 60 ms               |
// | longest input delay (busy) | the longest block, less one click period | block - period - 10 ms to +40 ms  |
//
// Plain C++: the engine fills Input from a run's record, the test and bench/calibrate_probes.sh read rows.

#include <optional>
#include <string>
#include <vector>

namespace inferscope::analysis {

struct CalibrationInput {
    std::vector<double> blockMs;            ///< the blocks the page ran, as it timed them (ms)
    std::vector<double> busyFrameIntervals; ///< rAF intervals in the busy window (ms); empty: no frames
    std::vector<double> busyInputDelays;    ///< input delays in the busy window (ms, end to end where known)
    double clickPeriodMs = 100;             ///< 1000 / input rate
    std::optional<double> longTasks;        ///< from the trace; none without one (Firefox)
    std::optional<double> blockingMs;
};

struct CalibrationRow {
    std::string metric;
    double expected = 0;
    double low = 0, high = 0; ///< accepted range
    std::optional<double> measured;
    bool pass = false;
    std::string note; ///< why there is no measurement
};

std::vector<CalibrationRow> checkCalibration(const CalibrationInput &input);

} // namespace inferscope::analysis
