#pragma once
// Before the first run of a plan (issue: the study from a fresh set-up): which models the plan needs that
// the cache does not hold yet (they are fetched or built first, or the plan is refused with the command that
// would), and how long the plan will take, from what this machine measured before.
//
// The run-time history is a small JSON file beside the model cache (run-times.json): for each cell key the
// wall times of its last runs on this machine, and the reason of a cell whose last run was unsupported,
// written as runs finish ({"times": {KEY: [s, ...]}, "unsupported": {KEY: reason}}). An estimate uses a cell's own
// median where it has one, else the median of the cells of the same model and browser, else the plan's policy
// (start-up, minimum warm-up and the samples at a rough pace) and says how many runs each source covered.

#include "core/experiment/plan.h"
#include "core/modelcache/model_cache.h"

#include <QString>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace inferscope::engine {

/// A plan read against the zoo's catalog: each model's format from it, and "generation" only on its decoders
/// (task text-generation). Throws experiment::PlanError.
experiment::Plan parsePlanFor(const nlohmann::json &json, const zoo::Catalog &catalog);
experiment::Plan parsePlanTextFor(std::string_view text, const zoo::Catalog &catalog);

/// The plan's models whose files or reference data are not ready in `cache`, in plan order.
std::vector<const zoo::ModelEntry *> missingModels(const experiment::Plan &plan, const zoo::Catalog &catalog,
                                                   const zoo::ModelCache &cache);

/// Wall times (seconds) of recent runs per cell key on this machine.
class RunHistory {
public:
    /// `file`: the history's path (run-times.json beside the model cache); a missing or damaged file is empty.
    explicit RunHistory(QString file);
    static QString defaultFile(const zoo::ModelCache &cache);

    /// Adds one run's wall time and status and writes the file (atomically; a failure to write is not the
    /// run's failure). An "unsupported" run keeps its reason, so the next plan can say which cells will not run.
    void add(const std::string &cellKey, double seconds, const std::string &status = "ok",
             const std::string &reason = {});
    const std::map<std::string, std::vector<double>> &times() const { return m_times; }
    /// Cells whose last run here was unsupported, with the runtime's or browser's reason.
    const std::map<std::string, std::string> &unsupported() const { return m_unsupported; }

private:
    QString m_file;
    std::map<std::string, std::vector<double>> m_times;
    std::map<std::string, std::string> m_unsupported;
};

struct PlanEstimate {
    double seconds = 0;
    int fromCell = 0;    ///< runs estimated from their own cell's history
    int fromSimilar = 0; ///< from cells of the same model and browser
    int fromPolicy = 0;  ///< from the policy alone (nothing like them measured here before)
};

/// The time `runs` will take on this machine, one at a time.
PlanEstimate estimateRuns(const experiment::Plan &plan, const std::vector<experiment::Run> &runs,
                          const RunHistory &history);

} // namespace inferscope::engine
