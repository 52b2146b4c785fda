#pragma once
// Where does the steady part of a latency series begin?
//
// MSER-5 (White 1997; Franklin & White 2008): summarise the series in batches of five, and choose the
// truncation point d that minimises the squared standard error of the mean of what is left,
//   MSER(d) = sum_{j>d} (Z_j - mean_{j>d} Z)^2 / (k - d)^2.
// Batches are summarised by their median, not their mean: one 3x spike (a GC pause, another process)
// inside the search window otherwise drags the truncation point past itself, and on a 600-sample
// run we saw a 30-sample warm-up reported as 215 samples. A batch median ignores up to two spikes in
// five and changes nothing for a clean step.
// Why MSER-5 rather than a windowed coefficient-of-variation rule: it has no threshold to tune per
// model or machine (a CV rule's 5% suits ResNet50 on wasm and misfires on a 0.6 ms CNN whose timer
// resolution alone is 15%), it finds a tier-up step wherever it lies in the first half, and it is the
// best-studied rule for truncating an initial transient. d is searched in the first half only, the
// usual guard against MSER's instability near the end of a series; and a truncation is kept only when
// the cut part differs from the rest by more than three standard errors, so a series that is steady
// from its first sample keeps all of it.

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
