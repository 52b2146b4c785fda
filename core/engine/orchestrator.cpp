#include "core/engine/orchestrator.h"

#include "core/results/bundle_view.h"
#include "core/results/repetition_policy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>
#include <algorithm>
#include <map>

namespace inferscope::engine {

Orchestrator::Orchestrator(experiment::Plan plan, const zoo::ModelCache &cache, const zoo::Catalog &catalog,
                           store::BundleWriter &writer, HarnessServer &server, browser::DriverFactory drivers,
                           QObject *parent)
    : QObject(parent), m_plan(std::move(plan)), m_cache(cache), m_catalog(catalog), m_writer(writer), m_server(server),
      m_drivers(std::move(drivers)), m_schedule(m_plan.schedule()), m_history(RunHistory::defaultFile(cache))
{
    connect(&m_server, &HarnessServer::eventReceived, this, [this](const QJsonObject &message) {
        const std::string id = message.value(QStringLiteral("run")).toString().toStdString();
        for (const auto &run : m_inFlight)
            if (run->run().id() == id) {
                run->onEvents(message);
                return;
            }
        // A straggler from an earlier run, or another page: not any current run's evidence.
    });
    connect(&m_server, &HarnessServer::batchRejected, this, [this](const QString &runId, const QString &reason) {
        for (const auto &run : m_inFlight)
            if (run->run().id() == runId.toStdString())
                run->onRejectedBatch(reason);
    });
}

Orchestrator::~Orchestrator()
{
    m_inFlight.clear(); // each run stops its browser or native child
}

void Orchestrator::start()
{
    m_clock.start();
    m_lastCompletionMs = 0;
    const bool usesGrid = std::any_of(m_schedule.begin(), m_schedule.end(), [](const auto &r) {
        return r.cell.browserKind() == experiment::BrowserKind::Grid;
    });
    if (usesGrid && !m_plan.gridUrl.empty())
        askGridForNodes(); // dispatches when the Grid answered (or did not)
    else
        QTimer::singleShot(0, this, &Orchestrator::dispatch);
}

void Orchestrator::askGridForNodes()
{
    // Selenium Grid 4: {"value": {"ready": ..., "nodes": [{"uri", "availability": "UP", "slots": [...]}, ...]}}.
    // A plain WebDriver endpoint (chromedriver) lists no nodes: one run at a time.
    QUrl url(QString::fromStdString(m_plan.gridUrl));
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + QStringLiteral("/status"));
    QNetworkRequest request(url);
    request.setTransferTimeout(15000);
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QJsonArray nodes = QJsonDocument::fromJson(reply->readAll())
                                     .object()
                                     .value(QStringLiteral("value"))
                                     .toObject()
                                     .value(QStringLiteral("nodes"))
                                     .toArray();
        int up = 0;
        for (const QJsonValue &node : nodes)
            up += node.toObject().value(QStringLiteral("availability")).toString() == QLatin1String("UP") ? 1 : 0;
        m_gridParallelism = std::max(1, up);
        if (m_plan.gridParallel > 0)
            m_gridParallelism = std::min(m_gridParallelism, m_plan.gridParallel);
        dispatch();
    });
}

void Orchestrator::dispatch()
{
    if (m_finished)
        return;
    while (m_index < m_schedule.size() && !m_cancelled) {
        const experiment::Run &run = m_schedule[m_index];
        if (m_writer.hasRun(run.id())) { // resume: this run is already on disk
            ++m_index;
            ++m_skipped;
            ++m_done;
            continue;
        }
        const bool grid = run.cell.browserKind() == experiment::BrowserKind::Grid;
        const bool allGrid = std::all_of(m_inFlight.begin(), m_inFlight.end(), [](const auto &r) {
            return r->run().cell.browserKind() == experiment::BrowserKind::Grid;
        });
        const bool mayStart =
            m_inFlight.empty() || (grid && allGrid && static_cast<int>(m_inFlight.size()) < m_gridParallelism);
        if (!mayStart)
            break; // in schedule order: a local run waits until the machine is quiet
        std::vector<std::string> alongside;
        for (const auto &r : m_inFlight)
            alongside.push_back(r->run().id());
        auto active = std::make_unique<ActiveRun>(
            m_plan, run, m_cache, m_catalog, m_writer.directory(), m_server, m_drivers,
            [this](ActiveRun *done, store::RunRecord record) { onRunDone(done, std::move(record)); }, this);
        active->setStartedAlongside(std::move(alongside));
        ActiveRun *started = active.get();
        const QString id = QString::fromStdString(run.id());
        connect(started, &ActiveRun::sampleArrived, this,
                [this, id](double ms, bool warmup) { Q_EMIT liveSample(id, ms, warmup); });
        connect(started, &ActiveRun::memorySampled, this,
                [this, id](double at, double pss) { Q_EMIT liveMemory(id, at, pss); });
        m_inFlight.push_back(std::move(active));
        Q_EMIT runStarted(QString::fromStdString(run.id()), static_cast<int>(m_index), total());
        ++m_index;
        started->start(); // may finish at once (model missing): onRunDone then runs inside this call
    }
    if (m_inFlight.empty() && m_index >= m_schedule.size() && !m_cancelled && scheduleAdaptiveRound()) {
        QTimer::singleShot(0, this, &Orchestrator::dispatch);
        return;
    }
    if (m_inFlight.empty() && (m_index >= m_schedule.size() || m_cancelled)) {
        m_finished = true;
        Q_EMIT finished(m_cancelled);
    }
}

bool Orchestrator::scheduleAdaptiveRound()
{
    if (!m_plan.adaptive() || m_unstored > 0)
        return false;
    std::shared_ptr<const results::BundleView> view;
    try {
        view = results::makeBundleView(m_writer.directory(), store::readBundle(m_writer.directory()));
    } catch (const std::exception &) {
        return false; // the bundle cannot be read back: no decision to make from it; the plan ends as it is
    }
    // Per cell: its ok runs' steady samples and the highest repetition scheduled or stored (a resumed plan
    // finds its earlier rounds in the bundle).
    std::map<std::string, std::vector<analysis::RunSamples>> ok;
    std::map<std::string, int> last, runs;
    for (const auto &r : view->runs) {
        const std::string &key = r.cell.key;
        const int repetition = r.meta.value("repetition", 0);
        last[key] = std::max(last[key], repetition);
        ++runs[key];
        if (r.ok() && !r.steadySamples.empty())
            ok[key].emplace_back(r.steadySamples);
    }
    for (const auto &run : m_schedule)
        last[run.cell.key()] = std::max(last[run.cell.key()], run.repetition);
    std::vector<std::pair<experiment::Cell, int>> next;
    for (const auto &cell : m_plan.cells) {
        const std::string key = cell.key();
        const auto decision = results::decideRepetitions(ok[key], std::max(runs[key], last[key]), m_plan.maxRepetitions,
                                                         m_plan.ciPercent);
        if (decision.state == results::RepetitionState::Continue && last[key] < m_plan.maxRepetitions)
            next.emplace_back(cell, last[key] + 1);
    }
    if (next.empty())
        return false;
    ++m_adaptiveRound;
    const auto round = m_plan.adaptiveRound(next, m_adaptiveRound);
    m_schedule.insert(m_schedule.end(), round.begin(), round.end());
    Q_EMIT adaptiveRoundScheduled(m_adaptiveRound, static_cast<int>(next.size()), static_cast<int>(round.size()));
    return true;
}

bool Orchestrator::streamsSamples(const QString &runId) const
{
    for (const auto &r : m_inFlight)
        if (QString::fromStdString(r->run().id()) == runId)
            return r->run().cell.browser != "native";
    return true;
}

void Orchestrator::onRunDone(ActiveRun *run, store::RunRecord record)
{
    if (m_gridParallelism > 1 && run->run().cell.browserKind() == experiment::BrowserKind::Grid)
        record.meta["grid_parallelism"] = m_gridParallelism;
    const auto it = std::find_if(m_inFlight.begin(), m_inFlight.end(), [run](const auto &r) { return r.get() == run; });
    if (it != m_inFlight.end()) {
        it->release()->deleteLater(); // we may be inside one of its own signals
        m_inFlight.erase(it);
    }
    store(std::move(record));
    QTimer::singleShot(0, this, &Orchestrator::dispatch);
}

void Orchestrator::cancel()
{
    m_cancelled = true;
    // Copy: a run's cancel ends it and removes it from the list.
    std::vector<ActiveRun *> runs;
    for (const auto &r : m_inFlight)
        runs.push_back(r.get());
    for (ActiveRun *r : runs)
        r->cancel();
    QTimer::singleShot(0, this, &Orchestrator::dispatch);
}

void Orchestrator::store(store::RunRecord record)
{
    const QString id = QString::fromStdString(record.runId);
    const QString status = QString::fromStdString(record.meta.value("status", ""));
    const QString detail = QString::fromStdString(record.meta.value("error", ""));
    ++m_done;
    if (status != QLatin1String("cancelled")) { // a cancelled run reruns on resume
        try {
            m_writer.writeRun(record);
        } catch (const store::StoreError &e) {
            // Nothing measured from here on could be kept either (a full disk, a read-only mount):
            // stop the plan; the caller exits non-zero and the runs not stored rerun on resume.
            ++m_unstored;
            if (m_storeError.isEmpty())
                m_storeError = QString::fromUtf8(e.what());
            Q_EMIT runFinished(id, QStringLiteral("failed"),
                               QStringLiteral("cannot store the run: %1").arg(QString::fromUtf8(e.what())));
            if (!m_cancelled)
                QTimer::singleShot(0, this, &Orchestrator::cancel);
            return;
        }
    }
    // A run's share of the plan's time is the clock between run completions, not its own wall_ms: what lies
    // between runs (the drift probe, starting a browser or node, storing) is time a user waits too; the
    // record's wall_ms alone made the time left 35% short. Grid runs side by side complete closer together,
    // so the same clock already holds their parallelism.
    const qint64 now = m_clock.elapsed();
    const double slot = static_cast<double>(now - m_lastCompletionMs) / 1000.0;
    m_lastCompletionMs = now;
    ++m_measured;
    m_measuredSeconds += slot;
    if (status != QLatin1String("cancelled"))
        m_history.add(record.meta.value("cell", ""), slot, status.toStdString(), detail.toStdString());
    Q_EMIT runFinished(id, status, detail);
    const int remaining = total() - m_done;
    // Each run costs about the same within a plan: the mean so far times the runs left, improving as runs
    // finish. Skipped runs cost nothing.
    Q_EMIT progress(m_done, total(), m_measured > 0 ? m_measuredSeconds / m_measured * remaining : -1.0);
}

} // namespace inferscope::engine
