#include "core/engine/active_run.h"
#include "core/engine/memory_timeline.h"

#include "core/engine/calibration_check.h"
#include "core/engine/generation_summary.h"

#include "core/analysis/cpu_time.h"

#include "core/analysis/descriptive.h"
#include "core/analysis/responsiveness.h"
#include "core/browser/process_memory_types.h"
#include "core/engine/native_runner.h"
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

nlohmann::json cellMeta(const experiment::Run &run)
{
    const auto &c = run.cell;
    nlohmann::json meta = {{"model", c.model},     {"runtime", c.runtime},
                           {"backend", c.backend}, {"threads", c.threads},
                           {"browser", c.browser}, {"placement", c.placement},
                           {"harness", c.harness}, {"workload", c.workload},
                           {"simd", c.simd},       {"responsiveness_probe", c.responsiveness},
                           {"cell", c.key()},      {"repetition", run.repetition}};
    if (!c.runtimeVersion.empty())
        meta["runtime_version"] = c.runtimeVersion;
    if (c.generation.enabled())
        meta["generation"] = {{"prompt_tokens", c.generation.promptTokens},
                              {"new_tokens", c.generation.newTokens},
                              {"generations", c.generation.generations}};
    return meta;
}

nlohmann::json generationSetting(const experiment::Generation &g, std::uint64_t seed, const zoo::ModelEntry *model)
{
    // The prompt's ids are drawn below the vocabulary size: the upper bound of input_ids' generator.
    double vocab = 0;
    if (model)
        for (const auto &in : model->inputs)
            if (in.name == "input_ids")
                vocab = in.high;
    return {{"prompt_tokens", g.promptTokens},
            {"new_tokens", g.newTokens},
            {"generations", g.generations},
            {"seed", static_cast<std::uint32_t>(seed)},
            {"vocab", vocab > 0 ? static_cast<int>(vocab) : 0}};
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
    connect(&m_traceWriter, &QFutureWatcher<nlohmann::json>::finished, this, [this] {
        m_record.meta["trace"] = m_traceWriter.result();
        // The plan asked for a trace and the browser gave one: losing it to the disk is a failed run
        // (rerun on resume), not an ok run without what was asked for.
        if (m_record.meta["trace"].contains("store_error") && m_pendingStatus == "ok") {
            m_pendingStatus = "failed";
            m_record.meta["status"] = "failed";
            m_record.meta["error"] = m_record.meta["trace"]["reason"];
        }
        complete(m_pendingStatus);
    });
    connect(&m_probe, &QFutureWatcher<nlohmann::json>::finished, this, [this] { begin(m_probe.result()); });
    connect(&m_sweep, &QFutureWatcher<Sweep>::finished, this, [this] {
        if (m_active)
            applySweep(m_sweep.result());
    });
    connect(&m_native, &QFutureWatcher<store::RunRecord>::finished, this, [this] {
        auto record = m_native.result();
        record.meta.update(m_record.meta, true); // the cell as the plan names it (objects merged: generation)
        const std::string status = record.meta.value("status", "failed");
        const std::string error = record.meta.value("error", "");
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

nlohmann::json ActiveRun::pageConfig(const experiment::Run &run, const zoo::ModelEntry &model,
                                     const experiment::Plan &plan)
{
    const experiment::Policy &policy = plan.policy;
    nlohmann::json inputs = nlohmann::json::array();
    for (const auto &in : model.inputs) {
        inputs.push_back({{"name", in.name}, {"shape", in.shape}, {"dtype", in.dtype}});
        if (in.generator == "constant") // a configuration input: the real-time stream keeps its value
            inputs.back()["constant"] = in.value;
        if (!in.stateFrom.empty()) // recurrent state: the page feeds this output back as the input
            inputs.back()["state_from"] = in.stateFrom;
    }
    nlohmann::json config = {{"run", run.id()},
                             {"runtime", run.cell.runtime},
                             {"backend", run.cell.backend},
                             {"threads", run.cell.threads},
                             {"placement", run.cell.placement},
                             {"simd", run.cell.simd},
                             {"model",
                              {{"id", model.id},
                               {"format", model.format},
                               {"entry", model.entryFile().path},
                               {"inputs", inputs},
                               {"detections", nullptr}}},
                             {"policy",
                              {{"min_warmup_ms", policy.minWarmupMs},
                               {"max_warmup_ms", policy.maxWarmupMs},
                               {"samples", policy.samples},
                               {"max_sample_ms", policy.maxSampleMs}}}};
    // An ONNX model's other files are its external data (weights beside the graph): the page fetches each and
    // hands them to ONNX Runtime Web by the name the graph gives them.
    if (model.format == "onnx") {
        nlohmann::json external = nlohmann::json::array();
        for (const auto &f : model.files)
            if (f.path != model.entryFile().path)
                external.push_back(f.path);
        if (!external.empty())
            config["model"]["external_data"] = external;
    }
    if (run.cell.workload != "none")
        config["workload"] = run.cell.workload;
    if (!run.cell.runtimeVersion.empty())
        config["runtime_version"] = run.cell.runtimeVersion;
    if (run.cell.generation.enabled())
        config["generation"] = generationSetting(run.cell.generation, plan.seed, &model);
    // The page samples its own JS heap where nothing else can: a Grid browser's processes are out of
    // reach, and the embedded browser keeps its DevTools endpoint closed unless the plan needs CDP.
    if (run.cell.browser == "grid" || (run.cell.browser == "qtwebengine" && !plan.embeddedNeedsDevTools()))
        config["page_memory"] = true;
    if (run.cell.responsiveness)
        config["responsiveness"] = {{"input_hz", plan.responsiveness.inputHz},
                                    {"idle_ms", plan.responsiveness.idleMs},
                                    {"frames", plan.responsiveness.frames}};
    if (plan.realtimeFrames > 0)
        config["realtime"] = {{"frames", plan.realtimeFrames}};
    nlohmann::json orderDependent = nlohmann::json::array(); // compared as sets, marked (tie-breaking decides them)
    for (const auto &out : model.outputs)
        if (out.orderDependent)
            orderDependent.push_back(out.name);
    if (!orderDependent.empty())
        config["model"]["order_dependent"] = orderDependent;
    for (std::size_t i = 0; i < model.outputs.size(); ++i) // a detector: real-time accuracy compares its top box
        if (model.outputs[i].detectionRow > 0) {
            config["model"]["detections"] = {
                {"output", i}, {"row", model.outputs[i].detectionRow}, {"score", model.outputs[i].detectionScore}};
            break;
        }
    if (plan.profile)
        config["profile"] = true; // a profiling pass after the timed samples (never mixed with them)
    return config;
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
    limits.maxSteadySamples = generation.enabled() ? static_cast<std::size_t>(generation.generations) *
                                                         static_cast<std::size_t>(generation.newTokens)
                              : m_run.cell.harness == "calibrate" ? 10000
                                                                  : static_cast<std::size_t>(m_plan.policy.samples);
    m_page = PageRecord(limits);
    m_record = {m_run.id(), cellMeta(m_run), {}};
    m_active = true;
    // The machine-drift probe first (local runs only: a Grid run's machine is another one), in a child
    // process off the event loop; the run proper begins when it has answered (or failed to).
    if (m_run.cell.browser == "grid" || ablated("drift")) {
        begin({});
        return;
    }
    const QString probe = m_cache.driftProbePath();
    m_probe.setFuture(QtConcurrent::run([probe]() -> nlohmann::json {
        nlohmann::json result;
        process::ChildOptions options;
        options.timeoutMs = 30000;
        options.onStdoutLine = [&](const QByteArray &line) {
            const auto j = nlohmann::json::parse(line.constData(), line.constData() + line.size(), nullptr, false);
            if (j.is_object() && j.value("event", "") == "probe" && j.contains("ms") && j["ms"].is_number())
                result = {{"ms", j["ms"]}, {"passes", j.value("passes", nlohmann::json::array())}};
        };
        const auto r = process::runChild(zoo::nodeProgram(), {probe}, options);
        if (result.is_null())
            result = {{"error",
                       r.errorText.isEmpty() ? std::string("the probe reported nothing") : r.errorText.toStdString()}};
        return result;
    }));
}

void ActiveRun::begin(const nlohmann::json &probe)
{
    if (!m_active)
        return; // cancelled while the probe ran
    m_runClock.restart();
    m_record.meta["wall_start_ms"] = wallClockMs();
    // What the plan asked for: the statistics count every prediction sample, so a run with fewer says why
    // (the prediction phase's time cap, policy.max_sample_ms) instead of silently having fewer.
    m_record.meta["samples_asked"] = m_plan.policy.samples;
    if (!probe.is_null())
        m_record.meta["machine_probe"] = probe;
    if (!m_alongside.empty())
        m_record.meta["started_alongside"] = m_alongside;
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
        m_record.meta["generation"]["kv_cache_bytes_per_token"] = kvBytes;
    }
    if (const auto quantization = m_cache.quantizationOf(*model); !quantization.is_null())
        m_record.meta["quantization"] = quantization; // scheme, float model, outputs against it
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
    m_record.meta["browser_version"] = m_driver->version().toStdString();
    m_driver->setRunSettings({m_run.cell.backend == "webgpu", m_run.cell.backend == "webgl", m_plan.trace});
    connect(m_driver.get(), &browser::BrowserDriver::failed, this,
            [this](const QString &reason) { finish("failed", reason.toStdString()); });
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("config"), QString::fromStdString(pageConfig(m_run, model, m_plan).dump()));
    const QString page = m_run.cell.harness == "minimal"     ? QStringLiteral("minimal.html")
                         : m_run.cell.harness == "calibrate" ? QStringLiteral("calibrate.html")
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
            m_record.meta["page_clock_offset_ms"] =
                m_pageReadyMs - first.first().toObject().value(QStringLiteral("t")).toDouble();
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
    auto &rejected = m_record.meta["page_events_rejected"];
    if (!rejected.is_object())
        rejected = {{"count", 0}, {"first_reason", reason}};
    rejected["count"] = rejected["count"].get<int>() + 1;
}

void ActiveRun::onRejectedBatch(const QString &reason)
{
    if (!m_active)
        return;
    // Kept visible: a run whose page (or someone holding the token) posted malformed events is not silently ok.
    auto &rejected = m_record.meta["page_batches_rejected"];
    if (!rejected.is_object())
        rejected = {{"count", 0}, {"first_reason", reason.toStdString()}};
    rejected["count"] = rejected["count"].get<int>() + 1;
}

void ActiveRun::recordDriverFacts()
{
    m_driver->disconnect(this);
    auto &meta = m_record.meta;
    if (!m_driver->node().isEmpty())
        meta["node"] = m_driver->node().toStdString();
    if (m_driver->sessionGrantedMs() > 0)
        meta["session_granted_ms"] = m_driver->sessionGrantedMs();
    if (!m_driver->protocolProblem().isEmpty())
        meta["protocol_problem"] = m_driver->protocolProblem().toStdString();
    if (!m_driver->version().isEmpty()) // a remote browser's version is known once its session exists
        meta["browser_version"] = m_driver->version().toStdString();
    if (m_driver->rootPid() >= 0 || m_memory.hasPss())
        return;
    auto &memory = meta["memory"];
    memory = {{"available", false},
              {"reason", "the browser runs on another machine: its processes cannot be sampled from here"}};
    // What the page itself can see (Chromium's performance.memory), on the page's clock.
    if (const auto &used = m_page.values("page_heap_used_bytes"); !used.empty()) {
        memory["page_js_heap_first_bytes"] = used.front();
        memory["page_js_heap_peak_bytes"] = *std::max_element(used.begin(), used.end());
        memory["page_js_heap_samples"] = used.size();
    } else if (!m_memory.hasJsHeap()) {
        memory["page_js_heap"] =
            m_run.cell.placement == "worker"
                ? "a Web Worker cannot read its heap size (performance.memory exists only in windows)"
                : "this browser's pages cannot read their heap size (performance.memory)";
    }
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
    auto &memory = m_record.meta["memory"];
    memory["js_heap_first_bytes"] = heap.front();
    memory["js_heap_peak_bytes"] = *std::max_element(heap.begin(), heap.end());
    if (source)
        memory["js_heap_source"] = source;
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
    const zoo::ModelEntry *model = m_catalog.find(m_record.meta.value("model", ""));
    const double modelBytes = model ? static_cast<double>(model->totalBytes()) : 0.0;
    const auto summary = summarizePss(m_memory.values("memory_t_ms"), pss, m_pageReadyMs, modelBytes);
    if (!summary)
        return;
    m_record.meta["memory"].update(
        nlohmann::json{{"baseline_pss_bytes", summary->baselineBytes},
                       {"baseline_t_ms", summary->baselineTMs},
                       {"peak_pss_bytes", summary->peakBytes},
                       {"amplification", summary->amplification},
                       {"model_bytes", modelBytes},
                       {"samples", summary->samples},
                       {"interval_ms", m_memoryTimer.interval()},
                       {"sweep_ms",
                        {{"median", analysis::median(m_sweepMs)},
                         {"max", m_sweepMs.empty() ? 0.0 : *std::max_element(m_sweepMs.begin(), m_sweepMs.end())}}},
                       // PSS re-read per process only when its RSS moved > 1 MiB or 1 s passed
                       {"pss_reads", m_memorySampler.pssReads()},
                       {"sweeps_skipped", m_sweepsSkipped}, // a tick that found the last sweep still running
                       {"pss_reused", m_memorySampler.pssReused()},
                       {"root_pid_includes", m_driver ? m_driver->name().toStdString() : ""}});
    m_record.meta["cpu"] = cpuPerInference(m_memory, m_record.meta, m_memoryTimer.interval());
    if (m_run.cell.generation.enabled())
        summarizeGeneration(m_record.meta["generation"], m_page.latencySeries().front().values,
                            m_record.meta.value("page_clock_offset_ms", 0.0), m_memory.values("memory_t_ms"), pss);
}

void ActiveRun::finish(const std::string &status, const std::string &error)
{
    if (!m_active)
        return;
    m_active = false;
    m_timeout.stop();
    if (m_driver)
        recordDriverFacts();
    if (!m_record.meta.contains("status") || m_record.meta["status"] != status)
        m_record.meta["status"] = status;
    if (!error.empty())
        m_record.meta["error"] = error;
    m_record.meta["wall_ms"] = static_cast<double>(m_runClock.elapsed());
    stopMemorySampling();
    m_inputTimer.stop();
    const bool heapSeen = m_memory.hasJsHeap() || !m_page.values("page_heap_used_bytes").empty();
    if (heapSeen && m_run.cell.placement == "worker")
        m_record.meta["memory"]["js_heap_scope"] =
            "the page's main thread only: the Web Worker that runs the model has its own heap, not included";
    if (!m_record.runId.empty() && m_record.series.empty()) {
        m_record.series = m_page.latencySeries();
        storeMemoryTimeline();
        if (m_run.cell.generation.enabled() &&
            !m_record.meta["generation"].contains("available")) // no process memory sampled
            summarizeGeneration(m_record.meta["generation"], m_page.latencySeries().front().values, 0.0, {}, {});
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
        m_record.meta["trace"] = {
            {"available", false},
            {"reason", m_driver->name().toStdString() + " cannot record a trace (it needs the DevTools Protocol)"}};
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
        m_record.meta["trace"] = {{"available", false}, {"reason", error.toStdString()}};
        complete(m_pendingStatus);
        return;
    }
    // Compressing and summarising tens of megabytes is work for a worker thread, not the event loop.
    const std::filesystem::path dir = m_bundleDir;
    const std::string runId = m_record.runId;
    m_traceWriter.setFuture(QtConcurrent::run([dir, runId, trace]() -> nlohmann::json {
        const std::string_view text(trace.constData(), static_cast<std::size_t>(trace.size()));
        nlohmann::json meta = {
            {"available", true}, {"bytes", trace.size()}, {"file", "attachments/" + runId + ".trace.json.zst"}};
        try {
            store::writeAttachment(dir, runId, "trace.json", text);
        } catch (const store::StoreError &e) {
            return {{"available", false},
                    {"store_error", true},
                    {"reason", std::string("cannot store the trace: ") + e.what()}};
        }
        try {
            meta["summary"] = results::summarizeTrace(text);
        } catch (const nlohmann::json::exception &e) {
            meta["summary_error"] = std::string("the trace is not trace-event JSON: ") + e.what();
        }
        return meta;
    }));
}

void ActiveRun::summarizeResponsiveness()
{
    if (m_run.cell.workload == "gui") // "workload" names the cell's workload, as the other cell fields do
        m_record.meta["gui_workload"] = m_page.summarizeGuiWorkload();
    if (m_run.cell.workload == "video") {
        const auto clip =
            m_record.meta.contains("video") ? m_record.meta["video"].value("clip", nlohmann::json()) : nlohmann::json();
        m_record.meta["video"] = m_page.summarizeVideo(clip);
    }
    const bool probed = m_run.cell.responsiveness || m_run.cell.workload != "none";
    if (!probed || m_record.meta.value("browser", "") == "native")
        return;
    nlohmann::json r = nlohmann::json::object();
    if (m_run.cell.responsiveness) {
        r["clicks_sent"] = m_clickSentWallMs.size();
        r["clicks_skipped_in_flight"] = m_clicksSkipped;
        r["input_hz"] = m_plan.responsiveness.inputHz;
        if (m_clicksUnsupported)
            r["input_reason"] = m_record.meta.value("browser", "") + ": this browser connection cannot inject input";
        m_page.summarizeInputs(r);
    }
    if (const auto frames = m_page.summarizeFrames(); !frames.is_null())
        r["frames"] = frames;
    m_record.meta["responsiveness"] = r;
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
        m_record.meta["browser_log"] = {
            {"file", file}, {"bytes", log.size()}, {"bytes_not_kept", m_driver->processLogDropped()}};
    } catch (const store::StoreError &e) {
        m_record.meta["browser_log"] = {{"reason", std::string("cannot store the browser's log: ") + e.what()}};
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
    m_record.meta["wall_end_ms"] = wallClockMs();
    if (m_run.cell.harness == "calibrate") // the probes against the blocks the page ran (docs/CALIBRATION.md)
        if (auto check = calibrationCheck(m_record, m_plan.responsiveness.inputHz); !check.is_null())
            m_record.meta["env"]["calibration"]["check"] = std::move(check);
    // The orchestrator may delete this run from inside `done`: nothing touches members afterwards.
    auto done = std::move(m_done);
    done(this, std::exchange(m_record, {}));
}

} // namespace inferscope::engine
