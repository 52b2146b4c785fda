#include "core/analysis/generation.h"

#include "core/analysis/descriptive.h"

#include <algorithm>

namespace inferscope::analysis {

std::vector<double> growthPerTokenEach(std::span<const GenerationRun> runs, std::span<const double> tMs,
                                       std::span<const double> bytes)
{
    std::vector<double> perToken;
    for (const GenerationRun &r : runs) {
        const int steps = r.newTokens - 1;
        if (steps < 1 || r.decodeMsTotal <= 0)
            continue;
        std::vector<std::size_t> inside;
        for (std::size_t i = 0; i < tMs.size() && i < bytes.size(); ++i)
            if (tMs[i] >= r.windowStartMs && tMs[i] <= r.windowEndMs)
                inside.push_back(i);
        if (inside.size() < 3)
            continue;
        std::vector<double> slopes; // bytes per ms between every two samples (a window holds tens of them)
        for (std::size_t a = 0; a < inside.size(); ++a)
            for (std::size_t b = a + 1; b < inside.size(); ++b)
                if (const double dt = tMs[inside[b]] - tMs[inside[a]]; dt > 0)
                    slopes.push_back((bytes[inside[b]] - bytes[inside[a]]) / dt);
        if (slopes.empty())
            continue;
        perToken.push_back(median(slopes) * r.decodeMsTotal / steps);
    }
    return perToken;
}

std::optional<double> growthPerToken(std::span<const GenerationRun> runs, std::span<const double> tMs,
                                     std::span<const double> bytes)
{
    const auto perToken = growthPerTokenEach(runs, tMs, bytes);
    if (perToken.empty())
        return std::nullopt;
    return median(perToken);
}

double endToEndTokensPerSecond(std::span<const GenerationRun> runs)
{
    std::vector<double> rates;
    for (const GenerationRun &r : runs)
        if (r.newTokens > 0 && r.ttftMs + r.decodeMsTotal > 0)
            rates.push_back(1000.0 * r.newTokens / (r.ttftMs + r.decodeMsTotal));
    return rates.empty() ? 0.0 : median(rates);
}

long firstDivergence(std::span<const int> a, std::span<const int> b)
{
    const std::size_t common = std::min(a.size(), b.size());
    const auto [ia, ib] = std::mismatch(a.begin(), a.begin() + static_cast<std::ptrdiff_t>(common), b.begin());
    if (ia != a.begin() + static_cast<std::ptrdiff_t>(common))
        return static_cast<long>(ia - a.begin());
    return a.size() == b.size() ? -1 : static_cast<long>(common);
}

} // namespace inferscope::analysis
