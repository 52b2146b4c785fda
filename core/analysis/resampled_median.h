#pragma once
// The median of a bootstrap resample (n draws with replacement from n values), drawn in O(1) without
// resampling.
//
// Drawing a rank uniformly from 1..n is taking ceil(n U) for a uniform U in (0, 1], and ceil is monotone,
// so the k-th smallest rank of a resample is ceil(n U_(k)), U_(k) the k-th smallest of n uniforms, which
// is Beta(k, n - k + 1). With an even n the next order statistic is U_(k) plus (1 - U_(k)) times the
// smallest of the n - k uniforms above it, Beta(1, n - k). So a resample's median is one Beta draw (two
// Gamma draws, Marsaglia & Tsang 2000) and, for an even n, one more uniform, whatever n is: the exact
// distribution of resampling and sorting (a test holds it against every possible resample of small
// samples), at a cost that does not grow with n. The sample is sorted once (already sorted input, as
// results::summarizeRun passes it, costs O(n)).

#include "core/analysis/random.h"

#include <cstddef>
#include <span>
#include <vector>

namespace inferscope::analysis {

class ResampledMedian {
public:
    explicit ResampledMedian(std::span<const double> values);
    /// The median of one resample.
    double draw(SeededRandom &random);
    /// The median of the sample itself (type 7, as analysis::median).
    double sampleMedian() const;

private:
    /// Marsaglia-Tsang's constants for one shape, computed once per sample, not per draw.
    struct GammaShape {
        double d = 0, c = 0;
    };
    static GammaShape shapeOf(double shape);
    double gamma(SeededRandom &random, const GammaShape &shape);
    double normal(SeededRandom &random);
    /// The 1-based rank ceil(n u), kept in 1..n.
    std::size_t rankAt(double u) const;

    std::vector<double> m_sorted;
    GammaShape m_below, m_above; ///< Beta(k, n - k + 1)'s two gammas
    double m_gapExponent = 0;    ///< 1 / (n - k): the even median's gap
    std::size_t m_lower = 0; ///< 1-based rank of the (lower) middle draw: (n + 1) / 2, or n / 2 for an even n
    bool m_spareNormal = false;
    double m_spare = 0; ///< the polar method gives normals in pairs
};

} // namespace inferscope::analysis
