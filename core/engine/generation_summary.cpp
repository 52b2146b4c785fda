#include "core/engine/generation_summary.h"

#include "core/analysis/descriptive.h"
#include "core/analysis/generation.h"

namespace inferscope::engine {

void summarizeGeneration(nlohmann::json &generation, const std::vector<double> &decodeMs, double clockOffsetMs,
                         const std::vector<double> &memoryTMs, const std::vector<double> &pssBytes)
{
    const auto runsIt = generation.find("runs");
    if (runsIt == generation.end() || !runsIt->is_array() || runsIt->empty()) {
        generation["available"] = false;
        generation["reason"] = "no generation was completed";
        return;
    }
    std::vector<analysis::GenerationRun> runs;
    std::vector<double> ttft, heapPerToken;
    std::vector<int> first;
    bool deterministic = true;
    for (const auto &r : *runsIt) {
        std::vector<int> tokens;
        if (r.contains("tokens") && r["tokens"].is_array())
            for (const auto &t : r["tokens"])
                tokens.push_back(t.is_number() ? t.get<int>() : -1);
        if (runs.empty())
            first = tokens;
        else if (tokens != first)
            deterministic = false;
        analysis::GenerationRun g;
        g.ttftMs = r.value("ttft_ms", 0.0);
        g.decodeMsTotal = r.value("decode_ms_total", 0.0);
        g.newTokens = static_cast<int>(tokens.size());
        // The decode window: from the end of the first token to the generation's end.
        g.windowStartMs = r.value("start_t", 0.0) + g.ttftMs + clockOffsetMs;
        g.windowEndMs = r.value("end_t", 0.0) + clockOffsetMs;
        runs.push_back(g);
        ttft.push_back(g.ttftMs);
        const auto before = r.find("heap_before"), after = r.find("heap_after");
        if (before != r.end() && after != r.end() && before->is_number() && after->is_number() && g.newTokens > 0)
            heapPerToken.push_back((after->get<double>() - before->get<double>()) / g.newTokens);
    }
    generation["available"] = true;
    generation["ttft_ms"] = analysis::median(ttft);
    generation["ttft_ms_each"] = ttft;
    generation["tokens"] = first;
    generation["deterministic"] = deterministic; // greedy decoding of one prompt: every generation the same
    if (!decodeMs.empty()) {
        const auto s = analysis::summarize(decodeMs);
        generation["decode_ms_median"] = s.median;
        generation["decode_ms_p95"] = s.p95;
        generation["tokens_per_s"] = s.median > 0 ? 1000.0 / s.median : 0.0;
    }
    generation["e2e_tokens_per_s"] = analysis::endToEndTokensPerSecond(runs);
    if (const auto each = analysis::growthPerTokenEach(runs, memoryTMs, pssBytes); !each.empty()) {
        generation["pss_per_token_bytes"] = analysis::median(each);
        generation["pss_per_token_each"] = each; // one per generation whose decode window held three samples
    } else
        generation["pss_per_token_reason"] =
            memoryTMs.empty()
                ? "this run's process memory was not sampled"
                : "no decode window held three memory samples (generations shorter than the sampler's interval)";
    if (!heapPerToken
             .empty()) // performance.memory before and after each generation, garbage not yet collected included
        generation["js_heap_per_token_bytes"] = analysis::median(heapPerToken);
}

} // namespace inferscope::engine
