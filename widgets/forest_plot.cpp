#include "widgets/forest_plot.h"

#include "widgets/chart_palette.h"
#include "widgets/log_ticks.h"

#include <algorithm>
#include <cmath>
#include <qcustomplot.h>

namespace inferscope::widgets {

ForestPlot::ForestPlot(QWidget *parent) : ChartWidget(parent)
{
    plot()->setInteractions({});
    plot()->yAxis->grid()->setVisible(false);
    plot()->xAxis->setScaleType(QCPAxis::stLogarithmic);
    retranslateAxes();
}

void ForestPlot::setView(const ForestView &view)
{
    m_view = view;
    showView();
}

void ForestPlot::redraw()
{
    QCustomPlot *chart = plot();
    const int n = static_cast<int>(m_view.rows.size());
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    double low = 1, high = 1;
    // Rows from the top: row 0 at y = n - 1.
    QVector<double> ySig, xSig, xNot, yNot;
    QVector<double> minusSig, plusSig, minusNot, plusNot;
    // Bottom row first: the graph keeps its data sorted by key (y), and the whiskers follow the data's order.
    for (int i = n - 1; i >= 0; --i) {
        const ForestRow &r = m_view.rows[static_cast<std::size_t>(i)];
        const double y = n - 1 - i;
        ticker->addTick(y, r.label);
        if (!(r.ratio > 0))
            continue;
        low = std::min({low, r.low > 0 ? r.low : r.ratio, r.ratio});
        high = std::max({high, r.high > 0 ? r.high : r.ratio, r.ratio});
        auto &ys = r.significant ? ySig : yNot;
        auto &xs = r.significant ? xSig : xNot;
        ys << y;
        xs << r.ratio;
        (r.significant ? minusSig : minusNot) << std::max(0.0, r.ratio - r.low);
        (r.significant ? plusSig : plusNot) << std::max(0.0, r.high - r.ratio);
    }
    chart->yAxis->setTicker(ticker);
    chart->yAxis->setRange(-0.7, n - 0.3); // the legend is above the axes
    chart->xAxis->setRange(low / 1.25, high * 1.25);
    chart->xAxis->setTicker(oneTwoFiveTicks(low / 1.25, high * 1.25));
    auto series = [&](const QVector<double> &ys, const QVector<double> &xs, const QVector<double> &minus,
                      const QVector<double> &plus, bool filled, const QString &name) {
        // Key axis = y (rows), value axis = x (ratios): the whiskers of the value run horizontally.
        auto *graph = new QCPGraph(chart->yAxis, chart->xAxis);
        graph->setName(name);
        graph->setLineStyle(QCPGraph::lsNone);
        const QColor color = seriesColor(0);
        graph->setScatterStyle(QCPScatterStyle(filled ? QCPScatterStyle::ssDisc : QCPScatterStyle::ssCircle, color,
                                               filled ? QBrush(color) : QBrush(Qt::NoBrush), 8));
        graph->setData(ys, xs, true);
        auto *whiskers = new QCPErrorBars(chart->yAxis, chart->xAxis);
        whiskers->removeFromLegend();
        whiskers->setDataPlottable(graph);
        whiskers->setPen(QPen(QColor(40, 40, 40), 1.2));
        markNeutral(whiskers, NeutralRole::Foreground);
        whiskers->setData(minus, plus);
        if (ys.isEmpty())
            graph->removeFromLegend();
    };
    series(ySig, xSig, minusSig, plusSig, true, tr("significant (Holm p < 0.05)"));
    series(yNot, xNot, minusNot, plusNot, false, tr("not significant"));
    auto *one = new QCPItemStraightLine(chart);
    one->point1->setCoords(1, 0);
    one->point2->setCoords(1, 1);
    one->setPen(QPen(QColor(120, 120, 120), 1, Qt::DashLine));
    markNeutral(one, NeutralRole::Muted);
}

void ForestPlot::retranslateAxes()
{
    plot()->xAxis->setLabel(m_view.axisLabel.isEmpty() ? tr("ratio to the baseline's median") : m_view.axisLabel);
    plot()->yAxis->setLabel(QString());
}

} // namespace inferscope::widgets
