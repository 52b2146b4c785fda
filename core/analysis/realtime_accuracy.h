#pragma once
// Accuracy under a live stream, the study's method (STUDY.md): frames arrive at F frames per second; a
// frame that arrives while inference is busy is skipped and the last completed result is shown for it; the
// accuracy at F is the share of frames whose shown result matches that frame's own per-frame result (top-1
// for classifiers). Simulated from what the browser measured: each frame's own result and how long its
// inference took, replayed at each rate. Plain C++.

#include <vector>

namespace inferscope::analysis {

struct RealtimeAccuracy {
    double fps = 0;
    double accuracy = 0; ///< share of frames whose shown result is their own result
    int processed = 0;   ///< frames that got an inference of their own
    int frames = 0;
};

/// `top1[i]`: frame i's own result; `latencyMs[i]`: how long its inference took (same length, > 0 frames).
/// A frame shown before any inference completed matches nothing.
std::vector<RealtimeAccuracy> realtimeAccuracy(const std::vector<int> &top1, const std::vector<double> &latencyMs, const std::vector<double> &rates);

} // namespace inferscope::analysis
