#include "widgets/chart_widget.h"

#include "widgets/chart_palette.h"

#include <QEvent>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace inferscope::widgets {

ChartWidget::ChartWidget(Qt::Alignment legendCorner, QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(font());
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, legendCorner);
    setMinimumHeight(220);
    applyTheme(m_plot, screenTheme(palette()));
}

void ChartWidget::clear()
{
    m_hasView = false;
    m_plot->clearPlottables(); // graphs, bars and error bars
    m_plot->clearItems();
    m_plot->replot();
}

void ChartWidget::showView()
{
    m_hasView = true;
    render();
}

void ChartWidget::render()
{
    m_plot->clearPlottables(); // graphs, bars and error bars
    m_plot->clearItems();
    retranslateAxes();
    redraw();
    applyTheme(m_plot, screenTheme(palette()));
    m_plot->replot();
}

void ChartWidget::setPoints(QCPGraph *graph, const std::vector<analysis::PlotPoint> &points)
{
    QVector<double> xs, ys;
    xs.reserve(static_cast<qsizetype>(points.size()));
    ys.reserve(static_cast<qsizetype>(points.size()));
    for (const auto &p : points) {
        xs.push_back(p.x);
        ys.push_back(p.y);
    }
    graph->setData(xs, ys, true);
}

void ChartWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (m_hasView) {
            render(); // legends and labels drawn into the plot are re-created in the new language
        } else {
            retranslateAxes();
            m_plot->replot();
        }
    }
    if (event->type() == QEvent::PaletteChange) { // View > Theme, or the desktop switched between light and dark
        applyTheme(m_plot, screenTheme(palette()));
        m_plot->replot();
    }
    QWidget::changeEvent(event);
}

} // namespace inferscope::widgets
