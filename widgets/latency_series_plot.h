#pragma once
// One run's latency series: every sample in order (min/max-downsampled when dense, so spikes stay
// visible), the warm-up part shaded, the median and its bootstrap CI as lines, and flagged outliers
// drawn as separate markers. Fed an immutable LatencySeriesView; never computes statistics itself.

#include "widgets/chart_widget.h"

#include <QString>
#include <vector>

namespace inferscope::widgets {

struct LatencySeriesView {
    QString title;
    std::vector<analysis::PlotPoint> samples;  ///< x = sample index, y = ms (already downsampled)
    std::vector<analysis::PlotPoint> outliers; ///< flagged samples, drawn on top
    double driftEnd =
        0; ///< where the warm-up check found a transient ending (0: none); those samples are kept and counted
    double median = 0;
    double ciLow = 0;
    double ciHigh = 0;
    bool perToken = false; ///< a generation's decode steps: one sample per generated token
    QString note;          ///< one line in the plot's top-left corner (a generation's time to first token and rate)
};

class LatencySeriesPlot : public ChartWidget {
    Q_OBJECT
public:
    explicit LatencySeriesPlot(QWidget *parent = nullptr);

    void setView(const LatencySeriesView &view);

protected:
    void redraw() override;
    void retranslateAxes() override;

private:
    LatencySeriesView m_view;
};

} // namespace inferscope::widgets
