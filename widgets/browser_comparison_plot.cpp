#include "widgets/browser_comparison_plot.h"

#include "widgets/chart_palette.h"

#include <QFontMetricsF>
#include <algorithm>
#include <cmath>
#include <vector>
#include <qcustomplot.h>

namespace inferscope::widgets {

BrowserComparisonPlot::BrowserComparisonPlot(QWidget *parent) : ChartWidget(parent)
{
    // Categories do not zoom usefully: the chart keeps its full extent.
    plot()->setInteractions({});
    plot()->xAxis->grid()->setVisible(false);
    // A category axis marks groups by their labels: a tick at a group's centre would poke into its middle bar.
    plot()->xAxis->setTickLength(0, 0);
    plot()->xAxis->setSubTicks(false);
    retranslateAxes();
}

void BrowserComparisonPlot::setView(const BrowserComparisonView &view)
{
    m_view = view;
    showView();
}

namespace {
/// Whether the group labels fit side by side under a single-column figure's axes (about 195 pt at 7 pt type).
bool fitSideBySide(const QStringList &labels, const QFont &tickFont)
{
    QFont paper = tickFont;
    paper.setPixelSize(7);
    const QFontMetricsF metrics(paper);
    double widest = 0;
    for (const QString &label : labels)
        for (const QString &line : label.split(QLatin1Char('\n')))
            widest = std::max(widest, metrics.horizontalAdvance(line));
    return (widest + 6) * static_cast<double>(labels.size()) <= 195;
}

/// The group labels as drawn: as given when they fit side by side; else one dimension per line (dimensions are
/// separated by plain spaces, a dimension's own words by no-break spaces) when that fits; else vertical.
QStringList layOutLabels(const QStringList &labels, const QFont &tickFont, bool *vertical)
{
    *vertical = false;
    if (fitSideBySide(labels, tickFont))
        return labels;
    QStringList stacked;
    for (QString label : labels)
        stacked << label.replace(QLatin1Char(' '), QLatin1Char('\n'));
    if (fitSideBySide(stacked, tickFont))
        return stacked;
    *vertical = true;
    return labels;
}
} // namespace

void BrowserComparisonPlot::redraw()
{
    QCustomPlot *chart = plot();
    const int groups = static_cast<int>(m_view.groups.size());
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    bool vertical = false;
    const QStringList labels = layOutLabels(m_view.groups, chart->xAxis->tickLabelFont(), &vertical);
    for (int g = 0; g < groups; ++g)
        ticker->addTick(g, labels.at(g));
    chart->xAxis->setTicker(ticker);
    chart->xAxis->setTickLabelRotation(vertical ? 90 : 0);
    chart->xAxis->setRange(-0.6, groups - 0.4);
    chart->yAxis->setScaleType(m_view.logScale ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (m_view.logScale)
        chart->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    else
        chart->yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());

    // Each group centres the bars it has (a native group has one bar, under its own label), all bars one
    // width: that of the fullest group.
    const int series = static_cast<int>(m_view.browsers.size());
    std::vector<int> present(static_cast<std::size_t>(groups), 0);
    for (int g = 0; g < groups; ++g)
        for (int b = 0; b < series; ++b)
            present[static_cast<std::size_t>(g)] += std::isnan(m_view.values.at(static_cast<std::size_t>(b)).at(static_cast<std::size_t>(g)).value) ? 0 : 1;
    const int fullest = std::max(1, present.empty() ? 1 : *std::max_element(present.begin(), present.end()));
    const double width = 0.8 / fullest;
    std::vector<int> placed(static_cast<std::size_t>(groups), 0);
    double top = 0, bottom = 1e300;
    for (int b = 0; b < series; ++b) {
        auto *bars = new QCPBars(chart->xAxis, chart->yAxis);
        bars->setName(m_view.browsers.at(b));
        bars->setWidth(width * 0.94); // a hairline of white between neighbours
        const QColor color = seriesColor(b);
        bars->setPen(QPen(color.darker(130)));
        bars->setBrush(color);
        auto *whiskers = new QCPErrorBars(chart->xAxis, chart->yAxis);
        whiskers->removeFromLegend();
        whiskers->setDataPlottable(bars);
        whiskers->setPen(QPen(QColor(40, 40, 40), 1.2));
        whiskers->setSymbolGap(0); // the default leaves a gap around the value: a narrow CI would show as caps alone
        whiskers->setLayer(QString::fromLatin1(kWhiskerLayer)); // the whole interval shows, inside the bar too
        markNeutral(whiskers, NeutralRole::Foreground);
        QVector<double> keys, values, minus, plus;
        for (int g = 0; g < groups; ++g) {
            const ComparisonValue &v = m_view.values.at(static_cast<std::size_t>(b)).at(static_cast<std::size_t>(g));
            if (std::isnan(v.value))
                continue;
            const int slot = placed[static_cast<std::size_t>(g)]++;
            keys << g + (slot - (present[static_cast<std::size_t>(g)] - 1) / 2.0) * width;
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
        chart->yAxis->setRange(0, top > 0 ? top * 1.08 : 1); // the legend is above the axes: only a margin over the tallest whisker
}

void BrowserComparisonPlot::retranslateAxes()
{
    plot()->yAxis->setLabel(m_view.metric);
    plot()->xAxis->setLabel(m_view.groupAxis.isEmpty() ? tr("Configuration") : m_view.groupAxis);
}

} // namespace inferscope::widgets
