#include "widgets/browser_comparison_plot.h"

#include "widgets/chart_palette.h"
#include "widgets/log_ticks.h"

#include <QFontMetricsF>
#include <algorithm>
#include <cmath>
#include <qcustomplot.h>
#include <vector>

namespace inferscope::widgets {

BrowserComparisonPlot::BrowserComparisonPlot(QWidget *parent) : ChartWidget(parent)
{
    // Categories do not zoom usefully: the chart keeps its full extent.
    plot()->setInteractions({});
    retranslateAxes();
}

void BrowserComparisonPlot::setView(const BrowserComparisonView &view)
{
    m_view = view;
    showView();
}

namespace {
/// Whether the group labels fit side by side in `fit.width`.
bool fitSideBySide(const QStringList &labels, const LabelFit &fit)
{
    const QFontMetricsF metrics(fit.font);
    double widest = 0;
    for (const QString &label : labels)
        for (const QString &line : label.split(QLatin1Char('\n')))
            widest = std::max(widest, metrics.horizontalAdvance(line));
    return (widest + 6) * static_cast<double>(labels.size()) <= fit.width;
}

/// The group labels as drawn: as given when they fit side by side; else one dimension per line (dimensions are
/// separated by plain spaces, a dimension's own words by no-break spaces) when that fits; else one word per
/// line when that fits; else vertical.
QStringList layOutLabels(const QStringList &labels, const LabelFit &fit, bool *vertical)
{
    *vertical = false;
    if (fitSideBySide(labels, fit))
        return labels;
    QStringList stacked;
    for (QString label : labels)
        stacked << label.replace(QLatin1Char(' '), QLatin1Char('\n'));
    if (fitSideBySide(stacked, fit))
        return stacked;
    QStringList words; // then every word on a line of its own ("webgl (software GPU)" as three short lines)
    for (QString label : stacked)
        words << label.replace(QChar(0x00a0), QLatin1Char('\n'));
    if (fitSideBySide(words, fit))
        return words;
    *vertical = true;
    return labels;
}

/// Whether another series already has `bars`' name in the legend (a panel before this one drew that browser).
bool hasLegendEntry(QCustomPlot *plot, const QCPBars *bars)
{
    for (int i = 0; i < plot->legend->itemCount(); ++i)
        if (auto *item = qobject_cast<QCPPlottableLegendItem *>(plot->legend->item(i));
            item && item->plottable() != bars && item->plottable()->name() == bars->name())
            return true;
    return false;
}
} // namespace

void drawComparison(QCustomPlot *plot, QCPAxisRect *rect, const BrowserComparisonView &view, const LabelFit &fit)
{
    QCPAxis *xAxis = rect->axis(QCPAxis::atBottom), *yAxis = rect->axis(QCPAxis::atLeft);
    xAxis->grid()->setVisible(false);
    // A category axis marks groups by their labels: a tick at a group's centre would poke into its middle bar.
    xAxis->setTickLength(0, 0);
    xAxis->setSubTicks(false);
    const int groups = static_cast<int>(view.groups.size());
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    bool vertical = false;
    const QStringList labels = layOutLabels(view.groups, fit, &vertical);
    for (int g = 0; g < groups; ++g)
        ticker->addTick(g, labels.at(g));
    xAxis->setTicker(ticker);
    xAxis->setTickLabelRotation(vertical ? 90 : 0);
    xAxis->setRange(-0.6, groups - 0.4);
    yAxis->setScaleType(view.logScale ? QCPAxis::stLogarithmic : QCPAxis::stLinear);

    // Each group centres the bars it has (a native group has one bar, under its own label), all bars one
    // width: that of the fullest group.
    const int series = static_cast<int>(view.browsers.size());
    std::vector<int> present(static_cast<std::size_t>(groups), 0);
    for (int g = 0; g < groups; ++g)
        for (int b = 0; b < series; ++b)
            present[static_cast<std::size_t>(g)] +=
                std::isnan(view.values.at(static_cast<std::size_t>(b)).at(static_cast<std::size_t>(g)).value) ? 0 : 1;
    const int fullest = std::max(1, present.empty() ? 1 : *std::max_element(present.begin(), present.end()));
    const double width = 0.8 / fullest;
    std::vector<int> placed(static_cast<std::size_t>(groups), 0);
    double top = 0, bottom = 1e300;
    for (int b = 0; b < series; ++b) {
        auto *bars = new QCPBars(xAxis, yAxis);
        bars->setName(view.browsers.at(b));
        bars->setWidth(width * 0.94); // a hairline of white between neighbours
        // On a log axis a bar starts at the axis' bottom, not at 0 (which a log axis cannot show).
        const QColor color = seriesColor(b);
        bars->setPen(QPen(color.darker(130)));
        bars->setBrush(color);
        auto *whiskers = new QCPErrorBars(xAxis, yAxis);
        whiskers->removeFromLegend();
        whiskers->setDataPlottable(bars);
        whiskers->setPen(QPen(QColor(40, 40, 40), 1.2));
        whiskers->setSymbolGap(0); // the default leaves a gap around the value: a narrow CI would show as caps alone
        whiskers->setLayer(
            QString::fromLatin1(ChartWidget::kWhiskerLayer)); // the whole interval shows, inside the bar too
        markNeutral(whiskers, NeutralRole::Foreground);
        QVector<double> keys, values, minus, plus;
        for (int g = 0; g < groups; ++g) {
            const ComparisonValue &v = view.values.at(static_cast<std::size_t>(b)).at(static_cast<std::size_t>(g));
            if (std::isnan(v.value))
                continue;
            const int slot = placed[static_cast<std::size_t>(g)]++;
            keys << g + (slot - (present[static_cast<std::size_t>(g)] - 1) / 2.0) * width;
            values << v.value;
            // A metric without a CI draws no whisker (NaN), not a flat cap on top of the bar.
            minus << (std::isnan(v.low) ? std::nan("") : std::max(0.0, v.value - v.low));
            plus << (std::isnan(v.high) ? std::nan("") : std::max(0.0, v.high - v.value));
            top = std::max(top, std::isnan(v.high) ? v.value : v.high);
            bottom = std::min(bottom, std::isnan(v.low) || v.low <= 0 ? v.value : v.low);
        }
        bars->setData(keys, values, true);
        whiskers->setData(minus, plus);
        if (keys.isEmpty() || hasLegendEntry(plot, bars))
            bars->removeFromLegend();
    }
    if (std::isfinite(view.referenceLine)) {
        top = std::max(top, view.referenceLine);
        bottom = std::min(bottom, view.referenceLine);
        auto *line = new QCPItemStraightLine(plot);
        line->setClipAxisRect(rect);
        line->point1->setAxes(xAxis, yAxis);
        line->point2->setAxes(xAxis, yAxis);
        line->point1->setCoords(0, view.referenceLine);
        line->point2->setCoords(1, view.referenceLine);
        line->setPen(QPen(QColor(90, 90, 90), 1, Qt::DashLine));
        markNeutral(line, NeutralRole::Foreground);
    }
    if (view.logScale) {
        const double low = std::max(1e-3, bottom / 1.6), high = std::max(top * 1.6, low * 10);
        yAxis->setRange(low, high);
        yAxis->setTicker(
            logTicks(low, high, std::max(3, static_cast<int>(rect->height() > 0 ? rect->height() / 22 : 6))));
        // Bars grow from the axis' bottom: a log axis has no zero.
        for (int i = 0; i < plot->plottableCount(); ++i)
            if (auto *bars = qobject_cast<QCPBars *>(plot->plottable(i)); bars && bars->valueAxis() == yAxis)
                bars->setBaseValue(low);
    } else {
        yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        yAxis->setRange(0, top > 0 ? top * 1.08
                                   : 1); // the legend is above the axes: only a margin over the tallest whisker
    }
    yAxis->setLabel(view.metric);
    xAxis->setLabel(view.groupAxis.isEmpty() ? BrowserComparisonPlot::tr("Configuration") : view.groupAxis);
}

void BrowserComparisonPlot::redraw()
{
    // The labels are laid out for a single-column figure's axes (about 195 pt at 7 pt type): what fits there fits
    // on screen too.
    QFont paper = plot()->xAxis->tickLabelFont();
    paper.setPixelSize(7);
    drawComparison(plot(), plot()->axisRect(), m_view, {paper, 195});
}

void BrowserComparisonPlot::retranslateAxes()
{
    plot()->yAxis->setLabel(m_view.metric);
    plot()->xAxis->setLabel(m_view.groupAxis.isEmpty() ? tr("Configuration") : m_view.groupAxis);
}

} // namespace inferscope::widgets
