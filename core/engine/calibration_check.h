#pragma once
// A calibration run's record held against the blocks its page ran (analysis::checkCalibration): what the
// input, frame and long-task probes measured in the busy window, expected against measured, per metric.
// Stored in the record as meta.calibration.check; docs/CALIBRATION.md.

#include "core/store/run_record.h"

#include <nlohmann/json.hpp>

namespace inferscope::engine {

/// {"rows": [{"metric", "expected", "low", "high", "measured" | null, "pass", "note"?}], "pass": all measured rows
/// pass} or null when the record has no calibration schedule (the page never got to report it).
nlohmann::json calibrationCheck(const store::RunRecord &record, double inputHz);

} // namespace inferscope::engine
