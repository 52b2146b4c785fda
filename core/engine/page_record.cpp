#include "core/engine/page_record.h"

#include <cmath>

#include "core/analysis/responsiveness.h"
#include "core/analysis/video_smoothness.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace inferscope::engine {
namespace {
nlohmann::json toNlohmann(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return nlohmann::json::parse(text.constData(), text.constData() + text.size(), nullptr, false)[0];
}

// Phase codes of the probe's series (docs/BUNDLE_FORMAT.md): 0 idle, 1 loading, 2 warm-up, 3 prediction,
// 4 done. Busy is loading to prediction; done counts as idle again.
bool isBusyPhase(double phase)
{
    return phase >= 1 && phase <= 3;
}

const std::vector<double> kNone;
} // namespace

void PageRecord::push(const char *name, double value)
{
    auto &series = m_probe[name];
    series.name = name;
    series.values.push_back(value);
}

const std::vector<double> &PageRecord::values(const char *name) const
{
    const auto it = m_probe.find(name);
    return it == m_probe.end() ? kNone : it->second.values;
}

std::string PageRecord::implausible(const QJsonObject &e, const nlohmann::json &meta) const
{
    const QString type = e.value(QStringLiteral("type")).toString();
    const auto duration = [this](double ms) { return std::isfinite(ms) && ms >= 0 && ms <= m_limits.maxMs; };
    if (type == QLatin1String("sample")) {
        // The minimal harness posts no page time: only a time that is there must be a number.
        const double ms = e.value(QStringLiteral("ms")).toDouble(std::nan("")),
                     t = e.value(QStringLiteral("t")).toDouble(0);
        if (!(duration(ms) && ms > 0) || !std::isfinite(t))
            return "a sample of " + std::to_string(ms) + " ms (at t " + std::to_string(t) +
                   "): not a duration within the run's timeout";
        if (e.contains(QStringLiteral("run_ms")) && !duration(e.value(QStringLiteral("run_ms")).toDouble(std::nan(""))))
            return "a sample whose run_ms is not a duration within the run's timeout";
        const bool warmup = e.value(QStringLiteral("phase")).toString() == QLatin1String("warmup");
        if (warmup ? m_warmup.values.size() >= m_limits.maxWarmupSamples
                   : m_latency.values.size() >= m_limits.maxSteadySamples)
            return std::string("more ") + (warmup ? "warm-up" : "prediction") + " samples than the policy allows (" +
                   std::to_string(warmup ? m_limits.maxWarmupSamples : m_limits.maxSteadySamples) + ")";
    } else if (type == QLatin1String("phase")) {
        static const QStringList known{QStringLiteral("fetch"), QStringLiteral("setup"), QStringLiteral("first"),
                                       QStringLiteral("warmup"), QStringLiteral("prediction")};
        const QString name = e.value(QStringLiteral("name")).toString();
        if (!known.contains(name))
            return "a phase named \"" + name.left(40).toStdString() +
                   "\" (the harness has fetch, setup, first, warmup and prediction)";
        if (!duration(e.value(QStringLiteral("ms")).toDouble(std::nan(""))))
            return "a " + name.toStdString() + " phase that is not a duration within the run's timeout";
    } else if (type == QLatin1String("env")) {
        // Written once: a later report may add fields, never change one the page already reported.
        const nlohmann::json env = toNlohmann(e.value(QStringLiteral("env")));
        if (!env.is_object())
            return "an environment that is not an object";
        if (const auto known = meta.find("env"); known != meta.end() && known->is_object())
            for (const auto &[key, value] : env.items())
                if (const auto it = known->find(key); it != known->end() && *it != value)
                    return "a second environment report changing \"" + key.substr(0, 40) + "\"";
    }
    return {};
}

PageRecord::Applied PageRecord::apply(const QJsonObject &e, nlohmann::json &meta,
                                      const std::vector<double> &clickSentWallMs)
{
    if (std::string why = implausible(e, meta); !why.empty())
        return {Signal::None, {}, std::move(why)};
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
        meta[name + "_ms"] = e.value(QStringLiteral("ms")).toDouble();
        nlohmann::json details = toNlohmann(e);
        details.erase("type");
        meta["phases"][name] = details;
    } else if (type == QLatin1String("env")) {
        meta["env"].update(toNlohmann(e.value(QStringLiteral("env"))));
    } else if (type == QLatin1String("generation")) { // one measured generation (decoder with a KV cache)
        auto &runs = meta["generation"]["runs"];
        if (!runs.is_array())
            runs = nlohmann::json::array();
        if (runs.size() < 1000)
            runs.push_back(toNlohmann(e.value(QStringLiteral("generation"))));
    } else if (type == QLatin1String("realtime")) { // the stream of distinct frames for real-time accuracy
        meta["realtime"] = toNlohmann(e.value(QStringLiteral("realtime")));
    } else if (type == QLatin1String("profile")) { // the per-operator profiling pass
        meta["profile"] = toNlohmann(e);
        for (const char *key : {"type", "seq", "t"})
            meta["profile"].erase(key);
    } else if (type == QLatin1String("outputs")) {
        meta["outputs"] = toNlohmann(e);
        meta["outputs"].erase("type");
    } else if (type == QLatin1String("probe")) { // the page is up and idle: clicking may start
        return {Signal::StartClicking, {}, {}};
    } else if (type == QLatin1String("input")) {
        const int cell = (e.value(QStringLiteral("y")).toInt() - kClickY0) * kClickColumns +
                         (e.value(QStringLiteral("x")).toInt() - kClickX0);
        double e2e = -1;
        if (cell >= 0 && cell < kClickColumns * kClickRows && !clickSentWallMs.empty()) {
            // The latest click with these coordinates (they repeat every 60 000 clicks).
            const std::size_t period = kClickColumns * kClickRows;
            std::size_t n = static_cast<std::size_t>(cell);
            while (n + period < clickSentWallMs.size())
                n += period;
            if (n < clickSentWallMs.size())
                e2e = e.value(QStringLiteral("wall_ms")).toDouble() - clickSentWallMs[n];
        }
        push("input_t_ms", e.value(QStringLiteral("t")).toDouble());
        push("input_delay_ms", e.value(QStringLiteral("delay_ms")).toDouble());
        push("input_e2e_ms", e2e);
        push("input_phase", e.value(QStringLiteral("phase")).toDouble());
    } else if (type == QLatin1String("heap")) { // page-side heap samples (remote runs)
        for (const auto &[name, key] : {std::pair{"page_heap_t_ms", "t"}, std::pair{"page_heap_used_bytes", "used"},
                                        std::pair{"page_heap_total_bytes", "total"}})
            push(name, e.value(QLatin1String(key)).toDouble());
    } else if (type == QLatin1String("workload")) {
        for (const auto &[name, key] : {std::pair{"workload_t_ms", "t"}, std::pair{"workload_ms", "ms"},
                                        std::pair{"workload_work_ms", "work_ms"}, std::pair{"workload_phase", "phase"}})
            push(name, e.value(QLatin1String(key)).toDouble());
    } else if (type == QLatin1String("frame")) {
        for (const auto &[name, key] :
             {std::pair{"frame_t_ms", "t"}, std::pair{"frame_interval_ms", "ms"}, std::pair{"frame_phase", "phase"}})
            push(name, e.value(QLatin1String(key)).toDouble());
    } else if (type == QLatin1String("video")) { // one requestVideoFrameCallback of the video workload
        for (const auto &[name, key] : {std::pair{"video_t_ms", "t"}, std::pair{"video_presented", "presented"},
                                        std::pair{"video_phase", "phase"}})
            push(name, e.value(QLatin1String(key)).toDouble());
        push("video_dropped", e.value(QStringLiteral("dropped")).toDouble(-1));
        push("video_total", e.value(QStringLiteral("total")).toDouble(-1));
    } else if (type == QLatin1String("video_clip")) { // the clip the page made, or why it could not play one
        nlohmann::json clip = toNlohmann(e);
        for (const char *key : {"type", "seq", "t"})
            clip.erase(key);
        meta["video"]["clip"] = std::move(clip);
    } else if (type == QLatin1String("done")) {
        return {Signal::Done, {}, {}};
    } else if (type == QLatin1String("error") || type == QLatin1String("unsupported")) {
        const std::string stage = e.value(QStringLiteral("stage")).toString().toStdString();
        meta["error_stage"] = stage;
        meta["error_source"] = "page"; // the page said so (its samples so far stay in the record)
        if (e.contains(QStringLiteral("stack")))
            meta["error_stack"] = e.value(QStringLiteral("stack")).toString().toStdString();
        // "unsupported": the runtime cannot run this configuration at all (e.g. wasm without SIMD), not a failure.
        return {type == QLatin1String("unsupported") ? Signal::Unsupported : Signal::Failed,
                stage + ": " + e.value(QStringLiteral("message")).toString().toStdString(),
                {}};
    }
    return {};
}

std::vector<store::Series> PageRecord::latencySeries() const
{
    return {m_latency, m_warmup, m_runOnly, m_latencyT, m_warmupT};
}

std::vector<store::Series> PageRecord::takeProbeSeries()
{
    std::vector<store::Series> out;
    for (auto &[name, series] : m_probe)
        if (!series.values.empty())
            out.push_back(std::move(series));
    m_probe.clear();
    return out;
}

nlohmann::json PageRecord::summarizeFrames() const
{
    const auto &frames = values("frame_interval_ms");
    const auto &phase = values("frame_phase");
    if (frames.empty())
        return nullptr;
    std::vector<double> idle, busyFrames;
    for (std::size_t i = 0; i < frames.size() && i < phase.size(); ++i)
        (isBusyPhase(phase[i]) ? busyFrames : idle).push_back(frames[i]);
    const double display = analysis::displayInterval(idle);
    auto summary = [display](const std::vector<double> &v) {
        const auto f = analysis::summarizeFrames(v, display);
        return nlohmann::json{{"frames", f.frames},
                              {"fps", f.fps},
                              {"dropped_share", f.droppedShare},
                              {"over_50ms", f.over50ms},
                              {"p95_ms", f.p95Ms}};
    };
    return {{"display_interval_ms", display}, {"idle", summary(idle)}, {"busy", summary(busyFrames)}};
}

void PageRecord::summarizeInputs(nlohmann::json &r) const
{
    const auto &phase = values("input_phase");
    const auto &delay = values("input_delay_ms");
    const auto &e2e = values("input_e2e_ms");
    r["inputs_seen"] = delay.size();
    // No clicks in a phase: no numbers (null), rather than zeros a summary would average in.
    auto delays = [](const analysis::DelaySummary &d) {
        if (d.count == 0)
            return nlohmann::json{{"count", 0}, {"p50", nullptr}, {"p95", nullptr}, {"max", nullptr}};
        return nlohmann::json{{"count", d.count}, {"p50", d.p50}, {"p95", d.p95}, {"max", d.max}};
    };
    for (const auto &[key, values] : {std::pair{"input_delay_ms", &delay}, std::pair{"input_e2e_ms", &e2e}}) {
        std::vector<double> idle, busyValues;
        for (std::size_t i = 0; i < values->size() && i < phase.size(); ++i) {
            if ((*values)[i] < 0)
                continue; // a click whose send time is unknown
            (isBusyPhase(phase[i]) ? busyValues : idle).push_back((*values)[i]);
        }
        r[key] = {{"idle", delays(analysis::summarizeDelays(idle))},
                  {"busy", delays(analysis::summarizeDelays(busyValues))}};
    }
}

nlohmann::json PageRecord::summarizeGuiWorkload() const
{
    // The paper's GUI-workload figure: how much longer the same scripted steps take while the model
    // loads and runs than while the page is idle (medians, from each step's scheduled start).
    const auto &ms = values("workload_ms");
    const auto &work = values("workload_work_ms");
    const auto &phase = values("workload_phase");
    std::vector<double> idle, busySteps, idleWork, busyWork;
    // The first steps pay for the page's first layouts and the JIT (measured: 5 ms instead of 2 in
    // QtWebEngine): they are left out of the idle reference.
    constexpr std::size_t kWarmupSteps = 2;
    for (std::size_t i = kWarmupSteps; i < ms.size() && i < phase.size() && i < work.size(); ++i) {
        const bool isBusy = isBusyPhase(phase[i]);
        (isBusy ? busySteps : idle).push_back(ms[i]);
        (isBusy ? busyWork : idleWork).push_back(work[i]);
    }
    const auto idleS = analysis::summarizeDelays(idle), busyS = analysis::summarizeDelays(busySteps);
    nlohmann::json w = {{"steps", ms.size()},
                        {"interval_ms", 250},
                        {"warmup_steps_excluded", kWarmupSteps},
                        {"idle", {{"count", idleS.count}, {"median_ms", idleS.p50}, {"p95_ms", idleS.p95}}},
                        {"busy", {{"count", busyS.count}, {"median_ms", busyS.p50}, {"p95_ms", busyS.p95}}},
                        {"work_idle_median_ms", analysis::summarizeDelays(idleWork).p50},
                        {"work_busy_median_ms", analysis::summarizeDelays(busyWork).p50}};
    if (idleS.count > 0 && busyS.count > 0 && idleS.p50 > 0)
        w["increase_percent"] = (busyS.p50 / idleS.p50 - 1.0) * 100.0;
    return w;
}

nlohmann::json PageRecord::summarizeVideo(const nlohmann::json &clip) const
{
    const auto &t = values("video_t_ms");
    const auto &presented = values("video_presented");
    const auto &dropped = values("video_dropped");
    const auto &total = values("video_total");
    const auto &phase = values("video_phase");
    nlohmann::json v = clip.is_object() ? nlohmann::json{{"clip", clip}} : nlohmann::json::object();
    const bool available = clip.is_object() && clip.value("available", false) == true;
    v["available"] = available;
    if (!clip.is_object())
        v["reason"] = "the page reported no video clip (it did not get as far as the workload)";
    else if (!available)
        v["reason"] = clip.value("reason", std::string("the page could not play the clip"));
    v["ideal_fps"] = clip.is_object() && clip.value("ideal_fps", nlohmann::json()).is_number()
                         ? clip["ideal_fps"]
                         : nlohmann::json(nullptr);
    std::vector<analysis::VideoCallback> callbacks;
    for (std::size_t i = 0; i < t.size() && i < presented.size() && i < phase.size(); ++i)
        callbacks.push_back({t[i], presented[i], i < dropped.size() ? dropped[i] : -1.0, isBusyPhase(phase[i]),
                             i < total.size() ? total[i] : -1.0});
    v["callbacks"] = callbacks.size();
    if (!available)
        return v;
    if (callbacks.size() < 2) {
        v["available"] = false;
        v["reason"] = "the clip played but the browser presented no frames to requestVideoFrameCallback";
        return v;
    }
    const auto s = analysis::summarizeVideo(callbacks);
    // fps: frames shown per second by the playback-quality counters (total - dropped) where the browser has
    // them. Measured with bench/plans/video.json: they agree with presentedFrames in Chromium and QtWebEngine
    // (within 1 fps), while Firefox's presentedFrames ran ahead of its 30 fps clip (58-95 per second in a
    // Worker placement) as its playback counters and callbacks stayed at 20-23.
    const auto fpsOf = [](const analysis::VideoPhaseSummary &p) {
        return p.shownFps >= 0 ? p.shownFps : p.presentedFps;
    };
    auto phaseJson = [&fpsOf](const analysis::VideoPhaseSummary &p) {
        auto orNull = [&p](double x) { return p.callbacks > 0 ? nlohmann::json(x) : nlohmann::json(nullptr); };
        const double fps = fpsOf(p);
        return nlohmann::json{
            {"callbacks", p.callbacks},
            {"seconds", p.seconds},
            {"fps", orNull(fps)},
            {"fps_source", p.shownFps >= 0 ? "getVideoPlaybackQuality" : "presentedFrames"},
            {"presented_fps", orNull(p.presentedFps)},
            {"callback_fps", orNull(p.callbackFps)},
            {"longest_gap_ms", orNull(p.longestGapMs)},
            {"dropped_frames", p.droppedFrames >= 0 ? nlohmann::json(p.droppedFrames) : nlohmann::json(nullptr)},
            {"shown_fps", p.shownFps >= 0 && p.callbacks > 0 ? nlohmann::json(p.shownFps) : nlohmann::json(nullptr)}};
    };
    v["idle"] = phaseJson(s.idle);
    v["busy"] = phaseJson(s.busy);
    if (fpsOf(s.idle) > 0 && s.busy.callbacks > 0)
        v["fps_drop_percent"] = (1.0 - fpsOf(s.busy) / fpsOf(s.idle)) * 100.0;
    return v;
}

} // namespace inferscope::engine
