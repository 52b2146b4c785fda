#pragma once
// Turns the plan summary (one record per cell, core/results/cell_summary) into the browsers-side-by-side
// chart's view for one metric: groups are configurations without the browser, bars are browsers, and
// the native baseline joins every group of its model and thread count where the metric applies to it.

#include "core/results/cell_summary.h"
#include "widgets/browser_comparison_plot.h"

#include <QString>
#include <nlohmann/json.hpp>

namespace inferscope::app {

enum class ComparisonMetric {
    Latency,
    Slowdown,
    PeakMemory,
    Amplification,
    InputDelayBusy,
    FpsBusy,
    GuiWorkloadIncrease,
    CpuPerInference,
    SpeedupOverPlainWasm,
    RealtimeAccuracy30,
    VideoFpsBusy,
    TokensPerSecond,
    TimeToFirstToken,
    SpeedupOverFloat
};
/// The last metric (new ones are appended: a bundle's saved choice is its index).
constexpr ComparisonMetric kLastComparisonMetric = ComparisonMetric::SpeedupOverFloat;

/// The metric's name for menus and the value axis, in the current language.
QString comparisonMetricName(ComparisonMetric metric);

/// `keepFailed`: a configuration whose cells all failed or were unsupported stays on the axis as an empty slot
/// labelled with its status (else it is left out, as one the metric does not apply to is).
/// `modelInTitle`: the model is named by the panel's title, so the axis title does not repeat it.
widgets::BrowserComparisonView buildBrowserComparison(const std::vector<results::CellSummary> &cells,
                                                      ComparisonMetric metric, bool keepFailed = false,
                                                      bool modelInTitle = false);

/// Whether a larger value is the better one (frames per second, speed-ups, accuracy, tokens per second).
bool higherIsBetter(ComparisonMetric metric);
/// Whether the metric is a ratio to a reference (1: as fast as it), drawn with 1 marked.
bool isRatio(ComparisonMetric metric);
/// The value the chart draws for one cell of the plan summary (NaN where it has none).
widgets::ComparisonValue comparisonValueOf(const results::CellSummary &cell, ComparisonMetric metric);

} // namespace inferscope::app
