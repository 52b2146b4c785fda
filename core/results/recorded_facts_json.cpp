#include "core/results/recorded_facts.h"

namespace inferscope::results {
namespace {
using nlohmann::json;

std::string textOr(const json &j, const char *key, const std::string &otherwise)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : otherwise;
}

double numberOf(const json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_number() ? it->get<double>() : std::numeric_limits<double>::quiet_NaN();
}

/// Marked by the page (integer indices: the dtype's name) or declared in the catalog (true).
bool orderDependent(const json &o)
{
    const auto it = o.find("order_dependent");
    return it != o.end() && (it->is_string() || (it->is_boolean() && it->get<bool>()));
}

OutputFidelity outputFidelityOf(const json &o)
{
    OutputFidelity f;
    const auto name = o.find("name"), index = o.find("index");
    f.name = name != o.end() && name->is_string()             ? name->get<std::string>()
             : index != o.end() && index->is_number_integer() ? "#" + std::to_string(index->get<long long>())
                                                              : std::string("?");
    const auto compared = o.find("compared");
    f.compared = compared != o.end() && compared->is_boolean() && compared->get<bool>();
    f.orderDependent = orderDependent(o);
    f.cosine = numberOf(o, "cosine");
    f.maxAbsError = numberOf(o, "max_abs_error");
    f.hasSetOverlap = o.contains("set_overlap");
    f.setOverlap = numberOf(o, "set_overlap");
    if (const auto top1 = o.find("top1_agrees"); top1 != o.end() && top1->is_boolean())
        f.top1Agrees = top1->get<bool>();
    return f;
}
} // namespace

RecordedFacts recordedFactsOf(const json &meta)
{
    RecordedFacts facts;
    if (!meta.is_object())
        return facts;
    facts.model = textOr(meta, "model", "?");
    facts.runtime = textOr(meta, "runtime", "?");
    facts.backend = textOr(meta, "backend", "?");
    facts.browser = textOr(meta, "browser", "?");
    facts.browserVersion = textOr(meta, "browser_version", "");
    if (const auto env = meta.find("env"); env != meta.end() && env->is_object())
        if (const auto v = env->find("runtime_version"); v != env->end() && v->is_string())
            facts.runtimeVersions.push_back(v->get<std::string>());
    if (const auto v = meta.find("runtime_version"); v != meta.end() && v->is_string())
        facts.runtimeVersions.push_back(v->get<std::string>());
    if (const auto probe = meta.find("machine_probe"); probe != meta.end() && probe->is_object())
        facts.machineProbeMs = numberOf(*probe, "ms");
    if (const auto outputs = meta.find("outputs"); outputs != meta.end() && outputs->is_object()) {
        const auto list = outputs->find("fidelity");
        facts.hasFidelity = list == outputs->end() || list->is_array();
        if (list != outputs->end() && list->is_array())
            for (const auto &o : *list)
                if (o.is_object())
                    facts.fidelity.push_back(outputFidelityOf(o));
    }
    return facts;
}

} // namespace inferscope::results
