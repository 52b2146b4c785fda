#include "core/engine/calibration_check.h"

#include "core/analysis/calibration.h"

namespace inferscope::engine {
namespace {
bool busy(double phase)
{
    return phase >= 1 && phase <= 3; // load, warm-up, prediction: the page's busy phases (harness.js phaseCodes)
}
} // namespace

nlohmann::json calibrationCheck(const store::RunRecord &record, double inputHz)
{
    const auto &meta = record.meta;
    if (!meta.contains("env") || !meta["env"].is_object() || !meta["env"].contains("calibration"))
        return nullptr;
    const auto &calibration = meta["env"]["calibration"];
    analysis::CalibrationInput in;
    if (calibration.contains("blocks") && calibration["blocks"].is_array())
        for (const auto &b : calibration["blocks"])
            if (b.is_object() && b.contains("ms") && b["ms"].is_number())
                in.blockMs.push_back(b["ms"].get<double>());
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
    if (meta.contains("trace") && meta["trace"].is_object() && meta["trace"].contains("summary") &&
        meta["trace"]["summary"].is_object()) {
        const auto &summary = meta["trace"]["summary"];
        if (summary.contains("long_tasks") && summary["long_tasks"].is_number())
            in.longTasks = summary["long_tasks"].get<double>();
        if (summary.contains("blocking_ms") && summary["blocking_ms"].is_number())
            in.blockingMs = summary["blocking_ms"].get<double>();
    }
    nlohmann::json rows = nlohmann::json::array();
    bool pass = !in.blockMs.empty();
    for (const auto &r : analysis::checkCalibration(in)) {
        nlohmann::json j = {{"metric", r.metric},
                            {"expected", r.expected},
                            {"low", r.low},
                            {"high", r.high},
                            {"measured", r.measured ? nlohmann::json(*r.measured) : nlohmann::json(nullptr)},
                            {"pass", r.pass}};
        if (!r.note.empty())
            j["note"] = r.note;
        pass = pass && (r.pass || !r.measured);
        rows.push_back(std::move(j));
    }
    return {{"rows", rows}, {"pass", pass}, {"blocks", in.blockMs.size()}};
}

} // namespace inferscope::engine
