#include "core/analysis/responsiveness.h"

#include <gtest/gtest.h>
#include <vector>

using namespace inferscope::analysis;

TEST(Responsiveness, DelaysGiveTheirMedianTailAndMaximum)
{
    std::vector<double> delays;
    for (int i = 1; i <= 100; ++i)
        delays.push_back(i); // 1..100 ms
    const auto s = summarizeDelays(delays);
    EXPECT_EQ(100u, s.count);
    EXPECT_DOUBLE_EQ(50.5, s.p50);
    EXPECT_NEAR(95.05, s.p95, 1e-9); // type 7: 1 + 0.95 * 99
    EXPECT_DOUBLE_EQ(100.0, s.max);
    EXPECT_EQ(0u, summarizeDelays({}).count);
}

TEST(Responsiveness, FramesCountDropsAndLongFramesAgainstTheDisplayInterval)
{
    // 90 frames at 60 Hz, then 10 frames held by a 100 ms task each.
    std::vector<double> intervals(90, 1000.0 / 60.0);
    intervals.insert(intervals.end(), 10, 100.0);
    const double display = displayInterval(std::vector<double>(20, 1000.0 / 60.0));
    EXPECT_NEAR(16.667, display, 1e-3);
    const auto s = summarizeFrames(intervals, display);
    EXPECT_EQ(100u, s.frames);
    EXPECT_NEAR(100.0 / (1.5 + 1.0), s.fps, 1e-9); // 100 frames in 2.5 s
    EXPECT_DOUBLE_EQ(0.1, s.droppedShare);
    EXPECT_EQ(10u, s.over50ms);
    EXPECT_DOUBLE_EQ(100.0, s.p95Ms);
    // A 30 Hz display: 33 ms frames are not dropped there, and too few idle frames fall back to 60 Hz.
    EXPECT_DOUBLE_EQ(0.0, summarizeFrames(std::vector<double>(10, 33.0), 33.0).droppedShare);
    EXPECT_NEAR(16.667, displayInterval(std::vector<double>(3, 33.0)), 1e-3);
}
