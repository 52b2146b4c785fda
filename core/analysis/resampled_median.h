#pragma once
// The median of a bootstrap resample (n draws with replacement from n values), drawn in O(1) without
// resampling.
//
// Drawing a rank uniformly from 1..n is taking ceil(n U) for a uniform U in (0, 1], and ceil is monotone,
// so the k-th smallest rank of a resample is R = ceil(n U_(k)), U_(k) the k-th smallest of n uniforms, which
// is Beta(k, n - k + 1): P(R = j) is that Beta's mass on ((j - 1) / n, j / n]. A RankTable holds those masses
// (Gauss-Legendre on each cell: the density is a polynomial of degree n - 1, so 16 points are exact up to
// n = 32; above, the error is ~1e-10 of a cell's mass at most, from the logarithms at n = 1 M, far below
// any Monte-Carlo error) and a guide table, so a draw is one uniform and on average
// about one comparison. With an even n the next order statistic stays in the same cell with a probability
// also integrated per cell; otherwise, by the memorylessness of the smallest of uniforms, it is
// j + ceil((n - j) Beta(1, n - k)) whatever U_(k) was. This is the exact distribution of resampling and
// sorting (a test holds it against every possible resample of small samples), at a cost per draw that does
// not grow with n. Cells beyond 9 standard deviations of the Beta are left out: their mass is below what a
// 53-bit uniform can resolve. Tables depend on n only and are shared (a bundle's runs mostly have the same
// n); the sample is sorted once (already sorted input, as results::summarizeRun passes it, costs O(n)).

#include "core/analysis/random.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace inferscope::analysis {

/// The distribution of the (lower) median's rank in a resample of n, and for an even n what the upper
/// middle rank needs. Immutable once built; shared between threads through rankTableFor().
struct RankTable {
    std::size_t n = 0;
    std::size_t k = 0;                ///< 1-based rank of the (lower) middle draw: (n + 1) / 2, or n / 2 for an even n
    std::size_t first = 1;            ///< the rank of cdf[0]
    std::vector<double> cdf;          ///< P(R <= first + i); the last is 1
    std::vector<double> stay;         ///< even n: P(upper rank = lower rank | lower rank = first + i)
    std::vector<std::uint32_t> guide; ///< guide[g]: the first i with cdf[i] > g / guide.size()
    /// even n: for cell i, the gap's uniform w at or below gapSteps[i * kGapSteps + t - 1] puts the upper rank
    /// at most t past the lower one (1 - (1 - t / (n - j))^(n - k)): the common small gaps without a pow()
    static constexpr std::size_t kGapSteps = 8;
    std::vector<double> gapSteps;
    double gapExponent = 0; ///< 1 / (n - k): the even median's gap, Beta(1, n - k) by inversion
};

/// The table of n (n >= 2), built once per n and kept in a small shared cache.
std::shared_ptr<const RankTable> rankTableFor(std::size_t n);

class ResampledMedian {
public:
    explicit ResampledMedian(std::span<const double> values);
    /// The median of one resample.
    double draw(SeededRandom &random);
    /// The median of the sample itself (type 7, as analysis::median).
    double sampleMedian() const;
    /// A distribution-free standard error of that median: the width of the binomial 95% interval between the
    /// order statistics n/2 -+ 0.98 sqrt(n), over 2 x 1.96 (of the logarithms when `logScale`; samples > 0).
    double medianStandardError(bool logScale) const;

private:
    std::vector<double> m_sorted;
    std::shared_ptr<const RankTable> m_table;
};

} // namespace inferscope::analysis
