#include "widgets/memory_timeline_plot.h"

#include "widgets/chart_palette.h"

#include <qcustomplot.h>

namespace inferscope::widgets {

MemoryTimelinePlot::MemoryTimelinePlot(QWidget *parent) : ChartWidget(parent)
{
    retranslateAxes();
}

void MemoryTimelinePlot::setView(const MemoryTimelineView &view)
{
    m_view = view;
    showView();
}

void MemoryTimelinePlot::redraw()
{
    const MemoryTimelineView &view = m_view;
    QCustomPlot *chart = plot();
    int index = 0;
    for (const auto &[label, points] : view.series) {
        auto *graph = chart->addGraph();
        graph->setName(label);
        graph->setPen(QPen(seriesColor(index), index == 0 ? 2.0 : 1.2));
        setPoints(graph, points);
        ++index;
    }
    for (const auto &[value, text] : {std::pair{view.baselineMb, tr("baseline")}, std::pair{view.peakMb, tr("peak")}}) {
        auto *line = new QCPItemStraightLine(chart);
        line->point1->setCoords(0, value);
        line->point2->setCoords(1, value);
        line->setPen(QPen(QColor(120, 120, 120), 1, Qt::DashLine));
        markNeutral(line, NeutralRole::Muted);
        auto *label = new QCPItemText(chart);
        label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(0.99, value);
        label->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
        label->setText(QStringLiteral("%1 %2 MB").arg(text).arg(value, 0, 'f', 0));
        label->setColor(QColor(90, 90, 90));
        markNeutral(label, NeutralRole::Muted);
    }
    chart->rescaleAxes();
    chart->yAxis->setRangeLower(0);
    chart->yAxis->setRangeUpper(chart->yAxis->range().upper * 1.1);
}

void MemoryTimelinePlot::retranslateAxes()
{
    plot()->xAxis->setLabel(tr("Time since the run started (s)"));
    plot()->yAxis->setLabel(tr("PSS (MB)"));
}

} // namespace inferscope::widgets
