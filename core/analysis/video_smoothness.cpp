#include "core/analysis/video_smoothness.h"

#include <algorithm>

namespace inferscope::analysis {

VideoSmoothness summarizeVideo(std::span<const VideoCallback> callbacks)
{
    VideoSmoothness out;
    double presented[2] = {0, 0}, dropped[2] = {0, 0}, shown[2] = {0, 0};
    bool droppedKnown[2] = {true, true}, shownKnown[2] = {true, true};
    for (std::size_t i = 1; i < callbacks.size(); ++i) {
        const VideoCallback &a = callbacks[i - 1], &b = callbacks[i];
        const double dt = b.tMs - a.tMs;
        // A counter that went back (the clip restarted in a new player state) or time that did not move
        // tells nothing about this interval.
        if (dt <= 0 || b.presented < a.presented)
            continue;
        VideoPhaseSummary &phase = b.busy ? out.busy : out.idle;
        const int p = b.busy ? 1 : 0;
        ++phase.callbacks;
        phase.seconds += dt / 1000.0;
        phase.longestGapMs = std::max(phase.longestGapMs, dt);
        presented[p] += b.presented - a.presented;
        if (a.dropped < 0 || b.dropped < 0)
            droppedKnown[p] = false;
        else if (b.dropped >= a.dropped)
            dropped[p] += b.dropped - a.dropped;
        if (a.total < 0 || b.total < 0 || a.dropped < 0 || b.dropped < 0)
            shownKnown[p] = false;
        else if (const double d = (b.total - b.dropped) - (a.total - a.dropped); d >= 0)
            shown[p] += d;
    }
    for (int p = 0; p < 2; ++p) {
        VideoPhaseSummary &phase = p == 1 ? out.busy : out.idle;
        if (phase.seconds > 0) {
            phase.presentedFps = presented[p] / phase.seconds;
            phase.callbackFps = static_cast<double>(phase.callbacks) / phase.seconds;
        }
        phase.droppedFrames = droppedKnown[p] && phase.callbacks > 0 ? dropped[p] : -1;
        phase.shownFps = shownKnown[p] && phase.seconds > 0 ? shown[p] / phase.seconds : -1;
    }
    return out;
}

} // namespace inferscope::analysis
