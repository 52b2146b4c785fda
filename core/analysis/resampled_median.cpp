#include "core/analysis/resampled_median.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace inferscope::analysis {

ResampledMedian::ResampledMedian(std::span<const double> values) : m_sorted(values.begin(), values.end())
{
    std::sort(m_sorted.begin(), m_sorted.end());
    const std::size_t n = m_sorted.size();
    m_lower = n % 2 == 1 ? (n + 1) / 2 : n / 2;
}

std::size_t ResampledMedian::rankAt(double u) const
{
    const double n = static_cast<double>(m_sorted.size());
    return static_cast<std::size_t>(std::clamp(std::ceil(n * u), 1.0, n));
}

double ResampledMedian::draw(SeededRandom &random)
{
    const std::size_t n = m_sorted.size();
    if (n == 1)
        return m_sorted[0];
    // U_(k) ~ Beta(k, n - k + 1) = X / (X + Y) with X ~ Gamma(k), Y ~ Gamma(n - k + 1).
    const double x = gamma(random, static_cast<double>(m_lower));
    const double y = gamma(random, static_cast<double>(n - m_lower + 1));
    const double u = x / (x + y);
    const double lower = m_sorted[rankAt(u) - 1];
    if (n % 2 == 1)
        return lower;
    // The next of the n uniforms: the smallest of the n - k above u, u + (1 - u) Beta(1, n - k).
    const double w = 1.0 - std::pow(1.0 - random.unit(), 1.0 / static_cast<double>(n - m_lower));
    const double upper = m_sorted[rankAt(u + (1.0 - u) * w) - 1];
    return lower + (upper - lower) / 2;
}

double ResampledMedian::normal(SeededRandom &random)
{
    if (m_spareNormal) {
        m_spareNormal = false;
        return m_spare;
    }
    const double u1 = 1.0 - random.unit(); // (0, 1]: log is finite
    const double u2 = random.unit();
    const double radius = std::sqrt(-2.0 * std::log(u1));
    m_spare = radius * std::sin(2.0 * std::numbers::pi * u2);
    m_spareNormal = true;
    return radius * std::cos(2.0 * std::numbers::pi * u2);
}

double ResampledMedian::gamma(SeededRandom &random, double shape)
{
    // Marsaglia & Tsang (2000), shape >= 1 (ours are ranks, so at least 1): accepts ~98% of tries.
    const double d = shape - 1.0 / 3.0, c = 1.0 / std::sqrt(9.0 * d);
    for (;;) {
        const double x = normal(random);
        double v = 1.0 + c * x;
        if (v <= 0)
            continue;
        v = v * v * v;
        const double u = 1.0 - random.unit();
        if (u < 1.0 - 0.0331 * x * x * x * x || std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v)))
            return d * v;
    }
}

} // namespace inferscope::analysis
