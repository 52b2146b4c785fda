#pragma once
// What the study report reads from a run's record beyond its cell and statistics (docs/BUNDLE_FORMAT.md): the
// versions the run saw, the machine-drift probe, and each output's fidelity against the reference. Read once per
// record in recorded_facts_json.cpp; never throws: damaged metadata reads as placeholders and absent values
// (tests/core/bundle_fuzz.h).

#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace inferscope::results {

/// One output compared with the reference output of the same name (the record's `outputs.fidelity`).
struct OutputFidelity {
    std::string name; ///< the output's name, "#index" where only its index is known, "?" where neither
    bool compared = false;
    /// Its values depend on tie-breaking (integer indices, or declared in the catalog): compared as a set.
    bool orderDependent = false;
    double cosine = std::numeric_limits<double>::quiet_NaN();
    double maxAbsError = std::numeric_limits<double>::quiet_NaN();
    bool hasSetOverlap = false;
    double setOverlap = std::numeric_limits<double>::quiet_NaN();
    std::optional<bool> top1Agrees;
};

struct RecordedFacts {
    std::string model, runtime, backend, browser; ///< as recorded, "?" where not text
    std::string browserVersion;                   ///< "" when not recorded
    std::vector<std::string> runtimeVersions;     ///< the page's (env) and the record's own, where recorded
    double machineProbeMs = std::numeric_limits<double>::quiet_NaN();
    bool hasFidelity = false; ///< the record has an outputs section whose fidelity is a list (or absent)
    std::vector<OutputFidelity> fidelity;
};

RecordedFacts recordedFactsOf(const nlohmann::json &meta);

} // namespace inferscope::results
