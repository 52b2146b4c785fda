#include "core/runner/active_run.h"

#include "core/analysis/responsiveness.h"
#include "core/runner/native_runner.h"
#include "core/runner/process_memory_types.h"
#include "core/runner/trace_summary.h"
#include "core/store/attachment.h"

#include <algorithm>
#include <chrono>

#include <QtConcurrent/QtConcurrentRun>

#include <QJsonArray>
#include <QJsonDocument>

namespace inferscope::runner {
namespace {
nlohmann::json toNlohmann(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return nlohmann::json::parse(text.constData(), text.constData() + text.size(), nullptr, false)[0];
}

// Click number n lands at a distinct point of a 300 x 200 grid inside the page, so the page's report of
// a click (its coordinates) names the click and with it the driver's send time.
constexpr int kClickColumns = 300, kClickRows = 200, kClickX0 = 20, kClickY0 = 60;

double wallClockMs()
{
    return std::chrono::duration<double, std::milli>(std::chrono::system_clock::now().time_since_epoch()).count();
}

nlohmann::json cellMeta(const experiment::Run &run)
{
    const auto &c = run.cell;
    return {{"model", c.model}, {"runtime", c.runtime}, {"backend", c.backend}, {"threads", c.threads},
            {"browser", c.browser}, {"placement", c.placement}, {"harness", c.harness}, {"workload", c.workload}, {"simd", c.simd}, {"responsiveness_probe", c.responsiveness}, {"cell", c.key()},
            {"repetition", run.repetition}};
}
} // namespace

ActiveRun::ActiveRun(const experiment::Plan &plan, experiment::Run run, const ModelCache &cache, const zoo::Catalog &catalog,
                     std::filesystem::path bundleDir, HarnessServer &server, const DriverFactory &drivers, Done done, QObject *parent)
    : QObject(parent), m_plan(plan), m_run(std::move(run)), m_cache(cache), m_catalog(catalog), m_bundleDir(std::move(bundleDir)),
      m_server(server), m_drivers(drivers), m_done(std::move(done))
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
    connect(&m_traceTimeout, &QTimer::timeout, this, [this] { onTrace({}, QStringLiteral("the browser did not hand over the trace within 60 s")); });
    connect(&m_traceWriter, &QFutureWatcher<nlohmann::json>::finished, this, [this] {
        m_record.meta["trace"] = m_traceWriter.result();
        complete(m_pendingStatus);
    });
    connect(&m_native, &QFutureWatcher<store::RunRecord>::finished, this, [this] {
        auto record = m_native.result();
        record.meta.update(m_record.meta); // the cell as the plan names it
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
    m_traceWriter.waitForFinished();
    if (m_driver)
        m_driver->close();
}

nlohmann::json ActiveRun::pageConfig(const experiment::Run &run, const zoo::ModelEntry &model, const experiment::Plan &plan)
{
    const experiment::Policy &policy = plan.policy;
    nlohmann::json inputs = nlohmann::json::array();
    for (const auto &in : model.inputs)
        inputs.push_back({{"name", in.name}, {"shape", in.shape}, {"dtype", in.dtype}});
    nlohmann::json config = {{"run", run.id()}, {"runtime", run.cell.runtime}, {"backend", run.cell.backend}, {"threads", run.cell.threads},
            {"placement", run.cell.placement}, {"simd", run.cell.simd},
            {"model", {{"id", model.id}, {"format", model.format}, {"entry", model.entryFile().path}, {"inputs", inputs}}},
            {"policy", {{"min_warmup_ms", policy.minWarmupMs}, {"max_warmup_ms", policy.maxWarmupMs},
                        {"samples", policy.samples}, {"max_sample_ms", policy.maxSampleMs}}}};
    if (run.cell.workload != "none")
        config["workload"] = run.cell.workload;
    if (run.cell.browser == "grid") // its processes are out of reach: the page samples its own heap
        config["page_memory"] = true;
    if (run.cell.responsiveness)
        config["responsiveness"] = {{"input_hz", plan.responsiveness.inputHz}, {"idle_ms", plan.responsiveness.idleMs},
                                    {"frames", plan.responsiveness.frames}};
    return config;
}

void ActiveRun::start()
{
    m_runClock.start();
    m_warmup = {"warmup_latency_ms", {}};
    m_latency = {"latency_ms", {}};
    m_runOnly = {"run_only_ms", {}};
    m_latencyT = {"latency_t_ms", {}};
    m_warmupT = {"warmup_latency_t_ms", {}};
    m_record = {m_run.id(), cellMeta(m_run), {}};
    m_record.meta["wall_start_ms"] = wallClockMs();
    if (!m_alongside.empty())
        m_record.meta["started_alongside"] = m_alongside;
    m_active = true;
    const zoo::ModelEntry *model = m_catalog.find(m_run.cell.model);
    const auto v = model ? m_cache.verify(*model, false) : Verification{};
    if (!model || !v.filesPresent || !v.referenceReady) {
        finish("failed", "model " + m_run.cell.model + " is not in the cache: run `inferscope models fetch " + m_run.cell.model + "`");
        return;
    }
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
    options.threads = m_run.cell.threads;
    options.warmupMs = m_plan.policy.minWarmupMs;
    options.samples = m_plan.policy.samples;
    options.maxMs = m_plan.policy.maxWarmupMs + m_plan.policy.maxSampleMs;
    options.timeoutMs = m_plan.policy.timeoutMs;
    options.cancelled = [this] { return m_cancelled.load(); };
    const ModelCache &cache = m_cache;
    const std::string id = m_run.id();
    m_native.setFuture(QtConcurrent::run([&cache, entry = model, options, id] { return runNativeBaseline(cache, entry, options, id); }));
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
    connect(m_driver.get(), &BrowserDriver::failed, this, [this](const QString &reason) { finish("failed", reason.toStdString()); });
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("config"), QString::fromStdString(pageConfig(m_run, model, m_plan).dump()));
    const QString page = m_run.cell.harness == "minimal" ? QStringLiteral("minimal.html") : QStringLiteral("index.html");
    m_timeout.start(m_plan.policy.timeoutMs);
    m_driver->open(m_server.harnessUrl(page, query, QString::fromStdString(m_plan.serveHost)));
    sampleMemory();
    m_memoryTimer.start();
}

void ActiveRun::sampleMemory()
{
    if (m_driver) {
        // The page's JS heap where the protocol tells it (CDP), on the same run clock as PSS.
        const double at = static_cast<double>(m_runClock.nsecsElapsed()) / 1e6;
        m_driver->requestJsHeap([this, at](double used, double total) {
            if (!m_active)
                return;
            for (const auto &[name, value] : {std::pair{QStringLiteral("js_heap_t_ms"), at}, std::pair{QStringLiteral("js_heap_used_bytes"), used},
                                              std::pair{QStringLiteral("js_heap_total_bytes"), total}}) {
                auto &series = m_memory[name];
                series.name = name.toStdString();
                series.values.push_back(value);
            }
        });
    }
    const qint64 root = m_driver ? m_driver->rootPid() : -1;
    if (root <= 0)
        return;
    const TypedMemory m = readTypedMemory(root);
    if (m.processes == 0)
        return;
    auto push = [this](const QString &name, double value) {
        auto &series = m_memory[name];
        series.name = name.toStdString();
        series.values.push_back(value);
    };
    const std::size_t n = m_memory[QStringLiteral("memory_t_ms")].values.size();
    push(QStringLiteral("memory_t_ms"), static_cast<double>(m_runClock.nsecsElapsed()) / 1e6);
    push(QStringLiteral("memory_pss_bytes"), static_cast<double>(m.pssTotal));
    push(QStringLiteral("memory_rss_bytes"), static_cast<double>(m.rssTotal));
    for (const char *type : {"browser", "renderer", "gpu", "utility"}) {
        const QString key = QStringLiteral("memory_%1_pss_bytes").arg(QLatin1String(type));
        auto &series = m_memory[key];
        series.name = key.toStdString();
        series.values.resize(n, 0.0); // a type that appeared late reads 0 before it existed
        const auto it = m.pssByType.find(QLatin1String(type));
        series.values.push_back(it == m.pssByType.end() ? 0.0 : static_cast<double>(it->second));
    }
}

void ActiveRun::onEvents(const QJsonObject &message)
{
    if (!m_active || message.value(QStringLiteral("run")).toString().toStdString() != m_record.runId)
        return; // a straggler after the run ended: not this run's evidence
    if (m_pageReadyMs < 0) { // the page is up, its runtime and model not loaded yet
        m_pageReadyMs = static_cast<double>(m_runClock.nsecsElapsed()) / 1e6;
        // Run clock minus page clock, from the first event's arrival (late by the POST's few ms): puts
        // the page's series and the memory timeline on one clock in exports.
        const QJsonArray first = message.value(QStringLiteral("batch")).toArray();
        if (!first.isEmpty() && first.first().toObject().contains(QStringLiteral("t")))
            m_record.meta["page_clock_offset_ms"] = m_pageReadyMs - first.first().toObject().value(QStringLiteral("t")).toDouble();
    }
    const QJsonArray batch = message.value(QStringLiteral("batch")).toArray();
    for (const QJsonValue &value : batch) {
        const QJsonObject e = value.toObject();
        const QString type = e.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("sample")) {
            const double ms = e.value(QStringLiteral("ms")).toDouble();
            const double t = e.value(QStringLiteral("t")).toDouble(); // page clock at the sample's end
            if (e.value(QStringLiteral("phase")).toString() == QLatin1String("warmup")) {
                m_warmup.values.push_back(ms);
                m_warmupT.values.push_back(t);
            } else {
                m_latency.values.push_back(ms);
                m_latencyT.values.push_back(t);
                if (e.contains(QStringLiteral("run_ms")))
                    m_runOnly.values.push_back(e.value(QStringLiteral("run_ms")).toDouble());
            }
        } else if (type == QLatin1String("phase")) {
            const std::string name = e.value(QStringLiteral("name")).toString().toStdString();
            m_record.meta[name + "_ms"] = e.value(QStringLiteral("ms")).toDouble();
            nlohmann::json details = toNlohmann(e);
            details.erase("type");
            m_record.meta["phases"][name] = details;
        } else if (type == QLatin1String("env")) {
            m_record.meta["env"].update(toNlohmann(e.value(QStringLiteral("env"))));
        } else if (type == QLatin1String("outputs")) {
            m_record.meta["outputs"] = toNlohmann(e);
            m_record.meta["outputs"].erase("type");
        } else if (type == QLatin1String("probe")) { // the page is up and idle: start clicking
            if (m_run.cell.responsiveness && !m_inputTimer.isActive())
                m_inputTimer.start();
        } else if (type == QLatin1String("input")) {
            const int cell = (e.value(QStringLiteral("y")).toInt() - kClickY0) * kClickColumns + (e.value(QStringLiteral("x")).toInt() - kClickX0);
            double e2e = -1;
            if (cell >= 0 && cell < kClickColumns * kClickRows && !m_clickSentWallMs.empty()) {
                // The latest click with these coordinates (they repeat every 60 000 clicks).
                const std::size_t period = kClickColumns * kClickRows;
                std::size_t n = static_cast<std::size_t>(cell);
                while (n + period < m_clickSentWallMs.size())
                    n += period;
                if (n < m_clickSentWallMs.size())
                    e2e = e.value(QStringLiteral("wall_ms")).toDouble() - m_clickSentWallMs[n];
            }
            auto push = [this](const char *name, double v) {
                auto &series = m_probe[QLatin1String(name)];
                series.name = name;
                series.values.push_back(v);
            };
            push("input_t_ms", e.value(QStringLiteral("t")).toDouble());
            push("input_delay_ms", e.value(QStringLiteral("delay_ms")).toDouble());
            push("input_e2e_ms", e2e);
            push("input_phase", e.value(QStringLiteral("phase")).toDouble());
        } else if (type == QLatin1String("heap")) { // page-side heap samples (remote runs)
            for (const auto &[name, key] : {std::pair{"page_heap_t_ms", "t"}, std::pair{"page_heap_used_bytes", "used"},
                                            std::pair{"page_heap_total_bytes", "total"}}) {
                auto &series = m_probe[QLatin1String(name)];
                series.name = name;
                series.values.push_back(e.value(QLatin1String(key)).toDouble());
            }
        } else if (type == QLatin1String("workload")) {
            for (const auto &[name, key] : {std::pair{"workload_t_ms", "t"}, std::pair{"workload_ms", "ms"},
                                            std::pair{"workload_work_ms", "work_ms"}, std::pair{"workload_phase", "phase"}}) {
                auto &series = m_probe[QLatin1String(name)];
                series.name = name;
                series.values.push_back(e.value(QLatin1String(key)).toDouble());
            }
        } else if (type == QLatin1String("frame")) {
            for (const auto &[name, key] : {std::pair{"frame_t_ms", "t"}, std::pair{"frame_interval_ms", "ms"}, std::pair{"frame_phase", "phase"}}) {
                auto &series = m_probe[QLatin1String(name)];
                series.name = name;
                series.values.push_back(e.value(QLatin1String(key)).toDouble());
            }
        } else if (type == QLatin1String("done")) {
            finish("ok", "");
            return;
        } else if (type == QLatin1String("error") || type == QLatin1String("unsupported")) {
            const std::string stage = e.value(QStringLiteral("stage")).toString().toStdString();
            m_record.meta["error_stage"] = stage;
            if (e.contains(QStringLiteral("stack")))
                m_record.meta["error_stack"] = e.value(QStringLiteral("stack")).toString().toStdString();
            // "unsupported": the runtime cannot run this configuration at all (e.g. wasm without SIMD), not a failure.
            finish(type.toStdString() == "unsupported" ? "unsupported" : "failed",
                   stage + ": " + e.value(QStringLiteral("message")).toString().toStdString());
            return;
        }
    }
}

void ActiveRun::finish(const std::string &status, const std::string &error)
{
    if (!m_active)
        return;
    m_active = false;
    m_timeout.stop();
    if (m_driver) {
        m_driver->disconnect(this);
        if (!m_driver->node().isEmpty())
            m_record.meta["node"] = m_driver->node().toStdString();
        if (!m_driver->protocolProblem().isEmpty())
            m_record.meta["protocol_problem"] = m_driver->protocolProblem().toStdString();
        if (!m_driver->version().isEmpty()) // a remote browser's version is known once its session exists
            m_record.meta["browser_version"] = m_driver->version().toStdString();
        if (m_driver->rootPid() < 0 && m_memory[QStringLiteral("memory_pss_bytes")].values.empty()) {
            m_record.meta["memory"] = {{"available", false},
                                       {"reason", "the browser runs on another machine: its processes cannot be sampled from here"}};
            // What the page itself can see (Chromium's performance.memory), on the page's clock.
            const auto &used = m_probe[QStringLiteral("page_heap_used_bytes")].values;
            if (!used.empty()) {
                m_record.meta["memory"]["page_js_heap_first_bytes"] = used.front();
                m_record.meta["memory"]["page_js_heap_peak_bytes"] = *std::max_element(used.begin(), used.end());
                m_record.meta["memory"]["page_js_heap_samples"] = used.size();
            } else if (m_memory[QStringLiteral("js_heap_used_bytes")].values.empty()) {
                m_record.meta["memory"]["page_js_heap"] = m_run.cell.placement == "worker"
                                                              ? "a Web Worker cannot read its heap size (performance.memory exists only in windows)"
                                                              : "this browser's pages cannot read their heap size (performance.memory)";
            }
        }
    }
    if (!m_record.meta.contains("status") || m_record.meta["status"] != status)
        m_record.meta["status"] = status;
    if (!error.empty())
        m_record.meta["error"] = error;
    m_record.meta["wall_ms"] = static_cast<double>(m_runClock.elapsed());
    m_memoryTimer.stop();
    m_inputTimer.stop();
    const bool heapSeen = !m_memory[QStringLiteral("js_heap_used_bytes")].values.empty() ||
                          !m_probe[QStringLiteral("page_heap_used_bytes")].values.empty();
    if (heapSeen && m_run.cell.placement == "worker")
        m_record.meta["memory"]["js_heap_scope"] = "the page's main thread only: the Web Worker that runs the model has its own heap, not included";
    if (!m_record.runId.empty() && m_record.series.empty()) {
        m_record.series = {m_latency, m_warmup, m_runOnly, m_latencyT, m_warmupT};
        const auto &pss = m_memory[QStringLiteral("memory_pss_bytes")].values;
        const auto &cdpHeap = m_memory[QStringLiteral("js_heap_used_bytes")].values;
        if (pss.empty() && !cdpHeap.empty()) { // a remote page over the Grid's DevTools connection: its JS heap only
            for (auto &[name, series] : m_memory)
                if (name.startsWith(QLatin1String("js_heap_")))
                    m_record.series.push_back(series);
            m_record.meta["memory"]["js_heap_first_bytes"] = cdpHeap.front();
            m_record.meta["memory"]["js_heap_peak_bytes"] = *std::max_element(cdpHeap.begin(), cdpHeap.end());
        }
        if (!pss.empty()) {
            for (auto &[name, series] : m_memory)
                m_record.series.push_back(series);
            const double peak = *std::max_element(pss.begin(), pss.end());
            // Baseline: the last sample before the page's first event (page loaded, no runtime, no model).
            const auto &t = m_memory[QStringLiteral("memory_t_ms")].values;
            std::size_t base = 0;
            while (m_pageReadyMs >= 0 && base + 1 < t.size() && t[base + 1] <= m_pageReadyMs)
                ++base;
            const zoo::ModelEntry *model = m_catalog.find(m_record.meta.value("model", ""));
            const double modelBytes = model ? static_cast<double>(model->totalBytes()) : 0.0;
            m_record.meta["memory"].update(nlohmann::json{{"baseline_pss_bytes", pss[base]}, {"baseline_t_ms", t[base]}, {"peak_pss_bytes", peak},
                                                          {"amplification", modelBytes > 0 ? (peak - pss[base]) / modelBytes : 0.0},
                                                          {"model_bytes", modelBytes},
                                                          {"samples", pss.size()}, {"interval_ms", m_memoryTimer.interval()},
                                                          {"root_pid_includes", m_driver ? m_driver->name().toStdString() : ""}});
            const auto &heap = m_memory[QStringLiteral("js_heap_used_bytes")].values;
            if (!heap.empty()) { // the paper's amplification was measured on the JS heap
                m_record.meta["memory"]["js_heap_first_bytes"] = heap.front();
                m_record.meta["memory"]["js_heap_peak_bytes"] = *std::max_element(heap.begin(), heap.end());
            }
        }
        m_memory.clear();
        summarizeResponsiveness();
        for (auto &[name, series] : m_probe) // the probe's and the page's own series, raw
            if (!series.values.empty())
                m_record.series.push_back(std::move(series));
        m_probe.clear();
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
        m_record.meta["trace"] = {{"available", false}, {"reason", m_driver->name().toStdString() + " cannot record a trace (it needs the DevTools Protocol)"}};
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
        nlohmann::json meta = {{"available", true}, {"bytes", trace.size()}, {"file", "attachments/" + runId + ".trace.json.zst"}};
        try {
            store::writeAttachment(dir, runId, "trace.json", text);
        } catch (const store::StoreError &e) {
            return {{"available", false}, {"reason", std::string("cannot store the trace: ") + e.what()}};
        }
        try {
            meta["summary"] = summarizeTrace(text);
        } catch (const nlohmann::json::exception &e) {
            meta["summary_error"] = std::string("the trace is not trace-event JSON: ") + e.what();
        }
        return meta;
    }));
}

void ActiveRun::summarizeResponsiveness()
{
    summarizeWorkload();
    const bool probed = m_run.cell.responsiveness || m_run.cell.workload != "none";
    if (!probed || m_record.meta.value("browser", "") == "native")
        return;
    nlohmann::json r = nlohmann::json::object();
    if (m_run.cell.responsiveness)
        summarizeInputs(r);
    const auto &frames = m_probe[QStringLiteral("frame_interval_ms")].values;
        r["input_reason"] = m_record.meta.value("browser", "") + ": this browser connection cannot inject input";
    const auto &framePhase = m_probe[QStringLiteral("frame_phase")].values;
    if (!frames.empty()) {
        std::vector<double> idle, busy;
        for (std::size_t i = 0; i < frames.size() && i < framePhase.size(); ++i)
            (framePhase[i] == 0 ? idle : framePhase[i] <= 3 ? busy : idle).push_back(frames[i]);
        const double display = analysis::displayInterval(idle);
        auto summary = [display](const std::vector<double> &v) {
            const auto f = analysis::summarizeFrames(v, display);
            return nlohmann::json{{"frames", f.frames}, {"fps", f.fps}, {"dropped_share", f.droppedShare}, {"over_50ms", f.over50ms}, {"p95_ms", f.p95Ms}};
        };
        r["frames"] = {{"display_interval_ms", display}, {"idle", summary(idle)}, {"busy", summary(busy)}};
    }
    m_record.meta["responsiveness"] = r;
}

void ActiveRun::summarizeInputs(nlohmann::json &r)
{
    r["clicks_sent"] = m_clickSentWallMs.size();
    r["clicks_skipped_in_flight"] = m_clicksSkipped;
    r["input_hz"] = m_plan.responsiveness.inputHz;
    if (m_clicksUnsupported)
        r["input_reason"] = m_record.meta.value("browser", "") + ": this browser connection cannot inject input";
    const auto &phase = m_probe[QStringLiteral("input_phase")].values;
    const auto &delay = m_probe[QStringLiteral("input_delay_ms")].values;
    const auto &e2e = m_probe[QStringLiteral("input_e2e_ms")].values;
    r["inputs_seen"] = delay.size();
    // No clicks in a phase: no numbers (null), rather than zeros a summary would average in.
    auto delays = [](const analysis::DelaySummary &d) {
        if (d.count == 0)
            return nlohmann::json{{"count", 0}, {"p50", nullptr}, {"p95", nullptr}, {"max", nullptr}};
        return nlohmann::json{{"count", d.count}, {"p50", d.p50}, {"p95", d.p95}, {"max", d.max}};
    };
    for (const auto &[key, values] : {std::pair{"input_delay_ms", &delay}, std::pair{"input_e2e_ms", &e2e}}) {
        std::vector<double> idle, busy;
        for (std::size_t i = 0; i < values->size() && i < phase.size(); ++i) {
            if ((*values)[i] < 0)
                continue; // a click whose send time is unknown
            (phase[i] == 0 ? idle : phase[i] <= 3 ? busy : idle).push_back((*values)[i]);
        }
        r[key] = {{"idle", delays(analysis::summarizeDelays(idle))}, {"busy", delays(analysis::summarizeDelays(busy))}};
    }
}

void ActiveRun::summarizeWorkload()
{
    if (m_run.cell.workload != "gui")
        return;
    // The paper's GUI-workload figure: how much longer the same scripted steps take while the model
    // loads and runs than while the page is idle (medians, from each step's scheduled start).
    const auto &ms = m_probe[QStringLiteral("workload_ms")].values;
    const auto &work = m_probe[QStringLiteral("workload_work_ms")].values;
    const auto &phase = m_probe[QStringLiteral("workload_phase")].values;
    std::vector<double> idle, busy, idleWork, busyWork;
    // The first steps pay for the page's first layouts and the JIT (measured: 5 ms instead of 2 in
    // QtWebEngine): they are left out of the idle reference.
    constexpr std::size_t kWarmupSteps = 2;
    for (std::size_t i = kWarmupSteps; i < ms.size() && i < phase.size() && i < work.size(); ++i) {
        const bool isBusy = phase[i] >= 1 && phase[i] <= 3;
        (isBusy ? busy : idle).push_back(ms[i]);
        (isBusy ? busyWork : idleWork).push_back(work[i]);
    }
    const auto idleS = analysis::summarizeDelays(idle), busyS = analysis::summarizeDelays(busy);
    nlohmann::json w = {{"steps", ms.size()}, {"interval_ms", 250}, {"warmup_steps_excluded", kWarmupSteps},
                        {"idle", {{"count", idleS.count}, {"median_ms", idleS.p50}, {"p95_ms", idleS.p95}}},
                        {"busy", {{"count", busyS.count}, {"median_ms", busyS.p50}, {"p95_ms", busyS.p95}}},
                        {"work_idle_median_ms", analysis::summarizeDelays(idleWork).p50},
                        {"work_busy_median_ms", analysis::summarizeDelays(busyWork).p50}};
    if (idleS.count > 0 && busyS.count > 0 && idleS.p50 > 0)
        w["increase_percent"] = (busyS.p50 / idleS.p50 - 1.0) * 100.0;
    m_record.meta["gui_workload"] = w; // "workload" names the cell's workload, as the other cell fields do
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
    case ClickResult::Sent:
        m_clickSentWallMs.push_back(sent);
        break;
    case ClickResult::InFlight:
        ++m_clicksSkipped;
        break;
    case ClickResult::Unsupported:
        if (m_clickSentWallMs.empty() && ++m_clicksUnsupportedTicks < 20)
            break; // the page may not be attached yet: keep trying for a couple of seconds
        m_clicksUnsupported = m_clickSentWallMs.empty();
        m_inputTimer.stop(); // frames are still measured: they need nothing from the driver
        break;
    }
}

void ActiveRun::complete(const std::string &status)
{
    Q_UNUSED(status);
    if (m_driver) {
        m_driver->close();
        m_driver.release()->deleteLater(); // may be inside one of its own signals
    }
    m_record.meta["wall_end_ms"] = wallClockMs();
    // The orchestrator may delete this run from inside `done`: nothing touches members afterwards.
    auto done = std::move(m_done);
    done(this, std::exchange(m_record, {}));
}

} // namespace inferscope::runner
