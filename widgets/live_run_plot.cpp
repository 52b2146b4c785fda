#include "widgets/live_run_plot.h"

#include "widgets/chart_palette.h"

#include <qcustomplot.h>

namespace inferscope::widgets {
namespace {
constexpr int kRedrawMs = 250;
constexpr std::size_t kBuckets = 800; ///< about one per pixel column of a wide window
} // namespace

LiveRunPlot::LiveRunPlot(QWidget *parent) : ChartWidget(parent)
{
    QCustomPlot *chart = plot();
    // The run's id as a title above both panels (ids are long: an axis label would be cut off).
    chart->plotLayout()->insertRow(0);
    m_title = new QCPTextElement(chart, QString(), QFont(font().family(), font().pointSize(), QFont::Bold));
    chart->plotLayout()->addElement(0, 0, m_title);
    m_memoryRect = new QCPAxisRect(chart);
    chart->plotLayout()->addElement(chart->plotLayout()->rowCount(), 0,
                                    m_memoryRect); // below the title, the legend and the latency panel
    // Both panels share the left margin so their y axes line up.
    auto *margins = new QCPMarginGroup(chart);
    chart->axisRect(0)->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    m_memoryRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    m_memoryRect->setRangeDrag(Qt::Horizontal);
    m_memoryRect->setRangeZoom(Qt::Horizontal);
    m_redraw.setSingleShot(true);
    m_redraw.setInterval(kRedrawMs);
    connect(&m_redraw, &QTimer::timeout, this, [this] { showView(); });
    setMinimumHeight(300);
    retranslateAxes();
}

void LiveRunPlot::reset(const QString &runId, bool streams)
{
    m_runId = runId;
    m_streams = streams;
    m_index.clear();
    m_samples.clear();
    m_warmup.clear();
    m_memoryT.clear();
    m_memoryMb.clear();
    showView();
}

void LiveRunPlot::addSample(double ms, bool warmup)
{
    m_index.push_back(static_cast<double>(m_index.size() + 1));
    m_samples.push_back(ms);
    m_warmup.push_back(warmup);
    scheduleRedraw();
}

void LiveRunPlot::addMemory(double atMs, double pssBytes)
{
    if (!m_memoryT.empty() && atMs / 1000.0 < m_memoryT.back())
        return; // out of order: a sweep from the run before (the clock restarts per run)
    m_memoryT.push_back(atMs / 1000.0);
    m_memoryMb.push_back(pssBytes / 1e6);
    scheduleRedraw();
}

void LiveRunPlot::scheduleRedraw()
{
    if (!m_redraw.isActive())
        m_redraw.start();
}

void LiveRunPlot::redraw()
{
    QCustomPlot *chart = plot();
    // Warm-up and steady samples as two graphs on one axis: warm-up in grey, the measured ones in colour.
    std::vector<double> wx, wy, sx, sy;
    for (std::size_t i = 0; i < m_samples.size(); ++i) {
        (m_warmup[i] ? wx : sx).push_back(m_index[i]);
        (m_warmup[i] ? wy : sy).push_back(m_samples[i]);
    }
    auto addGraph = [&](QCPAxisRect *rect, const std::vector<double> &xs, const std::vector<double> &ys,
                        const QString &name, const QPen &pen, bool dots) {
        auto *graph = chart->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        graph->setName(name);
        graph->setPen(pen);
        if (dots) {
            graph->setLineStyle(QCPGraph::lsNone);
            graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, pen.color(), 3));
        }
        if (!xs.empty())
            setPoints(graph, analysis::minMaxDownsample(xs, ys, kBuckets));
        return graph;
    };
    QCPAxisRect *latency = chart->axisRect(0);
    if (m_samples.empty() && !m_runId.isEmpty()) { // say why the panel is empty instead of showing bare axes
        auto *hint = new QCPItemText(chart);
        hint->setClipAxisRect(latency);
        hint->position->setAxisRect(latency);
        hint->position->setType(QCPItemPosition::ptAxisRectRatio);
        hint->position->setCoords(0.5, 0.5);
        hint->setText(m_streams ? tr("Waiting for the first sample (the runtime and model are loading)…")
                                : tr("A native run reports its samples when it ends."));
        markNeutral(hint, NeutralRole::Muted);
    }
    auto *warm = addGraph(latency, wx, wy, tr("warm-up"), QPen(QColor(150, 150, 150)), true);
    markNeutral(warm, NeutralRole::Muted);
    addGraph(latency, sx, sy, tr("measured"), QPen(seriesColor(0)), true);
    auto *memory = addGraph(m_memoryRect, m_memoryT, m_memoryMb, tr("PSS"), QPen(seriesColor(2), 1.6), false);
    memory->removeFromLegend();
    for (QCPAxisRect *rect : {latency, m_memoryRect}) {
        QCPAxis *x = rect->axis(QCPAxis::atBottom), *y = rect->axis(QCPAxis::atLeft);
        const bool empty = rect == latency ? m_samples.empty() : m_memoryT.empty();
        if (empty) { // no data yet: plain default ranges, not the last run's
            x->setRange(0, 10);
            y->setRange(0, 1);
            continue;
        }
        x->rescale();
        y->rescale();
        y->setRange(0, std::max(1.0, y->range().upper * 1.1));
    }
    // Latency: show at least 10 samples of room so the first points are not stretched across the panel.
    QCPAxis *x = latency->axis(QCPAxis::atBottom);
    x->setRange(0, std::max(10.0, x->range().upper + 1));
}

void LiveRunPlot::retranslateAxes()
{
    QCustomPlot *chart = plot();
    chart->xAxis->setLabel(tr("Inference"));
    m_title->setText(m_runId.isEmpty() ? tr("No run in flight") : m_runId);
    chart->yAxis->setLabel(tr("Latency (ms)"));
    m_memoryRect->axis(QCPAxis::atBottom)->setLabel(tr("Time since the run started (s)"));
    m_memoryRect->axis(QCPAxis::atLeft)->setLabel(tr("PSS (MB)"));
}

} // namespace inferscope::widgets
