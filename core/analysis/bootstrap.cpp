#include "core/analysis/bootstrap.h"

#include "core/analysis/descriptive.h"
#include "core/analysis/random.h"

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <vector>

namespace inferscope::analysis {
namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Draws medians of bootstrap resamples of a fixed sample.
///
/// A resample only matters through how often it picked each element, so instead of copying and
/// partially sorting n values per resample we count picks per rank of the once-sorted sample and walk
/// the counts to the middle rank(s): O(n) per resample with no allocation or copy. The random draws
/// dominate: bench/analysis_bench measures ~12 ms for 2 000 resamples of 1 000 samples and ~17 s for
/// 1 M samples on the 2-core development machine.
class ResampledMedian {
public:
    explicit ResampledMedian(std::span<const double> values)
        : m_sorted(values.begin(), values.end()), m_counts(values.size())
    {
        std::sort(m_sorted.begin(), m_sorted.end());
    }

    double draw(SeededRandom &random)
    {
        const std::size_t n = m_sorted.size();
        std::fill(m_counts.begin(), m_counts.end(), 0u);
        for (std::size_t i = 0; i < n; ++i)
            ++m_counts[random.below(n)];
        // 0-based ranks of the middle element(s) of the resample.
        const std::size_t upperRank = n / 2;
        const std::size_t lowerRank = n % 2 == 1 ? upperRank : upperRank - 1;
        double lower = kNaN;
        bool lowerFound = false;
        std::size_t seen = 0;
        for (std::size_t i = 0; i < n; ++i) {
            seen += m_counts[i];
            if (!lowerFound && seen > lowerRank) {
                lower = m_sorted[i];
                lowerFound = true;
            }
            if (seen > upperRank)
                return lower + (m_sorted[i] - lower) / 2;
        }
        return lower; // unreachable: the counts add up to n
    }

private:
    std::vector<double> m_sorted;
    std::vector<std::uint32_t> m_counts;
};

void checkOptions(const BootstrapOptions &options)
{
    if (options.resamples < 1)
        throw std::invalid_argument("bootstrap needs at least one resample");
    if (!(options.level > 0.0 && options.level < 1.0))
        throw std::invalid_argument("confidence level must lie in (0, 1)");
}

ConfidenceInterval percentileInterval(double estimate, std::vector<double> &statistics, double level)
{
    std::sort(statistics.begin(), statistics.end());
    const double alpha = 1.0 - level;
    return {estimate, quantileSorted(statistics, alpha / 2), quantileSorted(statistics, 1.0 - alpha / 2), level};
}
} // namespace

ConfidenceInterval bootstrapMedianCi(std::span<const double> values, const BootstrapOptions &options)
{
    checkOptions(options);
    if (values.empty())
        return {kNaN, kNaN, kNaN, options.level};
    ResampledMedian resampler(values);
    SeededRandom random(options.seed);
    std::vector<double> medians(static_cast<std::size_t>(options.resamples));
    for (double &m : medians)
        m = resampler.draw(random);
    return percentileInterval(median(values), medians, options.level);
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
    return percentileInterval(median(numerator) / median(denominator), ratios, options.level);
}

} // namespace inferscope::analysis
