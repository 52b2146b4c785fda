#include "core/analysis/mann_whitney.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <vector>

namespace inferscope::analysis {
namespace {
double normalSurvival(double z)
{
    return 0.5 * std::erfc(z / std::sqrt(2.0));
}
} // namespace

MannWhitneyResult mannWhitneyU(std::span<const double> x, std::span<const double> y, Alternative alternative)
{
    if (x.empty() || y.empty())
        throw std::invalid_argument("Mann-Whitney U needs two non-empty samples");
    const double n1 = static_cast<double>(x.size());
    const double n2 = static_cast<double>(y.size());
    const double n = n1 + n2;

    struct Tagged {
        double value;
        bool fromX;
    };
    std::vector<Tagged> pooled;
    pooled.reserve(x.size() + y.size());
    for (double v : x)
        pooled.push_back({v, true});
    for (double v : y)
        pooled.push_back({v, false});
    std::sort(pooled.begin(), pooled.end(), [](const Tagged &a, const Tagged &b) { return a.value < b.value; });

    // Average ranks for ties; the tie term sum(t^3 - t) shrinks the variance.
    double rankSumX = 0;
    double tieTerm = 0;
    for (std::size_t i = 0; i < pooled.size();) {
        std::size_t j = i + 1; // at least one step: a NaN equals nothing, not even itself
        while (j < pooled.size() && pooled[j].value == pooled[i].value)
            ++j;
        const double averageRank = (static_cast<double>(i + 1) + static_cast<double>(j)) / 2.0;
        for (std::size_t k = i; k < j; ++k)
            if (pooled[k].fromX)
                rankSumX += averageRank;
        const double t = static_cast<double>(j - i);
        tieTerm += t * t * t - t;
        i = j;
    }

    MannWhitneyResult r;
    r.u1 = rankSumX - n1 * (n1 + 1) / 2.0;
    r.u2 = n1 * n2 - r.u1;
    r.effect = r.u1 / (n1 * n2);

    const double mu = n1 * n2 / 2.0;
    const double sigma = std::sqrt(n1 * n2 / 12.0 * ((n + 1.0) - tieTerm / (n * (n - 1.0))));
    double u = r.u1;
    if (alternative == Alternative::TwoSided)
        u = std::max(r.u1, r.u2);
    else if (alternative == Alternative::Less)
        u = r.u2;
    if (sigma == 0) { // every value tied: no evidence either way
        r.z = 0;
        r.pValue = 1;
        return r;
    }
    r.z = (u - mu - 0.5) / sigma;
    const double p = normalSurvival(r.z);
    r.pValue = std::min(1.0, alternative == Alternative::TwoSided ? 2 * p : p);
    return r;
}

} // namespace inferscope::analysis
