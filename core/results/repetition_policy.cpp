#include "core/results/repetition_policy.h"

#include <algorithm>
#include <cmath>

namespace inferscope::results {

double halfWidthPercent(const analysis::ConfidenceInterval &ci)
{
    if (!std::isfinite(ci.estimate) || ci.estimate <= 0 || !std::isfinite(ci.low) || !std::isfinite(ci.high))
        return std::nan("");
    return 100.0 * std::max(ci.high / ci.estimate - 1.0, 1.0 - ci.low / ci.estimate);
}

RepetitionDecision decideRepetitions(const std::vector<analysis::RunSamples> &okRuns, int runs, int maxRepetitions,
                                     int ciPercent)
{
    return decideRepetitions(analysis::repetitionMedianCi(okRuns), runs, maxRepetitions, ciPercent);
}

RepetitionDecision decideRepetitions(const analysis::RepetitionInterval &interval, int runs, int maxRepetitions,
                                     int ciPercent)
{
    RepetitionDecision d;
    d.halfWidthPercent = halfWidthPercent(interval.ci);
    if (ciPercent <= 0)
        return d; // Fixed
    if (interval.repetitions == 0) {
        d.state = RepetitionState::NoOkRepetition;
        return d;
    }
    const bool narrowEnough = !interval.withinRunOnly && d.halfWidthPercent <= ciPercent;
    if (narrowEnough)
        d.state = RepetitionState::TargetMet;
    else
        d.state = runs >= maxRepetitions ? RepetitionState::MaxReached : RepetitionState::Continue;
    return d;
}

const char *repetitionStateName(RepetitionState state)
{
    switch (state) {
    case RepetitionState::Fixed:
        return "fixed";
    case RepetitionState::Continue:
        return "more needed";
    case RepetitionState::TargetMet:
        return "target met";
    case RepetitionState::MaxReached:
        return "max reached";
    case RepetitionState::NoOkRepetition:
        return "no ok repetition";
    }
    return "";
}

} // namespace inferscope::results
