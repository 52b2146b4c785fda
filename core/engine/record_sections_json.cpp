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

const nlohmann::json &phasesOf(const nlohmann::json &meta)
{
    static const nlohmann::json none;
    const auto it = meta.find("phases");
    return it != meta.end() ? *it : none;
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
