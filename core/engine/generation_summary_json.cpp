// A run's generations at the record's edge: the runs as reported (meta.generation.runs) and the summary beside them
// (docs/BUNDLE_FORMAT.md).
#include "core/engine/generation_summary.h"

#include "core/analysis/descriptive.h"

namespace inferscope::engine {
namespace {
double numberOr(const nlohmann::json &j, const char *key, double otherwise)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_number() ? it->get<double>() : otherwise;
}

std::optional<double> optionalNumber(const nlohmann::json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_number() ? std::optional<double>(it->get<double>()) : std::nullopt;
}
} // namespace

std::vector<ReportedGeneration> reportedGenerations(const nlohmann::json &generation)
{
    std::vector<ReportedGeneration> out;
    const auto runs = generation.is_object() ? generation.find("runs") : generation.end();
    if (runs == generation.end() || !runs->is_array())
        return out;
    for (const auto &r : *runs) {
        if (!r.is_object())
            continue;
        ReportedGeneration g;
        if (const auto tokens = r.find("tokens"); tokens != r.end() && tokens->is_array())
            for (const auto &t : *tokens)
                g.tokens.push_back(t.is_number() ? t.get<int>() : -1);
        g.ttftMs = numberOr(r, "ttft_ms", 0.0);
        g.decodeMsTotal = numberOr(r, "decode_ms_total", 0.0);
        g.startT = numberOr(r, "start_t", 0.0);
        g.endT = numberOr(r, "end_t", 0.0);
        g.heapBefore = optionalNumber(r, "heap_before");
        g.heapAfter = optionalNumber(r, "heap_after");
        out.push_back(std::move(g));
    }
    return out;
}

void writeGenerationSummary(const GenerationSummary &s, nlohmann::json &generation)
{
    if (!s.available) {
        generation["available"] = false;
        generation["reason"] = s.reason;
        return;
    }
    generation["available"] = true;
    generation["ttft_ms"] = s.ttftMs;
    generation["ttft_ms_each"] = s.ttftEach;
    generation["tokens"] = s.tokens;
    generation["deterministic"] = s.deterministic;
    if (s.decodeMsMedian) {
        generation["decode_ms_median"] = *s.decodeMsMedian;
        generation["decode_ms_p95"] = *s.decodeMsP95;
        generation["tokens_per_s"] = *s.tokensPerS;
    }
    generation["e2e_tokens_per_s"] = s.e2eTokensPerS;
    if (!s.pssPerTokenEach.empty()) {
        generation["pss_per_token_bytes"] = analysis::median(s.pssPerTokenEach);
        generation["pss_per_token_each"] = s.pssPerTokenEach;
    } else {
        generation["pss_per_token_reason"] = s.pssPerTokenReason;
    }
    if (s.jsHeapPerTokenBytes)
        generation["js_heap_per_token_bytes"] = *s.jsHeapPerTokenBytes;
}

} // namespace inferscope::engine
