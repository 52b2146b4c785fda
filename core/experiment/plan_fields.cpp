#include "core/experiment/plan_fields.h"

#include "core/json/untrusted_json.h"

#include <algorithm>
#include <limits>

namespace inferscope::experiment {
namespace {
using nlohmann::json;

std::string typeName(const json &v)
{
    return untrusted::describeType(v);
}

std::string quoted(const std::vector<std::string> &values)
{
    std::string out;
    for (std::size_t i = 0; i < values.size(); ++i)
        out += (i == 0 ? "" : i + 1 == values.size() ? " or " : ", ") + values[i];
    return out;
}

/// The integer value of `v` when it is one within [min, max]; no narrowing surprises (2^32+1 is not 1).
bool integerIn(const json &v, std::int64_t min, std::int64_t max, std::int64_t &out)
{
    if (v.is_number_unsigned()) {
        const auto u = v.get<std::uint64_t>();
        if (u > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
            return false;
        out = static_cast<std::int64_t>(u);
    } else if (v.is_number_integer()) {
        out = v.get<std::int64_t>();
    } else {
        return false;
    }
    return out >= min && out <= max;
}
} // namespace

std::size_t editDistance(const std::string &a, const std::string &b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

PlanFields::PlanFields(const json &object, std::string where) : m_object(object), m_where(std::move(where))
{
    if (!object.is_object())
        throw PlanError("plan: " + (m_where.empty() ? std::string("the plan") : m_where) +
                        " must be a JSON object, not " + typeName(object));
}

std::string PlanFields::path(const char *key) const
{
    return m_where.empty() ? std::string(key) : m_where + "." + key;
}

void PlanFields::fail(const std::string &key, const std::string &message) const
{
    throw PlanError("plan: \"" + (m_where.empty() ? key : m_where + "." + key) + "\" " + message);
}

bool PlanFields::has(const char *key) const
{
    return m_object.contains(key);
}

const json *PlanFields::raw(const char *key)
{
    m_read.insert(key);
    const auto it = m_object.find(key);
    return it == m_object.end() ? nullptr : &*it;
}

std::string PlanFields::string(const char *key, const std::string &fallback)
{
    const json *v = raw(key);
    if (!v)
        return fallback;
    if (!v->is_string())
        fail(key, "must be a string, not " + typeName(*v));
    return v->get<std::string>();
}

std::string PlanFields::choice(const char *key, const std::string &fallback, const std::vector<std::string> &allowed)
{
    const std::string value = string(key, fallback);
    if (std::find(allowed.begin(), allowed.end(), value) == allowed.end())
        fail(key, "is \"" + untrusted::shownText(value) + "\"; it must be " + quoted(allowed));
    return value;
}

bool PlanFields::boolean(const char *key, bool fallback)
{
    const json *v = raw(key);
    if (!v)
        return fallback;
    if (!v->is_boolean())
        fail(key, "must be true or false, not " + typeName(*v));
    return v->get<bool>();
}

std::int64_t PlanFields::integer(const char *key, std::int64_t fallback, std::int64_t min, std::int64_t max)
{
    const json *v = raw(key);
    if (!v)
        return fallback;
    std::int64_t out = 0;
    if (!integerIn(*v, min, max, out))
        fail(key, "must be an integer from " + std::to_string(min) + " to " + std::to_string(max) + ", not " +
                      (v->is_number() ? v->dump() : typeName(*v)));
    return out;
}

std::uint64_t PlanFields::unsignedInteger(const char *key, std::uint64_t fallback)
{
    const json *v = raw(key);
    if (!v)
        return fallback;
    if (v->is_number_unsigned())
        return v->get<std::uint64_t>();
    if (v->is_number_integer() && v->get<std::int64_t>() >= 0)
        return static_cast<std::uint64_t>(v->get<std::int64_t>());
    fail(key, "must be a non-negative integer, not " + (v->is_number() ? v->dump() : typeName(*v)));
}

json PlanFields::valueOrList(const char *key, const json &v, bool single, const char *expected,
                             std::size_t maxCount) const
{
    if (!single && !v.is_array())
        fail(key, std::string("must be ") + expected + ", not " + typeName(v));
    json list = v.is_array() ? v : json::array({v});
    if (list.empty())
        fail(key, "must not be an empty list");
    if (list.size() > maxCount)
        fail(key,
             "holds " + std::to_string(list.size()) + " values; at most " + std::to_string(maxCount) + " are allowed");
    return list;
}

std::vector<std::string> PlanFields::strings(const char *key, const std::vector<std::string> &fallback,
                                             std::size_t maxCount, const std::vector<std::string> &allowed)
{
    const json *v = raw(key);
    if (!v)
        return fallback;
    const json list = valueOrList(key, *v, v->is_string(), "a string or a list of strings", maxCount);
    std::vector<std::string> out;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string at = std::string(key) + "[" + std::to_string(i) + "]";
        if (!list[i].is_string())
            fail(at, "must be a string, not " + typeName(list[i]));
        const auto s = list[i].get<std::string>();
        if (!allowed.empty() && std::find(allowed.begin(), allowed.end(), s) == allowed.end())
            fail(at, "is \"" + untrusted::shownText(s) + "\"; it must be " + quoted(allowed));
        if (std::find(out.begin(), out.end(), s) != out.end())
            fail(at, "names \"" + untrusted::shownText(s) + "\" a second time");
        out.push_back(s);
    }
    return out;
}

std::vector<int> PlanFields::integers(const char *key, const std::vector<int> &fallback, int min, int max,
                                      std::size_t maxCount)
{
    const json *v = raw(key);
    if (!v)
        return fallback;
    const json list = valueOrList(key, *v, v->is_number(), "an integer or a list of integers", maxCount);
    std::vector<int> out;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string at = v->is_array() ? std::string(key) + "[" + std::to_string(i) + "]" : std::string(key);
        std::int64_t n = 0;
        if (!integerIn(list[i], min, max, n))
            fail(at, "must be an integer from " + std::to_string(min) + " to " + std::to_string(max) + ", not " +
                         (list[i].is_number() ? list[i].dump() : typeName(list[i])));
        if (std::find(out.begin(), out.end(), static_cast<int>(n)) != out.end())
            fail(at, "names " + std::to_string(n) + " a second time");
        out.push_back(static_cast<int>(n));
    }
    return out;
}

std::vector<bool> PlanFields::booleans(const char *key, const std::vector<bool> &fallback)
{
    const json *v = raw(key);
    if (!v)
        return fallback;
    const json list =
        valueOrList(key, *v, v->is_boolean(), "true, false or a list of them", std::numeric_limits<std::size_t>::max());
    std::vector<bool> out;
    for (const auto &b : list) {
        if (!b.is_boolean())
            fail(key, "must be true, false or a list of them, not " + typeName(b));
        if (std::find(out.begin(), out.end(), b.get<bool>()) != out.end())
            fail(key, "names the same value twice");
        out.push_back(b.get<bool>());
    }
    return out;
}

void PlanFields::finish() const
{
    static const std::vector<std::string> none;
    for (const auto &[key, value] : m_object.items()) {
        (void)value;
        if (m_read.contains(key))
            continue;
        std::string nearest;
        std::size_t best = 3; // at most two edits away counts as a typo
        for (const auto &known : m_read) {
            const std::size_t d = editDistance(key, known);
            if (d < best) {
                best = d;
                nearest = known;
            }
        }
        throw PlanError("plan: unknown field \"" + untrusted::shownText(path(key.c_str())) + "\"" +
                        (nearest.empty() ? std::string() : " (did you mean \"" + nearest + "\"?)") +
                        "; docs/PLAN_FORMAT.md lists the fields");
    }
}

} // namespace inferscope::experiment
