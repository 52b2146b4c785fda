#include "core/analysis/bootstrap.h"

#include "core/analysis/descriptive.h"
#include "core/analysis/random.h"
#include "core/analysis/resampled_median.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <vector>

namespace inferscope::analysis {
namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

void checkOptions(const BootstrapOptions &options)
{
    if (options.resamples < 1)
        throw std::invalid_argument("bootstrap needs at least one resample");
    if (!(options.level > 0.0 && options.level < 1.0))
        throw std::invalid_argument("confidence level must lie in (0, 1)");
}

/// Type-7 quantile by selection (two order statistics), not a sort: `statistics` is reordered. (A heap of the
/// few smallest or largest was tried for the tails: twice as slow as nth_element on 2 000 values here.)
double selectQuantile(std::vector<double> &statistics, double p)
{
    const double h = static_cast<double>(statistics.size() - 1) * p;
    const auto lo = static_cast<std::size_t>(std::floor(h));
    std::nth_element(statistics.begin(), statistics.begin() + static_cast<std::ptrdiff_t>(lo), statistics.end());
    const double low = statistics[lo];
    if (lo + 1 >= statistics.size())
        return low;
    const double high = *std::min_element(statistics.begin() + static_cast<std::ptrdiff_t>(lo) + 1, statistics.end());
    return low + (h - static_cast<double>(lo)) * (high - low);
}

ConfidenceInterval percentileInterval(double estimate, std::vector<double> &statistics, double level)
{
    const double alpha = 1.0 - level;
    const double low = selectQuantile(statistics, alpha / 2);
    return {estimate, low, selectQuantile(statistics, 1.0 - alpha / 2), level};
}
} // namespace

namespace {
std::vector<double> drawMedians(ResampledMedian &resampler, std::size_t count, std::uint64_t seed)
{
    SeededRandom random(seed);
    std::vector<double> medians(count);
    for (double &m : medians)
        m = resampler.draw(random);
    return medians;
}
} // namespace

std::vector<double> resampledMedians(std::span<const double> values, std::size_t count, std::uint64_t seed)
{
    if (values.empty())
        return {};
    ResampledMedian resampler(values);
    return drawMedians(resampler, count, seed);
}

ConfidenceInterval bootstrapMedianCi(std::span<const double> values, const BootstrapOptions &options)
{
    checkOptions(options);
    if (values.empty())
        return {kNaN, kNaN, kNaN, options.level};
    ResampledMedian resampler(values);
    std::vector<double> medians = drawMedians(resampler, static_cast<std::size_t>(options.resamples), options.seed);
    return percentileInterval(resampler.sampleMedian(), medians, options.level);
}

ConfidenceInterval bootstrapMedianRatioCi(std::span<const double> numerator, std::span<const double> denominator,
                                          const BootstrapOptions &options)
{
    checkOptions(options);
    if (numerator.empty() || denominator.empty())
        return {kNaN, kNaN, kNaN, options.level};
    ResampledMedian top(numerator);
    ResampledMedian bottom(denominator);
    SeededRandom random(options.seed);
    std::vector<double> ratios(static_cast<std::size_t>(options.resamples));
    for (double &r : ratios) {
        const double a = top.draw(random);
        r = a / bottom.draw(random);
    }
    return percentileInterval(top.sampleMedian() / bottom.sampleMedian(), ratios, options.level);
}

} // namespace inferscope::analysis
