#include "core/engine/active_run.h"
#include "core/engine/memory_timeline.h"

#include "core/engine/calibration_check.h"
#include "core/engine/generation_summary.h"

#include "core/analysis/cpu_time.h"

#include "core/analysis/descriptive.h"
#include "core/analysis/responsiveness.h"
#include "core/browser/process_memory_types.h"
#include "core/engine/native_runner.h"
#include "core/engine/page_config.h"
#include "core/engine/record_sections.h"
#include "core/engine/run_facts.h"
#include "core/modelcache/data_paths.h"
#include "core/process/child_process.h"
#include "core/results/trace_summary.h"
#include "core/store/attachment.h"

#include <algorithm>
#include <chrono>

#include <QtConcurrent/QtConcurrentRun>

#include <QJsonArray>

namespace inferscope::engine {
namespace {
double wallClockMs()
{
    return std::chrono::duration<double, std::milli>(std::chrono::system_clock::now().time_since_epoch()).count();
}

} // namespace

ActiveRun::ActiveRun(const experiment::Plan &plan, experiment::Run run, const zoo::ModelCache &cache,
                     const zoo::Catalog &catalog, std::filesystem::path bundleDir, HarnessServer &server,
                     const browser::DriverFactory &drivers, Done done, QObject *parent)
    : QObject(parent), m_plan(plan), m_run(std::move(run)), m_cache(cache), m_catalog(catalog),
      m_bundleDir(std::move(bundleDir)), m_server(server), m_drivers(drivers), m_done(std::move(done))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish("failed", "no result within " + std::to_string(m_plan.policy.timeoutMs / 1000) +
                             " s: the page hung or the browser stopped responding");
    });
    m_memoryTimer.setInterval(100); // METRICS.md: a timeline sampled at <= 100 ms
    connect(&m_memoryTimer, &QTimer::timeout, this, &ActiveRun::sampleMemory);
    m_inputTimer.setInterval(1000 / m_plan.responsiveness.inputHz);
    m_inputTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_inputTimer, &QTimer::timeout, this, &ActiveRun::sendClick);
    m_traceTimeout.setSingleShot(true);
    connect(&m_traceTimeout, &QTimer::timeout, this,
            [this] { onTrace({}, QStringLiteral("the browser did not hand over the trace within 60 s")); });
    connect(&m_traceWriter, &QFutureWatcher<TraceFacts>::finished, this, [this] {
        m_facts.trace = m_traceWriter.result();
        // The plan asked for a trace and the browser gave one: losing it to the disk is a failed run
        // (rerun on resume), not an ok run without what was asked for.
        if (m_facts.trace->storeError && m_pendingStatus == "ok") {
            m_pendingStatus = "failed";
            m_facts.status = "failed";
            m_facts.error = m_facts.trace->reason;
        }
        complete(m_pendingStatus);
    });
    connect(&m_probe, &QFutureWatcher<MachineProbe>::finished, this, [this] { begin(m_probe.result()); });
    connect(&m_sweep, &QFutureWatcher<Sweep>::finished, this, [this] {
        if (m_active)
            applySweep(m_sweep.result());
    });
    connect(&m_native, &QFutureWatcher<store::RunRecord>::finished, this, [this] {
        auto record = m_native.result();
        record.meta.update(m_record.meta, true); // the cell as the plan names it (objects merged: generation)
        const auto [status, error] = recordedOutcome(record.meta);
        m_record = std::move(record);
        finish(status, error);
    });
}

ActiveRun::~ActiveRun()
{
    m_cancelled = true; // a native run in flight stops its child and returns
    m_native.waitForFinished();
    m_probe.waitForFinished();
    m_sweep.waitForFinished();
    m_traceWriter.waitForFinished();
    if (m_driver)
        m_driver->close();
}

namespace {
/// bench/embedded_overhead.sh switches single probes off to measure what each costs (never set by a plan):
/// INFERSCOPE_ABLATE=memory (no /proc sampling), jsheap (no CDP heap polling), drift (no machine probe
/// before the run), comma-separated.
bool ablated(const char *probe)
{
    static const QByteArrayList off = qgetenv("INFERSCOPE_ABLATE").split(',');
    return off.contains(QByteArray(probe));
}
} // namespace

void ActiveRun::start()
{
    // The record exists from here: a run cancelled while the probe runs is still stored as cancelled.
    m_runClock.start();
    // What the page may report for this run: never a sample longer than the run may take, never more
    // prediction samples than the policy asks (a generation's decode steps; the calibration page's blocks).
    PageLimits limits;
    limits.maxMs = static_cast<double>(m_plan.policy.timeoutMs);
    const auto &generation = m_run.cell.generation;
    limits.maxSteadySamples =
        generation.enabled()
            ? static_cast<std::size_t>(generation.generations) * static_cast<std::size_t>(generation.newTokens)
        : m_run.cell.harnessKind() == experiment::Harness::Calibrate ? 10000
                                                                     : static_cast<std::size_t>(m_plan.policy.samples);
    m_page = PageRecord(limits);
    m_record = {m_run.id(), cellFields(m_run), {}};
    m_facts = {};
    m_active = true;
    // The machine-drift probe first (local runs only: a Grid run's machine is another one), in a child
    // process off the event loop; the run proper begins when it has answered (or failed to).
    if (m_run.cell.browserKind() == experiment::BrowserKind::Grid || ablated("drift")) {
        begin(std::nullopt);
        return;
    }
    const QString probe = m_cache.driftProbePath();
    m_probe.setFuture(QtConcurrent::run([probe]() -> MachineProbe {
        std::optional<MachineProbe> result;
        process::ChildOptions options;
        options.timeoutMs = 30000;
        options.onStdoutLine = [&](const QByteArray &line) {
            if (auto answer = machineProbeOfLine(line.toStdString()))
                result = std::move(answer);
        };
        const auto r = process::runChild(zoo::nodeProgram(), {probe}, options);
        if (!result)
            result = MachineProbe{std::nullopt, nullptr,
                                  r.errorText.isEmpty() ? std::string("the probe reported nothing")
                                                        : r.errorText.toStdString()};
        return *result;
    }));
}

void ActiveRun::begin(const std::optional<MachineProbe> &probe)
{
    if (!m_active)
        return; // cancelled while the probe ran
    m_runClock.restart();
    m_facts.wallStartMs = wallClockMs();
    // What the plan asked for: the statistics count every prediction sample, so a run with fewer says why
    // (the prediction phase's time cap, policy.max_sample_ms) instead of silently having fewer.
    m_facts.samplesAsked = m_plan.policy.samples;
    m_facts.machineProbe = probe;
    m_facts.startedAlongside = m_alongside;
    const zoo::ModelEntry *model = m_catalog.find(m_run.cell.model);
    const auto v = model ? m_cache.verify(*model, false) : zoo::Verification{};
    if (!model || !v.filesPresent || !v.referenceReady) {
        finish("failed", "model " + m_run.cell.model + " is not in the cache: run `inferscope models fetch " +
                             m_run.cell.model + "`");
        return;
    }
    if (m_run.cell.generation.enabled()) {
        // What the KV cache alone adds per generated token (every past_* input grows by one position):
        // the reference the measured memory per token is read against.
        double kvBytes = 0;
        for (const auto &in : model->inputs)
            if (in.name.starts_with("past_") && in.shape.size() == 4)
                kvBytes += static_cast<double>(in.shape[1] * in.shape[3]) * 4.0;
        m_facts.kvCacheBytesPerToken = kvBytes;
    }
    m_facts.quantization = m_cache.quantizationOf(*model);
    if (m_run.cell.isNative())
        startNative(*model);
    else
        startBrowser(*model);
}

void ActiveRun::cancel()
{
    m_cancelled = true;
    if (m_active && !m_native.isRunning())
        finish("cancelled", "cancelled by the user");
    // A native run sees the flag, kills its child and finishes through the watcher.
}

void ActiveRun::startNative(const zoo::ModelEntry &model)
{
    NativeRunOptions options;
    options.runtime = m_run.cell.runtime;
    options.backend = m_run.cell.backend;
    options.threads = m_run.cell.threads;
    options.warmupMs = m_plan.policy.minWarmupMs;
    options.samples = m_plan.policy.samples;
    options.maxMs = m_plan.policy.maxWarmupMs + m_plan.policy.maxSampleMs;
    options.timeoutMs = m_plan.policy.timeoutMs;
    options.profile = m_plan.profile;
    if (m_run.cell.generation.enabled())
        options.generation = generationSetting(m_run.cell.generation, m_plan.seed, &model);
    options.cancelled = [this] { return m_cancelled.load(); };
    const zoo::ModelCache &cache = m_cache;
    const std::string id = m_run.id();
    m_native.setFuture(QtConcurrent::run(
        [&cache, entry = model, options, id] { return runNativeBaseline(cache, entry, options, id); }));
}

void ActiveRun::startBrowser(const zoo::ModelEntry &model)
{
    m_driver = m_drivers ? m_drivers(m_run.cell.browser) : nullptr;
    if (!m_driver) {
        finish("failed", "browser " + m_run.cell.browser + " is not available on this machine");
        return;
    }
    m_facts.browserVersion = m_driver->version().toStdString();
    m_driver->setRunSettings({m_run.cell.backendKind() == experiment::Backend::WebGpu,
                              m_run.cell.backendKind() == experiment::Backend::WebGl, m_plan.trace});
    connect(m_driver.get(), &browser::BrowserDriver::failed, this,
            [this](const QString &reason) { finish("failed", reason.toStdString()); });
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("config"), QString::fromStdString(pageConfig(m_run, model, m_plan).dump()));
    const experiment::Harness harness = m_run.cell.harnessKind();
    const QString page = harness == experiment::Harness::Minimal     ? QStringLiteral("minimal.html")
                         : harness == experiment::Harness::Calibrate ? QStringLiteral("calibrate.html")
                                                                     : QStringLiteral("index.html");
    m_timeout.start(m_plan.policy.timeoutMs);
    m_driver->open(m_server.harnessUrl(page, query, QString::fromStdString(m_plan.serveHost)));
    sampleMemory();
    m_memoryTimer.start();
}

void ActiveRun::sampleMemory()
{
    if (m_driver && !ablated("jsheap")) {
        // The page's JS heap where the protocol tells it (CDP), on the same run clock as PSS.
        const double at = static_cast<double>(m_runClock.nsecsElapsed()) / 1e6;
        m_driver->requestJsHeap([this, at](double used, double total) {
            if (!m_active)
                return;
            m_memory.addJsHeap(at, used, total);
        });
    }
    const qint64 root = m_driver ? m_driver->rootPid() : -1;
    if (root <= 0 || ablated("memory"))
        return;
    if (m_sweep.isRunning()) { // the last sweep is still reading /proc: skip a tick rather than queue sweeps
        ++m_sweepsSkipped;
        return;
    }
    // Off the event loop: on the embedded browser this thread is also Chromium's UI thread.
    const double at = static_cast<double>(m_runClock.nsecsElapsed()) / 1e6;
    browser::TypedMemorySampler *sampler = &m_memorySampler;
    const int id = ++m_sweepsStarted;
    m_sweep.setFuture(QtConcurrent::run([sampler, root, at, id] {
        QElapsedTimer took;
        took.start();
        Sweep s{sampler->sample(root, static_cast<qint64>(at)), at, 0, id};
        s.ms = static_cast<double>(took.nsecsElapsed()) / 1e6;
        return s;
    }));
}

void ActiveRun::applySweep(const Sweep &sweep)
{
    if (sweep.id <= m_sweepsApplied)
        return; // already applied (finish() takes the last one itself)
    m_sweepsApplied = sweep.id;
    m_sweepMs.push_back(sweep.ms); // what the instrument costs the (worker) thread it runs on
    if (sweep.memory.processes == 0)
        return;
    m_memory.addSweep(sweep.at, sweep.memory);
    Q_EMIT memorySampled(sweep.at, static_cast<double>(sweep.memory.pssTotal));
}

void ActiveRun::onEvents(const QJsonObject &message)
{
    if (!m_active || message.value(QStringLiteral("run")).toString().toStdString() != m_record.runId)
        return;              // a straggler after the run ended: not this run's evidence
    if (m_pageReadyMs < 0) { // the page is up, its runtime and model not loaded yet
        m_pageReadyMs = static_cast<double>(m_runClock.nsecsElapsed()) / 1e6;
        // Run clock minus page clock, from the first event's arrival (late by the POST's few ms): puts
        // the page's series and the memory timeline on one clock in exports.
        const QJsonArray first = message.value(QStringLiteral("batch")).toArray();
        if (!first.isEmpty() && first.first().toObject().contains(QStringLiteral("t")))
            m_facts.pageClockOffsetMs = m_pageReadyMs - first.first().toObject().value(QStringLiteral("t")).toDouble();
    }
    const QJsonArray batch = message.value(QStringLiteral("batch")).toArray();
    for (const QJsonValue &value : batch) {
        const std::size_t steady = m_page.steadyCount(), warmup = m_page.warmupCount();
        const auto applied = m_page.apply(value.toObject(), m_record.meta, m_clickSentWallMs);
        if (!applied.rejected.empty()) {
            rejectEvent(applied.rejected);
            continue;
        }
        if (m_page.warmupCount() > warmup)
            Q_EMIT sampleArrived(m_page.warmupValues().back(), true);
        else if (m_page.steadyCount() > steady)
            Q_EMIT sampleArrived(m_page.steadyValues().back(), false);
        switch (applied.signal) {
        case PageRecord::Signal::None:
            break;
        case PageRecord::Signal::StartClicking:
            if (m_run.cell.responsiveness && !m_inputTimer.isActive())
                m_inputTimer.start();
            break;
        case PageRecord::Signal::Done:
            finish("ok", "");
            return;
        case PageRecord::Signal::Failed:
        case PageRecord::Signal::Unsupported:
            finish(applied.signal == PageRecord::Signal::Unsupported ? "unsupported" : "failed", applied.error);
            return;
        }
    }
}

void ActiveRun::rejectEvent(const std::string &reason)
{
    // Counted with the run like a malformed batch: an implausible event (a negative or endless sample, more
    // samples than asked, an invented phase, a changed environment field) is never stored.
    m_facts.eventsRejected.add(reason);
}

void ActiveRun::onRejectedBatch(const QString &reason)
{
    if (!m_active)
        return;
    // Kept visible: a run whose page (or someone holding the token) posted malformed events is not silently ok.
    m_facts.batchesRejected.add(reason.toStdString());
}

void ActiveRun::recordDriverFacts()
{
    m_driver->disconnect(this);
    m_facts.driver = {m_driver->node().toStdString(), m_driver->sessionGrantedMs(),
                      m_driver->protocolProblem().toStdString()};
    if (!m_driver->version().isEmpty()) // a remote browser's version is known once its session exists
        m_facts.browserVersion = m_driver->version().toStdString();
    if (m_driver->rootPid() >= 0 || m_memory.hasPss())
        return;
    RemoteMemory remote;
    // What the page itself can see (Chromium's performance.memory), on the page's clock.
    if (const auto &used = m_page.values("page_heap_used_bytes"); !used.empty()) {
        remote.pageJsHeapFirstBytes = used.front();
        remote.pageJsHeapPeakBytes = *std::max_element(used.begin(), used.end());
        remote.pageJsHeapSamples = used.size();
    } else if (!m_memory.hasJsHeap()) {
        remote.pageJsHeapReason =
            m_run.cell.placementKind() == experiment::Placement::Worker
                ? "a Web Worker cannot read its heap size (performance.memory exists only in windows)"
                : "this browser's pages cannot read their heap size (performance.memory)";
    }
    m_facts.remoteMemory = remote;
}

void ActiveRun::stopMemorySampling()
{
    if (m_memoryTimer.isActive()) {
        m_memoryTimer.stop();
        // The sweep in flight, then one last sweep here: the timeline then covers the prediction phase to its
        // end (CPU time per inference).
        m_sweep.waitForFinished();
        if (m_sweep.future().isValid() && m_sweep.future().isResultReadyAt(0))
            applySweep(m_sweep.result());
        const qint64 root = m_driver ? m_driver->rootPid() : -1;
        if (root > 0 && !ablated("memory")) {
            const double at = static_cast<double>(m_runClock.nsecsElapsed()) / 1e6;
            applySweep({m_memorySampler.sample(root, static_cast<qint64>(at)), at, 0, ++m_sweepsStarted});
        }
    }
    m_memoryTimer.stop();
}

/// Where the JS heap came from: the protocol (CDP, on the run clock) or the page's own performance.memory.
void ActiveRun::recordJsHeap(const std::vector<double> &heap, const char *source)
{
    m_facts.jsHeap = JsHeapFacts{heap.front(), *std::max_element(heap.begin(), heap.end()), source ? source : ""};
}

void ActiveRun::storeMemoryTimeline()
{
    const auto &pss = m_memory.values("memory_pss_bytes");
    const auto &cdpHeap = m_memory.values("js_heap_used_bytes");
    const auto &pageHeap = m_page.values("page_heap_used_bytes");
    if (pss.empty()) {
        if (!cdpHeap.empty()) { // a remote page over the Grid's DevTools connection: its JS heap only
            for (auto &series : m_memory.jsHeapSeries())
                m_record.series.push_back(std::move(series));
            recordJsHeap(cdpHeap, nullptr);
        }
        return;
    }
    for (auto &series : m_memory.series())
        m_record.series.push_back(std::move(series));
    // The paper's amplification was measured on the JS heap.
    if (!cdpHeap.empty())
        recordJsHeap(cdpHeap, nullptr);
    else if (!pageHeap.empty())
        recordJsHeap(pageHeap, "the page's performance.memory (no DevTools endpoint in this run)");
    const zoo::ModelEntry *model = m_catalog.find(m_run.cell.model);
    const double modelBytes = model ? static_cast<double>(model->totalBytes()) : 0.0;
    const auto summary = summarizePss(m_memory.values("memory_t_ms"), pss, m_pageReadyMs, modelBytes);
    if (!summary)
        return;
    m_facts.pss = PssFacts{*summary,
                           modelBytes,
                           m_memoryTimer.interval(),
                           analysis::median(m_sweepMs),
                           m_sweepMs.empty() ? 0.0 : *std::max_element(m_sweepMs.begin(), m_sweepMs.end()),
                           m_memorySampler.pssReads(),
                           m_memorySampler.pssReused(),
                           m_sweepsSkipped,
                           m_driver ? m_driver->name().toStdString() : ""};
    m_facts.cpu = cpuPerInference(m_memory, predictionPhaseOf(m_record.meta), m_facts.pageClockOffsetMs,
                                  m_memoryTimer.interval());
    if (m_run.cell.generation.enabled())
        summarizeGeneration(generationOf(m_record.meta), m_page.latencySeries().front().values,
                            m_facts.pageClockOffsetMs.value_or(0.0), m_memory.values("memory_t_ms"), pss);
}

void ActiveRun::finish(const std::string &status, const std::string &error)
{
    if (!m_active)
        return;
    m_active = false;
    m_timeout.stop();
    if (m_driver)
        recordDriverFacts();
    m_facts.status = status;
    if (!error.empty())
        m_facts.error = error;
    m_facts.wallMs = static_cast<double>(m_runClock.elapsed());
    stopMemorySampling();
    m_inputTimer.stop();
    const bool heapSeen = m_memory.hasJsHeap() || !m_page.values("page_heap_used_bytes").empty();
    if (heapSeen && m_run.cell.placementKind() == experiment::Placement::Worker)
        m_facts.jsHeapScope =
            "the page's main thread only: the Web Worker that runs the model has its own heap, not included";
    if (!m_record.runId.empty() && m_record.series.empty()) {
        m_record.series = m_page.latencySeries();
        storeMemoryTimeline();
        if (m_run.cell.generation.enabled() &&
            !generationSummarized(generationOf(m_record.meta))) // no process memory sampled
            summarizeGeneration(generationOf(m_record.meta), m_page.latencySeries().front().values, 0.0, {}, {});
        m_memory.clear();
        summarizeResponsiveness();
        for (auto &series : m_page.takeProbeSeries()) // the probe's and the page's own series, raw
            m_record.series.push_back(std::move(series));
    }
    // A trace is read back from the browser before it closes; the run is stored once it is on disk.
    if (m_driver && m_plan.trace && status != "cancelled") {
        m_pendingStatus = status;
        m_traceWaiting = true;
        if (m_driver->finishTrace([this](const QByteArray &trace, const QString &why) { onTrace(trace, why); })) {
            if (m_traceWaiting)
                m_traceTimeout.start(60000);
            return;
        }
        m_traceWaiting = false;
        m_facts.trace = TraceFacts{};
        m_facts.trace->reason =
            m_driver->name().toStdString() + " cannot record a trace (it needs the DevTools Protocol)";
    }
    complete(status);
}

void ActiveRun::onTrace(const QByteArray &trace, const QString &error)
{
    if (!m_traceWaiting)
        return;
    m_traceWaiting = false;
    m_traceTimeout.stop();
    if (trace.isEmpty()) {
        m_facts.trace = TraceFacts{};
        m_facts.trace->reason = error.toStdString();
        complete(m_pendingStatus);
        return;
    }
    // Compressing and summarising tens of megabytes is work for a worker thread, not the event loop.
    const std::filesystem::path dir = m_bundleDir;
    const std::string runId = m_record.runId;
    m_traceWriter.setFuture(QtConcurrent::run([dir, runId, trace]() -> TraceFacts {
        const std::string_view text(trace.constData(), static_cast<std::size_t>(trace.size()));
        try {
            store::writeAttachment(dir, runId, "trace.json", text);
        } catch (const store::StoreError &e) {
            TraceFacts lost;
            lost.storeError = true;
            lost.reason = std::string("cannot store the trace: ") + e.what();
            return lost;
        }
        return storedTraceFacts(trace.size(), "attachments/" + runId + ".trace.json.zst", text);
    }));
}

void ActiveRun::summarizeResponsiveness()
{
    if (m_run.cell.workloadKind() ==
        experiment::Workload::Gui) // "workload" names the cell's workload, as the other cell fields do
        m_facts.guiWorkload = m_page.summarizeGuiWorkload();
    if (m_run.cell.workloadKind() == experiment::Workload::Video)
        m_facts.video = m_page.summarizeVideo(videoClipOf(m_record.meta));
    const bool probed = m_run.cell.responsiveness || m_run.cell.workloadKind() != experiment::Workload::None;
    if (!probed || m_run.cell.isNative())
        return;
    m_facts.responsivenessProbed = true;
    if (m_run.cell.responsiveness) {
        m_facts.clicks = ClickFacts{
            m_clickSentWallMs.size(), static_cast<std::size_t>(m_clicksSkipped), m_plan.responsiveness.inputHz,
            m_clicksUnsupported ? m_run.cell.browser + ": this browser connection cannot inject input" : std::string()};
        m_facts.pageInputs = nlohmann::json::object();
        m_page.summarizeInputs(m_facts.pageInputs);
    }
    m_facts.frames = m_page.summarizeFrames();
}

void ActiveRun::sendClick()
{
    if (!m_driver || !m_active) {
        m_inputTimer.stop();
        return;
    }
    const std::size_t n = m_clickSentWallMs.size();
    const int cell = static_cast<int>(n % (kClickColumns * kClickRows));
    const double sent = wallClockMs();
    switch (m_driver->click(kClickX0 + cell % kClickColumns, kClickY0 + cell / kClickColumns)) {
    case browser::ClickResult::Sent:
        m_clickSentWallMs.push_back(sent);
        break;
    case browser::ClickResult::InFlight:
        ++m_clicksSkipped;
        break;
    case browser::ClickResult::Unsupported:
        if (m_clickSentWallMs.empty() && ++m_clicksUnsupportedTicks < 20)
            break; // the page may not be attached yet: keep trying for a couple of seconds
        m_clicksUnsupported = m_clickSentWallMs.empty();
        m_inputTimer.stop(); // frames are still measured: they need nothing from the driver
        break;
    }
}

void ActiveRun::storeProcessLog()
{
    // The browser's own messages stay out of InferScope's output: they are kept with the run instead, written
    // before the record as every attachment is.
    const QByteArray &log = m_driver->processLog();
    if (log.isEmpty())
        return;
    const std::string file = "attachments/" + m_record.runId + ".browser.log.zst";
    try {
        store::writeAttachment(m_bundleDir, m_record.runId, "browser.log",
                               std::string_view(log.constData(), static_cast<std::size_t>(log.size())));
        m_facts.browserLog = BrowserLogFacts{file, log.size(), m_driver->processLogDropped(), {}};
    } catch (const store::StoreError &e) {
        m_facts.browserLog = BrowserLogFacts{{}, 0, 0, std::string("cannot store the browser's log: ") + e.what()};
    }
}

void ActiveRun::complete(const std::string &status)
{
    Q_UNUSED(status);
    if (m_driver) {
        m_driver->close();
        storeProcessLog();
        m_driver.release()->deleteLater(); // may be inside one of its own signals
    }
    m_facts.wallEndMs = wallClockMs();
    writeRunFacts(m_facts, m_record.meta);
    if (m_run.cell.harnessKind() ==
        experiment::Harness::Calibrate) // the probes against the blocks the page ran (docs/CALIBRATION.md)
        addCalibrationCheck(m_record, m_plan.responsiveness.inputHz);
    // The orchestrator may delete this run from inside `done`: nothing touches members afterwards.
    auto done = std::move(m_done);
    done(this, std::exchange(m_record, {}));
}

} // namespace inferscope::engine
