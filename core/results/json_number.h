#pragma once
// The one number policy of the summaries, the report and the exports: a finite value, else null. JSON has no NaN
// or infinity, and a reader must never take an undefined ratio or an empty median for a measurement.

#include <cmath>

#include <nlohmann/json.hpp>

namespace inferscope::results {

inline nlohmann::json number(double v)
{
    return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr);
}

} // namespace inferscope::results
