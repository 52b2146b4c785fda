#pragma once
// Generative decoding (a decoder with a KV cache, token by token): what a run's generations give, in
// METRICS terms. Time to first token is the prompt's run (prefill) plus choosing the token; each later
// token is one decode step. Tokens per second: decode steps per second of decode time (1000 / the median
// step), and end to end (all new tokens over the generation's whole time). Memory per generated token:
// the Theil-Sen slope (the median of the slopes between every two samples) of a memory series over each
// generation's decode window, in bytes per ms, times the generation's ms per decode step: what the cache
// and the runtime's buffers grow by per token, where the sampler saw at least three points in the window.
// Not least squares: a garbage collection or another process of the browser's tree moves PSS by megabytes
// within a window (measured: Firefox, +-1.5 MB per token by least squares), and the median of pairwise
// slopes is not dragged by such a jump.

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

namespace inferscope::analysis {

struct GenerationRun {
    double ttftMs = 0;
    double decodeMsTotal = 0; ///< the decode steps' sum
    int newTokens = 0;        ///< generated tokens, the first one included
    double windowStartMs = 0; ///< the decode window on the memory series' clock
    double windowEndMs = 0;
};

/// Bytes per generated token over each generation's decode window, for the windows that have at least
/// three samples (in the order of `runs`).
std::vector<double> growthPerTokenEach(std::span<const GenerationRun> runs, std::span<const double> tMs,
                                       std::span<const double> bytes);
/// Their median, or nothing when no window has three samples.
std::optional<double> growthPerToken(std::span<const GenerationRun> runs, std::span<const double> tMs,
                                     std::span<const double> bytes);

/// Median over generations of new tokens / (time to first token + decode time), per second.
double endToEndTokensPerSecond(std::span<const GenerationRun> runs);

/// The first position where two generated sequences differ; -1 when they are identical (same length and
/// ids). A shorter sequence that agrees with the other's start differs at its end.
long firstDivergence(std::span<const int> a, std::span<const int> b);

} // namespace inferscope::analysis
