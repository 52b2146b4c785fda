#include "core/analysis/bootstrap.h"
#include "core/analysis/descriptive.h"
#include "core/analysis/mann_whitney.h"
#include "core/analysis/random.h"
#include "core/analysis/resampled_median.h"
#include "fixtures.h"

#include <cmath>
#include <gtest/gtest.h>
#include <map>
#include <random>

using namespace inferscope::analysis;
using inferscope::tests::analysisFixtures;
using inferscope::tests::toVector;

TEST(MannWhitney, MatchesSciPyAsymptoticWithTiesAndContinuity)
{
    for (const auto &c : analysisFixtures()["mann_whitney"]) {
        const auto x = toVector(c["x"]);
        const auto y = toVector(c["y"]);
        const std::string alt = c["alternative"];
        const Alternative a = alt == "greater" ? Alternative::Greater
                              : alt == "less"  ? Alternative::Less
                                               : Alternative::TwoSided;
        const auto r = mannWhitneyU(x, y, a);
        const std::string what = std::string(c["name"]) + " " + alt;
        EXPECT_DOUBLE_EQ(c["u1"].get<double>(), r.u1) << what;
        EXPECT_NEAR(c["p"].get<double>(), r.pValue, 1e-12) << what;
        EXPECT_DOUBLE_EQ(x.size() * y.size() - r.u1, r.u2) << what;
    }
}

TEST(MannWhitney, DetectsASlowerConfigurationAndOnlyThatDirection)
{
    std::mt19937_64 engine(3);
    std::lognormal_distribution<double> fast(std::log(30.0), 0.05), slow(std::log(33.0), 0.05);
    std::vector<double> a, b;
    for (int i = 0; i < 200; ++i) {
        a.push_back(slow(engine));
        b.push_back(fast(engine));
    }
    EXPECT_LT(mannWhitneyU(a, b, Alternative::Greater).pValue, 1e-6);
    EXPECT_GT(mannWhitneyU(a, b, Alternative::Less).pValue, 0.99);
    EXPECT_GT(mannWhitneyU(a, b).effect, 0.8);
}

TEST(MannWhitney, AllTiedAndEmptyInputs)
{
    const std::vector<double> same(10, 4.0);
    EXPECT_DOUBLE_EQ(1.0, mannWhitneyU(same, same).pValue);
    EXPECT_THROW(mannWhitneyU({}, same), std::invalid_argument);
}

TEST(SeededRandom, BoundedDrawsAreUniformAndReproducible)
{
    SeededRandom r1(42), r2(42);
    std::vector<int> counts(7, 0);
    for (int i = 0; i < 70000; ++i) {
        const auto v = r1.below(7);
        ASSERT_EQ(v, r2.below(7));
        ASSERT_LT(v, 7u);
        ++counts[v];
    }
    for (int c : counts)
        EXPECT_NEAR(10000, c, 400); // > 4 sigma of a binomial(70000, 1/7)
}

TEST(Bootstrap, MedianCiAgreesWithSciPyPercentileBootstrap)
{
    const auto &f = analysisFixtures()["bootstrap_median"];
    const auto x = toVector(f["values"]);
    const auto ci = bootstrapMedianCi(x, {.resamples = 20000, .level = 0.95, .seed = 11});
    // Different random streams: the ends may differ by a few order statistics of the sample.
    const double spread = quantile(x, 0.75) - quantile(x, 0.25);
    EXPECT_NEAR(f["low"].get<double>(), ci.low, 0.05 * spread);
    EXPECT_NEAR(f["high"].get<double>(), ci.high, 0.05 * spread);
    EXPECT_DOUBLE_EQ(median(x), ci.estimate);
    EXPECT_TRUE(ci.contains(ci.estimate));
}

TEST(Bootstrap, RatioCiAgreesWithSciPy)
{
    const auto &f = analysisFixtures()["bootstrap_ratio"];
    const auto a = toVector(f["numerator"]);
    const auto b = toVector(f["denominator"]);
    const auto ci = bootstrapMedianRatioCi(a, b, {.resamples = 20000, .level = 0.95, .seed = 5});
    EXPECT_NEAR(f["low"].get<double>(), ci.low, 0.01);
    EXPECT_NEAR(f["high"].get<double>(), ci.high, 0.01);
    EXPECT_DOUBLE_EQ(median(a) / median(b), ci.estimate);
}

TEST(Bootstrap, SameSeedSameIntervalOtherSeedOtherInterval)
{
    const auto x = toVector(analysisFixtures()["descriptive"]["latency"]["values"]);
    const auto a = bootstrapMedianCi(x, {.seed = 1});
    const auto b = bootstrapMedianCi(x, {.seed = 1});
    const auto c = bootstrapMedianCi(x, {.seed = 2});
    EXPECT_EQ(a.low, b.low);
    EXPECT_EQ(a.high, b.high);
    EXPECT_TRUE(a.low != c.low || a.high != c.high);
}

TEST(Bootstrap, CoversTheTrueMedianAboutNinetyFivePercentOfTheTime)
{
    // 400 simulated experiments with a fixed seed: deterministic, so not flaky, and a wrong
    // quantile index or a resampling bug moves the coverage far from 0.95.
    std::mt19937_64 engine(99);
    std::exponential_distribution<double> latency(1.0); // true median ln 2
    int covered = 0;
    const int experiments = 400;
    for (int e = 0; e < experiments; ++e) {
        std::vector<double> x(101);
        for (double &v : x)
            v = latency(engine);
        covered +=
            bootstrapMedianCi(x, {.resamples = 1000, .seed = static_cast<std::uint64_t>(e)}).contains(std::log(2.0));
    }
    EXPECT_GT(covered, experiments * 0.90);
    EXPECT_LT(covered, experiments * 0.99);
}

TEST(Bootstrap, DegenerateInputs)
{
    EXPECT_TRUE(std::isnan(bootstrapMedianCi({}).low));
    const std::vector<double> one{3.0};
    const auto ci = bootstrapMedianCi(one);
    EXPECT_DOUBLE_EQ(3.0, ci.low);
    EXPECT_DOUBLE_EQ(3.0, ci.high);
    EXPECT_THROW(bootstrapMedianCi(one, {.resamples = 0}), std::invalid_argument);
    EXPECT_THROW(bootstrapMedianCi(one, {.level = 1.0}), std::invalid_argument);
}

namespace {
/// The textbook bootstrap the fast one must match: copy n values with replacement, take their median.
ConfidenceInterval naiveBootstrap(std::span<const double> a, std::span<const double> b, int resamples,
                                  std::uint64_t seed)
{
    std::mt19937_64 engine(seed);
    auto resampledMedian = [&](std::span<const double> x) {
        std::uniform_int_distribution<std::size_t> pick(0, x.size() - 1);
        std::vector<double> r(x.size());
        for (double &v : r)
            v = x[pick(engine)];
        return median(r);
    };
    std::vector<double> stats(static_cast<std::size_t>(resamples));
    for (double &s : stats)
        s = b.empty() ? resampledMedian(a) : resampledMedian(a) / resampledMedian(b);
    std::sort(stats.begin(), stats.end());
    return {0, quantileSorted(stats, 0.025), quantileSorted(stats, 0.975), 0.95};
}
} // namespace

TEST(Bootstrap, DrawsResampledMediansInConstantTimeWithTheSameDistributionAsResampling)
{
    // Odd and even n (the two middle ranks part somewhere in the descent), a sample with heavy ties
    // (timer resolution), and a ratio: the fast intervals must match naive resampling within Monte-Carlo
    // error (a few percent of the interval's width at 4 000 resamples; a wrong split share or a
    // mis-handled middle pair moves an end by a whole width).
    std::mt19937_64 engine(3);
    std::lognormal_distribution<double> latency(std::log(30.0), 0.1);
    for (std::size_t n : {1001U, 1000U, 30U, 31U}) {
        std::vector<double> x(n), tied(n), y(n);
        for (std::size_t i = 0; i < n; ++i) {
            x[i] = latency(engine);
            tied[i] = std::round(x[i]); // a handful of distinct values
            y[i] = 1.5 * latency(engine);
        }
        for (const auto *sample : {&x, &tied}) {
            const auto fast = bootstrapMedianCi(*sample, {.resamples = 4000});
            const auto naive = naiveBootstrap(*sample, {}, 4000, 11);
            const double width = std::max(naive.high - naive.low, 1e-9);
            EXPECT_NEAR(naive.low, fast.low, 0.15 * width + (sample == &tied ? 1.0 : 0.0)) << "n=" << n;
            EXPECT_NEAR(naive.high, fast.high, 0.15 * width + (sample == &tied ? 1.0 : 0.0)) << "n=" << n;
            EXPECT_LE(fast.low, fast.estimate);
            EXPECT_GE(fast.high, fast.estimate);
        }
        const auto fastRatio = bootstrapMedianRatioCi(y, x, {.resamples = 4000});
        const auto naiveRatio = naiveBootstrap(y, x, 4000, 12);
        const double ratioWidth = naiveRatio.high - naiveRatio.low;
        EXPECT_NEAR(naiveRatio.low, fastRatio.low, 0.15 * ratioWidth) << "n=" << n;
        EXPECT_NEAR(naiveRatio.high, fastRatio.high, 0.15 * ratioWidth) << "n=" << n;
    }
    // Seeded: the same seed gives the same interval, another seed a (slightly) different one.
    std::vector<double> x(5001);
    for (double &v : x)
        v = latency(engine);
    EXPECT_EQ(bootstrapMedianCi(x).low, bootstrapMedianCi(x).low);
    EXPECT_NE(bootstrapMedianCi(x, {.seed = 1}).high, bootstrapMedianCi(x, {.seed = 2}).high);
}

TEST(Bootstrap, ResampledMediansHaveExactlyTheDistributionOfEveryPossibleResample)
{
    // n = 6 and 7: every one of the n^n resamples enumerated gives the exact distribution of the resample
    // median; 400 000 drawn medians must match each value's probability within 5 standard errors. A split
    // share off by half a rank, or the even median's two middle ranks mishandled, fails this.
    for (std::size_t n : {6U, 7U}) {
        std::vector<double> values(n);
        for (std::size_t i = 0; i < n; ++i)
            values[i] = static_cast<double>((i * 5) % n) + 1.0; // distinct, shuffled
        std::map<double, double> exact;
        std::vector<std::size_t> pick(n, 0);
        std::size_t total = 1;
        for (std::size_t i = 0; i < n; ++i)
            total *= n;
        std::vector<double> resample(n);
        for (std::size_t r = 0; r < total; ++r) {
            std::size_t code = r;
            for (std::size_t i = 0; i < n; ++i, code /= n)
                resample[i] = values[code % n];
            exact[median(resample)] += 1.0 / static_cast<double>(total);
        }
        const std::size_t draws = 400'000;
        std::map<double, double> seen;
        for (double m : resampledMedians(values, draws, 5))
            seen[m] += 1.0;
        for (const auto &[value, count] : seen)
            EXPECT_TRUE(exact.count(value)) << "n=" << n << ": a median no resample has: " << value;
        for (const auto &[value, p] : exact) {
            const double se = std::sqrt(p * (1 - p) / static_cast<double>(draws));
            EXPECT_NEAR(p, seen[value] / static_cast<double>(draws), 5 * se + 1e-12)
                << "n=" << n << " median " << value;
        }
    }
}

namespace {
/// P(Binomial(n, p) >= k), summed in long double from log-probabilities.
double binomialTail(std::size_t n, double p, std::size_t k)
{
    if (p >= 1)
        return 1;
    long double sum = 0;
    for (std::size_t i = k; i <= n; ++i) {
        const long double logTerm = std::lgamma(static_cast<long double>(n) + 1) -
                                    std::lgamma(static_cast<long double>(i) + 1) -
                                    std::lgamma(static_cast<long double>(n - i) + 1) +
                                    static_cast<long double>(i) * std::log(static_cast<long double>(p)) +
                                    static_cast<long double>(n - i) * std::log1p(-static_cast<long double>(p));
        sum += std::exp(logTerm);
    }
    return static_cast<double>(sum);
}
} // namespace

TEST(Bootstrap, TheRankTableIsTheBinomialLawOfTheResampleMedian)
{
    // The lower middle rank R of a resample: P(R <= j) = P(at least k of n uniform draws from 1..n are <= j),
    // a binomial tail. Odd and even n, below and above the sizes where the table changes its quadrature, and
    // a bundle run's size; the table leaves out only mass a 53-bit uniform cannot resolve.
    for (std::size_t n : {2U, 7U, 32U, 33U, 101U, 600U, 601U, 2000U, 4001U, 5001U}) {
        const auto table = rankTableFor(n);
        ASSERT_EQ(n, table->n);
        const std::size_t k = n % 2 == 1 ? (n + 1) / 2 : n / 2;
        ASSERT_EQ(k, table->k);
        EXPECT_EQ(1.0, table->cdf.back());
        EXPECT_LT(binomialTail(n, static_cast<double>(table->first - 1) / static_cast<double>(n), k), 1e-17)
            << "n=" << n;
        double worst = 0;
        for (std::size_t i = 0; i < table->cdf.size(); ++i) {
            const std::size_t j = table->first + i;
            worst = std::max(
                worst, std::abs(table->cdf[i] - binomialTail(n, static_cast<double>(j) / static_cast<double>(n), k)));
        }
        EXPECT_LT(worst, 1e-9) << "n=" << n;
        EXPECT_EQ(rankTableFor(n), table); // built once, shared
    }
    // Even n: the upper middle rank stays on j exactly when at least k + 1 draws are <= j, given that the
    // lower one is j; by the multinomial law of (draws < j, draws = j).
    for (std::size_t n : {6U, 40U, 120U}) {
        const auto table = rankTableFor(n);
        const std::size_t k = n / 2;
        const double nd = static_cast<double>(n);
        for (std::size_t i = 0; i < table->cdf.size(); ++i) {
            const std::size_t j = table->first + i;
            const double below = static_cast<double>(j - 1) / nd, at = 1.0 / nd;
            double both = 0, lower = 0; // P(R1 = j, R2 = j), P(R1 = j)
            for (std::size_t a = 0; a < k; ++a)
                for (std::size_t b = k - a; a + b <= n; ++b) {
                    const double logP = std::lgamma(nd + 1) - std::lgamma(a + 1.0) - std::lgamma(b + 1.0) -
                                        std::lgamma(nd - a - b + 1) + (a ? a * std::log(below) : 0.0) +
                                        b * std::log(at) + (n - a - b ? (nd - a - b) * std::log1p(-below - at) : 0.0);
                    const double p = std::exp(logP);
                    lower += p;
                    if (a + b >= k + 1)
                        both += p;
                }
            if (lower > 1e-12) {
                EXPECT_NEAR(both / lower, table->stay[i], 1e-9) << "n=" << n << " j=" << j;
            }
        }
    }
}

TEST(Bootstrap, TheIntervalIsTheType7QuantilesOfItsResampledMedians)
{
    // The interval's quantiles are selected (nth_element), not sorted: they must be exactly the type-7
    // quantiles of the sorted resampled medians, for odd and even n, several levels and few resamples.
    std::mt19937_64 engine(11);
    std::lognormal_distribution<double> d(3.0, 0.3);
    for (std::size_t n : {3U, 50U, 51U, 2000U}) {
        std::vector<double> values(n);
        for (double &x : values)
            x = std::round(d(engine) * 100) / 100;
        for (int resamples : {1, 7, 400, 2000})
            for (double level : {0.5, 0.8, 0.95, 0.99}) {
                const BootstrapOptions options{.resamples = resamples, .level = level, .seed = 21};
                auto medians = resampledMedians(values, static_cast<std::size_t>(resamples), options.seed);
                std::sort(medians.begin(), medians.end());
                auto type7 = [&](double p) {
                    const double h = static_cast<double>(medians.size() - 1) * p;
                    const auto lo = static_cast<std::size_t>(std::floor(h));
                    return lo + 1 < medians.size()
                               ? medians[lo] + (h - static_cast<double>(lo)) * (medians[lo + 1] - medians[lo])
                               : medians[lo];
                };
                const auto ci = bootstrapMedianCi(values, options);
                EXPECT_EQ(type7((1 - level) / 2), ci.low) << "n=" << n << " B=" << resamples << " level=" << level;
                EXPECT_EQ(type7((1 + level) / 2), ci.high) << "n=" << n << " B=" << resamples << " level=" << level;
            }
    }
}

TEST(Bootstrap, LargeSamplesKeepTheirCoverage)
{
    // 200 fresh samples of 20 001 values with a known median (30): the interval must cover it about 95%
    // of the time (190 expected; 180 is far below any chance shortfall).
    std::mt19937_64 engine(4);
    std::lognormal_distribution<double> latency(std::log(30.0), 0.1);
    std::vector<double> big(20001);
    int covered = 0;
    for (int trial = 0; trial < 200; ++trial) {
        for (double &v : big)
            v = latency(engine);
        covered += bootstrapMedianCi(big, {.resamples = 1000, .seed = static_cast<std::uint64_t>(trial)}).contains(30.0)
                       ? 1
                       : 0;
    }
    EXPECT_GE(covered, 180);
    EXPECT_LE(covered, 200);
}
