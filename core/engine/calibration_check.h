#pragma once
// A calibration run's record held against the blocks its page ran (analysis::checkCalibration): what the
// input, frame and long-task probes measured in the busy window, expected against measured, per metric.
// Stored in the record as meta.env.calibration.check; docs/CALIBRATION.md. The page's schedule and the trace's
// summary are read, and the check written, in calibration_check_json.cpp.

#include "core/analysis/calibration.h"
#include "core/store/run_record.h"

#include <nlohmann/json.hpp>
#include <optional>

namespace inferscope::engine {

/// What the page and the trace reported for the check: the blocks it ran, long tasks and blocking time.
struct CalibrationReport {
    std::vector<double> blockMs;
    std::optional<double> longTasks, blockingMs;
};

struct CalibrationCheck {
    std::vector<analysis::CalibrationRow> rows;
    bool pass = false; ///< every measured row passes, and the page ran blocks
    std::size_t blocks = 0;
};

/// None when the record has no calibration schedule (the page never got to report it).
std::optional<CalibrationReport> calibrationReportOf(const nlohmann::json &meta);
/// The probes' busy-window measurements from the record's series against the report.
CalibrationCheck checkCalibrationRun(const store::RunRecord &record, const CalibrationReport &report, double inputHz);
/// {"rows": [{"metric", "expected", "low", "high", "measured" | null, "pass", "note"?}], "pass", "blocks"}.
nlohmann::json toJson(const CalibrationCheck &check);

/// The check as JSON, or null when the record has no calibration schedule.
nlohmann::json calibrationCheck(const store::RunRecord &record, double inputHz);
/// The check stored in the record where it has a calibration schedule (meta.env.calibration.check).
void addCalibrationCheck(store::RunRecord &record, double inputHz);

} // namespace inferscope::engine
