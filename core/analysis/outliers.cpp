#include "core/analysis/outliers.h"

#include "core/analysis/descriptive.h"

#include <array>
#include <limits>

namespace inferscope::analysis {

OutlierReport flagOutliers(std::span<const double> values, OutlierRule rule, double k, std::span<const double> sorted)
{
    OutlierReport report;
    if (values.empty())
        return report;
    if (rule == OutlierRule::TukeyFences) {
        if (k <= 0)
            k = 1.5;
        const std::array<double, 2> ps{0.25, 0.75};
        const auto q = quantiles(sorted.size() == values.size() ? sorted : values, ps);
        const double iqr = q[1] - q[0];
        report.lowerFence = q[0] - k * iqr;
        report.upperFence = q[1] + k * iqr;
    } else {
        if (k <= 0)
            k = 3.5;
        const double m = median(values);
        const double mad = medianAbsoluteDeviation(values);
        // 0.6745 is the 75th percentile of the standard normal: MAD / 0.6745 estimates sigma.
        const double halfWidth = mad == 0 ? 0 : k * mad / 0.6745;
        report.lowerFence = m - halfWidth;
        report.upperFence = m + halfWidth;
    }
    report.flags.reserve(values.size());
    for (double v : values) {
        if (v < report.lowerFence) {
            report.flags.push_back(OutlierFlag::Low);
            ++report.low;
        } else if (v > report.upperFence) {
            report.flags.push_back(OutlierFlag::High);
            ++report.high;
        } else {
            report.flags.push_back(OutlierFlag::None);
        }
    }
    return report;
}

} // namespace inferscope::analysis
