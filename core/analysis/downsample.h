#pragma once
// Min/max-per-bucket downsampling for plotting dense series (1 M latency samples, 100 ms memory
// timelines over an hour). Each bucket keeps its lowest and highest point in their original order, so
// every spike a user would see at full resolution stays visible; averaging (LTTB-like) would hide them.

#include <cstddef>
#include <span>
#include <vector>

namespace inferscope::analysis {

struct PlotPoint {
    double x = 0;
    double y = 0;
    bool operator==(const PlotPoint &) const = default;
};

/// xs must be ascending and as long as ys. Buckets split [xs.front(), xs.back()] into equal widths.
/// Returns the input unchanged when it already has at most 2 * buckets points; the first and last
/// points are always kept. Throws std::invalid_argument on mismatched lengths or buckets == 0.
std::vector<PlotPoint> minMaxDownsample(std::span<const double> xs, std::span<const double> ys, std::size_t buckets);

} // namespace inferscope::analysis
