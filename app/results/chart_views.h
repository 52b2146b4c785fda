#pragma once
// A run's chart views, built once for every place that draws them: the Results page, the report and
// `inferscope figure`, so the same run gives the same figure wherever it is drawn.

#include "core/results/baseline_comparison.h"
#include "core/results/bundle_view.h"
#include "widgets/distribution_plot.h"
#include "widgets/forest_plot.h"
#include "widgets/latency_series_plot.h"
#include "widgets/memory_timeline_plot.h"
#include "widgets/responsiveness_plot.h"

namespace inferscope::app {

widgets::LatencySeriesView latencyView(const results::RunSummary &run);
/// Empty series when the run recorded no memory timeline.
widgets::MemoryTimelineView memoryView(const results::RunSummary &run);
widgets::ResponsivenessView responsivenessView(const results::RunSummary &run);

/// Why a run's chart has nothing to draw, naming the plan option that would measure it; empty when it has data.
/// `run` null: no run is selected.
QString noLatencyReason(const results::RunSummary *run);
QString noMemoryReason(const results::RunSummary *run);
QString noResponsivenessReason(const results::RunSummary *run);

/// The empirical CDF of a sample (at most ~500 points: every k-th sorted value, and the last) and its median.
widgets::DistributionView::Series ecdfSeries(const std::vector<double> &samples, const QString &name = {});

/// The forest plot of a comparison against a baseline (results::compareAgainstBaseline): one row per
/// measured cell, ratio with its CI, filled when significant after Holm.
widgets::ForestView forestView(const results::BaselineComparison &comparison);

} // namespace inferscope::app
