#include "core/results/exports.h"

#include "core/store/atomic_file.h"

#include <algorithm>
#include <cmath>

namespace inferscope::results {
namespace {
using nlohmann::json;

// One process per run; its threads: the page's (stages and inferences) and the probe's (input, frames).
constexpr int kPageThread = 1, kProbeThread = 2;

const std::vector<double> *values(const store::RunRecord &r, const char *name)
{
    const store::Series *s = r.find(name);
    return s ? &s->values : nullptr;
}

double us(double ms)
{
    return std::round(ms * 1000.0 * 1000.0) / 1000.0; // microseconds, nanosecond precision
}

/// The run as a process, the page (or native runner) and the probe as its threads.
void addTrackNames(json &events, int pid, const store::RunRecord &r, const json &m)
{
    events.push_back({{"ph", "M"}, {"pid", pid}, {"tid", 0}, {"name", "process_name"}, {"args", {{"name", r.runId}}}});
    events.push_back(
        {{"ph", "M"},
         {"pid", pid},
         {"tid", kPageThread},
         {"name", "thread_name"},
         {"args",
          {{"name", m.value("browser", "") == "native" ? "native runner"
                                                       : "page: " + m.value("placement", std::string("main"))}}}});
    events.push_back(
        {{"ph", "M"}, {"pid", pid}, {"tid", kProbeThread}, {"name", "thread_name"}, {"args", {{"name", "probe"}}}});
}

void addStages(json &events, int pid, const json &m)
{
    // Stages: each phase event was posted at its end and carries its duration.
    if (m.contains("phases") && m["phases"].is_object())
        for (const auto &[name, phase] : m["phases"].items()) {
            if (!phase.is_object() || !phase.contains("t") || !phase["t"].is_number() || !phase.contains("ms") ||
                !phase["ms"].is_number())
                continue;
            const double end = phase["t"].get<double>(), ms = phase["ms"].get<double>();
            events.push_back({{"ph", "X"},
                              {"pid", pid},
                              {"tid", kPageThread},
                              {"cat", "stage"},
                              {"name", name},
                              {"ts", us(end - ms)},
                              {"dur", us(ms)}});
        }
}

void addInferences(json &events, int pid, const store::RunRecord &r, const json &m)
{
    // Every inference, where the record has its end times (bundles from before latency_t_ms have none). The
    // native runner records durations only: its inferences ran back to back, so they are laid end to end from
    // 0 (warm-up, then the timed ones) and say so.
    const bool endToEnd =
        !values(r, "latency_t_ms") && !values(r, "warmup_latency_t_ms") && m.value("browser", "") == "native";
    double laidEnd = 0;
    for (const auto &[name, series, clock] :
         {std::tuple{"warm-up inference", "warmup_latency_ms", "warmup_latency_t_ms"},
          std::tuple{"inference", "latency_ms", "latency_t_ms"}}) {
        const auto *ms = values(r, series), *t = values(r, clock);
        for (std::size_t i = 0; ms && (t || endToEnd) && i < ms->size() && (endToEnd || i < t->size()); ++i) {
            const double end = endToEnd ? (laidEnd += (*ms)[i]) : (*t)[i];
            json args = {{"index", i}};
            if (endToEnd)
                args["timing"] = "durations laid end to end (the native runner records no clock)";
            events.push_back({{"ph", "X"},
                              {"pid", pid},
                              {"tid", kPageThread},
                              {"cat", "inference"},
                              {"name", name},
                              {"ts", us(end - (*ms)[i])},
                              {"dur", us((*ms)[i])},
                              {"args", args}});
        }
    }
}

void addMemoryCounters(json &events, int pid, const store::RunRecord &r, const json &m)
{
    // Everything on the page clock; the memory timeline (run clock) is shifted by the offset the run recorded when
    // the page's first event arrived. Memory per process type as one counter track, the JS heap as another.
    const double offset = m.value("page_clock_offset_ms", 0.0);
    if (const auto *t = values(r, "memory_t_ms")) {
        std::vector<std::pair<std::string, const std::vector<double> *>> columns;
        for (const char *type : {"browser", "renderer", "gpu", "utility"})
            if (const auto *v = values(r, ("memory_" + std::string(type) + "_pss_bytes").c_str()))
                columns.emplace_back(type, v);
        const auto *total = values(r, "memory_pss_bytes");
        for (std::size_t i = 0; i < t->size(); ++i) {
            json args = json::object();
            for (const auto &[type, v] : columns)
                if (i < v->size())
                    args[type + "_mb"] = (*v)[i] / 1e6;
            if (columns.empty() && total && i < total->size())
                args["total_mb"] = (*total)[i] / 1e6;
            events.push_back({{"ph", "C"},
                              {"pid", pid},
                              {"name", "PSS by process type (MB)"},
                              {"ts", us((*t)[i] - offset)},
                              {"args", args}});
        }
    }
    for (const auto &[clock, used, shift] : {std::tuple{"js_heap_t_ms", "js_heap_used_bytes", offset},
                                             std::tuple{"page_heap_t_ms", "page_heap_used_bytes", 0.0}}) {
        const auto *t = values(r, clock), *u = values(r, used);
        for (std::size_t i = 0; t && u && i < t->size() && i < u->size(); ++i)
            events.push_back({{"ph", "C"},
                              {"pid", pid},
                              {"name", "JS heap used (MB)"},
                              {"ts", us((*t)[i] - shift)},
                              {"args", {{"used_mb", (*u)[i] / 1e6}}}});
    }
}

void addInputs(json &events, int pid, const store::RunRecord &r)
{
    // Clicks as instants on the probe's thread (handled at t), frames as a counter of their interval.
    if (const auto *t = values(r, "input_t_ms")) {
        const auto *delay = values(r, "input_delay_ms"), *phase = values(r, "input_phase");
        for (std::size_t i = 0; i < t->size(); ++i)
            events.push_back({{"ph", "i"},
                              {"pid", pid},
                              {"tid", kProbeThread},
                              {"s", "t"},
                              {"name", "input"},
                              {"ts", us((*t)[i])},
                              {"args",
                               {{"delay_ms", delay && i < delay->size() ? (*delay)[i] : 0.0},
                                {"phase", phaseName(phase && i < phase->size() ? (*phase)[i] : -1)}}}});
    }
}

void addFrames(json &events, int pid, const store::RunRecord &r)
{
    if (const auto *t = values(r, "frame_t_ms"), *interval = values(r, "frame_interval_ms"); t && interval)
        for (std::size_t i = 0; i < t->size() && i < interval->size(); ++i)
            events.push_back({{"ph", "C"},
                              {"pid", pid},
                              {"name", "frame interval (ms)"},
                              {"ts", us((*t)[i])},
                              {"args", {{"interval_ms", (*interval)[i]}}}});
}

void shiftToZero(json &events)
{
    // Memory sampled before the page's clock began (the run clock starts first) would land before 0: trace
    // viewers reject negative timestamps, so the run is shifted to begin at its earliest event.
    double earliest = 0;
    for (const auto &e : events)
        if (e.contains("ts"))
            earliest = std::min(earliest, e["ts"].get<double>());
    if (earliest < 0)
        for (auto &e : events)
            if (e.contains("ts"))
                e["ts"] = us((e["ts"].get<double>() - earliest) / 1000.0);
}

} // namespace

json traceOf(const std::vector<store::RunRecord> &runs)
{
    json all = json::array();
    int pid = 0;
    for (const auto &r : runs) {
        ++pid;
        json events = json::array();
        const json &m = r.meta;
        addTrackNames(events, pid, r, m);
        addStages(events, pid, m);
        addInferences(events, pid, r, m);
        addMemoryCounters(events, pid, r, m);
        addInputs(events, pid, r);
        addFrames(events, pid, r);
        shiftToZero(events);
        for (auto &e : events)
            all.push_back(std::move(e));
    }
    return {{"traceEvents", std::move(all)},
            {"displayTimeUnit", "ms"},
            {"otherData",
             {{"producer", "InferScope"},
              {"clock", "each run's page clock (performance.now), ms -> us; a run with memory sampled before its "
                        "page's clock began is shifted to start at 0"}}}};
}

ExportResult exportTrace(const std::filesystem::path &bundle, const std::filesystem::path &outFile)
{
    const auto contents = store::readBundle(bundle);
    createParent(outFile);
    const std::string text = traceOf(contents.runs).dump(-1, ' ', false, json::error_handler_t::replace);
    store::writeFileAtomically(outFile, std::as_bytes(std::span(text.data(), text.size())));
    return {{outFile}, contents.runs.size(), contents.problems};
}

} // namespace inferscope::results
