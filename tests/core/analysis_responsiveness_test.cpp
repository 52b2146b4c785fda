#include "core/analysis/responsiveness.h"
#include "core/analysis/video_smoothness.h"

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

TEST(VideoSmoothness, PresentedFramesPerSecondPerPhaseFromTheBrowsersCounter)
{
    // Idle: a callback every 33.3 ms, one frame each (30 fps). Busy: the main thread is blocked, so
    // callbacks come every 100 ms while the compositor still presents 3 frames in between, then 2 s where
    // only 20 frames are presented. The interval into the first busy callback is busy.
    std::vector<VideoCallback> calls;
    double t = 0, presented = 0, dropped = 0;
    for (int i = 0; i <= 90; ++i) // 3 s idle
        calls.push_back({t = i * 1000.0 / 30, presented = i, dropped, false});
    for (int i = 1; i <= 10; ++i) // 1 s busy, 30 frames presented, 10 callbacks
        calls.push_back({t += 100, presented += 3, dropped, true});
    calls.push_back({t += 2000, presented += 20, dropped += 40, true}); // one 2 s stall
    const auto s = summarizeVideo(calls);
    EXPECT_EQ(90u, s.idle.callbacks);
    EXPECT_NEAR(3.0, s.idle.seconds, 1e-9);
    EXPECT_NEAR(30.0, s.idle.presentedFps, 1e-9);
    EXPECT_NEAR(30.0, s.idle.callbackFps, 1e-9);
    EXPECT_DOUBLE_EQ(0.0, s.idle.droppedFrames);
    EXPECT_EQ(11u, s.busy.callbacks);
    EXPECT_NEAR(3.0, s.busy.seconds, 1e-9);
    EXPECT_NEAR(50.0 / 3.0, s.busy.presentedFps, 1e-9);
    EXPECT_NEAR(11.0 / 3.0, s.busy.callbackFps, 1e-9);
    EXPECT_DOUBLE_EQ(2000.0, s.busy.longestGapMs);
    EXPECT_DOUBLE_EQ(40.0, s.busy.droppedFrames);
}

TEST(VideoSmoothness, UnknownDropsCountersThatGoBackAndEmptyInputSayNothing)
{
    const auto empty = summarizeVideo({});
    EXPECT_EQ(0u, empty.idle.callbacks);
    EXPECT_DOUBLE_EQ(0.0, empty.busy.presentedFps);
    EXPECT_LT(empty.idle.droppedFrames, 0);
    // A browser without playback-quality counters (-1) and a counter that restarted (ignored interval).
    const std::vector<VideoCallback> calls{
        {0, 10, -1, false}, {100, 13, -1, false}, {200, 2, -1, false}, {300, 5, -1, false}};
    const auto s = summarizeVideo(calls);
    EXPECT_EQ(2u, s.idle.callbacks);
    EXPECT_NEAR(30.0, s.idle.presentedFps, 1e-9);
    EXPECT_LT(s.idle.droppedFrames, 0) << "unknown, not zero";
}
