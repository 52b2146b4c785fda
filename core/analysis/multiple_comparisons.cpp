#include "core/analysis/multiple_comparisons.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace inferscope::analysis {

std::vector<double> holmAdjusted(std::span<const double> p)
{
    const std::size_t m = p.size();
    std::vector<std::size_t> order(m);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&p](std::size_t a, std::size_t b) { return p[a] < p[b]; });
    std::vector<double> adjusted(m);
    double running = 0;
    for (std::size_t rank = 0; rank < m; ++rank) {
        const std::size_t i = order[rank];
        // (m - rank) * p, made monotone along the sorted order and capped at 1.
        running = std::max(running, std::min(1.0, static_cast<double>(m - rank) * p[i]));
        adjusted[i] = running;
    }
    return adjusted;
}

double geometricMean(std::span<const double> ratios)
{
    if (ratios.empty())
        return std::nan("");
    double logSum = 0;
    for (double r : ratios) {
        if (!(r > 0))
            return std::nan("");
        logSum += std::log(r);
    }
    return std::exp(logSum / static_cast<double>(ratios.size()));
}

} // namespace inferscope::analysis
