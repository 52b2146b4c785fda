#include "app/results/chart_views.h"

#include <QCoreApplication>

namespace inferscope::app {

widgets::LatencySeriesView latencyView(const results::RunSummary &r)
{
    widgets::LatencySeriesView view;
    view.title = QString::fromStdString(r.runId);
    view.samples = r.plotSamples;
    view.outliers = r.plotOutliers;
    view.steadyStart = static_cast<double>(r.steadyStart);
    view.median = r.stats.median;
    view.ciLow = r.medianCi.low;
    view.ciHigh = r.medianCi.high;
    return view;
}

widgets::MemoryTimelineView memoryView(const results::RunSummary &r)
{
    widgets::MemoryTimelineView memory;
    for (const auto &[type, points] : r.memoryPlot)
        memory.series.emplace_back(type == "total" ? QCoreApplication::translate("inferscope::app::ResultsPage", "total PSS")
                                                   : QCoreApplication::translate("inferscope::app::ResultsPage", "%1 processes").arg(QString::fromStdString(type)), points);
    memory.baselineMb = r.memoryBaselineMb;
    memory.peakMb = r.memoryPeakMb;
    return memory;
}

widgets::ResponsivenessView responsivenessView(const results::RunSummary &r)
{
    return {r.inputIdle, r.inputBusy, r.frameIntervals};
}

} // namespace inferscope::app
