#pragma once
// A run's memory timeline: total PSS of the browser's (or the native runner's) process tree and its
// share per process type, on the run's clock, with the baseline and the peak marked. Fed an immutable
// MemoryTimelineView; the downsampling was done by core/analysis.

#include "widgets/chart_widget.h"

#include <QString>
#include <utility>
#include <vector>

namespace inferscope::widgets {

struct MemoryTimelineView {
    /// (series label, points with x = seconds since the run started, y = MB), total first.
    std::vector<std::pair<QString, std::vector<analysis::PlotPoint>>> series;
    double baselineMb = 0;
    double peakMb = 0;
};

class MemoryTimelinePlot : public ChartWidget {
    Q_OBJECT
public:
    explicit MemoryTimelinePlot(QWidget *parent = nullptr);

    void setView(const MemoryTimelineView &view);

protected:
    void redraw() override;
    void retranslateAxes() override;

private:
    MemoryTimelineView m_view;
};

} // namespace inferscope::widgets
