#include "core/engine/generation_summary.h"

#include "core/analysis/descriptive.h"
#include "core/analysis/generation.h"

namespace inferscope::engine {

GenerationSummary summarizeGenerations(const std::vector<ReportedGeneration> &reported,
                                       const std::vector<double> &decodeMs, double clockOffsetMs,
                                       const std::vector<double> &memoryTMs, const std::vector<double> &pssBytes)
{
    GenerationSummary s;
    if (reported.empty()) {
        s.reason = "no generation was completed";
        return s;
    }
    std::vector<analysis::GenerationRun> runs;
    std::vector<double> heapPerToken;
    for (const auto &r : reported) {
        if (runs.empty())
            s.tokens = r.tokens;
        else if (r.tokens != s.tokens)
            s.deterministic = false;
        analysis::GenerationRun g;
        g.ttftMs = r.ttftMs;
        g.decodeMsTotal = r.decodeMsTotal;
        g.newTokens = static_cast<int>(r.tokens.size());
        // The decode window: from the end of the first token to the generation's end.
        g.windowStartMs = r.startT + g.ttftMs + clockOffsetMs;
        g.windowEndMs = r.endT + clockOffsetMs;
        runs.push_back(g);
        s.ttftEach.push_back(g.ttftMs);
        if (r.heapBefore && r.heapAfter && g.newTokens > 0)
            heapPerToken.push_back((*r.heapAfter - *r.heapBefore) / g.newTokens);
    }
    s.available = true;
    s.ttftMs = analysis::median(s.ttftEach);
    if (!decodeMs.empty()) {
        const auto d = analysis::summarize(decodeMs);
        s.decodeMsMedian = d.median;
        s.decodeMsP95 = d.p95;
        s.tokensPerS = d.median > 0 ? 1000.0 / d.median : 0.0;
    }
    s.e2eTokensPerS = analysis::endToEndTokensPerSecond(runs);
    s.pssPerTokenEach = analysis::growthPerTokenEach(runs, memoryTMs, pssBytes);
    if (s.pssPerTokenEach.empty())
        s.pssPerTokenReason =
            memoryTMs.empty()
                ? "this run's process memory was not sampled"
                : "no decode window held three memory samples (generations shorter than the sampler's interval)";
    // performance.memory before and after each generation, garbage not yet collected included
    if (!heapPerToken.empty())
        s.jsHeapPerTokenBytes = analysis::median(heapPerToken);
    return s;
}

void summarizeGeneration(nlohmann::json &generation, const std::vector<double> &decodeMs, double clockOffsetMs,
                         const std::vector<double> &memoryTMs, const std::vector<double> &pssBytes)
{
    writeGenerationSummary(
        summarizeGenerations(reportedGenerations(generation), decodeMs, clockOffsetMs, memoryTMs, pssBytes),
        generation);
}

} // namespace inferscope::engine
