#pragma once
// What every InferScope chart shares: a QCustomPlot filling the widget, horizontal drag and zoom, a
// legend in a row above the axes (never over data), a layer for whiskers above the bars, clearing, and redrawing itself
// in the new language on a language switch. Subclasses keep their immutable view value and draw it in redraw().

#include "core/analysis/downsample.h"

#include <QWidget>
#include <vector>

class QCPGraph;
class QCustomPlot;
class QLabel;
class QStackedLayout;

namespace inferscope::widgets {

class ChartWidget : public QWidget {
    Q_OBJECT
public:
    QCustomPlot *plot() const { return m_plot; }
    /// Empties the chart until the next view arrives.
    void clear();
    /// Empties the chart and says, in its place, what was not measured and why (empty: the bare axes).
    void showEmpty(const QString &why);
    /// The sentence showEmpty put in the chart's place; empty while a view is drawn.
    QString emptyText() const;

    /// The layer above the plottables that error bars go on, so they are drawn over the bars they whisker.
    static constexpr const char *kWhiskerLayer = "whiskers";
    /// Legend entries per row at most (the legend is a row above the axes; fitLegend() may wrap it sooner).
    static constexpr int kLegendColumns = 4;
    /// Wraps `plot`'s legend into as few rows as fit `width` (device units of the plot's current fonts), so no
    /// entry is clipped or drawn over its neighbour; the figure exporter calls it at each preset's width.
    static void fitLegend(QCustomPlot *plot, double width);

protected:
    explicit ChartWidget(QWidget *parent);

    /// Draws the current view from scratch (graphs and items are already cleared); called after a new
    /// view and after a language switch.
    virtual void redraw() = 0;
    /// Sets the axis labels in the current language.
    virtual void retranslateAxes() = 0;

    /// Stores nothing itself: the subclass keeps its view, then calls this to draw it.
    void showView();
    static void setPoints(QCPGraph *graph, const std::vector<analysis::PlotPoint> &points);

    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void render();
    QCustomPlot *m_plot;
    QLabel *m_empty;
    QStackedLayout *m_layers;
    bool m_hasView = false;
};

} // namespace inferscope::widgets
