#pragma once
// One run in flight: its browser (or native child), its timeout, the page's events turned into series,
// the memory timeline of its process tree, the responsiveness probe's clicks, and the trace read back
// at the end. When it ends (result, failure, timeout, crash or cancel) it hands the complete record to
// `done` exactly once; the Orchestrator stores it. Several runs are in flight at once only on a Grid,
// one per node; everything here is per run so they never share state.

#include "core/browser/browser_driver.h"
#include "core/browser/process_memory_types.h"
#include "core/engine/harness_server.h"
#include "core/engine/memory_timeline.h"
#include "core/engine/page_record.h"
#include "core/engine/run_facts.h"
#include "core/experiment/plan.h"
#include "core/modelcache/model_cache.h"
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

namespace inferscope::engine {

class ActiveRun : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(ActiveRun *run, store::RunRecord record)>;

    ActiveRun(const experiment::Plan &plan, experiment::Run run, const zoo::ModelCache &cache,
              const zoo::Catalog &catalog, std::filesystem::path bundleDir, HarnessServer &server,
              const browser::DriverFactory &drivers, Done done, QObject *parent = nullptr);
    ~ActiveRun() override;

    /// The runs already in flight when this one starts (recorded with it; only Grid runs overlap).
    void setStartedAlongside(std::vector<std::string> runIds) { m_alongside = std::move(runIds); }
    void start();
    void cancel();
    const experiment::Run &run() const { return m_run; }
    /// The page's events for this run (the orchestrator routes them by run id).
    void onEvents(const QJsonObject &message);
    /// A batch for this run that the server refused: counted in the record (`page_batches_rejected`).
    void onRejectedBatch(const QString &reason);
    void rejectEvent(const std::string &reason);

    /// The harness page's configuration for one run (the page reads it from its URL). Public so that a
    /// bare host (bench/bare_host) loads exactly the page the product loads.
    static nlohmann::json pageConfig(const experiment::Run &run, const zoo::ModelEntry &model,
                                     const experiment::Plan &plan);

Q_SIGNALS:
    /// A latency sample the page just reported (for a live view; the record keeps its own copy).
    void sampleArrived(double ms, bool warmup);
    /// A memory sweep of the browser's process tree: `atMs` on the run's clock, total PSS in bytes.
    void memorySampled(double atMs, double pssBytes);

private:
    void startBrowser(const zoo::ModelEntry &model);
    void startNative(const zoo::ModelEntry &model);
    void finish(const std::string &status, const std::string &error);
    /// What the driver knows once the run ends: node, session time, protocol problems, version, and for a remote
    /// browser why its processes have no memory timeline.
    void recordDriverFacts();
    /// The last sweep in flight and one final sweep, so the timeline covers the prediction phase to its end.
    void stopMemorySampling();
    /// The timeline's series into the record, with the PSS baseline and peak, the JS heap and CPU per inference.
    void storeMemoryTimeline();
    void recordJsHeap(const std::vector<double> &heap, const char *source);
    /// The browser process's stderr as the attachment RUN.browser.log (meta.browser_log names it).
    void storeProcessLog();
    void complete(const std::string &status); ///< after the trace (if any) is on disk
    void onTrace(const QByteArray &trace, const QString &error);
    void sampleMemory();
    void sendClick();
    void summarizeResponsiveness();

    const experiment::Plan &m_plan;
    const experiment::Run m_run;
    const zoo::ModelCache &m_cache;
    const zoo::Catalog &m_catalog;
    const std::filesystem::path m_bundleDir;
    HarnessServer &m_server;
    const browser::DriverFactory &m_drivers;
    Done m_done;
    std::vector<std::string> m_alongside;
    bool m_active = false;
    std::atomic_bool m_cancelled = false;

    std::unique_ptr<browser::BrowserDriver> m_driver;
    store::RunRecord m_record; ///< the cell and what the page reported; the engine's own facts are m_facts
    RunFacts m_facts;          ///< written into m_record.meta once, when the run completes
    PageRecord m_page;         ///< what the page reported, as series
    QTimer m_timeout;
    QElapsedTimer m_runClock;
    QFutureWatcher<store::RunRecord> m_native;

    // Memory timeline of the browser's process tree, on the run's clock.
    QTimer m_memoryTimer;
    MemoryTimeline m_memory;
    double m_pageReadyMs = -1; ///< run clock when the page's first event arrived: the memory baseline
    /// The run proper, once the machine-drift probe answered (`probe`: {"ms", "passes"} or {"error"}).
    void begin(const std::optional<MachineProbe> &probe);
    QFutureWatcher<MachineProbe> m_probe;
    /// One /proc sweep, read on a worker thread; `at` is the run clock when it started.
    struct Sweep {
        browser::TypedMemory memory;
        double at = 0;
        double ms = 0;
        int id = 0;
    };
    void applySweep(const Sweep &sweep);
    QFutureWatcher<Sweep> m_sweep;
    int m_sweepsStarted = 0, m_sweepsApplied = 0, m_sweepsSkipped = 0;
    browser::TypedMemorySampler m_memorySampler;
    std::vector<double> m_sweepMs; ///< how long each /proc sweep took (ms), on a worker thread

    // Responsiveness probe: clicks sent at the plan's rate, matched with what the page reports.
    QTimer m_inputTimer;
    std::vector<double> m_clickSentWallMs; ///< by click number: wall-clock ms when the driver sent it
    bool m_clicksUnsupported = false;
    int m_clicksSkipped = 0; ///< ticks where the previous click was still being handled
    int m_clicksUnsupportedTicks = 0;

    // A trace being read back from the browser after the run ended.
    bool m_traceWaiting = false;
    std::string m_pendingStatus;
    QTimer m_traceTimeout;
    QFutureWatcher<TraceFacts> m_traceWriter;
};

} // namespace inferscope::engine
