#include "core/analysis/cpu_time.h"

#include <algorithm>

namespace inferscope::analysis {

std::optional<double> interpolateAt(std::span<const double> t, std::span<const double> cpuMs, double at)
{
    if (t.size() < 2 || t.size() != cpuMs.size() || at < t.front() || at > t.back())
        return std::nullopt;
    const auto upper = std::lower_bound(t.begin(), t.end(), at);
    const std::size_t i = static_cast<std::size_t>(upper - t.begin());
    if (i == 0)
        return cpuMs[0];
    const double t0 = t[i - 1], t1 = t[i];
    const double f = t1 > t0 ? (at - t0) / (t1 - t0) : 1.0;
    return cpuMs[i - 1] + f * (cpuMs[i] - cpuMs[i - 1]);
}

std::optional<CpuOverWindow> cpuOverWindow(std::span<const double> t, std::span<const double> cpuMs, double start,
                                           double end)
{
    if (!(end > start))
        return std::nullopt;
    const auto a = interpolateAt(t, cpuMs, start), b = interpolateAt(t, cpuMs, end);
    if (!a || !b)
        return std::nullopt;
    // Sum the rises only: [a at start] -> samples inside -> [b at end].
    double spent = 0, last = *a;
    for (std::size_t i = 0; i < t.size(); ++i)
        if (t[i] > start && t[i] < end) {
            spent += std::max(0.0, cpuMs[i] - last);
            last = cpuMs[i];
        }
    spent += std::max(0.0, *b - last);
    return CpuOverWindow{spent, spent / (end - start)};
}

} // namespace inferscope::analysis
