#pragma once
// The sections of a run's record that the page (or the native runner) reported, as the engine reads them back:
// the page protocol delivers them as JSON and they are stored as delivered (docs/BUNDLE_FORMAT.md), so these named
// accessors in record_sections_json.cpp are the one place their keys are spelled for the engine.

#include "core/engine/memory_timeline.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>

namespace inferscope::engine {

/// The status and error a finished record carries (the native runner's): "failed" when it names none.
std::pair<std::string, std::string> recordedOutcome(const nlohmann::json &meta);
/// The page's prediction phase (`phases.prediction`: {t, ms, count}); none when it reported none.
std::optional<PredictionPhase> predictionPhaseOf(const nlohmann::json &meta);
/// The generation section (made an object when absent): the setting, then the page's runs and their summary.
nlohmann::json &generationOf(nlohmann::json &meta);
/// Whether summarizeGeneration has already written its summary into `generation`.
bool generationSummarized(const nlohmann::json &generation);
/// The clip the page made for the video workload (`video.clip`), or null.
nlohmann::json videoClipOf(const nlohmann::json &meta);

} // namespace inferscope::engine
