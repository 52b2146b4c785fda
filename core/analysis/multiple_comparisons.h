#pragma once
// Corrections for testing many configurations against one baseline: with 20 comparisons at the 5% level,
// one "significant" difference is expected by chance alone.

#include <span>
#include <vector>

namespace inferscope::analysis {

/// Holm-Bonferroni adjusted p-values (step-down; controls the family-wise error rate without assuming
/// independence), in the order of the input. Equals statsmodels' multipletests(p, method="holm").
std::vector<double> holmAdjusted(std::span<const double> pValues);

/// Geometric mean of positive values (NaN when any is not positive or the span is empty): the summary of
/// ratios, so a 2x slowdown and a 2x speed-up average to 1.
double geometricMean(std::span<const double> ratios);

} // namespace inferscope::analysis
