#pragma once
// Browsers side by side: one group of bars per configuration (model, runtime, backend, threads,
// placement), one bar per browser (and the native baseline where the plan has one), with the 95%
// confidence interval as whiskers where the metric has one. Which metric is drawn is the caller's
// choice (latency, slowdown, memory, input delay, fps); the values were computed by core/analysis.
// drawComparison() draws one such view into any axis rectangle: the small multiples
// (comparison_grid_plot) draw one per panel with it.

#include "widgets/chart_widget.h"

#include <QFont>
#include <QString>
#include <QStringList>
#include <cmath>
#include <vector>

class QCPAxisRect;

namespace inferscope::widgets {

struct ComparisonValue {
    double value = std::nan("");
    double low = std::nan(""), high = std::nan(""); ///< CI bounds, NaN when the metric has none
};

struct BrowserComparisonView {
    QString title;        ///< a panel's title (its model, say); empty for a chart of one panel
    QString metric;       ///< the value axis label, e.g. "Median latency (ms)"
    QStringList groups;   ///< x categories
    QString groupAxis;    ///< the x axis label; empty: "Configuration"
    QStringList browsers; ///< one bar series each, in this order
    /// values[browser][group]; NaN where that browser did not run that configuration.
    std::vector<std::vector<ComparisonValue>> values;
    bool logScale = false;
    /// A value marked by a dashed line across the panel (1 on a ratio against native); NaN: none.
    double referenceLine = std::nan("");
};

/// How group labels are measured: the font they are drawn in and the width they may take.
struct LabelFit {
    QFont font;
    double width = 195; ///< device units the labels share side by side
};

/// Draws `view` into `rect` of `plot` (its bars, whiskers, reference line, tick labels and scale); every bar
/// series is named after its browser and colour-coded by its index in `view.browsers`. Series whose
/// browser already has a legend entry are left out of the legend (panels share theirs).
void drawComparison(QCustomPlot *plot, QCPAxisRect *rect, const BrowserComparisonView &view, const LabelFit &fit);

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
