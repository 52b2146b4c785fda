#include "core/results/cell_config.h"
#include "core/results/generation_tag.h"

namespace inferscope::results {
namespace {

std::string text(const nlohmann::json &meta, const char *key, std::string fallback = {})
{
    const auto it = meta.find(key);
    return it != meta.end() && it->is_string() ? it->get<std::string>() : fallback;
}

} // namespace

CellConfig cellConfigOf(const nlohmann::json &meta, const std::string &runId)
{
    CellConfig c;
    if (!meta.is_object())
        return c;
    c.key = text(meta, "cell", runId);
    c.model = text(meta, "model");
    c.runtime = text(meta, "runtime");
    c.backend = text(meta, "backend");
    c.browser = text(meta, "browser");
    c.placement = text(meta, "placement");
    c.harness = text(meta, "harness", "full");
    c.workload = text(meta, "workload", "none");
    if (const auto t = meta.find("threads"); t != meta.end() && t->is_number_integer())
        c.threads = t->get<int>();
    if (const auto s = meta.find("simd"); s != meta.end() && s->is_boolean())
        c.simd = s->get<bool>();
    if (const auto v = meta.find("runtime_version"); v != meta.end() && v->is_string())
        c.runtimeVersion = v->get<std::string>();
    c.generation = generationTag(meta);
    c.browserKind = experiment::parseBrowserKind(c.browser);
    c.backendKind = experiment::parseBackend(c.backend);
    c.placementKind = experiment::parsePlacement(c.placement);
    c.workloadKind = experiment::parseWorkload(c.workload);
    // Native records from before the runtime was recorded were ONNX Runtime's (PyTorch came later and says so).
    c.runtimeKind =
        c.runtime.empty() && c.isNative() ? experiment::Runtime::OnnxRuntimeNode : experiment::parseRuntime(c.runtime);
    return c;
}

} // namespace inferscope::results
