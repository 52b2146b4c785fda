#include "widgets/latency_series_plot.h"

#include "widgets/chart_palette.h"

#include <QEvent>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace inferscope::widgets {
namespace {
void setPoints(QCPGraph *graph, const std::vector<analysis::PlotPoint> &points)
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
} // namespace

LatencySeriesPlot::LatencySeriesPlot(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(font());
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    setMinimumHeight(220);
    retranslate();
}

void LatencySeriesPlot::clear()
{
    m_hasView = false;
    m_plot->clearGraphs();
    m_plot->clearItems();
    m_plot->replot();
}

void LatencySeriesPlot::setView(const LatencySeriesView &view)
{
    m_view = view;
    m_hasView = true;
    m_plot->clearGraphs();
    m_plot->clearItems();

    auto *samples = m_plot->addGraph();
    samples->setName(tr("Samples"));
    samples->setPen(QPen(seriesColor(0), 1.2));
    setPoints(samples, view.samples);

    auto *outliers = m_plot->addGraph();
    outliers->setName(tr("Flagged outliers"));
    outliers->setLineStyle(QCPGraph::lsNone);
    outliers->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, outlierColor(), 5));
    setPoints(outliers, view.outliers);

    auto *median = m_plot->addGraph();
    median->setName(tr("Median with 95% CI"));
    median->setPen(QPen(seriesColor(2), 1.5, Qt::DashLine));
    const double lastX = view.samples.empty() ? 1.0 : view.samples.back().x;
    median->setData({0.0, lastX}, {view.median, view.median});
    auto *ci = new QCPItemRect(m_plot);
    ci->topLeft->setCoords(0, view.ciHigh);
    ci->bottomRight->setCoords(lastX, view.ciLow);
    ci->setPen(Qt::NoPen);
    ci->setBrush(QBrush(QColor(0, 158, 115, 60)));
    ci->setLayer(QStringLiteral("background"));

    if (view.steadyStart > 0) {
        auto *warmup = new QCPItemRect(m_plot);
        warmup->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
        warmup->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
        warmup->topLeft->setCoords(0, 0);
        warmup->bottomRight->setCoords(view.steadyStart, 1);
        warmup->setPen(Qt::NoPen);
        warmup->setBrush(QBrush(bandColor()));
        warmup->setLayer(QStringLiteral("background"));
        auto *label = new QCPItemText(m_plot);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(view.steadyStart / 2, 0.03);
        label->setPositionAlignment(Qt::AlignTop | Qt::AlignHCenter);
        label->setText(tr("warm-up"));
        label->setColor(QColor(0, 90, 140));
    }
    m_plot->plotLayout()->setAutoMargins(QCP::msAll);
    samples->rescaleAxes();
    outliers->rescaleAxes(true);
    m_plot->yAxis->setRangeLower(0);
    m_plot->yAxis->setRangeUpper(m_plot->yAxis->range().upper * 1.08);
    retranslate();
    m_plot->replot();
}

void LatencySeriesPlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_hasView)
            setView(m_view);
    }
    QWidget::changeEvent(event);
}

void LatencySeriesPlot::retranslate()
{
    m_plot->xAxis->setLabel(tr("Inference (sample index)"));
    m_plot->yAxis->setLabel(tr("Latency (ms)"));
    if (!m_hasView)
        m_plot->replot();
}

} // namespace inferscope::widgets
