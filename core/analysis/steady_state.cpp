#include "core/analysis/steady_state.h"

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <vector>

namespace inferscope::analysis {

SteadyState detectSteadyState(std::span<const double> series, std::size_t batchSize)
{
    if (batchSize == 0)
        throw std::invalid_argument("batch size must be positive");
    const std::size_t k = series.size() / batchSize;
    if (k < 2)
        return {0, false};

    std::vector<double> batches(k);
    for (std::size_t j = 0; j < k; ++j) {
        double sum = 0;
        for (std::size_t i = 0; i < batchSize; ++i)
            sum += series[j * batchSize + i];
        batches[j] = sum / static_cast<double>(batchSize);
    }

    // Suffix sums give every MSER(d) in O(k): sum (Z - mean)^2 = sum Z^2 - (sum Z)^2 / m.
    std::vector<double> suffixSum(k + 1, 0.0), suffixSquares(k + 1, 0.0);
    for (std::size_t j = k; j-- > 0;) {
        suffixSum[j] = suffixSum[j + 1] + batches[j];
        suffixSquares[j] = suffixSquares[j + 1] + batches[j] * batches[j];
    }
    const std::size_t limit = k / 2;
    std::size_t best = 0;
    double bestValue = std::numeric_limits<double>::infinity();
    for (std::size_t d = 0; d <= limit; ++d) {
        const double m = static_cast<double>(k - d);
        const double sse = std::max(0.0, suffixSquares[d] - suffixSum[d] * suffixSum[d] / m);
        const double value = sse / (m * m);
        if (value < bestValue) {
            bestValue = value;
            best = d;
        }
    }
    return {best * batchSize, best < limit};
}

} // namespace inferscope::analysis
