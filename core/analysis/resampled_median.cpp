#include "core/analysis/resampled_median.h"

#include <algorithm>
#include <cmath>

namespace inferscope::analysis {

ResampledMedian::ResampledMedian(std::span<const double> values) : m_sorted(values.begin(), values.end())
{
    if (!std::is_sorted(m_sorted.begin(), m_sorted.end()))
        std::sort(m_sorted.begin(), m_sorted.end());
    const std::size_t n = m_sorted.size();
    m_lower = n % 2 == 1 ? (n + 1) / 2 : n / 2;
    if (n > 1) {
        m_below = shapeOf(static_cast<double>(m_lower));
        m_above = shapeOf(static_cast<double>(n - m_lower + 1));
        m_gapExponent = 1.0 / static_cast<double>(n - m_lower);
    }
}

ResampledMedian::GammaShape ResampledMedian::shapeOf(double shape)
{
    const double d = shape - 1.0 / 3.0;
    return {d, 1.0 / std::sqrt(9.0 * d)};
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
    const double x = gamma(random, m_below);
    const double y = gamma(random, m_above);
    const double u = x / (x + y);
    const double lower = m_sorted[rankAt(u) - 1];
    if (n % 2 == 1)
        return lower;
    // The next of the n uniforms: the smallest of the n - k above u, u + (1 - u) Beta(1, n - k).
    const double w = 1.0 - std::pow(1.0 - random.unit(), m_gapExponent);
    const double upper = m_sorted[rankAt(u + (1.0 - u) * w) - 1];
    return lower + (upper - lower) / 2;
}

double ResampledMedian::sampleMedian() const
{
    const std::size_t n = m_sorted.size();
    if (n == 0)
        return std::nan("");
    return n % 2 == 1 ? m_sorted[n / 2] : m_sorted[n / 2 - 1] + (m_sorted[n / 2] - m_sorted[n / 2 - 1]) / 2;
}

double ResampledMedian::normal(SeededRandom &random)
{
    if (m_spareNormal) {
        m_spareNormal = false;
        return m_spare;
    }
    // Marsaglia's polar method: a pair per accepted point of the unit disc (79% of tries), no sin or cos.
    for (;;) {
        const double x = 2.0 * random.unit() - 1.0, y = 2.0 * random.unit() - 1.0;
        const double s = x * x + y * y;
        if (s <= 0.0 || s >= 1.0)
            continue;
        const double scale = std::sqrt(-2.0 * std::log(s) / s);
        m_spare = y * scale;
        m_spareNormal = true;
        return x * scale;
    }
}

double ResampledMedian::gamma(SeededRandom &random, const GammaShape &shape)
{
    // Marsaglia & Tsang (2000), shape >= 1 (ours are ranks, so at least 1): accepts ~98% of tries.
    const double d = shape.d, c = shape.c;
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
