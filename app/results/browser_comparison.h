#pragma once
// Turns the plan summary (one record per cell, core/results/cell_summary) into the browsers-side-by-side
// chart's view for one metric: groups are configurations without the browser, bars are browsers, and
// the native baseline joins every group of its model and thread count where the metric applies to it.

#include "widgets/browser_comparison_plot.h"

#include <QString>
#include <nlohmann/json.hpp>

namespace inferscope::app {

enum class ComparisonMetric { Latency, Slowdown, PeakMemory, Amplification, InputDelayBusy, FpsBusy, GuiWorkloadIncrease, CpuPerInference, SpeedupOverPlainWasm, RealtimeAccuracy30, VideoFpsBusy, TokensPerSecond, TimeToFirstToken };

/// The metric's name for menus and the value axis, in the current language.
QString comparisonMetricName(ComparisonMetric metric);

widgets::BrowserComparisonView buildBrowserComparison(const nlohmann::json &cells, ComparisonMetric metric);

} // namespace inferscope::app
