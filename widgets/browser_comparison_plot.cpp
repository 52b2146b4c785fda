#include "widgets/browser_comparison_plot.h"

#include "widgets/chart_palette.h"

#include <algorithm>
#include <qcustomplot.h>

namespace inferscope::widgets {

BrowserComparisonPlot::BrowserComparisonPlot(QWidget *parent) : ChartWidget(Qt::AlignTop | Qt::AlignRight, parent)
{
    // Categories do not zoom usefully: the chart keeps its full extent.
    plot()->setInteractions({});
    plot()->xAxis->grid()->setVisible(false);
    // One row of legend entries at the top, above the tallest bars (the value axis leaves room for it).
    plot()->legend->setFillOrder(QCPLegend::foColumnsFirst);
    plot()->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignHCenter);
    retranslateAxes();
}

void BrowserComparisonPlot::setView(const BrowserComparisonView &view)
{
    m_view = view;
    showView();
}

void BrowserComparisonPlot::redraw()
{
    QCustomPlot *chart = plot();
    const int groups = static_cast<int>(m_view.groups.size());
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int g = 0; g < groups; ++g)
        ticker->addTick(g, m_view.groups.at(g));
    chart->xAxis->setTicker(ticker);
    // Many groups: vertical labels, so neighbours never overlap (two short lines each fit a group's width).
    chart->xAxis->setTickLabelRotation(groups > 10 ? 90 : groups > 4 ? 30 : 0);
    chart->xAxis->setRange(-0.6, groups - 0.4);
    chart->yAxis->setScaleType(m_view.logScale ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (m_view.logScale)
        chart->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    else
        chart->yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());

    auto *group = new QCPBarsGroup(chart); // owned by the plot
    const int series = static_cast<int>(m_view.browsers.size());
    const double width = 0.8 / std::max(1, series);
    double top = 0, bottom = 1e300;
    for (int b = 0; b < series; ++b) {
        auto *bars = new QCPBars(chart->xAxis, chart->yAxis);
        bars->setName(m_view.browsers.at(b));
        bars->setWidth(width);
        bars->setBarsGroup(group);
        const QColor color = seriesColor(b);
        bars->setPen(QPen(color.darker(130)));
        bars->setBrush(color);
        auto *whiskers = new QCPErrorBars(chart->xAxis, chart->yAxis);
        whiskers->removeFromLegend();
        whiskers->setDataPlottable(bars);
        whiskers->setPen(QPen(QColor(40, 40, 40), 1.2));
        markNeutral(whiskers, NeutralRole::Foreground);
        QVector<double> keys, values, minus, plus;
        for (int g = 0; g < groups; ++g) {
            const ComparisonValue &v = m_view.values.at(static_cast<std::size_t>(b)).at(static_cast<std::size_t>(g));
            if (std::isnan(v.value))
                continue;
            keys << g;
            values << v.value;
            // A metric without a CI draws no whisker (NaN), not a flat cap on top of the bar.
            minus << (std::isnan(v.low) ? std::nan("") : std::max(0.0, v.value - v.low));
            plus << (std::isnan(v.high) ? std::nan("") : std::max(0.0, v.high - v.value));
            top = std::max(top, std::isnan(v.high) ? v.value : v.high);
            bottom = std::min(bottom, v.value);
        }
        bars->setData(keys, values, true);
        whiskers->setData(minus, plus);
        if (keys.isEmpty())
            bars->removeFromLegend();
    }
    if (m_view.logScale)
        chart->yAxis->setRange(std::max(1e-3, bottom / 2), std::max(top * 4, bottom * 8));
    else
        chart->yAxis->setRange(0, top > 0 ? top * 1.45 : 1); // room above the tallest bar for the legend, at paper sizes too
}

void BrowserComparisonPlot::retranslateAxes()
{
    plot()->yAxis->setLabel(m_view.metric);
    plot()->xAxis->setLabel(m_view.groupAxis.isEmpty() ? tr("Configuration") : m_view.groupAxis);
}

} // namespace inferscope::widgets
