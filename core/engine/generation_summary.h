#pragma once
// A run's generations (meta.generation.runs, as the page or the native tool reported them) summarised
// into meta.generation, the same for browser and native runs (docs/BUNDLE_FORMAT.md). The summary is computed
// from typed generations; reading the reported runs and writing the summary are generation_summary_json.cpp's.

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace inferscope::engine {

/// One generation as the page or the native tool reported it.
struct ReportedGeneration {
    std::vector<int> tokens; ///< the generated ids (-1 where a value was not a number)
    double ttftMs = 0, decodeMsTotal = 0;
    double startT = 0, endT = 0;                 ///< on the reporter's clock
    std::optional<double> heapBefore, heapAfter; ///< performance.memory around it, where the page can read it
};

struct GenerationSummary {
    bool available = false;
    std::string reason; ///< why not
    double ttftMs = 0;
    std::vector<double> ttftEach;
    std::vector<int> tokens;   ///< the first generation's
    bool deterministic = true; ///< greedy decoding of one prompt: every generation the same
    std::optional<double> decodeMsMedian, decodeMsP95, tokensPerS;
    double e2eTokensPerS = 0;
    std::vector<double> pssPerTokenEach; ///< one per generation whose decode window held three samples
    std::string pssPerTokenReason;
    std::optional<double> jsHeapPerTokenBytes;
};

/// `decodeMs`: the steady decode steps (the record's latency series). `clockOffsetMs` maps the runs'
/// start_t/end_t onto the memory series' clock (`memoryTMs`, `pssBytes`: empty when not sampled).
GenerationSummary summarizeGenerations(const std::vector<ReportedGeneration> &runs, const std::vector<double> &decodeMs,
                                       double clockOffsetMs, const std::vector<double> &memoryTMs,
                                       const std::vector<double> &pssBytes);

/// The generations `generation.runs` holds (none where it holds no list).
std::vector<ReportedGeneration> reportedGenerations(const nlohmann::json &generation);
/// The summary's fields into `generation`, beside the setting and the runs.
void writeGenerationSummary(const GenerationSummary &summary, nlohmann::json &generation);

/// The three together, on the record's generation section.
void summarizeGeneration(nlohmann::json &generation, const std::vector<double> &decodeMs, double clockOffsetMs,
                         const std::vector<double> &memoryTMs, const std::vector<double> &pssBytes);

} // namespace inferscope::engine
