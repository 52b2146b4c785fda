#include "app/gui/runs_page.h"

#include "core/engine/preflight.h"

#include "app/cli/browsers_command.h"
#include "app/engine/measuring_view.h"
#include "app/engine/plan_session.h"
#include "app/gui/job_progress.h"
#include "app/gui/plan_builder_dialog.h"
#include "app/results/status_text.h"
#include "core/engine/orchestrator.h"
#include "core/json/untrusted_json.h"
#include "core/modelcache/data_paths.h"
#include "core/store/atomic_file.h"
#include "core/store/bundle.h"
#include "widgets/live_run_plot.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWebEngineView>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <span>

namespace inferscope::app {

QString RunsPage::resultsFolder()
{
    return QSettings().value(QStringLiteral("runs/outputFolder"), PlanBuilderDialog::defaultOutputFolder()).toString();
}

QString RunsPage::newBundleFolder(const QString &folder, const QString &name)
{
    return QDir(folder).filePath(
        QStringLiteral("%1-%2").arg(name, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
}

RunsPage::RunsPage(QWidget *parent)
    : QWidget(parent), m_intro(new QLabel(this)), m_build(new QPushButton(this)), m_start(new QPushButton(this)),
      m_resume(new QPushButton(this)), m_showPage(new QCheckBox(this)), m_progress(new JobProgress(this)),
      m_runs(new QTreeWidget(this)), m_live(new widgets::LiveRunPlot(this)), m_view(new QWebEngineView(this)),
      m_status(new QLabel(this))
{
    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_build->setObjectName(QStringLiteral("newExperiment"));
    m_runs->setColumnCount(3);
    m_runs->setRootIsDecorated(false);
    m_runs->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_view->setVisible(false);
    m_view->setMinimumHeight(160);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_build);
    buttons->addWidget(m_start);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_showPage);
    buttons->addStretch(1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    // The runs and their causes on the left, the run in flight live on the right; the page below.
    auto *top = new QSplitter(Qt::Horizontal, splitter);
    top->addWidget(m_runs);
    top->addWidget(m_live);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    top->setSizes({480, 620});
    splitter->addWidget(top);
    splitter->addWidget(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    connect(m_build, &QPushButton::clicked, this, &RunsPage::buildAndStart);
    connect(m_start, &QPushButton::clicked, this, &RunsPage::chooseAndStart);
    connect(m_resume, &QPushButton::clicked, this, &RunsPage::chooseAndResume);
    connect(m_showPage, &QCheckBox::toggled, m_view, &QWidget::setVisible);
    connect(m_progress, &JobProgress::cancelRequested, this, [this] {
        if (m_orchestrator)
            m_orchestrator->cancel();
    });
    retranslate();
}

RunsPage::~RunsPage()
{
    m_orchestrator.reset(); // before the server and writer it uses
}

void RunsPage::setShowPage(bool show)
{
    m_showPage->setChecked(show);
}

bool RunsPage::isRunning() const
{
    return m_orchestrator != nullptr;
}

void RunsPage::stop()
{
    if (m_orchestrator)
        m_orchestrator->cancel();
}

void RunsPage::buildAndStart()
{
    const zoo::ModelCache cache;
    zoo::Catalog catalog;
    try {
        catalog = cache.loadCatalog();
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("New experiment"), QString::fromUtf8(e.what()));
        return;
    }
    std::set<std::string> fetched;
    for (const auto &m : catalog.models())
        if (cache.verify(m, false).filesPresent)
            fetched.insert(m.id);
    PlanBuilderDialog dialog(catalog, fetched, this);
    // Which browsers exist takes a few process starts: found in the background, greyed out when missing.
    QPointer<PlanBuilderDialog> guard(&dialog);
    auto *watcher = new QFutureWatcher<QList<BrowserInfo>>(this);
    connect(watcher, &QFutureWatcher<QList<BrowserInfo>>::finished, this, [watcher, guard] {
        watcher->deleteLater();
        if (!guard)
            return;
        for (const BrowserInfo &b : watcher->result())
            guard->setBrowserAvailable(b.id, !b.version.isEmpty(), b.version.isEmpty() ? b.reason : b.version);
    });
    watcher->setFuture(QtConcurrent::run(&detectBrowsers));
    QSettings settings;
    const auto last = nlohmann::json::parse(
        settings.value(QStringLiteral("runs/lastExperiment")).toString().toStdString(), nullptr, false);
    if (last.is_object())
        dialog.setForm(PlanForm::fromPlanJson(last));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const nlohmann::json plan = dialog.plan();
    settings.setValue(QStringLiteral("runs/lastExperiment"), QString::fromStdString(plan.dump()));
    const QString out =
        newBundleFolder(dialog.outputFolder(), QString::fromStdString(plan.value("name", "experiment")));
    std::vector<zoo::ModelEntry> missing;
    for (const auto &id : plan["models"])
        if (!fetched.contains(id.get<std::string>()))
            if (const auto *m = catalog.find(id.get<std::string>()))
                missing.push_back(*m);
    if (missing.empty()) {
        startPlanJson(plan, out);
        return;
    }
    fetchThenStart(plan, std::move(missing), out);
}

void RunsPage::fetchThenStart(const nlohmann::json &plan, std::vector<zoo::ModelEntry> missing, const QString &out)
{
    // Models chosen but not in the cache yet: built or fetched first (a worker thread, with progress and
    // Cancel), then the plan starts. A model that cannot be fetched stops here with its reason.
    m_build->setEnabled(false);
    m_start->setEnabled(false);
    m_resume->setEnabled(false);
    m_progress->start(tr("Fetching %n model(s) the experiment needs", nullptr, static_cast<int>(missing.size())));
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto connection = std::make_shared<QMetaObject::Connection>(
        connect(m_progress, &JobProgress::cancelRequested, this, [cancel] { cancel->store(true); }));
    QPointer<JobProgress> progress(m_progress);
    auto *fetcher = new QFutureWatcher<QString>(this);
    connect(fetcher, &QFutureWatcher<QString>::finished, this, [this, fetcher, plan, out, cancel, connection] {
        fetcher->deleteLater();
        disconnect(*connection);
        m_progress->finish();
        m_build->setEnabled(true);
        m_start->setEnabled(true);
        m_resume->setEnabled(true);
        const QString error = fetcher->result();
        if (cancel->load())
            return;
        if (!error.isEmpty()) {
            QMessageBox::warning(this, tr("New experiment"), error);
            return;
        }
        startPlanJson(plan, out);
    });
    fetcher->setFuture(QtConcurrent::run([missing, cancel, progress]() -> QString {
        const zoo::ModelCache workerCache;
        for (std::size_t i = 0; i < missing.size() && !cancel->load(); ++i) {
            QMetaObject::invokeMethod(
                progress,
                [progress, i, n = missing.size()] {
                    if (progress)
                        progress->setProgress(static_cast<qint64>(i), static_cast<qint64>(n));
                },
                Qt::QueuedConnection);
            const QString error = workerCache.fetch(missing[i], {}, [cancel] { return cancel->load(); });
            if (!error.isEmpty())
                return QStringLiteral("%1: %2").arg(QString::fromStdString(missing[i].id), error);
        }
        return {};
    }));
}

void RunsPage::chooseAndStart()
{
    QSettings settings;
    const QString plan = QFileDialog::getOpenFileName(
        this, tr("Run plan"),
        settings.value(QStringLiteral("runs/lastPlanDir"), QString(zoo::projectDataDir() + QStringLiteral("/plans")))
            .toString(),
        tr("Plans (*.json)"));
    if (plan.isEmpty())
        return;
    settings.setValue(QStringLiteral("runs/lastPlanDir"), QFileInfo(plan).path());
    const QString out = newBundleFolder(resultsFolder(), QFileInfo(plan).completeBaseName());
    startPlan(plan, out);
}

void RunsPage::chooseAndResume()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Resume an interrupted plan"),
                                                          m_outDir.isEmpty() ? resultsFolder() : m_outDir);
    if (dir.isEmpty())
        return;
    // The bundle's manifest holds the plan it was started with.
    nlohmann::json json;
    try {
        json = store::readManifest(dir.toStdString());
    } catch (const store::StoreError &e) {
        QMessageBox::warning(this, tr("Resume"), tr("%1 cannot be resumed: %2").arg(dir, QString::fromUtf8(e.what())));
        return;
    }
    if (!json.contains("plan") || !json["plan"].is_object()) {
        QMessageBox::warning(this, tr("Resume"), tr("%1 is not a result bundle started from a plan.").arg(dir));
        return;
    }
    const QString planFile = dir + QStringLiteral("/.plan.json");
    try { // a link planted in the bundle is refused, not followed
        const std::string text = json["plan"].dump();
        store::writeFileAtomically(planFile.toStdString(), std::as_bytes(std::span(text.data(), text.size())));
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("Resume"),
                             tr("%1 cannot be resumed: %2").arg(dir, QString::fromStdString(e.what())));
        return;
    }
    startPlan(planFile, dir);
}

bool RunsPage::refuseStart(const QString &message)
{
    QMessageBox::warning(this, tr("Cannot start the plan"), message);
    m_writer.reset();
    m_server.reset();
    return false;
}

bool RunsPage::startPlan(const QString &planFile, const QString &outDir)
{
    if (isRunning())
        return false;
    nlohmann::json json;
    try {
        json = untrusted::parseUntrusted(store::readWholeTextFile(planFile.toStdString(), experiment::kMaxPlanBytes));
    } catch (const std::exception &e) {
        return refuseStart(tr("Cannot read the plan %1: %2").arg(planFile, QString::fromUtf8(e.what())));
    }
    // The same preflight as `inferscope run`: models the plan needs that the cache lacks are fetched first.
    std::vector<zoo::ModelEntry> missing;
    try {
        const zoo::ModelCache cache;
        const auto catalog = cache.loadCatalog();
        const auto plan = engine::parsePlanFor(json, catalog);
        for (const auto *m : engine::missingModels(plan, catalog, cache))
            missing.push_back(*m);
    } catch (const std::exception &) {
        // An invalid plan: startPlanJson refuses it with its error.
    }
    if (!missing.empty()) {
        fetchThenStart(json, std::move(missing), outDir);
        return true;
    }
    return startPlanJson(json, outDir);
}

bool RunsPage::startPlanJson(const nlohmann::json &json, const QString &outDir)
{
    if (isRunning())
        return false;
    auto fail = [this](const QString &message) { return refuseStart(message); };
    m_cache = std::make_unique<zoo::ModelCache>();
    experiment::Plan plan;
    try {
        m_catalog = std::make_unique<zoo::Catalog>(m_cache->loadCatalog());
        plan = engine::parsePlanFor(json, *m_catalog);
        m_writer = std::make_unique<store::BundleWriter>(openPlanBundle(outDir, plan));
    } catch (const std::exception &e) {
        return fail(QString::fromUtf8(e.what()));
    }
    m_server = std::make_unique<engine::HarnessServer>(harnessRoots(*m_cache));
    if (!m_server->start(QHostAddress(QString::fromStdString(plan.serveAddress))))
        return fail(m_server->errorString());
    m_outDir = outDir;
    m_orchestrator = std::make_unique<engine::Orchestrator>(
        plan, *m_cache, *m_catalog, *m_writer, *m_server,
        makeDriverFactory(plan, m_showPage->isChecked() ? m_view : hiddenView()));
    m_runs->clear();
    connect(m_orchestrator.get(), &engine::Orchestrator::runStarted, this,
            [this](const QString &id, int index, int total) {
                auto *item = new QTreeWidgetItem(m_runs, {id, statusText("running"), QString()});
                m_liveRun = id;
                m_live->reset(id, m_orchestrator->streamsSamples(id));
                m_runs->scrollToItem(item);
                m_status->setText(tr("Run %1 of %2: %3").arg(index + 1).arg(total).arg(id));
            });
    connect(m_orchestrator.get(), &engine::Orchestrator::runFinished, this,
            [this](const QString &id, const QString &status, const QString &detail) {
                const auto items = m_runs->findItems(id, Qt::MatchExactly);
                QTreeWidgetItem *item = items.isEmpty() ? new QTreeWidgetItem(m_runs, {id}) : items.last();
                item->setText(1, statusText(status.toStdString()));
                item->setText(2, detail);
                item->setForeground(1, status == QLatin1String("ok") ? palette().text() : QBrush(QColor(190, 40, 40)));
            });
    connect(m_orchestrator.get(), &engine::Orchestrator::progress, m_progress,
            [this](int done, int total, double secondsLeft) {
                // The orchestrator's estimate counts only runs measured now: after a resume the runs already in the
                // bundle cost nothing and must not make the rest look instant.
                m_progress->setProgress(done, total, secondsLeft);
            });
    connect(m_orchestrator.get(), &engine::Orchestrator::adaptiveRoundScheduled, this,
            [this](int round, int cells, int) {
                m_status->setText(
                    tr("Adaptive repetitions, round %1: %n cell(s) need another run", nullptr, cells).arg(round));
            });
    connect(m_orchestrator.get(), &engine::Orchestrator::liveSample, this,
            [this](const QString &id, double ms, bool warmup) {
                if (id == m_liveRun)
                    m_live->addSample(ms, warmup);
            });
    connect(m_orchestrator.get(), &engine::Orchestrator::liveMemory, this,
            [this](const QString &id, double at, double pss) {
                if (id == m_liveRun)
                    m_live->addMemory(at, pss);
            });
    connect(m_orchestrator.get(), &engine::Orchestrator::finished, this, &RunsPage::finished);
    m_build->setEnabled(false);
    m_start->setEnabled(false);
    m_resume->setEnabled(false);
    m_progress->start(tr("Plan %1").arg(QString::fromStdString(plan.name)));
    m_orchestrator->start();
    return true;
}

QWebEngineView *RunsPage::hiddenView()
{
    if (!m_hiddenView)
        m_hiddenView = makeOffScreenMeasuringView();
    return m_hiddenView.get();
}

void RunsPage::finished(bool cancelled)
{
    m_lastCancelled = cancelled;
    m_progress->finish();
    const int skipped = m_orchestrator->skipped();
    m_status->setText(
        (cancelled ? tr("Cancelled. Resume the plan to run what is left; finished runs are kept.")
                   : tr("Plan finished.")) +
        (skipped > 0 ? QLatin1Char(' ') + tr("%1 runs were already in the bundle and were not redone.").arg(skipped)
                     : QString()) +
        QLatin1Char(' ') + tr("Results: %1").arg(m_outDir));
    m_orchestrator.release()->deleteLater(); // we are inside its signal
    m_server.reset();
    m_writer.reset();
    m_build->setEnabled(true);
    m_start->setEnabled(true);
    m_resume->setEnabled(true);
    Q_EMIT planFinished(m_outDir);
}

void RunsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RunsPage::retranslate()
{
    m_intro->setText(
        tr("Set up an experiment (models × runtimes × backends × threads × placements × browsers) and run it "
           "in the embedded browser, Chromium, Firefox or a Selenium Grid, and natively. Every run is stored the "
           "moment it ends; an interrupted plan resumes where it stopped. The same engine runs headless: "
           "<code>inferscope run PLAN.json</code>."));
    m_build->setText(tr("New experiment…"));
    m_start->setText(tr("Run plan file…"));
    m_resume->setText(tr("Resume…"));
    m_showPage->setText(tr("Show the page while it measures"));
    m_runs->setHeaderLabels({tr("Run"), tr("Status"), tr("Detail")});
    if (!isRunning() && m_status->text().isEmpty())
        m_status->setText(tr("No plan is running."));
}

} // namespace inferscope::app
