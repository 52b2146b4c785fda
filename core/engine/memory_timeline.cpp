#include "core/engine/memory_timeline.h"

#include "core/analysis/cpu_time.h"

#include <algorithm>
#include <cmath>

namespace inferscope::engine {

void MemoryTimeline::addSweep(double atMs, const browser::TypedMemory &m)
{
    if (m.processes == 0)
        return;
    const std::size_t n = values("memory_t_ms").size();
    m_series["memory_t_ms"].push_back(atMs);
    m_series["memory_pss_bytes"].push_back(static_cast<double>(m.pssTotal));
    m_series["memory_rss_bytes"].push_back(static_cast<double>(m.rssTotal));
    m_series["cpu_ms"].push_back(m.cpuMsTotal);
    for (const char *type : kProcessTypes) {
        auto &pss = m_series[std::string("memory_") + type + "_pss_bytes"];
        pss.resize(n, 0.0);
        const auto it = m.pssByType.find(QLatin1String(type));
        pss.push_back(it == m.pssByType.end() ? 0.0 : static_cast<double>(it->second));
        auto &cpu = m_series[std::string("cpu_") + type + "_ms"];
        cpu.resize(n, 0.0);
        const auto c = m.cpuMsByType.find(QLatin1String(type));
        cpu.push_back(c == m.cpuMsByType.end() ? 0.0 : c->second);
    }
}

void MemoryTimeline::addJsHeap(double atMs, double usedBytes, double totalBytes)
{
    m_series["js_heap_t_ms"].push_back(atMs);
    m_series["js_heap_used_bytes"].push_back(usedBytes);
    m_series["js_heap_total_bytes"].push_back(totalBytes);
}

const std::vector<double> &MemoryTimeline::values(const std::string &name) const
{
    static const std::vector<double> none;
    const auto it = m_series.find(name);
    return it == m_series.end() ? none : it->second;
}

std::vector<store::Series> MemoryTimeline::series() const
{
    std::vector<store::Series> out;
    for (const auto &[name, values] : m_series)
        out.push_back({name, values});
    return out;
}

std::vector<store::Series> MemoryTimeline::jsHeapSeries() const
{
    std::vector<store::Series> out;
    for (const auto &[name, values] : m_series)
        if (name.starts_with("js_heap_"))
            out.push_back({name, values});
    return out;
}

std::optional<PssSummary> summarizePss(const std::vector<double> &tMs, const std::vector<double> &pssBytes,
                                       double pageReadyMs, double modelBytes)
{
    if (pssBytes.empty() || tMs.size() != pssBytes.size())
        return std::nullopt;
    std::size_t base = 0;
    while (pageReadyMs >= 0 && base + 1 < tMs.size() && tMs[base + 1] <= pageReadyMs)
        ++base;
    PssSummary s;
    s.baselineBytes = pssBytes[base];
    s.baselineTMs = tMs[base];
    s.peakBytes = *std::max_element(pssBytes.begin(), pssBytes.end());
    s.amplification = modelBytes > 0 ? (s.peakBytes - s.baselineBytes) / modelBytes : 0.0;
    s.samples = pssBytes.size();
    return s;
}

CpuPerInference cpuPerInference(const MemoryTimeline &timeline, const std::optional<PredictionPhase> &phase,
                                std::optional<double> pageClockOffsetMs, double sweepIntervalMs)
{
    CpuPerInference cpu;
    // The prediction phase on the run clock: the page reports its end (page clock) and length.
    if (!phase || !pageClockOffsetMs) {
        cpu.reason = "no prediction phase on the run clock";
        return cpu;
    }
    const double count = phase->count;
    double end = phase->endPageMs + *pageClockOffsetMs;
    const double start = end - phase->ms;
    const auto &t = timeline.values("memory_t_ms");
    // The page clock's offset is late by one POST's few ms, so the phase's end can land just past the
    // final sweep (taken when the run finished): clamp what is within 100 ms.
    if (!t.empty() && end > t.back() && end - t.back() < 100)
        end = t.back();
    // CPU time is read once per sweep: over a window of a few sweeps the split between processes is mostly
    // interpolation, so the phase must span at least five of them.
    const double shortest = 5.0 * sweepIntervalMs;
    if (end - start < shortest) {
        cpu.reason = "the prediction phase (" + std::to_string(std::lround(end - start)) +
                     " ms) is shorter than five sweeps of the sampler (" + std::to_string(std::lround(shortest)) +
                     " ms): too short to measure CPU time per inference";
        return cpu;
    }
    const auto total = analysis::cpuOverWindow(t, timeline.values("cpu_ms"), start, end);
    if (!total || count <= 0) {
        cpu.reason = "the memory timeline does not cover the prediction phase";
        return cpu;
    }
    for (const char *type : MemoryTimeline::kProcessTypes)
        if (const auto w = analysis::cpuOverWindow(t, timeline.values(std::string("cpu_") + type + "_ms"), start, end);
            w && w->cpuMs > 0)
            cpu.perInferenceMsByType[type] = w->cpuMs / count;
    cpu.available = true;
    cpu.perInferenceMs = total->cpuMs / count;
    cpu.coresBusy = total->coresBusy;
    cpu.windowMs = end - start;
    cpu.inferences = count;
    return cpu;
}

} // namespace inferscope::engine
