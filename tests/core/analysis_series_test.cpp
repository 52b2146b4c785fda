#include "core/analysis/cpu_time.h"
#include "core/analysis/downsample.h"
#include "core/analysis/generation.h"
#include "core/analysis/outliers.h"
#include "core/analysis/realtime_accuracy.h"
#include "core/analysis/steady_state.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <random>

using namespace inferscope::analysis;

namespace {
// A latency series like V8's wasm tier-up: `slowCount` samples around `slow` ms, then steady around `fast`.
std::vector<double> tierUpSeries(std::size_t slowCount, double slow, std::size_t fastCount, double fast,
                                 std::uint64_t seed)
{
    std::mt19937_64 engine(seed);
    std::normal_distribution<double> noise(0.0, 0.03);
    std::vector<double> series;
    for (std::size_t i = 0; i < slowCount; ++i)
        series.push_back(slow * (1 + noise(engine)));
    for (std::size_t i = 0; i < fastCount; ++i)
        series.push_back(fast * (1 + noise(engine)));
    return series;
}
} // namespace

TEST(SteadyState, FindsAKnownTierUpStep)
{
    for (std::size_t step : {0u, 23u, 40u, 95u}) {
        const auto series = tierUpSeries(step, 55.0, 200, 30.0, step + 1);
        const auto s = detectSteadyState(series);
        EXPECT_TRUE(s.converged) << "step " << step;
        // MSER-5 truncates whole batches: the start is the step rounded to a batch edge.
        EXPECT_GE(s.start + 5, step) << "step " << step;
        EXPECT_LE(s.start, step + 5) << "step " << step;
    }
}

TEST(SteadyState, ASeriesSteadyFromTheStartKeepsItsSamples)
{
    // 20 stationary series (fixed seeds, so deterministic): MSER alone truncates some by chance; the
    // three-standard-error guard must keep nearly all of them whole.
    int whole = 0;
    for (std::uint64_t seed = 1; seed <= 20; ++seed)
        whole += detectSteadyState(tierUpSeries(0, 0, 300, 30.0, seed)).start == 0;
    EXPECT_GE(whole, 18);
}

TEST(SteadyState, IsolatedSpikesAfterTheStepDoNotMoveIt)
{
    // Found on the Results page: a 3x spike at sample 200 of 600 made plain MSER-5 (batch means)
    // report a warm-up of 215 samples for a 30-sample tier-up.
    auto series = tierUpSeries(30, 55.0, 570, 30.0, 7);
    series[200] *= 3;
    series[333] *= 4;
    series[334] *= 2.5;
    const auto s = detectSteadyState(series);
    EXPECT_TRUE(s.converged);
    EXPECT_GE(s.start, 25u);
    EXPECT_LE(s.start, 35u);
}

TEST(SteadyState, FindsAGradualWarmUpEnd)
{
    // Exponential decay from 3x to 1x (excess below the 1% noise from i ~ 40 on), then flat. MSER
    // errs on the side of cutting a little more than needed, never less: the start must be past the
    // visible transient and well before the end of the first half.
    std::mt19937_64 engine(17);
    std::normal_distribution<double> noise(0.0, 0.1);
    std::vector<double> series;
    for (int i = 0; i < 250; ++i)
        series.push_back(10.0 * (1.0 + 2.0 * std::exp(-i / 8.0)) + noise(engine));
    const auto s = detectSteadyState(series);
    EXPECT_TRUE(s.converged);
    EXPECT_GE(s.start, 20u);
    EXPECT_LE(s.start, 90u);
}

TEST(SteadyState, StillDriftingOrTooShortIsNotConverged)
{
    std::vector<double> drifting;
    for (int i = 0; i < 100; ++i)
        drifting.push_back(100.0 - i * 0.5);
    EXPECT_FALSE(detectSteadyState(drifting).converged);
    const std::vector<double> tooShort{1, 2, 3, 4, 5, 6, 7};
    EXPECT_FALSE(detectSteadyState(tooShort).converged);
    EXPECT_THROW(detectSteadyState(drifting, 0), std::invalid_argument);
}

TEST(Outliers, TukeyFlagsSpikesWithoutDroppingAnything)
{
    std::vector<double> v{10, 11, 10.5, 10.2, 9.8, 10.1, 10.4, 60, 10.3, 1};
    const auto r = flagOutliers(v);
    ASSERT_EQ(v.size(), r.flags.size());
    EXPECT_EQ(OutlierFlag::High, r.flags[7]);
    EXPECT_EQ(OutlierFlag::Low, r.flags[9]);
    EXPECT_EQ(1u, r.high);
    EXPECT_EQ(1u, r.low);
    EXPECT_EQ(8, std::count(r.flags.begin(), r.flags.end(), OutlierFlag::None));
}

TEST(Outliers, ModifiedZScoreResistsManySpikes)
{
    // 30% spikes inflate the IQR so Tukey's fences swallow them; the MAD rule still flags them.
    std::vector<double> v;
    for (int i = 0; i < 70; ++i)
        v.push_back(30.0 + (i % 5) * 0.1);
    for (int i = 0; i < 30; ++i)
        v.push_back(48.0 + (i % 3));
    const auto mad = flagOutliers(v, OutlierRule::ModifiedZScore);
    EXPECT_EQ(30u, mad.high);
    const auto tukey = flagOutliers(v, OutlierRule::TukeyFences);
    EXPECT_EQ(0u, tukey.high);
}

TEST(Outliers, ConstantSeriesFlagsNothing)
{
    const std::vector<double> v(50, 2.0);
    EXPECT_EQ(0u, flagOutliers(v, OutlierRule::ModifiedZScore).high);
    EXPECT_EQ(0u, flagOutliers(v).high);
    EXPECT_TRUE(flagOutliers({}).flags.empty());
}

TEST(Downsample, KeepsEverySpikeAndBothEnds)
{
    const std::size_t n = 100000;
    std::vector<double> xs(n), ys(n, 30.0);
    for (std::size_t i = 0; i < n; ++i)
        xs[i] = static_cast<double>(i);
    ys[12345] = 300.0; // one spike
    ys[77777] = 1.0;   // one dip
    const auto out = minMaxDownsample(xs, ys, 500);
    EXPECT_LE(out.size(), 2 * 500 + 2u);
    EXPECT_EQ((PlotPoint{0, 30}), out.front());
    EXPECT_EQ((PlotPoint{n - 1.0, 30}), out.back());
    EXPECT_NE(out.end(), std::find(out.begin(), out.end(), PlotPoint{12345, 300}));
    EXPECT_NE(out.end(), std::find(out.begin(), out.end(), PlotPoint{77777, 1}));
    EXPECT_TRUE(std::is_sorted(out.begin(), out.end(), [](auto a, auto b) { return a.x < b.x; }));
}

TEST(Downsample, MatchesMinAndMaxOfEachBucket)
{
    std::mt19937_64 engine(5);
    std::uniform_real_distribution<double> u(0, 1);
    std::vector<double> xs, ys;
    double t = 0;
    for (int i = 0; i < 10000; ++i) {
        t += u(engine); // irregular time steps, like a sampler under load
        xs.push_back(t);
        ys.push_back(u(engine));
    }
    const std::size_t buckets = 40;
    const auto out = minMaxDownsample(xs, ys, buckets);
    const double width = (xs.back() - xs.front()) / buckets;
    for (std::size_t b = 0; b < buckets; ++b) {
        const double lo = xs.front() + b * width, hi = b + 1 == buckets ? xs.back() + 1 : lo + width;
        double mn = 2, mx = -1, outMn = 2, outMx = -1;
        for (std::size_t i = 0; i < xs.size(); ++i)
            if (xs[i] >= lo && xs[i] < hi) {
                mn = std::min(mn, ys[i]);
                mx = std::max(mx, ys[i]);
            }
        for (const auto &p : out)
            if (p.x >= lo && p.x < hi) {
                outMn = std::min(outMn, p.y);
                outMx = std::max(outMx, p.y);
            }
        EXPECT_EQ(mn, outMn) << "bucket " << b;
        EXPECT_EQ(mx, outMx) << "bucket " << b;
    }
}

TEST(Downsample, ShortSeriesPassThroughAndBadInputThrows)
{
    const std::vector<double> xs{1, 2, 3}, ys{4, 5, 6};
    EXPECT_EQ(3u, minMaxDownsample(xs, ys, 10).size());
    EXPECT_THROW(minMaxDownsample(xs, std::vector<double>{1}, 10), std::invalid_argument);
    EXPECT_THROW(minMaxDownsample(xs, ys, 0), std::invalid_argument);
}

TEST(CpuTime, CumulativeCpuOverAWindowIsInterpolatedAndCountsOnlyRises)
{
    using inferscope::analysis::cpuOverWindow;
    using inferscope::analysis::interpolateAt;
    const std::vector<double> t{0, 100, 200, 300, 400};
    const std::vector<double> cpu{0, 50, 150, 250, 260}; // 0.5, 1, 1, 0.1 cores in each 100 ms
    EXPECT_DOUBLE_EQ(100.0, *interpolateAt(t, cpu, 150));
    EXPECT_FALSE(interpolateAt(t, cpu, 401).has_value());
    const auto w = cpuOverWindow(t, cpu, 150, 350);
    ASSERT_TRUE(w.has_value());
    EXPECT_DOUBLE_EQ(255.0 - 100.0, w->cpuMs);
    EXPECT_DOUBLE_EQ(155.0 / 200.0, w->coresBusy);
    // A process that ended takes its time with it: the fall is not negative CPU, the rises still count.
    const std::vector<double> fell{0, 100, 40, 90, 140};
    EXPECT_DOUBLE_EQ(100.0 + 50.0 + 50.0, cpuOverWindow(t, fell, 0, 400)->cpuMs);
    EXPECT_FALSE(cpuOverWindow(t, cpu, 300, 300).has_value());
    EXPECT_FALSE(cpuOverWindow(t, cpu, -1, 100).has_value());
}

TEST(RealtimeAccuracy, SkippedFramesShowTheLastCompletedResult)
{
    using inferscope::analysis::realtimeAccuracy;
    // Six frames 100 ms apart (10 fps), each inference 150 ms: frames 0, 2 and 4 are inferred; frame 1 arrives
    // before any result (no match), frame 3 shows frame 0's result, frame 5 frame 2's.
    const std::vector<double> ms(6, 150.0);
    const auto distinct = realtimeAccuracy({1, 2, 3, 4, 5, 6}, ms, {10.0, 5.0});
    ASSERT_EQ(2u, distinct.size());
    EXPECT_EQ(3, distinct[0].processed);
    EXPECT_DOUBLE_EQ(0.5, distinct[0].accuracy);
    EXPECT_EQ(6, distinct[1].processed); // 200 ms apart: never busy
    EXPECT_DOUBLE_EQ(1.0, distinct[1].accuracy);
    // The same class every frame: only the frame before the first result misses.
    EXPECT_DOUBLE_EQ(5.0 / 6.0, realtimeAccuracy({7, 7, 7, 7, 7, 7}, ms, {10.0})[0].accuracy);
    EXPECT_TRUE(realtimeAccuracy({}, {}, {10.0}).empty());
}

TEST(Generation, FirstDivergenceNamesThePositionAndIdenticalSequencesHaveNone)
{
    const std::vector<int> a{5, 9, 9, 2}, same{5, 9, 9, 2}, other{5, 9, 1, 2}, shorter{5, 9};
    EXPECT_EQ(-1, firstDivergence(a, same));
    EXPECT_EQ(2, firstDivergence(a, other));
    EXPECT_EQ(2, firstDivergence(a, shorter)); // agrees with the start, ends early: differs where it ends
    EXPECT_EQ(0, firstDivergence(std::vector<int>{}, a));
    EXPECT_EQ(-1, firstDivergence(std::vector<int>{}, std::vector<int>{}));
}

TEST(Generation, MemoryPerTokenIsTheSlopeOverEachDecodeWindow)
{
    // Memory grows 1000 bytes per ms inside the decode windows; a generation decodes 9 steps in 90 ms, so
    // 10 ms a step: 10 000 bytes per token. Samples outside the windows (a jump) do not count.
    std::vector<double> t, bytes;
    for (int i = 0; i <= 400; i += 10) {
        t.push_back(i);
        bytes.push_back(1e6 + 1000.0 * i + (i > 150 && i < 200 ? 5e6 : 0));
    }
    const std::vector<GenerationRun> runs{{5, 90, 10, 20, 110}, {5, 90, 10, 250, 340}};
    const auto perToken = growthPerToken(runs, t, bytes);
    ASSERT_TRUE(perToken.has_value());
    EXPECT_NEAR(10000.0, *perToken, 1e-6);
    // A window with fewer than three samples says nothing.
    const std::vector<GenerationRun> brief{{5, 90, 10, 21, 39}};
    EXPECT_FALSE(growthPerToken(brief, t, bytes).has_value());
    // End to end: 10 tokens over 5 + 90 ms, the median of the generations.
    EXPECT_NEAR(1000.0 * 10 / 95, endToEndTokensPerSecond(runs), 1e-9);
}

TEST(Generation, AJumpOrASpikeInsideTheWindowDoesNotDragTheSlope)
{
    // 1000 bytes per ms, with a 3 MB step late in the window (another process of the tree) or a one-sample
    // 3 MB spike (a collection in flight): least squares would read 337 000 and -17 000 bytes per token.
    for (const bool step : {true, false}) {
        std::vector<double> t, bytes;
        for (int i = 0; i <= 100; i += 10) {
            t.push_back(i);
            bytes.push_back(1000.0 * i + ((step ? i >= 80 : i == 40) ? 3e6 : 0));
        }
        const std::vector<GenerationRun> runs{{5, 100, 11, 0, 100}};
        const auto perToken = growthPerToken(runs, t, bytes); // 10 ms a step: 10 000 bytes a token
        ASSERT_TRUE(perToken.has_value());
        EXPECT_NEAR(10000.0, *perToken, 1e-6) << (step ? "step" : "spike");
    }
}

TEST(RealtimeAccuracy, ADetectorMatchesByTheIouOfItsTopBox)
{
    EXPECT_DOUBLE_EQ(1.0, intersectionOverUnion({0, 0, 10, 10}, {10, 10, 0, 0})); // corners in either order
    EXPECT_NEAR(1.0 / 7.0, intersectionOverUnion({0, 0, 10, 10}, {5, 5, 15, 15}), 1e-12);
    EXPECT_DOUBLE_EQ(0.0, intersectionOverUnion({0, 0, 10, 10}, {20, 20, 30, 30}));
    EXPECT_DOUBLE_EQ(0.0, intersectionOverUnion({0, 0, 0, 10}, {0, 0, 0, 10})); // no area
    // Five frames at 10 fps (100 ms apart). Frame 0 takes 50 ms, frames 1 and 3 take 150: frames 0, 1 and 3
    // are inferred; frame 2 (at 200 ms, frame 1 still busy) shows frame 0's box, which its own box overlaps
    // with IoU 0.82 (a match); frame 4 (at 400, frame 3 busy) shows frame 1's box, far from its own (IoU 0:
    // not), so 4 of 5 frames are right, where top-1 alone (one class throughout) would count all five.
    const std::vector<Box> boxes{{0, 0, 10, 10}, {50, 50, 60, 60}, {1, 0, 11, 10}, {20, 20, 30, 30}, {80, 80, 90, 90}};
    const auto r = realtimeAccuracyOfBoxes(boxes, {50, 150, 150, 150, 150}, {10});
    ASSERT_EQ(1u, r.size());
    EXPECT_EQ(3, r[0].processed);
    EXPECT_DOUBLE_EQ(0.8, r[0].accuracy);
    EXPECT_DOUBLE_EQ(1.0, realtimeAccuracy({3, 3, 3, 3, 3}, {50, 150, 150, 150, 150}, {10})[0].accuracy);
}
