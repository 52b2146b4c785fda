#include "core/store/run_meta_check.h"

#include "core/json/untrusted_json.h"
#include "core/store/store_error.h"

#include <string>
#include <string_view>
#include <vector>

namespace inferscope::store {
namespace {
using nlohmann::json;

enum class Kind { String, Number, Integer, Boolean, Object, Array, NumberOrNull, StringOrNull };

struct Rule {
    std::string_view path; ///< dot-separated; "*" matches every member of an object or element of an array
    Kind kind;
};

// The fields some reader (summaries, exports, report, GUI) takes with a fixed type. Keep in step with
// docs/BUNDLE_FORMAT.md; the fuzz tests (tests/core/bundle_fuzz.h) changes the type of every field
// of a real record and fails when a reader throws on one that is not listed here.
const std::vector<Rule> kRules{
    {"cell", Kind::String},
    {"model", Kind::String},
    {"runtime", Kind::String},
    {"backend", Kind::String},
    {"browser", Kind::String},
    {"placement", Kind::String},
    {"harness", Kind::String},
    {"workload", Kind::String},
    {"status", Kind::StringOrNull},
    {"error", Kind::StringOrNull},
    {"error_stage", Kind::StringOrNull},
    {"browser_version", Kind::String},
    {"runtime_version", Kind::String},
    {"node", Kind::String},
    {"protocol_problem", Kind::String},
    {"threads", Kind::Integer},
    {"repetition", Kind::Integer},
    {"simd", Kind::Boolean},
    {"wall_ms", Kind::Number},
    {"setup_ms", Kind::Number},
    {"first_ms", Kind::Number},
    {"peak_pss_bytes", Kind::Number},
    {"baseline_pss_bytes", Kind::Number},
    {"page_clock_offset_ms", Kind::Number},
    {"wall_start_ms", Kind::Number},
    {"wall_end_ms", Kind::Number},
    {"session_granted_ms", Kind::Number},
    {"grid_parallelism", Kind::Number},
    {"started_alongside", Kind::Array},
    {"started_alongside.*", Kind::String},
    {"env", Kind::Object},
    {"env.runtime_version", Kind::String},
    {"env.cross_origin_isolated", Kind::Boolean},
    {"memory", Kind::Object},
    {"memory.baseline_pss_bytes", Kind::Number},
    {"memory.peak_pss_bytes", Kind::Number},
    {"outputs", Kind::Object},
    {"outputs.fidelity", Kind::Array},
    {"outputs.fidelity.*", Kind::Object},
    {"outputs.fidelity.*.compared", Kind::Boolean},
    {"outputs.fidelity.*.top1_agrees", Kind::Boolean},
    {"outputs.fidelity.*.top5_contains_reference_top1", Kind::Boolean},
    {"outputs.fidelity.*.max_abs_error", Kind::Number},
    {"outputs.fidelity.*.max_rel_error", Kind::Number},
    {"outputs.fidelity.*.cosine", Kind::Number},
    {"outputs.fidelity.*.top5_overlap", Kind::Number},
    {"responsiveness", Kind::Object},
    {"gui_workload", Kind::Object},
    {"video", Kind::Object},
    {"generation", Kind::Object},
    {"trace", Kind::Object},
    {"phases", Kind::Object},
};

bool matches(const json &v, Kind kind)
{
    switch (kind) {
    case Kind::String:
        return v.is_string();
    case Kind::Number:
        return v.is_number();
    case Kind::Integer:
        return v.is_number_integer();
    case Kind::Boolean:
        return v.is_boolean();
    case Kind::Object:
        return v.is_object();
    case Kind::Array:
        return v.is_array();
    case Kind::NumberOrNull:
        return v.is_number() || v.is_null();
    case Kind::StringOrNull:
        return v.is_string() || v.is_null();
    }
    return false;
}

const char *kindName(Kind kind)
{
    switch (kind) {
    case Kind::String:
        return "a string";
    case Kind::Number:
        return "a number";
    case Kind::Integer:
        return "an integer";
    case Kind::Boolean:
        return "true or false";
    case Kind::Object:
        return "an object";
    case Kind::Array:
        return "an array";
    case Kind::NumberOrNull:
        return "a number or null";
    case Kind::StringOrNull:
        return "a string or null";
    }
    return "?";
}

// The manifest fields the report and the study comparison read.
const std::vector<Rule> kManifestRules{
    {"plan", Kind::Object},        {"plan.name", Kind::String},   {"plan.description", Kind::String},
    {"plan.policy", Kind::Object}, {"machine", Kind::Object},     {"inferscope_version", Kind::String},
    {"created_utc", Kind::String}, {"planned_runs", Kind::Array}, {"planned_runs.*", Kind::String},
};

/// Applies `rule` to every value its path reaches from `node`; `at` is the path walked so far.
void check(const json &node, std::string_view rest, const std::string &at, const Rule &rule, StoreErrc code,
           const char *what)
{
    if (rest.empty()) {
        if (!matches(node, rule.kind))
            throw StoreError(code, std::string(what) + " field " + at + " is " + untrusted::describeType(node) +
                                       "; it must be " + kindName(rule.kind));
        return;
    }
    const auto dot = rest.find('.');
    const std::string_view part = rest.substr(0, dot);
    const std::string_view next = dot == std::string_view::npos ? std::string_view() : rest.substr(dot + 1);
    if (part == "*") {
        if (node.is_array()) {
            for (std::size_t i = 0; i < node.size(); ++i)
                check(node[i], next, at + "[" + std::to_string(i) + "]", rule, code, what);
        } else if (node.is_object()) {
            for (const auto &[key, value] : node.items())
                check(value, next, at + "." + key, rule, code, what);
        }
        return;
    }
    if (!node.is_object())
        return; // the parent's own rule reports a wrong container type
    const auto it = node.find(std::string(part));
    if (it != node.end())
        check(*it, next, at.empty() ? std::string(part) : at + "." + std::string(part), rule, code, what);
}
} // namespace

void checkRunIdentity(const std::string &runId, const json &meta)
{
    const auto cell = meta.find("cell");
    if (cell == meta.end() || !cell->is_string())
        return;
    const std::string &key = cell->get_ref<const std::string &>();
    const std::string prefix = key + "_r";
    const bool repetitionSuffix = runId.size() > prefix.size() && runId.compare(0, prefix.size(), prefix) == 0 &&
                                  runId.find_first_not_of("0123456789", prefix.size()) == std::string::npos;
    if (!repetitionSuffix)
        throw StoreError(StoreErrc::Corrupted, "the run id " + untrusted::shownText(runId) +
                                                   " is not a repetition of its cell " + untrusted::shownText(key));
    if (const auto model = meta.find("model");
        model != meta.end() && model->is_string() && !key.starts_with(model->get_ref<const std::string &>() + "_"))
        throw StoreError(StoreErrc::Corrupted, "the model " + untrusted::shownText(model->get<std::string>()) +
                                                   " contradicts the record's cell " + untrusted::shownText(key));
}

void checkRunMeta(const json &meta)
{
    for (const auto &rule : kRules)
        check(meta, rule.path, "", rule, StoreErrc::Corrupted, "metadata");
}

void checkManifestFields(const json &manifest)
{
    for (const auto &rule : kManifestRules)
        check(manifest, rule.path, "", rule, StoreErrc::BadManifest, "manifest");
}

} // namespace inferscope::store
