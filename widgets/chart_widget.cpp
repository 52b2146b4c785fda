#include "widgets/chart_widget.h"

#include "widgets/chart_palette.h"

#include <QEvent>
#include <QLabel>
#include <QStackedLayout>
#include <algorithm>
#include <qcustomplot.h>
#include <vector>

namespace inferscope::widgets {

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent), m_plot(new QCustomPlot(this)), m_empty(new QLabel(this)), m_layers(new QStackedLayout(this))
{
    m_layers->setContentsMargins(0, 0, 0, 0);
    m_layers->addWidget(m_plot);
    // An empty chart says why instead of showing bare axes and an empty legend.
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_empty->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layers->addWidget(m_empty);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(font());
    // The legend sits in a row of its own above the axis rectangle, never on the data (a corner inside the
    // axes covered a flagged outlier, a forest plot's first row and an ECDF's axis), its entries side by side,
    // centred between two empty cells (fitLegend() keeps it as narrow as its entries).
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->axisRect()->insetLayout()->simplify();
    auto *legendRow = new QCPLayoutGrid;
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, legendRow);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001); // only as tall as its entries
    m_plot->plotLayout()->setRowSpacing(0);
    legendRow->setColumnSpacing(0);
    legendRow->addElement(0, 0, new QCPLayoutElement(m_plot));
    legendRow->addElement(0, 1, m_plot->legend);
    legendRow->addElement(0, 2, new QCPLayoutElement(m_plot));
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_plot->legend->setWrap(kLegendColumns);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setMargins(QMargins(6, 2, 6, 2)); // room for a marker wider than its swatch
    // Whiskers above the bars they belong to: a CI's lower half inside a bar must show (see whiskerLayer()).
    m_plot->addLayer(QString::fromLatin1(kWhiskerLayer), m_plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    setMinimumHeight(220);
    applyTheme(m_plot, screenTheme(palette()));
}

void ChartWidget::showEmpty(const QString &why)
{
    clear();
    m_empty->setText(why);
    m_layers->setCurrentWidget(why.isEmpty() ? static_cast<QWidget *>(m_plot) : m_empty);
}

QString ChartWidget::emptyText() const
{
    return m_layers->currentWidget() == m_empty ? m_empty->text() : QString();
}

void ChartWidget::clear()
{
    m_layers->setCurrentWidget(m_plot);
    m_hasView = false;
    m_plot->clearPlottables(); // graphs, bars and error bars
    m_plot->clearItems();
    m_plot->replot();
}

void ChartWidget::showView()
{
    m_layers->setCurrentWidget(m_plot);
    m_hasView = true;
    render();
}

void ChartWidget::render()
{
    m_plot->clearPlottables(); // graphs, bars and error bars
    m_plot->clearItems();
    retranslateAxes();
    redraw();
    applyTheme(m_plot, screenTheme(palette()));
    fitLegend(m_plot, m_plot->axisRect()->width() > 0 ? m_plot->axisRect()->width() : width() * 0.8);
    m_plot->replot();
}

void ChartWidget::fitLegend(QCustomPlot *plot, double width)
{
    QCPLegend *legend = plot->legend;
    const int n = legend->itemCount();
    if (n == 0)
        return;
    std::vector<double> widths;
    for (int i = 0; i < n; ++i)
        widths.push_back(legend->item(i) ? legend->item(i)->minimumOuterSizeHint().width() : 0);
    const double spacing = legend->columnSpacing();
    int columns = std::min(n, kLegendColumns);
    for (; columns > 1; --columns) {
        // Filled row by row: entry i in column i % columns; a column is as wide as its widest entry.
        std::vector<double> column(static_cast<std::size_t>(columns), 0.0);
        for (int i = 0; i < n; ++i)
            column[static_cast<std::size_t>(i % columns)] =
                std::max(column[static_cast<std::size_t>(i % columns)], widths[static_cast<std::size_t>(i)]);
        double total = spacing * (columns - 1);
        for (double w : column)
            total += w;
        if (total <= width)
            break;
    }
    if (legend->wrap() != columns) {
        legend->setWrap(columns);
        legend->setFillOrder(QCPLegend::foColumnsFirst, true);
    }
    // As wide as its entries, so the empty cells beside it centre it.
    legend->setMaximumSize(legend->minimumOuterSizeHint().width() + 1, QWIDGETSIZE_MAX);
}

void ChartWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitLegend(m_plot, m_plot->axisRect()->width() > 0 ? m_plot->axisRect()->width() : width() * 0.8);
    m_plot->replot();
}

void ChartWidget::setPoints(QCPGraph *graph, const std::vector<analysis::PlotPoint> &points)
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

void ChartWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (m_hasView) {
            render(); // legends and labels drawn into the plot are re-created in the new language
        } else {
            retranslateAxes();
            m_plot->replot();
        }
    }
    if (event->type() == QEvent::PaletteChange) { // View > Theme, or the desktop switched between light and dark
        applyTheme(m_plot, screenTheme(palette()));
        m_plot->replot();
    }
    QWidget::changeEvent(event);
}

} // namespace inferscope::widgets
