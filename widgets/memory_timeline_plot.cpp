#include "widgets/memory_timeline_plot.h"

#include "widgets/chart_palette.h"

#include <QEvent>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace inferscope::widgets {

MemoryTimelinePlot::MemoryTimelinePlot(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(font());
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    setMinimumHeight(220);
    retranslate();
}

void MemoryTimelinePlot::clear()
{
    m_hasView = false;
    m_plot->clearGraphs();
    m_plot->clearItems();
    m_plot->replot();
}

void MemoryTimelinePlot::setView(const MemoryTimelineView &view)
{
    m_view = view;
    m_hasView = true;
    m_plot->clearGraphs();
    m_plot->clearItems();
    int index = 0;
    for (const auto &[label, points] : view.series) {
        auto *graph = m_plot->addGraph();
        graph->setName(label);
        graph->setPen(QPen(seriesColor(index), index == 0 ? 2.0 : 1.2));
        QVector<double> xs, ys;
        for (const auto &p : points) {
            xs.push_back(p.x);
            ys.push_back(p.y);
        }
        graph->setData(xs, ys, true);
        ++index;
    }
    for (const auto &[value, text] : {std::pair{view.baselineMb, tr("baseline")}, std::pair{view.peakMb, tr("peak")}}) {
        auto *line = new QCPItemStraightLine(m_plot);
        line->point1->setCoords(0, value);
        line->point2->setCoords(1, value);
        line->setPen(QPen(QColor(120, 120, 120), 1, Qt::DashLine));
        auto *label = new QCPItemText(m_plot);
        label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(0.99, value);
        label->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
        label->setText(QStringLiteral("%1 %2 MB").arg(text).arg(value, 0, 'f', 0));
        label->setColor(QColor(90, 90, 90));
    }
    m_plot->rescaleAxes();
    m_plot->yAxis->setRangeLower(0);
    m_plot->yAxis->setRangeUpper(m_plot->yAxis->range().upper * 1.1);
    m_plot->replot();
}

void MemoryTimelinePlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_hasView)
            setView(m_view);
    }
    QWidget::changeEvent(event);
}

void MemoryTimelinePlot::retranslate()
{
    m_plot->xAxis->setLabel(tr("Time since the run started (s)"));
    m_plot->yAxis->setLabel(tr("PSS (MB)"));
    if (!m_hasView)
        m_plot->replot();
}

} // namespace inferscope::widgets
