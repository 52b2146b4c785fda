#pragma once
// One run's latency series: every sample in order (min/max-downsampled when dense, so spikes stay
// visible), the warm-up part shaded, the median and its bootstrap CI as lines, and flagged outliers
// drawn as separate markers. Fed an immutable LatencySeriesView; never computes statistics itself.

#include "core/analysis/downsample.h"

#include <QString>
#include <QWidget>
#include <vector>

class QCustomPlot;

namespace inferscope::widgets {

struct LatencySeriesView {
    QString title;
    std::vector<analysis::PlotPoint> samples;  ///< x = sample index, y = ms (already downsampled)
    std::vector<analysis::PlotPoint> outliers; ///< flagged samples, drawn on top
    double steadyStart = 0;                    ///< first steady sample index; before it is warm-up
    double median = 0;
    double ciLow = 0;
    double ciHigh = 0;
};

class LatencySeriesPlot : public QWidget {
    Q_OBJECT
public:
    explicit LatencySeriesPlot(QWidget *parent = nullptr);

    void setView(const LatencySeriesView &view);
    void clear();
    QCustomPlot *plot() const { return m_plot; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QCustomPlot *m_plot;
    bool m_hasView = false;
    LatencySeriesView m_view;
};

} // namespace inferscope::widgets
