#pragma once
// What every InferScope chart shares: a QCustomPlot filling the widget, horizontal drag and zoom, a
// legend in one corner, clearing, and redrawing itself in the new language on a language switch.
// Subclasses keep their immutable view value and draw it in redraw().

#include "core/analysis/downsample.h"

#include <QWidget>
#include <vector>

class QCPGraph;
class QCustomPlot;

namespace inferscope::widgets {

class ChartWidget : public QWidget {
    Q_OBJECT
public:
    QCustomPlot *plot() const { return m_plot; }
    /// Empties the chart until the next view arrives.
    void clear();

protected:
    ChartWidget(Qt::Alignment legendCorner, QWidget *parent);

    /// Draws the current view from scratch (graphs and items are already cleared); called after a new
    /// view and after a language switch.
    virtual void redraw() = 0;
    /// Sets the axis labels in the current language.
    virtual void retranslateAxes() = 0;

    /// Stores nothing itself: the subclass keeps its view, then calls this to draw it.
    void showView();
    static void setPoints(QCPGraph *graph, const std::vector<analysis::PlotPoint> &points);

    void changeEvent(QEvent *event) override;

private:
    void render();
    QCustomPlot *m_plot;
    bool m_hasView = false;
};

} // namespace inferscope::widgets
