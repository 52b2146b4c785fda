#pragma once
// Which generation a run's cell performs ("g64x128": prompt and new tokens), or "" for one-shot inference:
// a decoder's generation cells compare with native cells that generate the same way, never with its
// one-shot (prefill) cells.

#include <nlohmann/json.hpp>
#include <string>

namespace inferscope::results {

inline std::string generationTag(const nlohmann::json &meta)
{
    const auto g = meta.find("generation");
    if (g == meta.end() || !g->is_object())
        return {};
    return "g" + std::to_string(g->value("prompt_tokens", 0)) + "x" + std::to_string(g->value("new_tokens", 0));
}

} // namespace inferscope::results
