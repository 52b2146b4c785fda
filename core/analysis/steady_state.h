#pragma once
// Where does the steady part of a latency series begin?
//
// MSER-5 (White 1997; Franklin & White 2008): average the series in batches of five, and choose the
// truncation point d that minimises the squared standard error of the mean of what is left,
//   MSER(d) = sum_{j>d} (Z_j - mean_{j>d} Z)^2 / (k - d)^2.
// Why MSER-5 rather than a windowed coefficient-of-variation rule: it has no threshold to tune per
// model or machine (a CV rule's 5% suits ResNet50 on wasm and misfires on a 0.6 ms CNN whose timer
// resolution alone is 15%), it finds a tier-up step wherever it lies in the first half, and it is the
// best-studied rule for truncating an initial transient. d is searched in the first half only, the
// usual guard against MSER's instability near the end of a series.

#include <cstddef>
#include <span>

namespace inferscope::analysis {

struct SteadyState {
    std::size_t start = 0;  ///< index of the first steady sample
    bool converged = false; ///< false when the series is too short (< 10 samples) or the truncation hits
                            ///< the half-way limit, i.e. it was still drifting: warm up longer
};

SteadyState detectSteadyState(std::span<const double> series, std::size_t batchSize = 5);

} // namespace inferscope::analysis
