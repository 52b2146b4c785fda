#include "widgets/latency_series_plot.h"

#include "widgets/chart_palette.h"

#include <qcustomplot.h>

namespace inferscope::widgets {

LatencySeriesPlot::LatencySeriesPlot(QWidget *parent) : ChartWidget(parent)
{
    retranslateAxes();
}

void LatencySeriesPlot::setView(const LatencySeriesView &view)
{
    m_view = view;
    showView();
}

void LatencySeriesPlot::redraw()
{
    const LatencySeriesView &view = m_view;
    QCustomPlot *chart = plot();
    auto *samples = chart->addGraph();
    samples->setName(tr("Samples"));
    // Width 1 exactly: Qt's raster engine strokes a 1.2-wide zig-zag of 2 400 min/max points in ~1.2 s and a
    // 1-wide one in ~3 ms (bench/scaling_bench). Figure exports widen it to the preset's line width anyway.
    samples->setPen(QPen(seriesColor(0), 1.0));
    setPoints(samples, view.samples);

    auto *outliers = chart->addGraph();
    outliers->setName(tr("Flagged outliers"));
    outliers->setLineStyle(QCPGraph::lsNone);
    outliers->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, outlierColor(), 5));
    setPoints(outliers, view.outliers);

    auto *median = chart->addGraph();
    median->setName(tr("Median with 95% CI"));
    median->setPen(QPen(seriesColor(2), 1.5, Qt::DashLine));
    const double lastX = view.samples.empty() ? 1.0 : view.samples.back().x;
    median->setData({0.0, lastX}, {view.median, view.median});
    auto *ci = new QCPItemRect(chart);
    ci->topLeft->setCoords(0, view.ciHigh);
    ci->bottomRight->setCoords(lastX, view.ciLow);
    ci->setPen(Qt::NoPen);
    ci->setBrush(QBrush(QColor(0, 158, 115, 60)));
    ci->setLayer(QStringLiteral("background"));

    if (!view.note.isEmpty()) {
        auto *note = new QCPItemText(chart);
        note->position->setType(QCPItemPosition::ptAxisRectRatio);
        note->position->setCoords(0.01, 0.03);
        note->setPositionAlignment(Qt::AlignTop | Qt::AlignLeft);
        note->setText(view.note);
        markNeutral(note, NeutralRole::Foreground);
    }
    if (view.driftEnd > 0) {
        auto *warmup = new QCPItemRect(chart);
        warmup->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
        warmup->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
        warmup->topLeft->setCoords(0, 0);
        warmup->bottomRight->setCoords(view.driftEnd, 1);
        warmup->setPen(Qt::NoPen);
        warmup->setBrush(QBrush(bandColor()));
        warmup->setLayer(QStringLiteral("background"));
        auto *label = new QCPItemText(chart);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(view.driftEnd / 2, 0.03);
        label->setPositionAlignment(Qt::AlignTop | Qt::AlignHCenter);
        label->setText(tr("drift (kept)"));
        label->setColor(QColor(0, 90, 140));
        markNeutral(label, NeutralRole::Foreground);
    }
    chart->plotLayout()->setAutoMargins(QCP::msAll);
    samples->rescaleAxes();
    outliers->rescaleAxes(true);
    chart->yAxis->setRangeLower(0);
    chart->yAxis->setRangeUpper(chart->yAxis->range().upper * 1.08);
}

void LatencySeriesPlot::retranslateAxes()
{
    plot()->xAxis->setLabel(m_view.perToken ? tr("Generated token (decode step, every measured generation in turn)")
                                            : tr("Inference (sample index)"));
    plot()->yAxis->setLabel(m_view.perToken ? tr("Latency per token (ms)") : tr("Latency (ms)"));
}

} // namespace inferscope::widgets
