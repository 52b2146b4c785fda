#include "core/analysis/bootstrap.h"

#include "core/analysis/descriptive.h"
#include "core/analysis/random.h"
#include "core/analysis/resampled_median.h"

#include <algorithm>
#include <functional>
#include <utility>
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

/// The order statistics lo and lo + 1 (0-based; lo + 1 may be past the end) of `values`, unchanged. An
/// interval's quantiles lie near the ends (the 50th of 2 000 at 95%), where a heap of the few smallest or
/// largest seen gets them in one pass with few heap operations, several times faster than nth_element.
std::pair<double, double> orderStatisticPair(const std::vector<double> &values, std::size_t lo)
{
    const std::size_t n = values.size();
    const std::size_t fromBottom = lo + 2, fromTop = n - lo; // heap sizes that hold both
    if (std::min(fromBottom, fromTop) > n / 8) {
        std::vector<double> copy(values);
        std::nth_element(copy.begin(), copy.begin() + static_cast<std::ptrdiff_t>(lo), copy.end());
        const double low = copy[lo];
        return {low, lo + 1 < n ? *std::min_element(copy.begin() + static_cast<std::ptrdiff_t>(lo) + 1, copy.end()) : low};
    }
    auto keep = [&](std::size_t size, auto better) {
        std::vector<double> heap(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(size));
        std::make_heap(heap.begin(), heap.end(), better); // front: the worst of those kept
        for (std::size_t i = size; i < n; ++i)
            if (better(values[i], heap.front())) {
                std::pop_heap(heap.begin(), heap.end(), better);
                heap.back() = values[i];
                std::push_heap(heap.begin(), heap.end(), better);
            }
        std::sort_heap(heap.begin(), heap.end(), better); // best first
        return heap;
    };
    if (fromBottom <= fromTop) {
        const auto smallest = keep(std::min(fromBottom, n), std::less<double>());
        return {smallest[lo], lo + 1 < smallest.size() ? smallest[lo + 1] : smallest[lo]};
    }
    const auto largest = keep(fromTop, std::greater<double>()); // values[lo..n-1] of the sorted order, largest first
    return {largest[fromTop - 1], fromTop >= 2 ? largest[fromTop - 2] : largest[fromTop - 1]};
}

/// Type-7 quantile by selection (two order statistics), not a sort.
double selectQuantile(const std::vector<double> &statistics, double p)
{
    const double h = static_cast<double>(statistics.size() - 1) * p;
    const auto lo = static_cast<std::size_t>(std::floor(h));
    const auto [low, high] = orderStatisticPair(statistics, lo);
    if (lo + 1 >= statistics.size())
        return low;
    return low + (h - static_cast<double>(lo)) * (high - low);
}

ConfidenceInterval percentileInterval(double estimate, const std::vector<double> &statistics, double level)
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
