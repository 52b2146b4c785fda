#pragma once
// Reading one JSON object of a plan strictly: every field has a type and a range, a wrong one is a
// PlanError that names the field by its path ("policy.samples", "configurations[2].threads[0]"), and
// finish() refuses keys nobody read, suggesting the nearest known one, so a typo never silently runs
// the default.

#include "core/experiment/plan.h"

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace inferscope::experiment {

class PlanFields {
public:
    /// `where` is the object's path ("" for the plan itself); throws when `object` is not an object.
    PlanFields(const nlohmann::json &object, std::string where);

    bool has(const char *key) const;
    const nlohmann::json *raw(const char *key); ///< marks the key read; null when absent

    std::string string(const char *key, const std::string &fallback);
    /// One of `allowed` (listed in the error).
    std::string choice(const char *key, const std::string &fallback, const std::vector<std::string> &allowed);
    bool boolean(const char *key, bool fallback);
    std::int64_t integer(const char *key, std::int64_t fallback, std::int64_t min, std::int64_t max);
    std::uint64_t unsignedInteger(const char *key, std::uint64_t fallback);
    /// A value or a non-empty list of distinct values; `fallback` when absent.
    std::vector<std::string> strings(const char *key, const std::vector<std::string> &fallback, std::size_t maxCount,
                                     const std::vector<std::string> &allowed = {});
    std::vector<int> integers(const char *key, const std::vector<int> &fallback, int min, int max,
                              std::size_t maxCount);
    std::vector<bool> booleans(const char *key, const std::vector<bool> &fallback);

    std::string path(const char *key) const; ///< "policy.samples"
    void finish() const;                     ///< throws on keys that were never read

private:
    [[noreturn]] void fail(const std::string &key, const std::string &message) const;
    /// A value that may be given alone or as a non-empty list of at most `maxCount`: the list.
    nlohmann::json valueOrList(const char *key, const nlohmann::json &v, bool single, const char *expected,
                               std::size_t maxCount) const;
    const nlohmann::json &m_object;
    std::string m_where;
    std::set<std::string> m_read;
};

/// Edit distance (for "did you mean"); exposed for tests.
std::size_t editDistance(const std::string &a, const std::string &b);

} // namespace inferscope::experiment
