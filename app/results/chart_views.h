#pragma once
// A run's chart views, built once for every place that draws them: the Results page, the report and
// `inferscope figure`, so the same run gives the same figure wherever it is drawn.

#include "core/results/bundle_view.h"
#include "widgets/latency_series_plot.h"
#include "widgets/memory_timeline_plot.h"
#include "widgets/responsiveness_plot.h"

namespace inferscope::app {

widgets::LatencySeriesView latencyView(const results::RunSummary &run);
/// Empty series when the run recorded no memory timeline.
widgets::MemoryTimelineView memoryView(const results::RunSummary &run);
widgets::ResponsivenessView responsivenessView(const results::RunSummary &run);

} // namespace inferscope::app
