#pragma once
// A run's generations (meta.generation.runs, as the page or the native tool reported them) summarised
// into meta.generation, the same for browser and native runs (docs/BUNDLE_FORMAT.md).

#include <nlohmann/json.hpp>
#include <vector>

namespace inferscope::engine {

/// `decodeMs`: the steady decode steps (the record's latency series). `clockOffsetMs` maps the runs'
/// start_t/end_t onto the memory series' clock (`memoryTMs`, `pssBytes`: empty when not sampled).
void summarizeGeneration(nlohmann::json &generation, const std::vector<double> &decodeMs, double clockOffsetMs,
                         const std::vector<double> &memoryTMs, const std::vector<double> &pssBytes);

} // namespace inferscope::engine
