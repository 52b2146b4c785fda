#pragma once
// Whether a cell has enough repetitions: one rule for the orchestrator (which adds a round for the cells that
// have not) and for the summary (which says why each cell stopped), so the two never disagree.
//
// A cell of an adaptive plan ("repetitions": {"min", "max", "ci_percent"}) continues while it has an ok
// repetition, fewer than `max` runs, and its 95% interval (analysis/repetitions.h: the run as the unit) is
// wider than +-ci_percent of its median on either side, or rests on one run only.

#include "core/analysis/repetitions.h"

#include <vector>

namespace inferscope::results {

enum class RepetitionState {
    Fixed,          ///< the plan asked for a fixed number of repetitions
    Continue,       ///< adaptive: the interval is still wider than the target
    TargetMet,      ///< adaptive: the interval is within +-ci_percent
    MaxReached,     ///< adaptive: `max` runs and still wider than the target
    NoOkRepetition, ///< adaptive: no run of the cell succeeded, so more would not narrow anything
};

struct RepetitionDecision {
    RepetitionState state = RepetitionState::Fixed;
    double halfWidthPercent = 0; ///< the interval's larger half over the median, in percent (NaN without samples)
};

/// `okRuns`: the steady samples of each ok run; `runs`: runs of the cell so far (any status).
RepetitionDecision decideRepetitions(const std::vector<analysis::RunSamples> &okRuns, int runs, int maxRepetitions,
                                     int ciPercent);
/// The same from the cell's interval already computed (analysis::repetitionMedianCi of its ok runs).
RepetitionDecision decideRepetitions(const analysis::RepetitionInterval &interval, int runs, int maxRepetitions,
                                     int ciPercent);

/// "fixed", "more needed", "target met", "max reached", "no ok repetition": the summary's `repetitions_stopped`.
const char *repetitionStateName(RepetitionState state);

/// The larger half of an interval as a percentage of its estimate (NaN when it has none).
double halfWidthPercent(const analysis::ConfidenceInterval &ci);

} // namespace inferscope::results
