#pragma once
// Mann-Whitney U test: "are A's latencies stochastically larger than B's?" without assuming normality
// (latency distributions are skewed and multi-modal, so a t-test would mislead).
//
// The p-value uses the normal approximation with tie correction and a continuity correction of 0.5,
// exactly SciPy's `mannwhitneyu(x, y, method="asymptotic", use_continuity=True)`. InferScope compares
// hundreds of samples per configuration, where the approximation is accurate; an exact p-value for tiny
// samples is not offered on purpose: five samples per configuration are too few to conclude anything.

#include <span>

namespace inferscope::analysis {

enum class Alternative {
    TwoSided,
    Greater, ///< x tends to be larger than y (A slower than B when x holds A's latencies)
    Less,    ///< x tends to be smaller than y
};

struct MannWhitneyResult {
    double u1 = 0; ///< U statistic of the first sample (SciPy's `statistic`)
    double u2 = 0; ///< n1 * n2 - u1
    double z = 0;  ///< standardised statistic used for the p-value
    double pValue = 1;
    double effect = 0.5; ///< common-language effect size u1 / (n1 n2): P(x > y) + P(x == y) / 2
};

/// Throws std::invalid_argument when either sample is empty.
MannWhitneyResult mannWhitneyU(std::span<const double> x, std::span<const double> y,
                               Alternative alternative = Alternative::TwoSided);

} // namespace inferscope::analysis
