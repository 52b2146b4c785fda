#pragma once
// Browsers side by side: one group of bars per configuration (model, runtime, backend, threads,
// placement), one bar per browser (and the native baseline where the plan has one), with the 95%
// confidence interval as whiskers where the metric has one. Which metric is drawn is the caller's
// choice (latency, slowdown, memory, input delay, fps); the values were computed by core/analysis.

#include "widgets/chart_widget.h"

#include <QString>
#include <QStringList>
#include <cmath>
#include <vector>

namespace inferscope::widgets {

struct ComparisonValue {
    double value = std::nan("");
    double low = std::nan(""), high = std::nan(""); ///< CI bounds, NaN when the metric has none
};

struct BrowserComparisonView {
    QString metric;       ///< the value axis label, e.g. "Median latency (ms)"
    QStringList groups;   ///< x categories
    QString groupAxis;    ///< the x axis label; empty: "Configuration"
    QStringList browsers; ///< one bar series each, in this order
    /// values[browser][group]; NaN where that browser did not run that configuration.
    std::vector<std::vector<ComparisonValue>> values;
    bool logScale = false;
};

class BrowserComparisonPlot : public ChartWidget {
    Q_OBJECT
public:
    explicit BrowserComparisonPlot(QWidget *parent = nullptr);

    void setView(const BrowserComparisonView &view);

protected:
    void redraw() override;
    void retranslateAxes() override;

private:
    BrowserComparisonView m_view;
};

} // namespace inferscope::widgets
