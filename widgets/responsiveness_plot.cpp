#include "widgets/responsiveness_plot.h"

#include "widgets/chart_palette.h"

#include <algorithm>
#include <qcustomplot.h>

namespace inferscope::widgets {

ResponsivenessPlot::ResponsivenessPlot(QWidget *parent) : ChartWidget(parent)
{
    plot()->yAxis->setScaleType(QCPAxis::stLogarithmic);
    plot()->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    retranslateAxes();
}

void ResponsivenessPlot::setView(const ResponsivenessView &view)
{
    m_view = view;
    showView();
}

void ResponsivenessPlot::redraw()
{
    QCustomPlot *chart = plot();
    // Log axis: sub-0.1 ms delays (Firefox stamps BiDi clicks at dispatch) are drawn at 0.1 ms.
    auto clamped = [](std::vector<analysis::PlotPoint> points) {
        for (auto &p : points)
            p.y = std::max(p.y, 0.1);
        return points;
    };
    auto *frames = chart->addGraph();
    frames->setName(tr("frame interval"));
    frames->setPen(QPen(QColor(150, 150, 150), 1.0));
    setPoints(frames, clamped(m_view.frames));
    int index = 0;
    for (const auto &[points, name] : {std::pair{&m_view.inputIdle, tr("input delay, idle")},
                                       std::pair{&m_view.inputBusy, tr("input delay, busy")}}) {
        auto *graph = chart->addGraph();
        graph->setName(name);
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, seriesColor(index++), 5));
        setPoints(graph, clamped(*points));
    }
    auto *longTask = new QCPItemStraightLine(chart);
    longTask->point1->setCoords(0, 50);
    longTask->point2->setCoords(1, 50);
    longTask->setPen(QPen(QColor(200, 80, 60), 1, Qt::DashLine));
    auto *label = new QCPItemText(chart);
    label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    label->position->setCoords(0.01, 50);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    label->setText(tr("50 ms: a long task"));
    label->setColor(QColor(160, 60, 45));
    chart->rescaleAxes();
    chart->yAxis->setRange(0.1, std::max(1000.0, chart->yAxis->range().upper * 1.5));
}

void ResponsivenessPlot::retranslateAxes()
{
    plot()->xAxis->setLabel(tr("Time on the page's clock (s)"));
    plot()->yAxis->setLabel(tr("Delay or frame interval (ms)"));
}

} // namespace inferscope::widgets
