#include "widgets/distribution_plot.h"

#include "widgets/chart_palette.h"

#include <qcustomplot.h>

namespace inferscope::widgets {

DistributionPlot::DistributionPlot(QWidget *parent) : ChartWidget(parent)
{
    retranslateAxes();
}

void DistributionPlot::setView(const DistributionView &view)
{
    m_view = view;
    showView();
}

void DistributionPlot::redraw()
{
    QCustomPlot *chart = plot();
    int index = 0;
    for (const auto &s : m_view.series) {
        const QColor color = seriesColor(index++);
        auto *graph = chart->addGraph();
        graph->setName(s.name);
        graph->setLineStyle(QCPGraph::lsStepLeft);
        graph->setPen(QPen(color, 2.0));
        setPoints(graph, s.ecdf);
        auto *median = new QCPItemStraightLine(chart);
        median->point1->setCoords(s.median, 0);
        median->point2->setCoords(s.median, 1);
        median->setPen(QPen(color, 1, Qt::DashLine));
    }
    chart->rescaleAxes();
    const QCPRange x = chart->xAxis->range();
    chart->xAxis->setRange(x.lower - 0.05 * x.size(), x.upper + 0.05 * x.size());
    chart->yAxis->setRange(0, 1.02);
}

void DistributionPlot::retranslateAxes()
{
    plot()->xAxis->setLabel(tr("Latency (ms), steady samples"));
    plot()->yAxis->setLabel(tr("Share of samples at or below"));
}

} // namespace inferscope::widgets
