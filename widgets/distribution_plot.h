#pragma once
// Two runs' steady-state latencies as empirical cumulative distributions on one axis, with each
// median marked: where the Compare page's ratio and rank test come from, visible as a shift or a
// different spread. Fed an immutable DistributionView (points computed by the caller off the GUI thread).

#include "widgets/chart_widget.h"

#include <QString>
#include <vector>

namespace inferscope::widgets {

struct DistributionView {
    struct Series {
        QString name;
        std::vector<analysis::PlotPoint> ecdf; ///< x: latency in ms, y: share of samples at or below x
        double median = 0;
    };
    std::vector<Series> series;
};

class DistributionPlot : public ChartWidget {
    Q_OBJECT
public:
    explicit DistributionPlot(QWidget *parent = nullptr);

    void setView(const DistributionView &view);

protected:
    void redraw() override;
    void retranslateAxes() override;

private:
    DistributionView m_view;
};

} // namespace inferscope::widgets
