#include "core/analysis/descriptive.h"
#include "fixtures.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <random>
#include <span>

using namespace inferscope::analysis;
using inferscope::tests::analysisFixtures;
using inferscope::tests::toVector;

namespace {
void expectNear(double expected, double actual, const std::string &what)
{
    EXPECT_NEAR(expected, actual, 1e-9 * std::max(1.0, std::abs(expected))) << what;
}
} // namespace

TEST(Descriptive, MatchesNumPyAndSciPyOnEveryFixture)
{
    for (const auto &[name, f] : analysisFixtures()["descriptive"].items()) {
        const auto values = toVector(f["values"]);
        expectNear(f["mean"], mean(values), name + " mean");
        expectNear(f["median"], median(values), name + " median");
        expectNear(f["mad"], medianAbsoluteDeviation(values), name + " mad");
        for (const auto &[p, q] : f["q"].items())
            expectNear(q, quantile(values, std::stod(p)), name + " q" + p);
        if (!f["stddev"].is_null()) {
            expectNear(f["stddev"], stddev(values), name + " stddev");
            expectNear(f["cv"], coefficientOfVariation(values), name + " cv");
        }
        const Summary s = summarize(values);
        expectNear(f["median"], s.median, name + " summary median");
        expectNear(f["q"]["0.95"], s.p95, name + " summary p95");
        expectNear(f["q"]["0.99"], s.p99, name + " summary p99");
        expectNear(f["mad"], s.mad, name + " summary mad");
        expectNear(f["q"]["0.0"], s.min, name + " summary min");
        expectNear(f["q"]["1.0"], s.max, name + " summary max");
        EXPECT_EQ(values.size(), s.count);
    }
}

TEST(Descriptive, HandWorkedType7Quantiles)
{
    const std::vector<double> v{10, 20, 30, 40};
    EXPECT_DOUBLE_EQ(25.0, median(v));
    EXPECT_DOUBLE_EQ(17.5, quantile(v, 0.25)); // h = 0.75 -> 10 + 0.75 * 10
    EXPECT_DOUBLE_EQ(10.0, quantile(v, 0.0));
    EXPECT_DOUBLE_EQ(40.0, quantile(v, 1.0));
    EXPECT_THROW(quantile(v, 1.5), std::invalid_argument);
}

TEST(Descriptive, EmptyAndSingleSamplesGiveNaNNotGarbage)
{
    const std::vector<double> none;
    EXPECT_TRUE(std::isnan(mean(none)));
    EXPECT_TRUE(std::isnan(median(none)));
    EXPECT_TRUE(std::isnan(summarize(none).p95));
    const std::vector<double> one{7.5};
    EXPECT_DOUBLE_EQ(7.5, median(one));
    EXPECT_TRUE(std::isnan(stddev(one)));
    EXPECT_EQ(1u, summarize(one).count);
}

TEST(Descriptive, MeanKeepsPrecisionOverAMillionSamples)
{
    // 1e6 samples of 0.1 ms each offset by a large constant: a naive sum drifts in the last digits.
    std::vector<double> v(1'000'000, 1e6 + 0.1);
    EXPECT_NEAR(1e6 + 0.1, mean(v), 1e-9);
}

TEST(Descriptive, TheMedianOfSortedPartsIsTheMedianOfThemMergedWithoutMergingThem)
{
    std::mt19937_64 engine(7);
    std::uniform_real_distribution<double> value(-50.0, 50.0);
    for (int trial = 0; trial < 200; ++trial) {
        std::vector<std::vector<double>> parts(1 + trial % 6);
        std::vector<double> all;
        for (auto &part : parts) {
            part.resize(static_cast<std::size_t>(engine() % 9)); // empty parts too
            for (double &v : part)
                v = trial % 3 == 0 ? std::round(value(engine)) : value(engine); // ties in every third trial
            std::sort(part.begin(), part.end());
            all.insert(all.end(), part.begin(), part.end());
        }
        std::vector<std::span<const double>> spans(parts.begin(), parts.end());
        const double got = inferscope::analysis::medianOfSortedParts(spans);
        if (all.empty())
            EXPECT_TRUE(std::isnan(got));
        else
            EXPECT_EQ(inferscope::analysis::median(all), got) << "trial " << trial << ", " << all.size() << " values";
    }
}
