#pragma once
// Outlier flagging. Samples are flagged, never dropped: a +60% spike on a shared machine is a fact about
// the run, and the user decides what to do with it (the charts draw flagged samples differently).

#include <cstddef>
#include <span>
#include <vector>

namespace inferscope::analysis {

enum class OutlierRule {
    /// Tukey's fences: below Q1 - k IQR or above Q3 + k IQR (type-7 quartiles), k = 1.5 by default.
    TukeyFences,
    /// Iglewicz & Hoaglin: |0.6745 (x - median) / MAD| above k, k = 3.5 by default. Robust when more than
    /// a quarter of the samples are spikes, where the IQR itself is inflated.
    ModifiedZScore,
};

enum class OutlierFlag : unsigned char { None, Low, High };

struct OutlierReport {
    std::vector<OutlierFlag> flags; ///< one per input sample, same order
    std::size_t low = 0;
    std::size_t high = 0;
    double lowerFence = 0; ///< values below are flagged Low
    double upperFence = 0; ///< values above are flagged High
};

/// k <= 0 picks the rule's default. Empty input gives an empty report. `sorted`, when given, is `values`
/// sorted (a caller that already sorted them saves the sort here).
OutlierReport flagOutliers(std::span<const double> values, OutlierRule rule = OutlierRule::TukeyFences, double k = 0,
                           std::span<const double> sorted = {});

} // namespace inferscope::analysis
