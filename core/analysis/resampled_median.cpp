#include "core/analysis/resampled_median.h"

#include "core/analysis/descriptive.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <mutex>
#include <numbers>
#include <utility>

namespace inferscope::analysis {
namespace {

struct Quadrature {
    std::vector<double> nodes;   ///< on [0, 1]
    std::vector<double> weights; ///< sum to 1
};

/// Gauss-Legendre with m points mapped to [0, 1] (Newton on the Legendre recurrence; written here because
/// it is twenty lines and the only quadrature the project needs). Exact for polynomials of degree 2m - 1.
Quadrature gaussLegendre(int m)
{
    Quadrature q;
    q.nodes.resize(static_cast<std::size_t>(m));
    q.weights.resize(static_cast<std::size_t>(m));
    for (int i = 0; i < (m + 1) / 2; ++i) {
        double x = std::cos(std::numbers::pi * (i + 0.75) / (m + 0.5));
        double derivative = 1;
        for (int iteration = 0; iteration < 100; ++iteration) {
            double p0 = 1, p1 = 0;
            for (int j = 1; j <= m; ++j) {
                const double p2 = p1;
                p1 = p0;
                p0 = ((2.0 * j - 1.0) * x * p1 - (j - 1.0) * p2) / j;
            }
            derivative = m * (x * p0 - p1) / (x * x - 1.0);
            const double step = p0 / derivative;
            x -= step;
            if (std::abs(step) < 1e-16)
                break;
        }
        const double w = 1.0 / ((1.0 - x * x) * derivative * derivative); // half the [-1, 1] weight: [0, 1]
        q.nodes[static_cast<std::size_t>(i)] = 0.5 * (1.0 - x);
        q.nodes[static_cast<std::size_t>(m - 1 - i)] = 0.5 * (1.0 + x);
        q.weights[static_cast<std::size_t>(i)] = q.weights[static_cast<std::size_t>(m - 1 - i)] = w;
    }
    return q;
}

std::shared_ptr<const RankTable> buildRankTable(std::size_t n)
{
    auto table = std::make_shared<RankTable>();
    table->n = n;
    table->k = n % 2 == 1 ? (n + 1) / 2 : n / 2;
    const double nd = static_cast<double>(n), kd = static_cast<double>(table->k);
    const double above = nd - kd; // n - k: the power of (1 - u) in the density, and the even gap's count
    table->gapExponent = above > 0 ? 1.0 / above : 0.0;

    // The cells within 9 standard deviations of Beta(k, n - k + 1) (all of them for small n). A Beta whose
    // parameters are (nearly) equal has lighter tails than the normal, whose mass beyond 9 sd is 2e-19:
    // below the 2^-53 a uniform can resolve.
    const double mean = kd / (nd + 1.0);
    const double sd = std::sqrt(mean * (1.0 - mean) / (nd + 2.0));
    const double lowU = std::max(0.0, mean - 9.0 * sd), highU = std::min(1.0, mean + 9.0 * sd);
    const std::size_t first = std::max<std::size_t>(1, static_cast<std::size_t>(std::floor(lowU * nd)));
    const std::size_t last = std::min(n, std::max(first, static_cast<std::size_t>(std::ceil(highU * nd))));
    table->first = first;

    // The density's degree is n - 1: 16 points are exact up to n = 32. Above, the log-density changes by at
    // most ~18 / sqrt(n) across a cell inside the window, where 10, 6 and (n > 4 096: under 0.3 per cell)
    // 4 points err by less than 1e-10 of the cell's mass; tables are built per n (a bundle's cells pool
    // runs into sizes of their own), so the build is kept short.
    static const Quadrature exact = gaussLegendre(16), close = gaussLegendre(10), smooth = gaussLegendre(6),
                            sliver = gaussLegendre(4);
    const Quadrature &q = n <= 32 ? exact : n <= 600 ? close : n <= 4096 ? smooth : sliver;
    const std::size_t cells = last - first + 1, points = q.nodes.size();
    std::vector<double> logDensity(cells * points), logAbove(cells * points);
    double peak = -INFINITY;
    for (std::size_t c = 0; c < cells; ++c)
        for (std::size_t p = 0; p < points; ++p) {
            const double u = (static_cast<double>(first + c) - 1.0 + q.nodes[p]) / nd;
            // Unnormalised: the constant cancels when the masses are normalised below.
            const double log1mu = std::log1p(-u);
            const double v = (kd - 1.0) * std::log(u) + above * log1mu;
            logDensity[c * points + p] = v;
            logAbove[c * points + p] = log1mu;
            peak = std::max(peak, v);
        }
    std::vector<double> mass(cells, 0.0);
    table->stay.assign(n % 2 == 0 ? cells : 0, 0.0);
    double total = 0;
    for (std::size_t c = 0; c < cells; ++c) {
        const double j = static_cast<double>(first + c);
        const double logTop = std::log1p(-j / nd); // -inf for the last cell: the upper rank cannot leave it
        double m = 0, stay = 0;
        for (std::size_t p = 0; p < points; ++p) {
            const double f = q.weights[p] * std::exp(logDensity[c * points + p] - peak);
            m += f;
            if (n % 2 == 0) // the upper middle rank stays in this cell: U_(k+1) <= j / n given U_(k) = u
                stay += f * -std::expm1(above * (logTop - logAbove[c * points + p]));
        }
        mass[c] = m;
        if (n % 2 == 0)
            table->stay[c] = m > 0 ? std::clamp(stay / m, 0.0, 1.0) : 1.0;
        total += m;
    }
    if (n % 2 == 0) {
        table->gapSteps.resize(cells * RankTable::kGapSteps);
        for (std::size_t c = 0; c < cells; ++c) {
            const double rest = nd - static_cast<double>(first + c); // n - j
            for (std::size_t t = 1; t <= RankTable::kGapSteps; ++t)
                table->gapSteps[c * RankTable::kGapSteps + t - 1] =
                    static_cast<double>(t) >= rest ? 1.0
                                                   : -std::expm1(above * std::log1p(-static_cast<double>(t) / rest));
        }
    }
    table->cdf.resize(cells);
    double running = 0;
    for (std::size_t c = 0; c < cells; ++c) {
        running += mass[c];
        table->cdf[c] = running / total;
    }
    table->cdf.back() = 1.0; // every uniform in [0, 1) finds its cell

    table->guide.resize(cells);
    std::size_t i = 0;
    for (std::size_t g = 0; g < cells; ++g) {
        const double level = static_cast<double>(g) / static_cast<double>(cells);
        while (table->cdf[i] <= level)
            ++i;
        table->guide[g] = static_cast<std::uint32_t>(i);
    }
    return table;
}
} // namespace

std::shared_ptr<const RankTable> rankTableFor(std::size_t n)
{
    // A bundle's runs differ in n by what steady-state detection trimmed (tens of sizes), its cells' pools add
    // a few: the most recent 256 stay (~10 KB each at n = 2 000).
    static std::mutex mutex;
    static std::deque<std::shared_ptr<const RankTable>> cache;
    {
        const std::lock_guard lock(mutex);
        for (const auto &t : cache)
            if (t->n == n)
                return t;
    }
    auto table = buildRankTable(n); // outside the lock: another thread may build another n meanwhile
    const std::lock_guard lock(mutex);
    for (const auto &t : cache)
        if (t->n == n)
            return t;
    cache.push_front(table);
    if (cache.size() > 256)
        cache.pop_back();
    return table;
}

ResampledMedian::ResampledMedian(std::span<const double> values) : m_sorted(values.begin(), values.end())
{
    if (!std::is_sorted(m_sorted.begin(), m_sorted.end()))
        sortSamples(m_sorted);
    if (m_sorted.size() > 1)
        m_table = rankTableFor(m_sorted.size());
}

double ResampledMedian::medianStandardError(bool logScale) const
{
    const std::size_t n = m_sorted.size();
    if (n < 2)
        return 0;
    const double half = 0.98 * std::sqrt(static_cast<double>(n));
    const double centre = static_cast<double>(n) / 2;
    const auto lo = static_cast<std::size_t>(std::max(0.0, std::floor(centre - half)));
    const auto hi = static_cast<std::size_t>(std::min(static_cast<double>(n - 1), std::ceil(centre + half - 1)));
    const double a = m_sorted[lo], b = m_sorted[std::max(lo, hi)];
    return (logScale ? std::log(b) - std::log(a) : b - a) / (2 * 1.96);
}

double ResampledMedian::draw(SeededRandom &random)
{
    const std::size_t n = m_sorted.size();
    if (n == 1)
        return m_sorted[0];
    const RankTable &t = *m_table;
    const double u = random.unit();
    std::size_t i = t.guide[static_cast<std::size_t>(u * static_cast<double>(t.guide.size()))];
    while (t.cdf[i] <= u)
        ++i;
    const std::size_t lowerRank = t.first + i;
    const double lower = m_sorted[lowerRank - 1];
    if (n % 2 == 1)
        return lower;
    std::size_t upperRank = lowerRank;
    if (const double v = random.unit(); v >= t.stay[i]) {
        // The n - k uniforms above U_(k), given that their smallest left cell j: uniform on (j / n, 1].
        // Beyond stay, v is again uniform on [0, 1): it is the gap's uniform (one draw fewer).
        const double w = (v - t.stay[i]) / (1.0 - t.stay[i]);
        // ceil((n - j) x gap) <= s exactly when w <= gapSteps[s]: the small gaps by comparison, the rare
        // longer ones by inverting Beta(1, n - k).
        const double *steps = &t.gapSteps[i * RankTable::kGapSteps];
        std::size_t ahead = 0;
        while (ahead < RankTable::kGapSteps && w > steps[ahead])
            ++ahead;
        if (ahead < RankTable::kGapSteps) {
            ++ahead;
        } else {
            const double gap = 1.0 - std::pow(1.0 - w, t.gapExponent);
            ahead = static_cast<std::size_t>(std::max(std::ceil(static_cast<double>(n - lowerRank) * gap), 1.0));
        }
        upperRank = std::clamp(lowerRank + ahead, lowerRank + 1, n);
    }
    const double upper = m_sorted[upperRank - 1];
    return lower + (upper - lower) / 2;
}

double ResampledMedian::sampleMedian() const
{
    const std::size_t n = m_sorted.size();
    if (n == 0)
        return std::nan("");
    return n % 2 == 1 ? m_sorted[n / 2] : m_sorted[n / 2 - 1] + (m_sorted[n / 2] - m_sorted[n / 2 - 1]) / 2;
}

} // namespace inferscope::analysis
