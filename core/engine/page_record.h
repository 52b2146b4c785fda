#pragma once
// What a run's page reports, assembled: the harness's events (samples, phases, environment, outputs,
// clicks, frames, GUI-workload steps, page-side heap samples) become the record's raw series and
// metadata, and the probe's series become their idle/busy summaries. ActiveRun owns the run's lifecycle
// (browser, timers, memory sampling, trace) and hands every event batch here; nothing here knows a driver.

#include "core/store/run_record.h"

#include <QJsonObject>
#include <QString>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace inferscope::engine {

// Click number n lands at a distinct point of a 300 x 200 grid inside the page, so the page's report of
// a click (its coordinates) names the click and with it the driver's send time.
inline constexpr int kClickColumns = 300, kClickRows = 200, kClickX0 = 20, kClickY0 = 60;

/// What a page may plausibly report (issue 23: a process holding the token could forge events). Events past
/// these are refused, counted with the run and never stored.
struct PageLimits {
    std::size_t maxSteadySamples = 1000000; ///< the policy's prediction samples (a generation's decode steps)
    std::size_t maxWarmupSamples = 1000000;
    double maxMs = 3.6e6; ///< no sample, phase or workload step lasts longer than the run's timeout
};

class PageRecord {
public:
    /// What an event means for the run's lifecycle.
    enum class Signal { None, StartClicking, Done, Failed, Unsupported };
    struct Applied {
        Signal signal = Signal::None;
        std::string error;    ///< "stage: message" for Failed and Unsupported
        std::string rejected; ///< why the event was refused (nothing of it stored); empty when it was applied
    };

    explicit PageRecord(PageLimits limits = {}) : m_limits(limits) {}
    void setLimits(PageLimits limits) { m_limits = limits; }

    /// Applies one event the page posted to the series and to `meta` (phases, env, outputs, error
    /// stage). `clickSentWallMs[n]` is when the driver sent click n (wall clock), for end-to-end delays.
    Applied apply(const QJsonObject &event, nlohmann::json &meta, const std::vector<double> &clickSentWallMs);

    /// Samples so far (steady, warm-up), so a caller can tell which ones an event batch added.
    std::size_t steadyCount() const { return m_latency.values.size(); }
    std::size_t warmupCount() const { return m_warmup.values.size(); }
    const std::vector<double> &steadyValues() const { return m_latency.values; }
    const std::vector<double> &warmupValues() const { return m_warmup.values; }

    /// The latency series (steady and warm-up samples, their page-clock end times, run-only times).
    std::vector<store::Series> latencySeries() const;
    /// The probe's and the page's own series (input, frame, workload, page heap), raw; moved out.
    std::vector<store::Series> takeProbeSeries();
    /// A probe series' values (empty when the page sent none).
    const std::vector<double> &values(const char *name) const;

    /// Input delays per idle/busy phase (from the event's timestamp and end to end), into `r`.
    void summarizeInputs(nlohmann::json &r) const;
    /// Frame intervals per idle/busy phase, or null when the page sent no frames.
    nlohmann::json summarizeFrames() const;
    /// The GUI workload's step times idle and busy and their increase (the paper's 67.2% figure).
    nlohmann::json summarizeGuiWorkload() const;
    /// The video workload's presented frames per idle/busy phase (`clip`: what the page said of its clip).
    nlohmann::json summarizeVideo(const nlohmann::json &clip) const;

private:
    void push(const char *name, double value);
    /// Why `event` is not plausible, or empty (sample times, counts, phase names, environment fields).
    std::string implausible(const QJsonObject &event, const nlohmann::json &meta) const;

    PageLimits m_limits;

    store::Series m_latency{"latency_ms", {}}, m_warmup{"warmup_latency_ms", {}}, m_runOnly{"run_only_ms", {}};
    store::Series m_latencyT{"latency_t_ms", {}},
        m_warmupT{"warmup_latency_t_ms", {}}; ///< page clock (ms) at each sample's end
    std::map<std::string, store::Series> m_probe;
};

} // namespace inferscope::engine
