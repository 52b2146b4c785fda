#pragma once
// Percentile-bootstrap confidence intervals for the median and for a ratio of two medians.
//
// Method: B resamples with replacement (default 2 000), the statistic on each, and the (1-level)/2 and
// (1+level)/2 type-7 quantiles of the B statistics. The percentile method is what most benchmark tools
// report (criterion, pyperf) and needs no jackknife, which for the median is unreliable anyway.
// Resampling is seeded (SeededRandom), so a stored result can be recomputed exactly. A resample's median
// is drawn in O(1) from the once-sorted sample (ResampledMedian: an order statistic of uniforms, exactly
// the distribution of resampling n values), so an interval costs about one sort whatever n is.

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace inferscope::analysis {

struct BootstrapOptions {
    int resamples = 2000;
    double level = 0.95;
    std::uint64_t seed = 0x1f5c0be5u;
};

struct ConfidenceInterval {
    double estimate = 0; ///< the statistic on the original sample(s)
    double low = 0;
    double high = 0;
    double level = 0;

    bool contains(double x) const { return x >= low && x <= high; }
};

/// The medians of `count` bootstrap resamples of `values` (what the intervals take quantiles of): public so
/// that a test can hold their distribution against exhaustive resampling.
std::vector<double> resampledMedians(std::span<const double> values, std::size_t count, std::uint64_t seed);

/// CI of the median. NaN fields for an empty sample; a single sample gives a zero-width interval.
ConfidenceInterval bootstrapMedianCi(std::span<const double> values, const BootstrapOptions &options = {});

/// CI of median(numerator) / median(denominator), the two samples resampled independently
/// (for a slowdown: browser samples over native samples).
ConfidenceInterval bootstrapMedianRatioCi(std::span<const double> numerator, std::span<const double> denominator,
                                          const BootstrapOptions &options = {});

} // namespace inferscope::analysis
