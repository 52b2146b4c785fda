#pragma once
// One run as it is stored: metadata (JSON: the cell, status, environment, error) and named raw series
// (latency samples, memory timeline columns, frame times...). An immutable value once built.

#include <optional>
#include <span>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace inferscope::store {

struct Series {
    std::string name;
    std::vector<double> values;
    bool operator==(const Series &) const = default;
};

struct RunRecord {
    std::string runId;   ///< unique in its bundle; [A-Za-z0-9._-], at most 128 characters
    nlohmann::json meta; ///< cell, status, environment, error: free-form JSON object
    std::vector<Series> series;

    /// The series of that name, if any.
    const Series *find(std::string_view name) const;
    bool operator==(const RunRecord &) const = default;
};

/// True when id may name a run (it becomes a file name, so no separators, no dot-dot).
bool isValidRunId(std::string_view id);

} // namespace inferscope::store
