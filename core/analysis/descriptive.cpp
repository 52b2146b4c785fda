#include "core/analysis/descriptive.h"

#include <boost/sort/spreadsort/float_sort.hpp>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace inferscope::analysis {
namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::vector<double> sortedCopy(std::span<const double> values)
{
    std::vector<double> copy(values.begin(), values.end());
    // Callers that sort once and hand the sorted series to several statistics pay O(n) here, not a sort.
    if (!std::is_sorted(copy.begin(), copy.end()))
        sortSamples(copy);
    return copy;
}
} // namespace

void sortSamples(std::span<double> values)
{
    // float_sort orders by the IEEE bit pattern: a NaN gets a place instead of std::sort's undefined behaviour;
    // a finite series sorts as std::sort would (-0 before +0, which no statistic tells apart).
    boost::sort::spreadsort::float_sort(values.begin(), values.end());
}

double mean(std::span<const double> values)
{
    if (values.empty())
        return kNaN;
    // Kahan-Babuska summation: 1 M samples of similar magnitude lose digits with a plain sum.
    double sum = 0, compensation = 0;
    for (double v : values) {
        const double t = sum + v;
        compensation += std::abs(sum) >= std::abs(v) ? (sum - t) + v : (v - t) + sum;
        sum = t;
    }
    return (sum + compensation) / static_cast<double>(values.size());
}

double stddev(std::span<const double> values)
{
    if (values.size() < 2)
        return kNaN;
    const double m = mean(values);
    double squares = 0;
    for (double v : values)
        squares += (v - m) * (v - m);
    return std::sqrt(squares / static_cast<double>(values.size() - 1));
}

double quantileSorted(std::span<const double> sorted, double p)
{
    if (sorted.empty())
        return kNaN;
    if (!(p >= 0.0 && p <= 1.0))
        throw std::invalid_argument("quantile probability must lie in [0, 1]");
    const double h = static_cast<double>(sorted.size() - 1) * p;
    const auto lo = static_cast<std::size_t>(std::floor(h));
    const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
    const double frac = h - static_cast<double>(lo);
    return sorted[lo] + frac * (sorted[hi] - sorted[lo]);
}

double quantile(std::span<const double> values, double p)
{
    const auto sorted = sortedCopy(values);
    return quantileSorted(sorted, p);
}

std::vector<double> quantiles(std::span<const double> values, std::span<const double> ps)
{
    const auto sorted = sortedCopy(values);
    std::vector<double> out;
    out.reserve(ps.size());
    for (double p : ps)
        out.push_back(quantileSorted(sorted, p));
    return out;
}

double median(std::span<const double> values)
{
    std::vector<double> copy(values.begin(), values.end());
    return medianInPlace(copy);
}

double medianInPlace(std::span<double> values)
{
    if (values.empty())
        return kNaN;
    // nth_element instead of a full sort: the median is asked for far more often than other quantiles.
    const std::size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid), values.end());
    const double upper = values[mid];
    if (values.size() % 2 == 1)
        return upper;
    const double lower = *std::max_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid));
    return lower + (upper - lower) / 2;
}

namespace {
/// Doubles as unsigned keys in the same order (negative values flipped), so a bisection on keys is one on values.
std::uint64_t orderedKey(double v)
{
    const auto bits = std::bit_cast<std::uint64_t>(v);
    return bits >> 63 ? ~bits : bits | (std::uint64_t{1} << 63);
}

double valueOfKey(std::uint64_t key)
{
    return std::bit_cast<double>(key >> 63 ? key & ~(std::uint64_t{1} << 63) : ~key);
}

/// The k-th smallest (from 0) of the parts taken together: the smallest value with more than k values at or below.
double kthOfSortedParts(std::span<const std::span<const double>> parts, std::size_t k)
{
    std::uint64_t lo = std::numeric_limits<std::uint64_t>::max(), hi = 0;
    for (const auto &part : parts)
        if (!part.empty()) {
            lo = std::min(lo, orderedKey(part.front()));
            hi = std::max(hi, orderedKey(part.back()));
        }
    const auto atOrBelow = [&parts](double v) {
        std::size_t n = 0;
        for (const auto &part : parts)
            n += static_cast<std::size_t>(std::upper_bound(part.begin(), part.end(), v) - part.begin());
        return n;
    };
    while (lo < hi) {
        const std::uint64_t mid = lo + (hi - lo) / 2;
        if (atOrBelow(valueOfKey(mid)) > k)
            hi = mid;
        else
            lo = mid + 1;
    }
    return valueOfKey(lo);
}
} // namespace

double medianOfSortedParts(std::span<const std::span<const double>> parts)
{
    std::size_t n = 0;
    for (const auto &part : parts)
        n += part.size();
    if (n == 0)
        return kNaN;
    const double upper = kthOfSortedParts(parts, n / 2);
    if (n % 2 == 1)
        return upper;
    const double lower = kthOfSortedParts(parts, n / 2 - 1);
    return lower + (upper - lower) / 2;
}

double medianAbsoluteDeviation(std::span<const double> values)
{
    if (values.empty())
        return kNaN;
    const double m = median(values);
    std::vector<double> deviations;
    deviations.reserve(values.size());
    for (double v : values)
        deviations.push_back(std::abs(v - m));
    return median(deviations);
}

double coefficientOfVariation(std::span<const double> values)
{
    return stddev(values) / mean(values);
}

Summary summarize(std::span<const double> values)
{
    Summary s;
    s.count = values.size();
    if (values.empty()) {
        s.mean = s.median = s.min = s.max = s.p90 = s.p95 = s.p99 = s.stddev = s.mad = s.cv = kNaN;
        return s;
    }
    const auto sorted = sortedCopy(values);
    s.mean = mean(sorted);
    s.median = quantileSorted(sorted, 0.5);
    s.min = sorted.front();
    s.max = sorted.back();
    s.p90 = quantileSorted(sorted, 0.90);
    s.p95 = quantileSorted(sorted, 0.95);
    s.p99 = quantileSorted(sorted, 0.99);
    s.stddev = stddev(sorted);
    s.cv = s.stddev / s.mean;
    // Deviations from the median of sorted data are two sorted runs (falling left of the median, rising
    // right of it): merged in O(n), their median is read off directly instead of selected.
    const auto split =
        static_cast<std::size_t>(std::lower_bound(sorted.begin(), sorted.end(), s.median) - sorted.begin());
    std::vector<double> left, right, deviations(sorted.size());
    left.reserve(split);
    for (std::size_t i = split; i-- > 0;)
        left.push_back(s.median - sorted[i]);
    right.reserve(sorted.size() - split);
    for (std::size_t i = split; i < sorted.size(); ++i)
        right.push_back(sorted[i] - s.median);
    std::merge(left.begin(), left.end(), right.begin(), right.end(), deviations.begin());
    s.mad = quantileSorted(deviations, 0.5);
    return s;
}

} // namespace inferscope::analysis
