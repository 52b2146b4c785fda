#include "app/gui/results_page.h"

#include "app/gui/browsers_tab.h"
#include "app/gui/job_progress.h"
#include "app/gui/operators_tab.h"
#include "app/gui/report_dialog.h"
#include "app/gui/run_details_tab.h"
#include "app/results/browser_comparison.h"
#include "app/results/chart_views.h"
#include "app/results/operator_view.h"
#include "app/results/run_table_model.h"
#include "core/results/cell_summary.h"
#include "core/results/exports.h"
#include "core/store/atomic_file.h"
#include "core/store/bundle.h"
#include "widgets/browser_comparison_plot.h"
#include "widgets/figure_exporter.h"
#include "widgets/latency_series_plot.h"
#include "widgets/memory_timeline_plot.h"
#include "widgets/responsiveness_plot.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>
#include <set>
#include <span>

namespace inferscope::app {

ResultsPage::ResultsPage(QWidget *parent)
    : QWidget(parent), m_open(new QPushButton(this)), m_export(new QPushButton(this)), m_report(new QPushButton(this)),
      m_exportData(new QPushButton(this)), m_summary(new QLabel(this)), m_progress(new JobProgress(this)),
      m_table(new QTableView(this)), m_model(new RunTableModel(this)), m_charts(new QTabWidget(this)),
      m_plot(new widgets::LatencySeriesPlot(this)), m_memory(new widgets::MemoryTimelinePlot(this)),
      m_responsiveness(new widgets::ResponsivenessPlot(this)), m_details(new RunDetailsTab(this)),
      m_browsersTab(new BrowsersTab(this)), m_operators(new OperatorsTab(this)), m_problemsTitle(new QLabel(this)),
      m_problems(new QListWidget(this))
{
    m_open->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    m_export->setEnabled(false);
    m_report->setEnabled(false);
    m_exportData->setEnabled(false);
    auto *exportMenu = new QMenu(m_exportData);
    for (const char *format : {"csv", "json", "trace"}) {
        QAction *action = exportMenu->addAction(QString());
        action->setData(QString::fromLatin1(format));
        connect(action, &QAction::triggered, this, [this, action] { exportData(action->data().toString()); });
    }
    m_exportData->setMenu(exportMenu);
    connect(m_report, &QPushButton::clicked, this, &ResultsPage::openReport);
    connect(&m_exportWatcher, &QFutureWatcher<std::pair<QString, bool>>::finished, this, [this] {
        m_exportData->setEnabled(m_view != nullptr);
        const auto [message, written] = m_exportWatcher.result();
        if (written)
            Q_EMIT filesWritten(message, m_exportTarget);
        else
            QMessageBox::warning(this, tr("Export data"), message);
    });
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_open);
    toolbar->addWidget(m_export);
    toolbar->addWidget(m_report);
    toolbar->addWidget(m_exportData);
    toolbar->addWidget(m_summary, 1);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_problemsBox = new QWidget(this);
    auto *problemsLayout = new QVBoxLayout(m_problemsBox);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    problemsLayout->addWidget(m_problemsTitle);
    problemsLayout->addWidget(m_problems);
    m_problemsBox->setVisible(false);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    m_charts->addTab(m_plot, QString());
    m_charts->addTab(m_memory, QString());
    m_charts->addTab(m_responsiveness, QString());
    connect(m_browsersTab, &BrowsersTab::exportPanelsRequested, this, [this] { exportPanels(); });
    m_charts->addTab(m_browsersTab, QString());
    m_charts->addTab(m_details, QString());
    m_charts->addTab(m_operators, QString());
    splitter->addWidget(m_charts);
    splitter->addWidget(m_problemsBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_progress);
    layout->addWidget(splitter, 1);

    connect(m_open, &QPushButton::clicked, this, &ResultsPage::chooseAndOpenBundle);
    connect(m_export, &QPushButton::clicked, this, &ResultsPage::exportFigure);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showRun(current.row()); });
    connect(m_progress, &JobProgress::cancelRequested, this, [this] {
        if (m_cancel)
            m_cancel->store(true);
    });
    connect(&m_watcher, &QFutureWatcher<BundleLoadOutcome>::finished, this, &ResultsPage::showLoadedBundle);
    retranslate();
}

void ResultsPage::showLoadedBundle()
{
    m_progress->finish();
    m_open->setEnabled(true);
    const BundleLoadOutcome outcome = m_watcher.result();
    if (outcome.cancelled)
        return;
    if (!outcome.view) {
        m_error = outcome.error;
        updateSummary();
        Q_EMIT loadFailed(outcome.error);
        return;
    }
    m_error.clear();
    Q_EMIT bundleOpened(m_loadingDir);
    m_view = outcome.view;
    m_cells = outcome.cells;
    m_report->setEnabled(true);
    m_exportData->setEnabled(true);
    updateComparison();
    // A bundle of several browsers opens on the question it was run for: each model's browsers side by side
    // (the run table stays above; a run asked for by name keeps its own chart).
    std::set<std::string> browsers;
    for (const auto &c : m_cells)
        browsers.insert(c.config.browser);
    if (browsers.size() >= 2 && m_pendingRun.isEmpty())
        m_charts->setCurrentWidget(m_browsersTab);
    m_model->setView(m_view);
    m_problems->clear();
    for (const auto &p : m_view->problems)
        m_problems->addItem(QString::fromStdString(p.message));
    m_problemsBox->setVisible(!m_view->problems.empty());
    updateSummary();
    int row = 0;
    for (std::size_t i = 0; i < m_view->runs.size(); ++i)
        if (QString::fromStdString(m_view->runs[i].runId) == m_pendingRun)
            row = static_cast<int>(i);
    m_pendingRun.clear();
    if (!m_view->runs.empty())
        m_table->selectRow(row);
    else
        m_plot->clear();
    Q_EMIT bundleLoaded(m_view);
}

ResultsPage::~ResultsPage()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
    m_exportWatcher.waitForFinished();
}

void ResultsPage::chooseAndOpenBundle()
{
    QSettings settings;
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Open result bundle"), settings.value(QStringLiteral("results/lastBundle")).toString());
    if (dir.isEmpty())
        return;
    settings.setValue(QStringLiteral("results/lastBundle"), dir);
    openBundle(dir);
}

void ResultsPage::openBundle(const QString &directory)
{
    if (m_cancel)
        m_cancel->store(true); // a newer request supersedes an older one still loading
    m_watcher.waitForFinished();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_loadingDir = directory;
    m_open->setEnabled(false);
    m_progress->start(tr("Loading %1").arg(directory));

    QPointer<JobProgress> progress(m_progress);
    auto cancel = m_cancel;
    const std::filesystem::path path = directory.toStdString();
    m_watcher.setFuture(QtConcurrent::run([path, cancel, progress]() -> BundleLoadOutcome {
        BundleLoadOutcome outcome;
        try {
            outcome.view = results::loadBundleView(path, [&](std::size_t done, std::size_t total) {
                QMetaObject::invokeMethod(
                    progress,
                    [progress, done, total] {
                        if (progress)
                            progress->setProgress(static_cast<qint64>(done), static_cast<qint64>(total));
                    },
                    Qt::QueuedConnection);
                return !cancel->load();
            });
            outcome.cancelled = !outcome.view;
            if (outcome.view) // bootstrap CIs per cell: worker-thread work too
                outcome.cells = results::summarizeCells(*outcome.view);
        } catch (const store::StoreError &e) {
            outcome.error = QString::fromStdString(e.what());
        }
        return outcome;
    }));
}

void ResultsPage::showChart(int index)
{
    m_charts->setCurrentIndex(index);
}

void ResultsPage::showOperators(const results::RunSummary *run)
{
    results::CellSummary cell;
    if (run)
        for (const auto &c : m_cells)
            if (c.config.key == run->cell.key)
                cell = c;
    m_operators->setCell(cell);
}

void ResultsPage::showRun(int row)
{
    const results::RunSummary *r = m_model->run(row);
    showOperators(r);
    if (r && !r->memoryPlot.empty())
        m_memory->setView(memoryView(*r));
    else
        m_memory->showEmpty(noMemoryReason(r));
    m_details->showRun(r);
    if (const QString why = noResponsivenessReason(r); why.isEmpty())
        m_responsiveness->setView(responsivenessView(*r));
    else
        m_responsiveness->showEmpty(why);
    if (!r || r->plotSamples.empty()) {
        m_plot->showEmpty(noLatencyReason(r));
        m_export->setEnabled(false);
        return;
    }
    m_plot->setView(latencyView(*r));
    m_export->setEnabled(true);
}

namespace {
/// The figure size, in a dialog wide enough for its title and entries (the static getItem() cut its title short).
QString chooseSize(QWidget *parent, const QString &title, const QStringList &sizes, int current, bool *ok)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(ResultsPage::tr("Size:"));
    dialog.setComboBoxItems(sizes);
    dialog.setComboBoxEditable(false);
    dialog.setTextValue(sizes.value(current));
    dialog.setMinimumWidth(420);
    *ok = dialog.exec() == QDialog::Accepted;
    return dialog.textValue();
}
} // namespace

QMenu *ResultsPage::exportDataMenu() const
{
    return m_exportData->menu();
}

bool ResultsPage::canExportFigure() const
{
    return m_export->isEnabled();
}

void ResultsPage::exportFigure()
{
    QString selectedFilter;
    QString file = QFileDialog::getSaveFileName(this, tr("Export figure"), QString(),
                                                widgets::FigureExporter::nameFilters().join(QStringLiteral(";;")),
                                                &selectedFilter);
    if (!file.isEmpty())
        file = widgets::FigureExporter::withSuffixOf(file, selectedFilter); // the chosen type, when no suffix was typed
    if (file.isEmpty())
        return;
    // The size: the chart as on screen, or a paper or slide preset (type in points, CSV of the data beside).
    const QStringList sizes{tr("as on screen"), tr("single column (3.5 in)"), tr("double column (7.16 in)"),
                            tr("slide (16:9, 10 in)")};
    bool ok = false;
    const QString size = chooseSize(this, tr("Export figure"), sizes, 2, &ok);
    if (!ok)
        return;
    QString error;
    // The chart in view.
    auto *chart = m_charts->currentWidget() == m_memory           ? m_memory->plot()
                  : m_charts->currentWidget() == m_responsiveness ? m_responsiveness->plot()
                  : m_charts->currentWidget() == m_browsersTab    ? m_browsersTab->grid()->plot()
                                                                  : m_plot->plot();
    const int preset = static_cast<int>(sizes.indexOf(size));
    if (m_charts->currentWidget() == m_browsersTab && preset > 0) {
        // The panels as chosen on the tab, laid out for the preset's page: as many pages as they need.
        const QStringList files = m_browsersTab->exportFigureTo(
            file, *widgets::figurePreset(widgets::figurePresetNames().at(preset - 1)), &error);
        if (files.isEmpty())
            QMessageBox::warning(this, tr("Export figure"), error);
        else if (files.size() > 1)
            Q_EMIT filesWritten(tr("The panels fill %n pages: %1 … %2, each with its data as CSV beside it.", nullptr,
                                   static_cast<int>(files.size()))
                                    .arg(QFileInfo(files.front()).fileName(), QFileInfo(files.back()).fileName()),
                                files.front());
        else
            Q_EMIT filesWritten(
                tr("Figure saved to %1, its data beside it as %2.")
                    .arg(files.front(), QFileInfo(widgets::FigureExporter::csvPathFor(files.front())).fileName()),
                files.front());
        return;
    }
    const bool written =
        preset <= 0
            ? widgets::FigureExporter::exportPlot(chart, file, 0, 0, &error)
            : widgets::FigureExporter::exportFigure(
                  chart, file, *widgets::figurePreset(widgets::figurePresetNames().at(preset - 1)), 300, &error);
    if (!written)
        QMessageBox::warning(this, tr("Export figure"), error);
    else if (preset <= 0)
        Q_EMIT filesWritten(tr("Figure saved to %1.").arg(file), file);
    else
        Q_EMIT filesWritten(tr("Figure saved to %1, its data beside it as %2.")
                                .arg(file, QFileInfo(widgets::FigureExporter::csvPathFor(file)).fileName()),
                            file);
}

bool ResultsPage::exportPanelsTo(const QString &file, QString *error)
{
    return m_browsersTab->exportPanelsTo(file, error);
}

void ResultsPage::exportPanels()
{
    QString selectedFilter;
    QString file = QFileDialog::getSaveFileName(this, tr("Export four panels"), QString(),
                                                widgets::FigureExporter::nameFilters().join(QStringLiteral(";;")),
                                                &selectedFilter);
    if (!file.isEmpty())
        file = widgets::FigureExporter::withSuffixOf(file, selectedFilter);
    if (file.isEmpty())
        return;
    // Two rows of two panels on a double-column page. (A slide was offered here: at the slide's type, 2x2 panels
    // collided — 14 overlapping words in pdftotext -bbox — so the four panels keep the one size that fits them.)
    QString error;
    if (!exportPanelsTo(file, &error))
        QMessageBox::warning(this, tr("Export four panels"), error);
    else
        Q_EMIT filesWritten(tr("Four panels saved to %1 (double column, 7.16 × 5 in), their data beside it as %2.")
                                .arg(file, QFileInfo(widgets::FigureExporter::csvPathFor(file)).fileName()),
                            file);
}

void ResultsPage::savePlanOfBundle()
{
    if (!m_view)
        return;
    nlohmann::json plan;
    try {
        const auto manifest = store::readManifest(m_view->directory);
        plan = manifest.value("plan", nlohmann::json());
    } catch (const std::exception &) {
    }
    if (!plan.is_object()) {
        QMessageBox::warning(this, tr("Save plan"), tr("This bundle was not started from a plan."));
        return;
    }
    QString file = QFileDialog::getSaveFileName(
        this, tr("Save plan"), QString::fromStdString(plan.value("name", "plan")) + QStringLiteral(".json"),
        tr("Plans (*.json)"));
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".json");
    const std::string text = plan.dump(2) + "\n";
    try {
        store::writeFileAtomically(file.toStdString(), std::as_bytes(std::span(text.data(), text.size())));
        Q_EMIT filesWritten(tr("Plan saved to %1: inferscope run %1 measures it again.").arg(file), file);
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("Save plan"),
                             tr("Cannot write %1: %2").arg(file, QString::fromStdString(e.what())));
    }
}

ReportDialog *ResultsPage::openReport()
{
    if (!m_view)
        return nullptr;
    auto *dialog = new ReportDialog(m_view, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void ResultsPage::exportData(const QString &format)
{
    if (!m_view)
        return;
    const QString target =
        format == QLatin1String("csv")
            ? QFileDialog::getExistingDirectory(this, tr("Export CSV tables into"))
            : QFileDialog::getSaveFileName(this,
                                           format == QLatin1String("json") ? tr("Export as one JSON document")
                                                                           : tr("Export as a Chrome trace"),
                                           QString(), tr("JSON (*.json)"));
    if (target.isEmpty())
        return;
    m_exportData->setEnabled(false);
    m_exportTarget = target;
    const std::filesystem::path bundle = m_view->directory, out = target.toStdString();
    m_exportWatcher.setFuture(QtConcurrent::run([bundle, out, format]() -> std::pair<QString, bool> {
        try {
            const auto result = format == QLatin1String("csv")    ? results::exportCsv(bundle, out)
                                : format == QLatin1String("json") ? results::exportJson(bundle, out)
                                                                  : results::exportTrace(bundle, out);
            QString text = tr("Exported %n run(s) to %1.", nullptr, static_cast<int>(result.runs))
                               .arg(QString::fromStdString(out.string()));
            if (!result.problems.empty())
                text += QLatin1Char(' ') +
                        tr("%n damaged record(s) skipped.", nullptr, static_cast<int>(result.problems.size()));
            return {text, true};
        } catch (const std::exception &e) {
            return {tr("Cannot export: %1").arg(QString::fromStdString(e.what())), false};
        }
    }));
}

void ResultsPage::updateSummary()
{
    if (!m_error.isEmpty() && !m_view) {
        m_summary->setText(tr("Could not open the bundle: %1").arg(m_error));
        return;
    }
    if (!m_view) {
        m_summary->setText(tr("Open a result bundle to see its runs. Statistics use the steady part of each series "
                              "(MSER-5); the CI is a 95% bootstrap interval of the median."));
        return;
    }
    QString text = tr("%1: %n run(s)", nullptr, static_cast<int>(m_view->runs.size()))
                       .arg(QString::fromStdString(m_view->directory.string()));
    if (!m_view->problems.empty())
        text += QLatin1String(" · ") +
                tr("%n damaged record(s), listed below", nullptr, static_cast<int>(m_view->problems.size()));
    if (!m_error.isEmpty()) // a later open failed: what is shown is still the earlier bundle
        text = tr("Could not open the bundle: %1").arg(m_error) + QLatin1Char(' ') + tr("Still showing %1").arg(text);
    // The machine-drift guard: cells whose repetitions saw the fixed probe move by more than 10% (cell summary).
    QStringList drifted;
    for (const auto &c : m_cells)
        if (c.machineDriftFlag && std::isfinite(c.machineDrift))
            drifted << tr("%1 (%2%)")
                           .arg(QString::fromStdString(c.config.key),
                                QLocale().toString(100.0 * c.machineDrift, 'f', 0));
    if (!drifted.isEmpty())
        text = text.toHtmlEscaped() + QStringLiteral("<br><b>") +
               tr("Machine drift: the probe timed before each repetition moved by more than 10% in %n cell(s); compare "
                  "their repetitions with care:",
                  nullptr, static_cast<int>(drifted.size())) +
               QStringLiteral("</b> ") + drifted.join(QStringLiteral(", ")).toHtmlEscaped();
    m_summary->setText(text);
}

void ResultsPage::updateComparison()
{
    if (m_cells.empty())
        m_browsersTab->clear();
    else
        m_browsersTab->setCells(m_cells, m_loadingDir);
}

void ResultsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ResultsPage::retranslate()
{
    m_open->setText(tr("Open bundle…"));
    m_charts->setTabText(0, tr("Latency"));
    m_charts->setTabText(1, tr("Memory"));
    m_charts->setTabText(2, tr("Responsiveness"));
    m_charts->setTabText(3, tr("Browsers"));
    m_charts->setTabText(4, tr("Details"));
    m_charts->setTabText(5, tr("Operators"));
    m_export->setText(tr("Export figure…"));
    m_report->setText(tr("Report…"));
    m_report->setToolTip(
        tr("The study report of this bundle: every table beside the published numbers, with figures (Ctrl+R)"));
    m_exportData->setText(tr("Export data…"));
    m_exportData->menu()->setTitle(tr("Export &Data"));
    const QStringList exportNames{tr("CSV tables (pandas, R, spreadsheets)…"), tr("One JSON document…"),
                                  tr("Chrome trace (Perfetto)…")};
    for (int i = 0; i < m_exportData->menu()->actions().size() && i < exportNames.size(); ++i)
        m_exportData->menu()->actions().at(i)->setText(exportNames.at(i));
    m_problemsTitle->setText(tr("Damaged records (the other runs loaded normally):"));
    m_model->retranslate();
    updateSummary();
}

} // namespace inferscope::app
