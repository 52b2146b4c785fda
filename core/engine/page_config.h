#pragma once
// The cell's fields of a record and the generation setting (page_config_json.cpp; the page's whole configuration is
// ActiveRun::pageConfig).

#include "core/engine/native_runner.h"
#include "core/experiment/plan.h"
#include "core/zoo/catalog.h"

#include <cstdint>
#include <nlohmann/json.hpp>

namespace inferscope::engine {

/// The cell a record belongs to, as its first fields (model, runtime, backend, ..., cell key, repetition).
nlohmann::json cellFields(const experiment::Run &run);
/// What a generation cell asks of the page and the native runner: prompt and new tokens, generations, the seed and
/// the vocabulary the prompt is drawn from (the upper bound of `input_ids`' generator).
GenerationSetting generationSetting(const experiment::Generation &g, std::uint64_t seed, const zoo::ModelEntry *model);
/// {prompt_tokens, new_tokens, generations, seed, vocab}: the page's `generation`.
nlohmann::json toJson(const GenerationSetting &g);

} // namespace inferscope::engine
