#include "core/engine/record_sections.h"

namespace inferscope::engine {

std::pair<std::string, std::string> recordedOutcome(const nlohmann::json &meta)
{
    const auto text = [&meta](const char *key, const char *otherwise) {
        const auto it = meta.find(key);
        return it != meta.end() && it->is_string() ? it->get<std::string>() : std::string(otherwise);
    };
    return {text("status", "failed"), text("error", "")};
}

std::optional<PredictionPhase> predictionPhaseOf(const nlohmann::json &meta)
{
    const auto phases = meta.find("phases");
    if (phases == meta.end() || !phases->is_object() || !phases->contains("prediction"))
        return std::nullopt;
    const auto &p = (*phases)["prediction"];
    const auto number = [&p](const char *key) {
        const auto it = p.is_object() ? p.find(key) : p.end();
        return it != p.end() && it->is_number() ? it->get<double>() : 0.0;
    };
    return PredictionPhase{number("t"), number("ms"), number("count")};
}

nlohmann::json &generationOf(nlohmann::json &meta)
{
    auto &generation = meta["generation"];
    if (!generation.is_object())
        generation = nlohmann::json::object();
    return generation;
}

bool generationSummarized(const nlohmann::json &generation)
{
    return generation.contains("available");
}

nlohmann::json videoClipOf(const nlohmann::json &meta)
{
    const auto video = meta.find("video");
    return video != meta.end() && video->is_object() ? video->value("clip", nlohmann::json()) : nlohmann::json();
}

} // namespace inferscope::engine
