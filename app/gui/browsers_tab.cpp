#include "app/gui/browsers_tab.h"

#include "widgets/figure_exporter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>
#include <memory>

namespace inferscope::app {
namespace {
/// Where a bundle's selection is kept: one key per bundle directory (hashed: a path's slashes would nest groups).
QString settingsKey(const QString &bundleDir)
{
    const QByteArray path = QFileInfo(bundleDir).absoluteFilePath().toUtf8();
    return QStringLiteral("browsersView/") +
           QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex());
}
} // namespace

BrowsersTab::BrowsersTab(QWidget *parent)
    : QWidget(parent), m_metricLabel(new QLabel(this)), m_panelsLabel(new QLabel(this)), m_showLabel(new QLabel(this)),
      m_scaleLabel(new QLabel(this)), m_metric(new QComboBox(this)), m_panels(new QComboBox(this)),
      m_show(new QComboBox(this)), m_scale(new QComboBox(this)), m_sort(new QCheckBox(this)),
      m_showFailed(new QCheckBox(this)), m_filter(new QToolButton(this)), m_hidden(new QLabel(this)),
      m_previous(new QPushButton(this)), m_next(new QPushButton(this)), m_exportPanels(new QPushButton(this)),
      m_page(new QLabel(this)), m_grid(new widgets::ComparisonGridPlot(this))
{
    for (int m = 0; m <= static_cast<int>(kLastComparisonMetric); ++m)
        m_metric->addItem(QString(), m);
    m_panels->addItem(QString(), -1); // one panel
    for (const auto d : kComparisonDimensions)
        if (d != ComparisonDimension::Status)
            m_panels->addItem(QString(), static_cast<int>(d));
    m_show->addItem(QString());
    m_show->addItem(QString());
    m_scale->addItem(QString(), static_cast<int>(ComparisonScale::Auto));
    m_scale->addItem(QString(), static_cast<int>(ComparisonScale::Linear));
    m_scale->addItem(QString(), static_cast<int>(ComparisonScale::Log));
    m_filter->setMenu(new QMenu(m_filter));
    m_filter->setPopupMode(QToolButton::InstantPopup);
    m_previous->setText(QStringLiteral("◀"));
    m_next->setText(QStringLiteral("▶"));
    for (QLabel *label : {m_metricLabel, m_panelsLabel, m_showLabel, m_scaleLabel})
        label->setBuddy(label == m_metricLabel   ? m_metric
                        : label == m_panelsLabel ? m_panels
                        : label == m_showLabel   ? m_show
                                                 : m_scale);

    // Two rows, so the tab fits a laptop screen in either language: what is drawn, then which cells.
    auto *choices = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_metricLabel, m_metric, m_panelsLabel, m_panels, m_showLabel,
                                                       m_show, m_scaleLabel, m_scale})
        choices->addWidget(w);
    choices->addStretch(1);
    auto *cells = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_sort, m_filter, m_showFailed, m_hidden})
        cells->addWidget(w);
    cells->addStretch(1);

    auto *pages = new QHBoxLayout;
    pages->addWidget(m_previous);
    pages->addWidget(m_page);
    pages->addWidget(m_next);
    pages->addStretch(1);
    pages->addWidget(m_exportPanels);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addLayout(choices);
    layout->addLayout(cells);
    layout->addWidget(m_grid, 1);
    layout->addLayout(pages);

    const auto changed = [this] {
        if (m_updating)
            return;
        const int panels = m_panels->currentData().toInt();
        m_selection.panelsBy = panels < 0 ? std::nullopt : std::optional(static_cast<ComparisonDimension>(panels));
        m_selection.bestPerBrowser = m_show->currentIndex() == 1;
        m_selection.scale = static_cast<ComparisonScale>(m_scale->currentData().toInt());
        m_selection.sortByValue = m_sort->isChecked();
        m_selection.hideFailed = !m_showFailed->isChecked();
        save();
        update();
    };
    for (QComboBox *box : {m_metric, m_panels, m_show, m_scale})
        connect(box, &QComboBox::currentIndexChanged, this, changed);
    for (QCheckBox *box : {m_sort, m_showFailed})
        connect(box, &QCheckBox::toggled, this, changed);
    connect(m_previous, &QPushButton::clicked, this, [this] { m_grid->setPage(m_grid->page() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { m_grid->setPage(m_grid->page() + 1); });
    connect(m_exportPanels, &QPushButton::clicked, this, &BrowsersTab::exportPanelsRequested);
    connect(m_grid, &widgets::ComparisonGridPlot::pageChanged, this, [this](int page, int count) {
        m_page->setText(tr("Page %1 of %2").arg(page + 1).arg(count));
        m_previous->setEnabled(page > 0);
        m_next->setEnabled(page + 1 < count);
        for (QWidget *w : std::initializer_list<QWidget *>{m_previous, m_page, m_next})
            w->setVisible(count > 1);
    });
    retranslate();
    clear();
}

void BrowsersTab::setCells(const std::vector<results::CellSummary> &cells, const QString &bundleDir)
{
    m_cells = cells;
    m_bundleDir = bundleDir;
    const QString saved = QSettings().value(settingsKey(bundleDir)).toString();
    const auto parsed = nlohmann::json::parse(saved.toStdString(), nullptr, false);
    setSelection(saved.isEmpty() || parsed.is_discarded()
                     ? ComparisonSelection::firstView()
                     : ComparisonSelection::fromJson(parsed.value("selection", nlohmann::json())));
    if (!parsed.is_discarded() && parsed.contains("metric") && parsed["metric"].is_number_integer())
        setMetric(static_cast<ComparisonMetric>(
            std::clamp(parsed["metric"].get<int>(), 0, static_cast<int>(kLastComparisonMetric))));
}

void BrowsersTab::clear()
{
    m_cells.clear();
    m_bundleDir.clear();
    m_grid->setView({{}, tr("Open a bundle to compare its browsers side by side.")});
    m_hidden->clear();
}

void BrowsersTab::setSelection(const ComparisonSelection &selection)
{
    m_selection = selection;
    m_updating = true;
    m_panels->setCurrentIndex(
        std::max(0, m_panels->findData(selection.panelsBy ? static_cast<int>(*selection.panelsBy) : -1)));
    m_show->setCurrentIndex(selection.bestPerBrowser ? 1 : 0);
    m_scale->setCurrentIndex(std::max(0, m_scale->findData(static_cast<int>(selection.scale))));
    m_sort->setChecked(selection.sortByValue);
    m_showFailed->setChecked(!selection.hideFailed);
    m_updating = false;
    rebuildFilterMenu();
    update();
}

ComparisonMetric BrowsersTab::metric() const
{
    return static_cast<ComparisonMetric>(m_metric->currentData().toInt());
}

void BrowsersTab::setMetric(ComparisonMetric metric)
{
    m_metric->setCurrentIndex(std::max(0, m_metric->findData(static_cast<int>(metric))));
}

void BrowsersTab::save() const
{
    if (!m_bundleDir.isEmpty())
        QSettings().setValue(
            settingsKey(m_bundleDir),
            QString::fromStdString(
                nlohmann::json{{"selection", m_selection.toJson()}, {"metric", static_cast<int>(metric())}}.dump()));
}

void BrowsersTab::rebuildFilterMenu()
{
    QMenu *menu = m_filter->menu();
    menu->clear();
    int hidden = 0;
    for (const auto d : kComparisonDimensions) {
        const auto values = comparisonDimensionValues(m_cells, d);
        if (values.size() < 2)
            continue; // nothing to choose between
        QMenu *sub = menu->addMenu(comparisonDimensionName(d));
        for (const auto &value : values) {
            QAction *action = sub->addAction(QString::fromStdString(value));
            action->setCheckable(true);
            const bool shown = !m_selection.hidden[d].count(value);
            hidden += shown ? 0 : 1;
            action->setChecked(shown);
            connect(action, &QAction::toggled, this, [this, d, value](bool show) {
                if (show)
                    m_selection.hidden[d].erase(value);
                else
                    m_selection.hidden[d].insert(value);
                save();
                rebuildFilterMenu();
                update();
            });
        }
    }
    menu->addSeparator();
    QAction *all = menu->addAction(tr("Show everything"));
    all->setEnabled(hidden > 0);
    connect(all, &QAction::triggered, this, [this] {
        m_selection.hidden.clear();
        save();
        rebuildFilterMenu();
        update();
    });
    m_filter->setText(hidden > 0 ? tr("Filter (%n hidden)", nullptr, hidden) : tr("Filter"));
}

void BrowsersTab::update()
{
    if (m_cells.empty())
        return;
    const ComparisonPanels panels = buildComparisonPanels(m_cells, metric(), m_selection);
    m_grid->setView(panels.grid);
    m_hidden->setVisible(panels.hiddenFailed > 0);
    m_hidden->setText(tr("%n failed or unsupported not drawn", nullptr, panels.hiddenFailed));
    m_hidden->setToolTip(panels.failedReasons.join(QLatin1Char('\n')));
}

QStringList BrowsersTab::exportFigureTo(const QString &file, const widgets::FigurePreset &preset, QString *error) const
{
    widgets::ComparisonGridPlot grid;
    grid.setFigurePreset(preset);
    grid.setView(buildComparisonPanels(m_cells, metric(), m_selection).grid);
    return grid.writePages(file, 300, error);
}

bool BrowsersTab::exportPanelsTo(const QString &file, QString *error) const
{
    // Four panels of the cells as chosen here: latency, slowdown, peak memory and input delay, one legend.
    std::vector<std::unique_ptr<widgets::BrowserComparisonPlot>> plots;
    std::vector<QCustomPlot *> raw;
    for (const auto m : {ComparisonMetric::Latency, ComparisonMetric::Slowdown, ComparisonMetric::PeakMemory,
                         ComparisonMetric::InputDelayBusy}) {
        plots.push_back(std::make_unique<widgets::BrowserComparisonPlot>());
        plots.back()->setView(buildBrowserComparison(selectComparisonCells(m_cells, m, m_selection), m));
        raw.push_back(plots.back()->plot());
    }
    auto preset = *widgets::figurePreset(QStringLiteral("double"));
    preset.heightIn = 5.0; // two rows of panels
    return widgets::FigureExporter::exportPanels(raw, file, preset, 2, 300, error);
}

void BrowsersTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BrowsersTab::retranslate()
{
    m_updating = true;
    m_metricLabel->setText(tr("Compare:"));
    for (int i = 0; i < m_metric->count(); ++i)
        m_metric->setItemText(i, comparisonMetricName(static_cast<ComparisonMetric>(m_metric->itemData(i).toInt())));
    m_panelsLabel->setText(tr("Panels:"));
    for (int i = 0; i < m_panels->count(); ++i) {
        const int d = m_panels->itemData(i).toInt();
        m_panels->setItemText(
            i, d < 0 ? tr("one for all")
                     : tr("per %1").arg(comparisonDimensionName(static_cast<ComparisonDimension>(d)).toLower()));
    }
    m_showLabel->setText(tr("Show:"));
    m_show->setItemText(0, tr("every configuration"));
    m_show->setItemText(1, tr("each browser's best against native"));
    m_scaleLabel->setText(tr("Scale:"));
    m_scale->setItemText(0, tr("auto (log past a decade)"));
    m_scale->setItemText(1, tr("linear"));
    m_scale->setItemText(2, tr("logarithmic"));
    m_sort->setText(tr("Sort by value"));
    m_showFailed->setText(tr("Show failed"));
    m_showFailed->setToolTip(tr("Failed and unsupported configurations as empty slots named by their status"));
    m_exportPanels->setText(tr("Export four panels…"));
    m_exportPanels->setToolTip(
        tr("Latency, slowdown, peak memory and input delay of these cells as one double-column figure "
           "with panels (a) to (d) and the data drawn as CSV"));
    m_updating = false;
    rebuildFilterMenu();
    update();
}

} // namespace inferscope::app
