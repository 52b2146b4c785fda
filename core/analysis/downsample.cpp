#include "core/analysis/downsample.h"

#include <algorithm>
#include <stdexcept>

namespace inferscope::analysis {

std::vector<PlotPoint> minMaxDownsample(std::span<const double> xs, std::span<const double> ys, std::size_t buckets)
{
    if (xs.size() != ys.size())
        throw std::invalid_argument("x and y series differ in length");
    if (buckets == 0)
        throw std::invalid_argument("downsampling needs at least one bucket");
    const std::size_t n = xs.size();
    std::vector<PlotPoint> out;
    if (n <= 2 * buckets) {
        out.reserve(n);
        for (std::size_t i = 0; i < n; ++i)
            out.push_back({xs[i], ys[i]});
        return out;
    }
    out.reserve(2 * buckets + 2);
    const double x0 = xs.front();
    const double width = (xs.back() - x0) / static_cast<double>(buckets);

    auto emit = [&](std::size_t i) {
        if (out.empty() || out.back().x != xs[i] || out.back().y != ys[i])
            out.push_back({xs[i], ys[i]});
    };
    emit(0);
    std::size_t i = 0;
    while (i < n) {
        // Index of the bucket that holds xs[i]; the last point belongs to the last bucket.
        const auto bucket =
            width > 0 ? std::min(buckets - 1, static_cast<std::size_t>((xs[i] - x0) / width)) : std::size_t{0};
        const double bucketEnd = bucket + 1 == buckets ? xs.back() : x0 + width * static_cast<double>(bucket + 1);
        // j starts past i so that rounding at a bucket edge can never stall the walk.
        std::size_t lo = i, hi = i, j = i + 1;
        for (; j < n && (xs[j] < bucketEnd || (bucket + 1 == buckets)); ++j) {
            if (ys[j] < ys[lo])
                lo = j;
            if (ys[j] > ys[hi])
                hi = j;
        }
        emit(std::min(lo, hi));
        emit(std::max(lo, hi));
        i = j;
    }
    emit(n - 1);
    return out;
}

} // namespace inferscope::analysis
