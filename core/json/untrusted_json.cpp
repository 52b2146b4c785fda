#include "core/json/untrusted_json.h"

#include <set>
#include <vector>

namespace inferscope::untrusted {
namespace {
using nlohmann::json;

/// Checks structure only; builds nothing. Returns false (stops the parse) at the first problem.
class Validator : public nlohmann::json_sax<json> {
public:
    explicit Validator(const Limits &limits) : m_limits(limits) {}
    std::string problem;

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t &) override { return true; }
    bool string(string_t &) override { return true; }
    bool binary(binary_t &) override { return true; }
    bool start_object(std::size_t) override { return open(true); }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(false); }
    bool end_array() override { return close(); }
    bool key(string_t &key) override
    {
        if (m_limits.allowDuplicateKeys)
            return true;
        if (!m_keys.back().insert(key).second) {
            problem = "the key \"" + key + "\" appears twice in one object";
            return false;
        }
        return true;
    }
    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &e) override
    {
        // nlohmann's message already says where ("syntax error while parsing value - ... at line 1, column 5").
        const std::string what = e.what();
        const auto colon = what.find("] ");
        problem = "not valid JSON (byte " + std::to_string(position) +
                  "): " + (colon == std::string::npos ? what : what.substr(colon + 2));
        return false;
    }

private:
    bool open(bool object)
    {
        if (m_keys.size() >= m_limits.maxDepth) {
            problem = "nested deeper than " + std::to_string(m_limits.maxDepth) + " levels";
            return false;
        }
        m_keys.emplace_back();
        (void)object;
        return true;
    }
    bool close()
    {
        m_keys.pop_back();
        return true;
    }
    const Limits &m_limits;
    std::vector<std::set<std::string>> m_keys; // one key set per open container (arrays keep an empty one)
};
} // namespace

json parseUntrusted(std::string_view text, const Limits &limits)
{
    Validator validator(limits);
    const bool ok = json::sax_parse(text.begin(), text.end(), &validator, json::input_format_t::json, true);
    if (!ok)
        throw UntrustedJsonError(validator.problem.empty() ? std::string("not valid JSON") : validator.problem);
    // Valid and bounded: the DOM parse cannot fail now.
    return json::parse(text.begin(), text.end());
}

json parseUntrustedOrDiscard(std::string_view text, std::string *why, const Limits &limits)
{
    try {
        return parseUntrusted(text, limits);
    } catch (const UntrustedJsonError &e) {
        if (why)
            *why = e.what();
        return json(json::value_t::discarded);
    }
}

std::string shownText(std::string_view text, std::size_t maxChars)
{
    std::size_t end = std::min(text.size(), maxChars);
    while (end < text.size() && end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end; // not inside a UTF-8 sequence
    std::string out;
    for (std::size_t i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 || c == 0x7F) {
            static const char hex[] = "0123456789abcdef";
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 15];
        } else {
            out += static_cast<char>(c);
        }
    }
    if (end < text.size())
        out += "... (" + std::to_string(text.size()) + " bytes)";
    return out;
}

std::string describeType(const json &value)
{
    switch (value.type()) {
    case json::value_t::null:
        return "null";
    case json::value_t::object:
        return "an object";
    case json::value_t::array:
        return "an array";
    case json::value_t::string:
        return "a string";
    case json::value_t::boolean:
        return "a boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
        return "an integer";
    case json::value_t::number_float:
        return "a number";
    case json::value_t::binary:
        return "binary data";
    case json::value_t::discarded:
        return "nothing";
    }
    return "a value";
}

} // namespace inferscope::untrusted
