#pragma once
// Runs a plan: every scheduled run (interleaved order from the plan's seed), each with a timeout, in
// (adaptive repetitions: then rounds of one more run for each cell whose interval is still too wide), each in
// the browser it names or natively; every run is written to the bundle the moment it ends, failures
// included with their cause; runs already in the bundle are skipped, so an interrupted plan resumes
// where it stopped. Progress comes with an estimate of the time left.
//
// One measurement at a time on this machine: a local run (embedded, Chromium, Firefox, native) starts
// only when nothing else is in flight. Grid runs execute elsewhere, so they run side by side, as many
// as the Grid has nodes (asked from its /status when the plan starts), and each records the node that
// ran it and its wall-clock span, so "one run per node at a time" can be checked from the bundle.

#include "core/browser/browser_driver.h"
#include "core/engine/active_run.h"
#include "core/engine/harness_server.h"
#include "core/engine/preflight.h"
#include "core/experiment/plan.h"
#include "core/modelcache/model_cache.h"
#include "core/store/bundle.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <list>
#include <memory>

namespace inferscope::engine {

class Orchestrator : public QObject {
    Q_OBJECT
public:
    Orchestrator(experiment::Plan plan, const zoo::ModelCache &cache, const zoo::Catalog &catalog,
                 store::BundleWriter &writer, HarnessServer &server, browser::DriverFactory drivers,
                 QObject *parent = nullptr);
    ~Orchestrator() override;

    void start();
    void cancel();
    int total() const { return static_cast<int>(m_schedule.size()); }
    int skipped() const { return m_skipped; }
    /// Runs measured but not stored (the bundle refused the write); the plan stops at the first one.
    int unstored() const { return m_unstored; }
    QString storeError() const { return m_storeError; }
    /// Whether a run in flight reports its samples as they happen (browser runs) or only when it ends (native).
    bool streamsSamples(const QString &runId) const;

Q_SIGNALS:
    void runStarted(const QString &runId, int index, int total);
    void runFinished(const QString &runId, const QString &status, const QString &detail);
    void progress(int done, int total, double etaSeconds);
    /// Adaptive repetitions: a round of `runs` more was scheduled for `cells` cells whose interval is still too wide.
    void adaptiveRoundScheduled(int round, int cells, int runs);
    void finished(bool cancelled);
    /// Live data of a run in flight, for the Runs page: a latency sample, a memory sweep (run clock ms, PSS bytes).
    void liveSample(const QString &runId, double ms, bool warmup);
    void liveMemory(const QString &runId, double atMs, double pssBytes);

private:
    void askGridForNodes();
    /// Adaptive repetitions: reads what the bundle holds and schedules one more repetition of every cell that
    /// needs one (results/repetition_policy); false when none does (or the plan is not adaptive).
    bool scheduleAdaptiveRound();
    void dispatch();
    void onRunDone(ActiveRun *run, store::RunRecord record);
    void store(store::RunRecord record);

    experiment::Plan m_plan;
    const zoo::ModelCache &m_cache;
    const zoo::Catalog &m_catalog;
    store::BundleWriter &m_writer;
    HarnessServer &m_server;
    browser::DriverFactory m_drivers;
    std::vector<experiment::Run> m_schedule;
    std::size_t m_index = 0; ///< the next scheduled run to consider
    std::list<std::unique_ptr<ActiveRun>> m_inFlight;
    int m_adaptiveRound = 0;
    RunHistory m_history;      ///< this machine's run times per cell, for the next plan's estimate
    int m_gridParallelism = 1; ///< Grid runs in flight at once: the Grid's nodes up (capped by the plan), 1 until known
    QNetworkAccessManager m_network;
    int m_skipped = 0;
    int m_unstored = 0;
    QString m_storeError;
    int m_done = 0;
    int m_measured = 0;
    double m_measuredSeconds = 0; ///< the clock between run completions of the runs measured so far
    QElapsedTimer m_clock;        ///< since start()
    qint64 m_lastCompletionMs = 0;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace inferscope::engine
