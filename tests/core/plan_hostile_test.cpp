// A table of hostile or mistaken plans (issue 13): each must be refused with an error that names the
// field, and parsing is all that happens (nothing is started before a plan parses).

#include "core/experiment/plan.h"
#include "core/experiment/plan_fields.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace inferscope::experiment;
using nlohmann::json;

namespace {
std::string formatOf(const std::string &id)
{
    if (id == "movenet")
        return "tfjs";
    if (id == "mobilenetv2" || id == "resnet50" || id.starts_with("onnx"))
        return "onnx";
    return "";
}

json base()
{
    return json::parse(R"({"name": "h", "models": ["mobilenetv2"], "configurations": [{"runtime": "ort-web"}]})");
}

/// `base()` with `value` set at `path` (a JSON pointer).
std::string with(const std::string &path, const json &value)
{
    json j = base();
    j[json::json_pointer(path)] = value;
    return j.dump();
}

struct Case {
    std::string text;
    std::string mustMention; ///< the field (or the reason) the message names
};

std::vector<Case> hostilePlans()
{
    std::vector<Case> cases;
    // Wrong types, generated per field: every value that is not of the field's type.
    const json strings = json::array({5, 1.5, true, nullptr, json::object(), json::array({1})});
    const json integers = json::array(
        {"5", 1.5, -1, 0, true, nullptr, json::object(), json::array(), 4294967297ull, 18446744073709551615ull});
    const json booleans = json::array({"true", 1, nullptr, json::object()});
    for (const char *field : {"/name", "/grid", "/serve_address", "/serve_host", "/description"})
        for (const auto &v : strings)
            cases.push_back({with(field, v), std::string(field + 1)});
    for (const char *field : {"/repetitions", "/grid_parallel", "/policy/min_warmup_ms", "/policy/max_warmup_ms",
                              "/policy/samples", "/policy/max_sample_ms", "/policy/timeout_ms",
                              "/responsiveness/input_hz", "/responsiveness/idle_ms", "/configurations/0/threads"}) {
        std::string name = std::string(field + 1);
        for (auto &c : name)
            if (c == '/')
                c = '.';
        if (name.starts_with("configurations.0"))
            name = "configurations[0].threads";
        for (const auto &v : integers) {
            if (v == 0 && (name == "policy.min_warmup_ms" || name == "policy.max_warmup_ms"))
                continue; // 0 ms of warm-up is allowed
            if (v.is_array() && name == "configurations[0].threads")
                continue; // [] is covered below with its own message
            if (v.is_object() && name == "repetitions")
                continue; // an object is adaptive repetitions ({} takes their defaults): its fields are covered below
            cases.push_back({with(field, v), name});
        }
    }
    for (const char *field : {"/native", "/trace", "/responsiveness/enabled", "/responsiveness/frames",
                              "/configurations/0/responsiveness", "/configurations/0/simd"}) {
        std::string name = std::string(field + 1);
        for (auto &c : name)
            if (c == '/')
                c = '.';
        if (name.starts_with("configurations.0."))
            name = "configurations[0]." + name.substr(17);
        for (const auto &v : booleans)
            cases.push_back({with(field, v), name});
    }
    for (const char *field : {"/models", "/browsers", "/configurations/0/placements", "/configurations/0/workloads"})
        for (const json &v :
             {json(5), json(nullptr), json::object(), json::array(), json::array({1}), json::array({"x", 2})}) {
            std::string name = std::string(field + 1);
            if (name.starts_with("configurations/0/"))
                name = "configurations[0]." + name.substr(17);
            cases.push_back({with(field, v), name});
        }
    // Out of range, mistaken and hostile values.
    const std::vector<Case> hand{
        {with("/repetitions", 1000000), "repetitions"},
        {with("/repetitions", json::array()), "repetitions"},
        {with("/repetitions", json{{"min", "3"}}), "repetitions.min"},
        {with("/repetitions", json{{"min", 3}, {"max", 1000000}}), "repetitions.max"},
        {with("/repetitions", json{{"min", 5}, {"max", 4}}), "repetitions.max"},
        {with("/repetitions", json{{"ci_percent", 0}}), "repetitions.ci_percent"},
        {with("/repetitions", json{{"ci_percent", 1e300}}), "repetitions.ci_percent"},
        {with("/repetitions", json{{"minimum", 3}}), "minimum"},
        {with("/policy/samples", 4294967297ull), "policy.samples"},
        {with("/policy/timeout_ms", 10), "policy.timeout_ms"},
        {with("/policy/max_warmup_ms", 10), "policy.max_warmup_ms"},
        {with("/policy", "fast"), "policy"},
        {with("/policy", json::array()), "policy"},
        {with("/policy/sample", 10), "did you mean \"samples\""},
        {with("/policy/Samples", 10), "policy.Samples"},
        {with("/responsiveness/input_hz", 1000), "responsiveness.input_hz"},
        {with("/responsiveness", "yes"), "responsiveness"},
        {with("/responsiveness/idle", 5), "responsiveness.idle"},
        {with("/configurations/0/threads", 100000), "configurations[0].threads"},
        {with("/configurations/0/threads", json::array()), "configurations[0].threads"},
        {with("/configurations/0/threads", json::array({1, 1})), "configurations[0].threads[1]"},
        {with("/configurations/0/thread", 2), "did you mean \"threads\""},
        {with("/configurations/0/runtime", "onnx"), "configurations[0].runtime"},
        {with("/configurations/0/runtime", 5), "configurations[0].runtime"},
        {with("/configurations/0/backend", "cuda"), "configurations[0].backend"},
        {with("/configurations/0/backend", "cpu"), "configurations[0].backend"},
        {with("/configurations/0/harness", "tiny"), "configurations[0].harness"},
        {with("/configurations/0/placements", json::array({"gpu"})), "configurations[0].placements[0]"},
        {with("/configurations/0/workloads", json::array({"webcam"})), "configurations[0].workloads[0]"},
        {with("/configurations/0/simd", json::array()), "configurations[0].simd"},
        {with("/configurations/0/simd", json::array({true, true})), "configurations[0].simd"},
        {std::string(
             R"({"name":"h","models":["mobilenetv2"],"configurations":[{"runtime":"ort-web","backend":"webgl","simd":false}]})"),
         "configurations[0].simd"},
        {R"({"name":"h","models":["mobilenetv2"],"configurations":[{"backend":"wasm"}]})", "configurations[0].runtime"},
        {R"({"name":"h","models":["mobilenetv2"],"configurations":[5]})", "configurations[0]"},
        {R"({"name":"h","models":["mobilenetv2"],"configurations":{"runtime":"ort-web"}})", "configurations"},
        {R"({"name":"h","models":["mobilenetv2"],"configurations":[{"runtime":"ort-web","harness":"minimal","workloads":["gui"]}]})",
         "configurations[0].workloads"},
        {R"({"name":"h","models":["mobilenetv2"],"configurations":[{"runtime":"ort-web"},{"runtime":"ort-web"}]})",
         "configurations[1]"},
        {with("/name", "../../x"), "name"},
        {with("/name", "/etc/passwd"), "name"},
        {with("/name", ".hidden"), "name"},
        {with("/name", ""), "name"},
        {with("/name", std::string(500, 'a')), "name"},
        {with("/name", "a\nb"), "name"},
        {with("/seed", -1), "seed"},
        {with("/seed", "42"), "seed"},
        {with("/seed", 1.5), "seed"},
        {with("/models", json::array({"mobilenetv2", "mobilenetv2"})), "models[1]"},
        {with("/models", json::array({"nope"})), "\"nope\" is not in the zoo"},
        {with("/models", json::array({"mobilenetv2", "../etc"})), "\"../etc\" is not in the zoo"},
        {with("/browsers", json::array({"safari"})), "browsers[0]"},
        {with("/browsers", json::array({"chromium", "chromium"})), "browsers[1]"},
        {with("/browsers", json::array({"grid"})), "\"grid\""},
        {with("/grid_parallel", 100000), "grid_parallel"},
        {with("/serve_address", "::"), "serve_host"},
        {with("/serve_address", "0.0.0.0"), "serve_host"},
        {with("/serve_address", "10.0.0.5"), "serve_host"},
        {with("/serve_address", "localhost"), "serve_address"},
        {with("/serve_address", "127.0.0.1; rm -rf /"), "serve_address"},
        {with("/serve_host", "evil.example/path?x="), "serve_host"},
        {with("/serve_host", ""), "serve_host"},
        {with("/sampels", 5), "unknown field \"sampels\""},
        {with("/Models", json::array({"mobilenetv2"})), "did you mean \"models\""},
        {with("/__proto__", json::object()), "__proto__"},
        {R"({"name":"a","name":"b","models":["mobilenetv2"],"configurations":[{"runtime":"ort-web"}]})",
         "\"name\" appears twice"},
        {R"({"name":"h","models":["mobilenetv2"],"configurations":[{"runtime":"ort-web","threads":1,"threads":8}]})",
         "\"threads\" appears twice"},
        {R"({"name":"h","models":["mobilenetv2"],"policy":{"samples":10,"samples":100000},"configurations":[{"runtime":"ort-web"}]})",
         "\"samples\" appears twice"},
        {"[]", "must be a JSON object"},
        {"\"plan\"", "must be a JSON object"},
        {"null", "must be a JSON object"},
        {"", "not valid JSON"},
        {"{", "not valid JSON"},
        {R"({"name": "h", "models": ["mobilenetv2"],})", "not valid JSON"},
        {"{\"name\": \"\xff\xfe\"}", "not valid JSON"},
        {std::string(100000, '[') + std::string(100000, ']'), "nested deeper than"},
        {[] {
             std::string deep;
             for (int i = 0; i < 100000; ++i)
                 deep += "{\"a\":";
             return deep + "1" + std::string(100000, '}');
         }(),
         "nested deeper than"},
        {R"({"name":"h","models":[],"configurations":[{"runtime":"ort-web"}]})", "models"},
        {R"({"name":"h","configurations":[{"runtime":"ort-web"}]})", "\"models\" is required"},
        {R"({"name":"h","models":["movenet"],"configurations":[{"runtime":"ort-web"}]})", "no configuration applies"},
        {R"({"name":"h","models":["mobilenetv2"],"repetitions":1000,"configurations":[{"runtime":"ort-web","threads":[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16],"placements":["main","worker"],"workloads":["none","gui","animation"]}]})",
         "runs"},
    };
    cases.insert(cases.end(), hand.begin(), hand.end());
    {
        json many = base();
        many["models"] = json::array();
        for (int i = 0; i < 100000; ++i)
            many["models"].push_back("mobilenetv2");
        cases.push_back({many.dump(), "models"});
    }
    return cases;
}
} // namespace

TEST(PlanHostile, EveryHostilePlanIsRefusedWithTheFieldNamed)
{
    ASSERT_NO_THROW(parsePlanText(base().dump(), formatOf)); // the base itself is fine: each case breaks one thing
    const auto cases = hostilePlans();
    EXPECT_GE(cases.size(), 100u);
    std::size_t refused = 0;
    for (const auto &c : cases) {
        const std::string shown = c.text.size() > 160 ? c.text.substr(0, 160) + "..." : c.text;
        try {
            parsePlanText(c.text, formatOf);
            ADD_FAILURE() << "accepted: " << shown;
        } catch (const PlanError &e) {
            ++refused;
            EXPECT_NE(std::string::npos, std::string(e.what()).find(c.mustMention))
                << "plan: " << shown << "\nerror: " << e.what() << "\nshould mention: " << c.mustMention;
        } catch (const std::exception &e) {
            ADD_FAILURE() << "not a PlanError (" << e.what() << "): " << shown;
        }
    }
    EXPECT_EQ(cases.size(), refused);
    std::printf("%zu hostile plans, %zu refused with a PlanError\n", cases.size(), refused);
}

TEST(PlanHostile, AnErrorShowsAHugeOrControlCharacterValueShortAndEscaped)
{
    // Issue 23: an error echoed a 100 KB value or a raw NUL to the terminal.
    const std::string huge(100000, 'x');
    for (const auto &[pointer, value] : std::vector<std::pair<std::string, nlohmann::json>>{
             {"/browsers", nlohmann::json::array({huge})},
             {"/browsers", nlohmann::json::array({std::string("fire\0fox\x1b[31m", 16)})},
             {"/name", huge},
             {"/serve_address", std::string("1.2.3.4\n\0", 9)},
             {"/" + huge, 1}}) {
        auto plan = base();
        plan[nlohmann::json::json_pointer(pointer)] = value;
        try {
            parsePlanText(plan.dump(), formatOf);
            ADD_FAILURE() << "accepted " << pointer.substr(0, 40);
        } catch (const PlanError &e) {
            const std::string message = e.what();
            EXPECT_LT(message.size(), 600u) << pointer.substr(0, 40);
            EXPECT_EQ(std::string::npos, message.find('\0')) << pointer.substr(0, 40);
            EXPECT_EQ(std::string::npos, message.find('\x1b')) << pointer.substr(0, 40);
            EXPECT_EQ(std::string::npos, message.find('\n')) << pointer.substr(0, 40);
        }
    }
}

TEST(PlanHostile, LoopbackAddressesNeedNoServeHost)
{
    for (const char *address : {"127.0.0.1", "127.0.0.2", "::1"}) {
        const auto plan = parsePlanText(with("/serve_address", address), formatOf);
        EXPECT_EQ(address, plan.serveHost);
    }
    auto j = base();
    j["serve_address"] = "::";
    j["serve_host"] = "workstation.lan";
    EXPECT_EQ("workstation.lan", parsePlan(j, formatOf).serveHost);
}

TEST(PlanHostile, EditDistanceFindsTypos)
{
    EXPECT_EQ(2u, editDistance("sampels", "samples")); // a transposition is two edits
    EXPECT_EQ(0u, editDistance("a", "a"));
    EXPECT_EQ(3u, editDistance("", "abc"));
}
