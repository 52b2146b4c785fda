#include "core/engine/calibration_check.h"

namespace inferscope::engine {
namespace {
bool busy(double phase)
{
    return phase >= 1 && phase <= 3; // load, warm-up, prediction: the page's busy phases (harness.js phaseCodes)
}
} // namespace

CalibrationCheck checkCalibrationRun(const store::RunRecord &record, const CalibrationReport &report, double inputHz)
{
    analysis::CalibrationInput in;
    in.blockMs = report.blockMs;
    in.longTasks = report.longTasks;
    in.blockingMs = report.blockingMs;
    in.clickPeriodMs = inputHz > 0 ? 1000.0 / inputHz : 100.0;
    const store::Series *frames = record.find("frame_interval_ms"), *framePhase = record.find("frame_phase");
    if (frames && framePhase)
        for (std::size_t i = 0; i < frames->values.size() && i < framePhase->values.size(); ++i)
            if (busy(framePhase->values[i]))
                in.busyFrameIntervals.push_back(frames->values[i]);
    // End to end from the driver's send where the click was matched (the only delay that sees Firefox's
    // queueing, PLATFORM.md), else from the event's timestamp.
    const store::Series *delay = record.find("input_delay_ms"), *e2e = record.find("input_e2e_ms"),
                        *inputPhase = record.find("input_phase");
    if (delay && inputPhase)
        for (std::size_t i = 0; i < delay->values.size() && i < inputPhase->values.size(); ++i)
            if (busy(inputPhase->values[i]))
                in.busyInputDelays.push_back(e2e && i < e2e->values.size() && e2e->values[i] >= 0 ? e2e->values[i]
                                                                                                  : delay->values[i]);
    CalibrationCheck check;
    check.rows = analysis::checkCalibration(in);
    check.blocks = in.blockMs.size();
    check.pass = !in.blockMs.empty();
    for (const auto &r : check.rows)
        check.pass = check.pass && (r.pass || !r.measured);
    return check;
}

nlohmann::json calibrationCheck(const store::RunRecord &record, double inputHz)
{
    const auto report = calibrationReportOf(record.meta);
    return report ? toJson(checkCalibrationRun(record, *report, inputHz)) : nlohmann::json(nullptr);
}

} // namespace inferscope::engine
