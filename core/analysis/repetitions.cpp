#include "core/analysis/repetitions.h"

#include "core/analysis/random.h"
#include "core/analysis/resampled_median.h"

#include <boost/math/distributions/students_t.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace inferscope::analysis {
namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr std::size_t kExactSplitLimit = 200000;
constexpr std::size_t kMonteCarloSplits = 20000;
/// Two-level resamples: they estimate a standard error, not tail quantiles, so a few hundred suffice (the
/// relative error of a standard error from B resamples is about 1 / sqrt(2 B): 3% at 500); more only cost time
/// (a bundle of 50 cells x 10 runs opened 2x slower with 2 000).
constexpr int kMaxTwoLevelResamples = 500;

double variance(const std::vector<double> &values)
{
    if (values.size() < 2)
        return 0;
    const double mean = std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
    double sum = 0;
    for (double v : values)
        sum += (v - mean) * (v - mean);
    return sum / static_cast<double>(values.size() - 1);
}

/// A cell's runs ready to resample: one ResampledMedian per run with samples, on the log scale where every
/// sample is positive.
struct Cell {
    std::vector<ResampledMedian> runs;
    std::vector<double> medians; ///< each run's sample median, on the cell's scale
    bool logScale = true;
    double estimate = kNaN;  ///< mean of `medians` (on the cell's scale)
    double bootVariance = 0; ///< of the two-level statistic, scaled by r / (r - 1)
    VarianceComponents components{kNaN, kNaN, kNaN};

    double toScale(double v) const { return logScale ? std::log(v) : v; }
    double fromScale(double v) const { return logScale ? std::exp(v) : v; }
};

Cell prepare(const std::vector<RunSamples> &samples, bool allowLog = true)
{
    Cell cell;
    cell.logScale = allowLog;
    for (const RunSamples &s : samples) {
        if (s.empty())
            continue;
        if (*std::min_element(s.begin(), s.end()) <= 0)
            cell.logScale = false;
        cell.runs.emplace_back(s);
    }
    for (const auto &run : cell.runs)
        cell.medians.push_back(cell.toScale(run.sampleMedian()));
    if (!cell.medians.empty())
        cell.estimate =
            std::accumulate(cell.medians.begin(), cell.medians.end(), 0.0) / static_cast<double>(cell.medians.size());
    return cell;
}

/// The two-level bootstrap: r runs drawn with replacement, each drawn run's median resampled from its own
/// samples; the variance of the mean over resamples, scaled by r / (r - 1) (a resample of r values has
/// (r - 1) / r of their variance).
void resampleBothLevels(Cell &cell, const BootstrapOptions &options, std::uint64_t seed)
{
    const std::size_t r = cell.runs.size();
    SeededRandom random(seed);
    std::vector<double> statistics(static_cast<std::size_t>(std::min(options.resamples, kMaxTwoLevelResamples)));
    for (double &t : statistics) {
        double sum = 0;
        for (std::size_t i = 0; i < r; ++i)
            sum += cell.toScale(cell.runs[random.below(r)].draw(random));
        t = sum / static_cast<double>(r);
    }
    cell.bootVariance = variance(statistics) * static_cast<double>(r) / static_cast<double>(r - 1);

    // Variance components: the within part from each run's distribution-free 95% interval of its median (the
    // binomial order statistics n/2 -+ 0.98 sqrt(n), width / (2 x 1.96): O(1) on sorted samples), the total
    // from the medians' spread.
    double within = 0;
    for (const auto &run : cell.runs) {
        const double se = run.medianStandardError(cell.logScale);
        within += se * se;
    }
    within /= static_cast<double>(r);
    const double total = variance(cell.medians);
    const double between = std::max(0.0, total - within);
    cell.components = {between, within, between + within > 0 ? between / (between + within) : kNaN};
}

void checkOptions(const BootstrapOptions &options)
{
    if (options.resamples < 2)
        throw std::invalid_argument("a two-level bootstrap needs at least two resamples");
    if (!(options.level > 0.0 && options.level < 1.0))
        throw std::invalid_argument("confidence level must lie in (0, 1)");
}

std::vector<double> flatten(const std::vector<RunSamples> &runs)
{
    std::vector<double> all;
    for (const RunSamples &s : runs)
        all.insert(all.end(), s.begin(), s.end());
    return all;
}

double welchDegrees(double va, std::size_t ra, double vb, std::size_t rb)
{
    const double num = (va + vb) * (va + vb);
    const double den = va * va / static_cast<double>(ra - 1) + vb * vb / static_cast<double>(rb - 1);
    return den > 0 ? num / den : static_cast<double>(ra + rb - 2);
}
} // namespace

double studentQuantile(double degreesOfFreedom, double level)
{
    if (!(degreesOfFreedom > 0))
        return kNaN;
    const boost::math::students_t t(degreesOfFreedom);
    return boost::math::quantile(t, 0.5 + level / 2);
}

double repetitionMedian(const std::vector<RunSamples> &runs)
{
    const Cell cell = prepare(runs);
    return cell.runs.empty() ? kNaN : cell.fromScale(cell.estimate);
}

RepetitionInterval repetitionMedianCi(const std::vector<RunSamples> &runs, const BootstrapOptions &options)
{
    checkOptions(options);
    Cell cell = prepare(runs);
    RepetitionInterval out;
    out.repetitions = cell.runs.size();
    out.logScale = cell.logScale;
    out.variance = cell.components;
    if (cell.runs.empty()) {
        out.ci = {kNaN, kNaN, kNaN, options.level};
        return out;
    }
    if (cell.runs.size() == 1) {
        out.withinRunOnly = true;
        out.ci = bootstrapMedianCi(flatten(runs), options); // the one run with samples
        return out;
    }
    resampleBothLevels(cell, options, options.seed);
    out.variance = cell.components;
    out.standardError = std::sqrt(cell.bootVariance);
    out.degreesOfFreedom = static_cast<double>(cell.runs.size() - 1);
    const double half = studentQuantile(out.degreesOfFreedom, options.level) * out.standardError;
    out.ci = {cell.fromScale(cell.estimate), cell.fromScale(cell.estimate - half), cell.fromScale(cell.estimate + half),
              options.level};
    return out;
}

RepetitionInterval repetitionRatioCi(const std::vector<RunSamples> &numerator,
                                     const std::vector<RunSamples> &denominator, const BootstrapOptions &options)
{
    checkOptions(options);
    Cell top = prepare(numerator), bottom = prepare(denominator);
    RepetitionInterval out;
    out.variance = {kNaN, kNaN, kNaN};
    out.repetitions = std::min(top.runs.size(), bottom.runs.size());
    if (top.runs.empty() || bottom.runs.empty()) {
        out.ci = {kNaN, kNaN, kNaN, options.level};
        return out;
    }
    if (top.runs.size() < 2 || bottom.runs.size() < 2) {
        out.withinRunOnly = true;
        const std::vector<double> a = flatten(numerator), b = flatten(denominator);
        out.ci = bootstrapMedianRatioCi(a, b, options);
        return out;
    }
    // A ratio is a difference of logs; a cell with a sample <= 0 has no log, so both go linear and the
    // interval comes from the delta method on the quotient of means.
    if (!top.logScale || !bottom.logScale) {
        top = prepare(numerator, false);
        bottom = prepare(denominator, false);
    }
    resampleBothLevels(top, options, options.seed);
    resampleBothLevels(bottom, options, options.seed ^ 0x9e3779b97f4a7c15ull);
    double va = top.bootVariance, vb = bottom.bootVariance, centre = top.estimate - bottom.estimate;
    out.logScale = top.logScale;
    if (!out.logScale) {
        // Delta method: var(a / b) / (a / b)^2 ~ var(a) / a^2 + var(b) / b^2, on the log of the ratio.
        va /= top.estimate * top.estimate;
        vb /= bottom.estimate * bottom.estimate;
        centre = std::log(top.estimate / bottom.estimate);
    }
    out.standardError = std::sqrt(va + vb);
    out.degreesOfFreedom = welchDegrees(va, top.runs.size(), vb, bottom.runs.size());
    const double half = studentQuantile(out.degreesOfFreedom, options.level) * out.standardError;
    out.ci = {std::exp(centre), std::exp(centre - half), std::exp(centre + half), options.level};
    return out;
}

double repetitionRatioP(const RepetitionInterval &ratio)
{
    if (ratio.withinRunOnly || !std::isfinite(ratio.ci.estimate) || ratio.ci.estimate <= 0)
        return kNaN;
    const double centre = std::log(ratio.ci.estimate);
    if (ratio.standardError <= 0)
        return centre == 0 ? 1.0 : 0.0;
    const boost::math::students_t t(ratio.degreesOfFreedom);
    return 2 * boost::math::cdf(boost::math::complement(t, std::abs(centre) / ratio.standardError));
}

double permutationP(std::span<const double> medians, std::span<const double> otherMedians, std::uint64_t seed)
{
    if (medians.empty() || otherMedians.empty())
        return kNaN;
    std::vector<double> all;
    bool positive = true;
    for (auto part : {medians, otherMedians})
        for (double v : part)
            positive = positive && v > 0;
    for (auto part : {medians, otherMedians})
        for (double v : part)
            all.push_back(positive ? std::log(v) : v);
    const std::size_t na = medians.size(), n = all.size();
    const double total = std::accumulate(all.begin(), all.end(), 0.0);
    const auto statistic = [&](double sumA) {
        return std::abs(sumA / static_cast<double>(na) - (total - sumA) / static_cast<double>(n - na));
    };
    const double observed = statistic(std::accumulate(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(na), 0.0));
    const double tolerance = 1e-12 * std::max(1.0, std::abs(observed));

    // Number of splits: C(n, na), stopping once it passes the exact limit.
    double splits = 1;
    for (std::size_t k = 1; k <= na && splits <= static_cast<double>(kExactSplitLimit); ++k)
        splits = splits * static_cast<double>(n - na + k) / static_cast<double>(k);
    std::size_t atLeast = 0, tried = 0;
    if (splits <= static_cast<double>(kExactSplitLimit)) {
        std::vector<bool> inA(n, false);
        std::fill(inA.begin(), inA.begin() + static_cast<std::ptrdiff_t>(na), true);
        // prev_permutation over a descending-sorted mask visits every na-subset once.
        do {
            double sum = 0;
            for (std::size_t i = 0; i < n; ++i)
                if (inA[i])
                    sum += all[i];
            atLeast += statistic(sum) >= observed - tolerance;
            ++tried;
        } while (std::prev_permutation(inA.begin(), inA.end()));
        return static_cast<double>(atLeast) / static_cast<double>(tried);
    }
    SeededRandom random(seed);
    std::vector<double> shuffled(all);
    for (std::size_t s = 0; s < kMonteCarloSplits; ++s) {
        for (std::size_t i = 0; i < na; ++i) // a partial Fisher-Yates: the first na are a uniform subset
            std::swap(shuffled[i], shuffled[i + random.below(n - i)]);
        atLeast += statistic(std::accumulate(shuffled.begin(), shuffled.begin() + static_cast<std::ptrdiff_t>(na),
                                             0.0)) >= observed - tolerance;
    }
    return static_cast<double>(atLeast + 1) / static_cast<double>(kMonteCarloSplits + 1);
}

int repetitionsForHalfWidth(const std::vector<RunSamples> &runs, double halfWidth, int cap)
{
    return repetitionsForHalfWidth(repetitionMedianCi(runs), halfWidth, cap);
}

int repetitionsForHalfWidth(const RepetitionInterval &now, double halfWidth, int cap)
{
    if (now.repetitions < 2 || now.withinRunOnly || !(halfWidth > 0))
        return 0;
    // The standard error shrinks as 1 / sqrt(r) at the same samples per run; the half-width on the log scale
    // must stay within log(1 + halfWidth) (linear scale: halfWidth of the estimate).
    const double perRun = now.standardError * now.standardError * static_cast<double>(now.repetitions);
    const double target = now.logScale ? std::log1p(halfWidth) : halfWidth * now.ci.estimate;
    for (int r = 2; r <= cap; ++r)
        if (studentQuantile(r - 1, 0.95) * std::sqrt(perRun / r) <= target)
            return r;
    return cap;
}

} // namespace inferscope::analysis
