#include "widgets/comparison_grid_plot.h"

#include "widgets/chart_palette.h"
#include "widgets/figure_exporter.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QResizeEvent>
#include <algorithm>
#include <cmath>
#include <qcustomplot.h>

namespace inferscope::widgets {
namespace {
/// Screen type is about 1.4x paper type: a panel needs that much more room in pixels than in points.
constexpr double kScreenScale = 1.4;

/// `text` broken at spaces into lines no wider than `width` in `font` (a long axis title must not run into
/// the neighbouring panel's).
QString wrapped(const QString &text, const QFont &font, double width)
{
    const QFontMetricsF metrics(font);
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(candidate) > width) {
            lines << line;
            line = word;
        } else {
            line = candidate;
        }
    }
    if (!line.isEmpty())
        lines << line;
    return lines.join(QLatin1Char('\n'));
}

int maxGroups(const std::vector<BrowserComparisonView> &panels)
{
    int most = 1;
    for (const auto &p : panels)
        most = std::max(most, static_cast<int>(p.groups.size()));
    return most;
}
} // namespace

GridShape gridShape(int panelCount, int maxGroups, double width, double height)
{
    GridShape shape;
    if (panelCount <= 1)
        return shape;
    const double panelWidth = std::max(210.0, 50.0 + 22.0 * maxGroups), panelHeight = 160.0;
    shape.columns = std::clamp(static_cast<int>(width / panelWidth), 1, panelCount);
    const int rowsNeeded = (panelCount + shape.columns - 1) / shape.columns;
    shape.rows = std::clamp(static_cast<int>((height - 18.0) / panelHeight), 1, rowsNeeded);
    if (shape.rows == rowsNeeded) // one page: as few columns as still hold every panel in these rows
        shape.columns = (panelCount + shape.rows - 1) / shape.rows;
    return shape;
}

ComparisonGridPlot::ComparisonGridPlot(QWidget *parent) : ChartWidget(parent)
{
    plot()->setInteractions({});
    setMinimumHeight(320);
    // The panels replace the one axis rectangle every chart starts with (row 1, under the legend's row).
    m_grid = new QCPLayoutGrid;
    plot()->plotLayout()->remove(plot()->plotLayout()->element(1, 0));
    plot()->plotLayout()->addElement(1, 0, m_grid);
    m_grid->addElement(0, 0, new QCPAxisRect(plot()));
}

void ComparisonGridPlot::setView(const ComparisonGridView &view)
{
    m_view = view;
    m_page = std::clamp(
        m_page, 0,
        std::max(0, static_cast<int>((m_view.panels.size() + shape().perPage() - 1) / shape().perPage()) - 1));
    showView();
}

void ComparisonGridPlot::setFigurePreset(const FigurePreset &preset)
{
    m_preset = preset;
    setMinimumSize(0, 0); // the page's size, in points, whatever a window would want
    resize(static_cast<int>(std::lround(preset.widthPt())), static_cast<int>(std::lround(preset.heightPt())));
}

GridShape ComparisonGridPlot::shape() const
{
    const int n = static_cast<int>(m_view.panels.size());
    if (m_preset) { // a preset with larger type (a slide's) fits fewer panels: measured in its type's units
        const double typeScale = std::max(1.0, m_preset->tickPt / 7.0);
        return gridShape(n, maxGroups(m_view.panels), m_preset->widthPt() / typeScale,
                         m_preset->heightPt() / typeScale);
    }
    return gridShape(n, maxGroups(m_view.panels), width() / kScreenScale, height() / kScreenScale);
}

int ComparisonGridPlot::pageCount() const
{
    const int perPage = shape().perPage();
    return std::max(1, static_cast<int>((m_view.panels.size() + static_cast<std::size_t>(perPage) - 1) /
                                        static_cast<std::size_t>(perPage)));
}

std::vector<BrowserComparisonView> ComparisonGridPlot::panelsOfPage(int page) const
{
    const auto perPage = static_cast<std::size_t>(shape().perPage());
    const std::size_t first = static_cast<std::size_t>(std::max(0, page)) * perPage;
    std::vector<BrowserComparisonView> out;
    for (std::size_t i = first; i < std::min(m_view.panels.size(), first + perPage); ++i)
        out.push_back(m_view.panels[i]);
    return out;
}

void ComparisonGridPlot::setPage(int page)
{
    page = std::clamp(page, 0, pageCount() - 1);
    if (page == m_page)
        return;
    m_page = page;
    showView();
}

QStringList ComparisonGridPlot::writePages(const QString &file, int dpi, QString *error)
{
    const FigurePreset preset = m_preset.value_or(*figurePreset(QStringLiteral("double")));
    const QFileInfo info(file);
    const int pages = pageCount();
    QStringList written;
    for (int page = 0; page < pages; ++page) {
        setPage(page);
        const QString name = pages == 1 ? file
                                        : info.path() + QLatin1Char('/') + info.completeBaseName() +
                                              QStringLiteral("-%1.").arg(page + 1) + info.suffix();
        if (!FigureExporter::exportFigure(plot(), name, preset, dpi, error))
            return {};
        written << name;
    }
    return written;
}

void ComparisonGridPlot::redraw()
{
    QCustomPlot *chart = plot();
    m_grid->clear(); // the previous panels' axis rectangles (their plottables and items are gone already)
    m_grid->simplify();
    for (QCPMarginGroup *group : m_marginGroups)
        delete group;
    m_marginGroups.clear();
    const GridShape grid = shape();
    m_drawnShape = grid;
    const auto panels = panelsOfPage(m_page);

    QFont tickFont = chart->font(), titleFont = chart->font();
    double pageWidth = width();
    if (m_preset) { // the paper's type, in points (the exporter lays the page out one unit per point)
        tickFont.setPixelSize(static_cast<int>(std::lround(m_preset->tickPt)));
        titleFont.setPixelSize(static_cast<int>(std::lround(m_preset->labelPt)));
        pageWidth = m_preset->widthPt();
    }
    titleFont.setBold(true);
    if (m_preset)
        chart->legend->setFont(tickFont);
    const double panelWidth = pageWidth / grid.columns;
    if (panels.empty()) {
        auto *rect = new QCPAxisRect(chart);
        for (QCPAxis *axis : rect->axes())
            axis->setVisible(false);
        m_grid->addElement(0, 0, new QCPTextElement(chart, m_view.emptyText, titleFont));
        m_grid->addElement(1, 0, rect);
        m_grid->setRowStretchFactor(0, 0.001);
    }
    std::vector<QCPMarginGroup *> columnGroups, rowGroups;
    for (int c = 0; c < grid.columns; ++c)
        columnGroups.push_back(m_marginGroups.emplace_back(new QCPMarginGroup(chart)));
    for (int r = 0; r < grid.rows; ++r)
        rowGroups.push_back(m_marginGroups.emplace_back(new QCPMarginGroup(chart)));
    for (std::size_t i = 0; i < panels.size(); ++i) {
        const int row = static_cast<int>(i) / grid.columns, column = static_cast<int>(i) % grid.columns;
        BrowserComparisonView panel = panels[i];
        auto *cell = new QCPLayoutGrid;
        cell->setRowSpacing(0);
        auto *rect = new QCPAxisRect(chart);
        rect->setupFullAxesBox(false);
        for (QCPAxis::AxisType hidden : {QCPAxis::atTop, QCPAxis::atRight})
            rect->axis(hidden)->setVisible(false);
        const double inner = panelWidth - (m_preset ? 45.0 : 70.0); // less the value axis' labels
        QFont labelFont = titleFont;
        labelFont.setBold(false);
        panel.groupAxis = wrapped(
            panel.groupAxis.isEmpty() ? BrowserComparisonPlot::tr("Configuration") : panel.groupAxis, labelFont, inner);
        if (column > 0)
            panel.metric.clear(); // the first column's value axis names the metric for its row
        else
            panel.metric = wrapped(panel.metric, labelFont, panelWidth * 0.9);
        auto *title = new QCPTextElement(chart, wrapped(panel.title, titleFont, inner), titleFont);
        cell->addElement(0, 0, title);
        cell->addElement(1, 0, rect);
        cell->setRowStretchFactor(0, 0.001);
        m_grid->addElement(row, column, cell);
        if (m_preset) // laid out in the paper's type here too, so what is measured is what is drawn
            for (QCPAxis *axis : rect->axes()) {
                axis->setTickLabelFont(tickFont);
                axis->setLabelFont(labelFont);
            }
        rect->setMarginGroup(QCP::msLeft, columnGroups[static_cast<std::size_t>(column)]);
        rect->setMarginGroup(QCP::msBottom, rowGroups[static_cast<std::size_t>(row)]);
        drawComparison(chart, rect, panel, {tickFont, inner});
    }
    // Equal panels even on a last row that is not full.
    for (int c = 0; c < m_grid->columnCount(); ++c)
        m_grid->setColumnStretchFactor(c, 1);
    Q_EMIT pageChanged(m_page, pageCount());
}

void ComparisonGridPlot::resizeEvent(QResizeEvent *event)
{
    ChartWidget::resizeEvent(event);
    if (m_preset || m_view.panels.empty())
        return;
    const GridShape now = shape();
    if (now.columns != m_drawnShape.columns || now.rows != m_drawnShape.rows ||
        event->oldSize().width() != event->size().width()) {
        m_page = std::min(m_page, pageCount() - 1);
        showView(); // labels are laid out for the panels' width: a new width lays them out again
    }
}

} // namespace inferscope::widgets
