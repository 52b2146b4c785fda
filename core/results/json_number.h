#pragma once
// The one number policy of the summaries, the report and the exports: a finite value, else null. JSON has no NaN
// or infinity, and a reader must never take an undefined ratio or an empty median for a measurement.

#include <cmath>
#include <string>

#include <nlohmann/json.hpp>

namespace inferscope::results {

inline nlohmann::json number(double v)
{
    return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr);
}

/// Text, or null for none (an empty string).
inline nlohmann::json textOrNull(const std::string &s)
{
    return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s);
}

/// An interval as [low, high], each finite or null.
inline nlohmann::json bounds(double low, double high)
{
    return {number(low), number(high)};
}

/// The reverse: object[key] when it is a number, else NaN (absent, null, or another type).
inline double numberAt(const nlohmann::json &object, const char *key)
{
    if (!object.is_object())
        return std::nan("");
    const auto it = object.find(key);
    return it != object.end() && it->is_number() ? it->get<double>() : std::nan("");
}

} // namespace inferscope::results
