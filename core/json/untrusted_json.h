#pragma once
// JSON from outside the process, parsed with limits. nlohmann's parser itself is iterative, but a
// document nested 100,000 deep overflows the stack later (copying, dumping, comparing are recursive),
// and a duplicate key silently keeps one of two values: a plan with `"samples"` twice would run the
// one the user did not mean. So every untrusted document goes through one validating SAX pass first.

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace inferscope::untrusted {

class UntrustedJsonError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct Limits {
    std::size_t maxDepth = 64;       ///< arrays and objects nested deeper than this are refused
    bool allowDuplicateKeys = false; ///< an object naming a key twice is refused
};

/// Parses `text`; throws UntrustedJsonError ("not valid JSON at byte 12: ...", "nested deeper than 64
/// levels at byte 3000", "the key \"samples\" appears twice in one object") on anything else.
nlohmann::json parseUntrusted(std::string_view text, const Limits &limits = {});

/// The same, returning a discarded value instead of throwing (for callers that only need yes/no);
/// `why`, when given, receives the reason.
nlohmann::json parseUntrustedOrDiscard(std::string_view text, std::string *why = nullptr, const Limits &limits = {});

/// A text from outside as a message may show it: at most `maxChars` bytes (cut at a UTF-8 boundary, "... (N
/// bytes)" after), control characters as \xNN. A 100 KB value or a raw NUL never reaches a terminal.
std::string shownText(std::string_view text, std::size_t maxChars = 80);

/// A short name of a JSON value's type for messages: "a string", "a number", "an object", ...
std::string describeType(const nlohmann::json &value);

} // namespace inferscope::untrusted
