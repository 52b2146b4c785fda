#pragma once
// Accuracy under a live stream, the study's method (STUDY.md): frames arrive at F frames per second; a
// frame that arrives while inference is busy is skipped and the last completed result is shown for it; the
// accuracy at F is the share of frames whose shown result matches that frame's own per-frame result (top-1
// for classifiers). Simulated from what the browser measured: each frame's own result and how long its
// inference took, replayed at each rate. Plain C++.

#include <array>
#include <functional>
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
std::vector<RealtimeAccuracy> realtimeAccuracy(const std::vector<int> &top1, const std::vector<double> &latencyMs,
                                               const std::vector<double> &rates);

/// A detector's frames: `boxes[i]` is frame i's top box (four corners, either axis order); a shown result
/// matches when its box overlaps the frame's own with IoU >= 0.5 (the study's rule for detectors).
using Box = std::array<double, 4>;
std::vector<RealtimeAccuracy> realtimeAccuracyOfBoxes(const std::vector<Box> &boxes,
                                                      const std::vector<double> &latencyMs,
                                                      const std::vector<double> &rates);
/// Intersection over union of two boxes given by opposite corners; 0 when either has no area.
double intersectionOverUnion(const Box &a, const Box &b);

} // namespace inferscope::analysis
