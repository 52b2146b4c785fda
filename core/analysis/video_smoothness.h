#pragma once
// Video smoothness (METRICS.md, "Video frames"): a clip of known frame rate plays beside the model and the
// page's requestVideoFrameCallback reports, per callback, the browser's count of presented frames and its
// playback-quality counters. Per idle and busy phase this gives the presented frames per second (from the
// counter, so frames the compositor presented while the main thread was blocked still count), the
// callbacks per second (the frames a page that works on each frame could see), and the frames the
// decoder dropped. Each interval between two callbacks belongs to the phase of its later callback.

#include <cstddef>
#include <span>

namespace inferscope::analysis {

struct VideoCallback {
    double tMs = 0;       ///< page clock when the callback ran
    double presented = 0; ///< the browser's presentedFrames counter
    double dropped = -1;  ///< getVideoPlaybackQuality().droppedVideoFrames; negative when unknown
    bool busy = false;
    double total = -1; ///< getVideoPlaybackQuality().totalVideoFrames; negative when unknown
};

struct VideoPhaseSummary {
    std::size_t callbacks = 0; ///< intervals counted (callbacks after the first)
    double seconds = 0;        ///< time those intervals cover
    double presentedFps = 0;   ///< presented frames per second; 0 when no time is covered
    double callbackFps = 0;    ///< callbacks per second
    double droppedFrames = -1; ///< frames the player dropped; negative when the browser does not say
    /// Frames the player showed per second by its playback-quality counters (total - dropped), a second
    /// reading of the same thing from another counter; negative when the browser does not say.
    double shownFps = -1;
    double longestGapMs = 0; ///< longest time between two callbacks
};

struct VideoSmoothness {
    VideoPhaseSummary idle, busy;
};

VideoSmoothness summarizeVideo(std::span<const VideoCallback> callbacks);

} // namespace inferscope::analysis
