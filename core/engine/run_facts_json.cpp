// The engine's facts about a run at the record's edge: every metadata key the engine writes (docs/BUNDLE_FORMAT.md)
// is spelled here, and the probe's answer and a stored trace are read here.
#include "core/engine/run_facts.h"

#include "core/results/trace_summary.h"

namespace inferscope::engine {
namespace {
using nlohmann::json;

json refused(const RefusedEvents &r)
{
    return {{"count", r.count}, {"first_reason", r.firstReason}};
}

json probeJson(const MachineProbe &p)
{
    if (!p.ms)
        return {{"error", p.error}};
    return {{"ms", *p.ms}, {"passes", p.passes}};
}

json traceJson(const TraceFacts &t)
{
    if (t.storeError)
        return {{"available", false}, {"store_error", true}, {"reason", t.reason}};
    if (!t.available)
        return {{"available", false}, {"reason", t.reason}};
    json out = {{"available", true}, {"bytes", t.bytes}, {"file", t.file}};
    if (t.summary)
        out["summary"] = *t.summary;
    else
        out["summary_error"] = t.summaryError;
    return out;
}

json browserLogJson(const BrowserLogFacts &log)
{
    if (!log.reason.empty())
        return {{"reason", log.reason}};
    return {{"file", log.file}, {"bytes", log.bytes}, {"bytes_not_kept", log.bytesNotKept}};
}

void writeMemory(const RunFacts &f, json &meta)
{
    if (f.remoteMemory) {
        const RemoteMemory &r = *f.remoteMemory;
        json memory = {{"available", false},
                       {"reason", "the browser runs on another machine: its processes cannot be sampled from here"}};
        if (r.pageJsHeapFirstBytes) { // what the page itself can see (Chromium's performance.memory)
            memory["page_js_heap_first_bytes"] = *r.pageJsHeapFirstBytes;
            memory["page_js_heap_peak_bytes"] = r.pageJsHeapPeakBytes.value_or(0.0);
            memory["page_js_heap_samples"] = r.pageJsHeapSamples;
        } else if (!r.pageJsHeapReason.empty()) {
            memory["page_js_heap"] = r.pageJsHeapReason;
        }
        meta["memory"] = std::move(memory);
    }
    if (f.jsHeap) {
        auto &memory = meta["memory"];
        memory["js_heap_first_bytes"] = f.jsHeap->firstBytes;
        memory["js_heap_peak_bytes"] = f.jsHeap->peakBytes;
        if (!f.jsHeap->source.empty())
            memory["js_heap_source"] = f.jsHeap->source;
    }
    if (f.pss) {
        const PssFacts &p = *f.pss;
        meta["memory"].update(json{{"baseline_pss_bytes", p.summary.baselineBytes},
                                   {"baseline_t_ms", p.summary.baselineTMs},
                                   {"peak_pss_bytes", p.summary.peakBytes},
                                   {"amplification", p.summary.amplification},
                                   {"model_bytes", p.modelBytes},
                                   {"samples", p.summary.samples},
                                   {"interval_ms", p.intervalMs},
                                   {"sweep_ms", {{"median", p.sweepMedianMs}, {"max", p.sweepMaxMs}}},
                                   // PSS re-read per process only when its RSS moved > 1 MiB or 1 s passed
                                   {"pss_reads", p.pssReads},
                                   {"sweeps_skipped", p.sweepsSkipped}, // a tick that found the last sweep running
                                   {"pss_reused", p.pssReused},
                                   {"root_pid_includes", p.rootPidIncludes}});
    }
    if (!f.jsHeapScope.empty())
        meta["memory"]["js_heap_scope"] = f.jsHeapScope;
}

json responsivenessJson(const RunFacts &f)
{
    json r = json::object();
    if (f.clicks) {
        r["clicks_sent"] = f.clicks->sent;
        r["clicks_skipped_in_flight"] = f.clicks->skippedInFlight;
        r["input_hz"] = f.clicks->inputHz;
        if (!f.clicks->inputReason.empty())
            r["input_reason"] = f.clicks->inputReason;
        if (f.pageInputs.is_object())
            r.update(f.pageInputs);
    }
    if (!f.frames.is_null())
        r["frames"] = f.frames;
    return r;
}
} // namespace

json toJson(const CpuPerInference &cpu)
{
    if (!cpu.available)
        return {{"available", false}, {"reason", cpu.reason}};
    return {{"per_inference_ms", cpu.perInferenceMs},
            {"per_inference_ms_by_type", cpu.perInferenceMsByType},
            {"cores_busy", cpu.coresBusy},
            {"window_ms", cpu.windowMs},
            {"inferences", cpu.inferences}};
}

std::optional<MachineProbe> machineProbeOfLine(const std::string &line)
{
    const auto j = json::parse(line, nullptr, false);
    if (!j.is_object() || j.value("event", "") != "probe")
        return std::nullopt;
    const auto ms = j.find("ms");
    if (ms == j.end() || !ms->is_number())
        return std::nullopt;
    return MachineProbe{ms->get<double>(), j.value("passes", json::array()), {}};
}

TraceFacts storedTraceFacts(long long bytes, const std::string &file, std::string_view traceText)
{
    TraceFacts t;
    t.available = true;
    t.bytes = bytes;
    t.file = file;
    try {
        t.summary = results::summarizeTrace(traceText);
    } catch (const json::exception &e) {
        t.summaryError = std::string("the trace is not trace-event JSON: ") + e.what();
    }
    return t;
}

void writeRunFacts(const RunFacts &f, json &meta)
{
    meta["status"] = f.status;
    if (!f.error.empty())
        meta["error"] = f.error;
    for (const auto &[key, value] :
         {std::pair{"wall_start_ms", f.wallStartMs}, std::pair{"wall_end_ms", f.wallEndMs},
          std::pair{"wall_ms", f.wallMs}, std::pair{"page_clock_offset_ms", f.pageClockOffsetMs}})
        if (value)
            meta[key] = *value;
    if (f.samplesAsked)
        meta["samples_asked"] = *f.samplesAsked;
    if (f.machineProbe)
        meta["machine_probe"] = probeJson(*f.machineProbe);
    if (!f.startedAlongside.empty())
        meta["started_alongside"] = f.startedAlongside;
    if (f.kvCacheBytesPerToken)
        meta["generation"]["kv_cache_bytes_per_token"] = *f.kvCacheBytesPerToken;
    if (!f.quantization.is_null())
        meta["quantization"] = f.quantization; // scheme, float model, outputs against it
    if (f.browserVersion)
        meta["browser_version"] = *f.browserVersion;
    if (!f.driver.node.empty())
        meta["node"] = f.driver.node;
    if (f.driver.sessionGrantedMs > 0)
        meta["session_granted_ms"] = f.driver.sessionGrantedMs;
    if (!f.driver.protocolProblem.empty())
        meta["protocol_problem"] = f.driver.protocolProblem;
    if (f.eventsRejected.count > 0)
        meta["page_events_rejected"] = refused(f.eventsRejected);
    if (f.batchesRejected.count > 0)
        meta["page_batches_rejected"] = refused(f.batchesRejected);
    writeMemory(f, meta);
    if (f.cpu)
        meta["cpu"] = toJson(*f.cpu);
    if (f.guiWorkload)
        meta["gui_workload"] = *f.guiWorkload;
    if (f.video)
        meta["video"] = *f.video;
    if (f.responsivenessProbed)
        meta["responsiveness"] = responsivenessJson(f);
    if (f.trace)
        meta["trace"] = traceJson(*f.trace);
    if (f.browserLog)
        meta["browser_log"] = browserLogJson(*f.browserLog);
}

} // namespace inferscope::engine
