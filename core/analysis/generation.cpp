#include "core/analysis/generation.h"

#include "core/analysis/descriptive.h"

#include <algorithm>

namespace inferscope::analysis {

std::optional<double> growthPerToken(std::span<const GenerationRun> runs, std::span<const double> tMs, std::span<const double> bytes)
{
    std::vector<double> perToken;
    for (const GenerationRun &r : runs) {
        const int steps = r.newTokens - 1;
        if (steps < 1 || r.decodeMsTotal <= 0)
            continue;
        double n = 0, st = 0, sb = 0, stt = 0, stb = 0;
        for (std::size_t i = 0; i < tMs.size() && i < bytes.size(); ++i) {
            if (tMs[i] < r.windowStartMs || tMs[i] > r.windowEndMs)
                continue;
            n += 1;
            st += tMs[i];
            sb += bytes[i];
            stt += tMs[i] * tMs[i];
            stb += tMs[i] * bytes[i];
        }
        const double denominator = n * stt - st * st;
        if (n < 3 || denominator <= 0)
            continue;
        const double bytesPerMs = (n * stb - st * sb) / denominator;
        perToken.push_back(bytesPerMs * r.decodeMsTotal / steps);
    }
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
