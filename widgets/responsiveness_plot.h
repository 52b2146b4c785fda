#pragma once
// A run's responsiveness on the page's clock: the delay of every injected click (idle and busy drawn
// apart) and the interval of every animation frame, on a logarithmic millisecond axis with the 50 ms
// long-task line, so "the page froze while the model loaded" and "frames halved during inference" can
// be seen at a glance. Fed an immutable ResponsivenessView.

#include "widgets/chart_widget.h"

#include <vector>

namespace inferscope::widgets {

struct ResponsivenessView {
    std::vector<analysis::PlotPoint> inputIdle, inputBusy; ///< x: s on the page's clock, y: delay in ms
    std::vector<analysis::PlotPoint> frames;               ///< x: s, y: frame interval in ms
};

class ResponsivenessPlot : public ChartWidget {
    Q_OBJECT
public:
    explicit ResponsivenessPlot(QWidget *parent = nullptr);

    void setView(const ResponsivenessView &view);

protected:
    void redraw() override;
    void retranslateAxes() override;

private:
    ResponsivenessView m_view;
};

} // namespace inferscope::widgets
