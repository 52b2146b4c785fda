#pragma once
// Runs a plan: every scheduled run in turn (interleaved order from the plan's seed), each with a
// timeout, in the browser it names or natively; every run is written to the bundle the moment it ends,
// failures included with their cause; runs already in the bundle are skipped, so an interrupted plan
// resumes where it stopped. Progress comes with an estimate of the time left.

#include "core/experiment/plan.h"
#include "core/runner/browser_driver.h"
#include "core/runner/harness_server.h"
#include "core/runner/model_cache.h"
#include "core/store/bundle.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <atomic>
#include <map>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace inferscope::runner {

class Orchestrator : public QObject {
    Q_OBJECT
public:
    Orchestrator(experiment::Plan plan, const ModelCache &cache, const zoo::Catalog &catalog, store::BundleWriter &writer,
                 HarnessServer &server, DriverFactory drivers, QObject *parent = nullptr);
    ~Orchestrator() override;

    void start();
    void cancel();
    int total() const { return static_cast<int>(m_schedule.size()); }
    int skipped() const { return m_skipped; }

    /// The harness page's configuration for one run (exposed for tests).
    static nlohmann::json pageConfig(const experiment::Run &run, const zoo::ModelEntry &model, const experiment::Plan &plan);

Q_SIGNALS:
    void runStarted(const QString &runId, int index, int total);
    void runFinished(const QString &runId, const QString &status, const QString &detail);
    void progress(int done, int total, double etaSeconds);
    void finished(bool cancelled);

private:
    void next();
    void startBrowserRun(const experiment::Run &run, const zoo::ModelEntry &model);
    void onEvents(const QJsonObject &message);
    void finishRun(const std::string &status, const std::string &error);
    void completeRun(const std::string &status); ///< after the trace (if any) is on disk
    void onTrace(const QByteArray &trace, const QString &error);
    void sendClick();
    void summarizeResponsiveness();
    void store(store::RunRecord record);

    experiment::Plan m_plan;
    const ModelCache &m_cache;
    const zoo::Catalog &m_catalog;
    store::BundleWriter &m_writer;
    HarnessServer &m_server;
    DriverFactory m_drivers;
    std::vector<experiment::Run> m_schedule;
    std::size_t m_index = 0;
    int m_skipped = 0;
    int m_measured = 0;
    double m_measuredSeconds = 0;
    std::atomic_bool m_cancelled = false;
    bool m_active = false;

    // The browser run in flight.
    std::unique_ptr<BrowserDriver> m_driver;
    store::RunRecord m_record;
    store::Series m_warmup, m_latency, m_runOnly;
    QTimer m_timeout;
    QElapsedTimer m_runClock;
    QFutureWatcher<store::RunRecord> m_native;
    // Memory timeline of the browser's process tree, on the run's clock (m_runClock).
    QTimer m_memoryTimer;
    std::map<QString, store::Series> m_memory;
    double m_pageReadyMs = -1; ///< run clock when the page's first event arrived: the memory baseline
    void sampleMemory(); ///< native runs block on a child: off the event-loop thread

    // Responsiveness probe: clicks sent at the plan's rate, matched with what the page reports.
    QTimer m_inputTimer;
    std::vector<double> m_clickSentWallMs; ///< by click number: wall-clock ms when the driver sent it
    bool m_clicksUnsupported = false;
    int m_clicksSkipped = 0;          ///< ticks where the previous click was still being handled
    int m_clicksUnsupportedTicks = 0;
    std::map<QString, store::Series> m_probe;

    // A trace being read back from the browser after the run ended.
    bool m_traceWaiting = false;
    std::string m_pendingStatus;
    QTimer m_traceTimeout;
    QFutureWatcher<nlohmann::json> m_traceWriter;
};

} // namespace inferscope::runner
