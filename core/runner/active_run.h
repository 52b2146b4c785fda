#pragma once
// One run in flight: its browser (or native child), its timeout, the page's events turned into series,
// the memory timeline of its process tree, the responsiveness probe's clicks, and the trace read back
// at the end. When it ends (result, failure, timeout, crash or cancel) it hands the complete record to
// `done` exactly once; the Orchestrator stores it. Several runs are in flight at once only on a Grid,
// one per node; everything here is per run so they never share state.

#include "core/experiment/plan.h"
#include "core/runner/browser_driver.h"
#include "core/runner/harness_server.h"
#include "core/runner/model_cache.h"
#include "core/store/bundle.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <atomic>
#include <filesystem>
#include <functional>
#include <map>

namespace inferscope::runner {

class ActiveRun : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(ActiveRun *run, store::RunRecord record)>;

    ActiveRun(const experiment::Plan &plan, experiment::Run run, const ModelCache &cache, const zoo::Catalog &catalog,
              std::filesystem::path bundleDir, HarnessServer &server, const DriverFactory &drivers, Done done, QObject *parent = nullptr);
    ~ActiveRun() override;

    /// The runs already in flight when this one starts (recorded with it; only Grid runs overlap).
    void setStartedAlongside(std::vector<std::string> runIds) { m_alongside = std::move(runIds); }
    void start();
    void cancel();
    const experiment::Run &run() const { return m_run; }
    /// The page's events for this run (the orchestrator routes them by run id).
    void onEvents(const QJsonObject &message);

private:
    /// The harness page's configuration for one run (the page reads it from its URL).
    static nlohmann::json pageConfig(const experiment::Run &run, const zoo::ModelEntry &model, const experiment::Plan &plan);

    void startBrowser(const zoo::ModelEntry &model);
    void startNative(const zoo::ModelEntry &model);
    void finish(const std::string &status, const std::string &error);
    void complete(const std::string &status); ///< after the trace (if any) is on disk
    void onTrace(const QByteArray &trace, const QString &error);
    void sampleMemory();
    void sendClick();
    void summarizeResponsiveness();
    void summarizeWorkload();
    void summarizeInputs(nlohmann::json &responsiveness);

    const experiment::Plan &m_plan;
    const experiment::Run m_run;
    const ModelCache &m_cache;
    const zoo::Catalog &m_catalog;
    const std::filesystem::path m_bundleDir;
    HarnessServer &m_server;
    const DriverFactory &m_drivers;
    Done m_done;
    std::vector<std::string> m_alongside;
    bool m_active = false;
    std::atomic_bool m_cancelled = false;

    std::unique_ptr<BrowserDriver> m_driver;
    store::RunRecord m_record;
    store::Series m_warmup, m_latency, m_runOnly;
    store::Series m_warmupT, m_latencyT; ///< page clock (ms) at the end of each sample
    QTimer m_timeout;
    QElapsedTimer m_runClock;
    QFutureWatcher<store::RunRecord> m_native;

    // Memory timeline of the browser's process tree, on the run's clock.
    QTimer m_memoryTimer;
    std::map<QString, store::Series> m_memory;
    double m_pageReadyMs = -1; ///< run clock when the page's first event arrived: the memory baseline

    // Responsiveness probe: clicks sent at the plan's rate, matched with what the page reports.
    QTimer m_inputTimer;
    std::vector<double> m_clickSentWallMs; ///< by click number: wall-clock ms when the driver sent it
    bool m_clicksUnsupported = false;
    int m_clicksSkipped = 0; ///< ticks where the previous click was still being handled
    int m_clicksUnsupportedTicks = 0;
    std::map<QString, store::Series> m_probe;

    // A trace being read back from the browser after the run ended.
    bool m_traceWaiting = false;
    std::string m_pendingStatus;
    QTimer m_traceTimeout;
    QFutureWatcher<nlohmann::json> m_traceWriter;
};

} // namespace inferscope::runner
