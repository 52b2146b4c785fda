#include "core/experiment/plan.h"

#include "core/experiment/plan_fields.h"
#include "core/json/untrusted_json.h"

#include <arpa/inet.h>
#include <netinet/in.h>

#include <cstring>

#include <algorithm>
#include <random>
#include <set>
#include <tuple>

namespace inferscope::experiment {
namespace {
using nlohmann::json;

// Ranges that keep a mistaken or hostile plan from starting what cannot finish (10^6 repetitions,
// 100,000 threads); generous against anything the study did (5 repetitions, 8 threads, 200 samples).
constexpr int kMaxRepetitions = 1000;
constexpr int kMaxThreads = 64;
constexpr std::size_t kMaxModels = 200;
constexpr std::size_t kMaxConfigurations = 200;
constexpr std::size_t kMaxRuns = 50000;
constexpr std::int64_t kHourMs = 3600 * 1000;
constexpr std::size_t kMaxNameLength = 80;
constexpr int kDecoderContext = 512; // decoder-small and decoder-base (models/catalog.json)

const std::vector<std::string> kRuntimes{"ort-web", "tfjs"};
const std::vector<std::string> kBackends{"wasm", "webgl", "webgpu", "webnn", "cpu"};
const std::vector<std::string> kPlacements{"main", "worker"};
const std::vector<std::string> kBrowsers{"qtwebengine", "chromium", "firefox", "grid"};
const std::vector<std::string> kWorkloads{"none", "gui", "animation", "video"};

/// The plan's name becomes the default bundle folder under out/: a file name, never a path.
void checkName(const std::string &name)
{
    const bool safe = !name.empty() && name.size() <= kMaxNameLength && name.front() != '.' && name.front() != ' ' &&
                      name.back() != ' ' && std::all_of(name.begin(), name.end(), [](char c) {
                          return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                                 c == '-' || c == '_' || c == '.' || c == ' ';
                      });
    if (!safe)
        throw PlanError(
            "plan: \"name\" must be 1-" + std::to_string(kMaxNameLength) +
            " letters, digits, spaces, '-', '_' or '.', not starting with '.' (it names the bundle folder), not \"" +
            untrusted::shownText(name) + "\"");
}

/// A numeric IP address; loopback (127.0.0.0/8, ::1) is the default and the only one served without
/// "serve_host", because any other address (0.0.0.0 and :: above all) lets other machines in.
bool isLoopback(const std::string &address, bool &valid)
{
    unsigned char buffer[sizeof(struct in6_addr)];
    if (::inet_pton(AF_INET, address.c_str(), buffer) == 1) {
        valid = true;
        return buffer[0] == 127;
    }
    if (::inet_pton(AF_INET6, address.c_str(), buffer) == 1) {
        valid = true;
        static const unsigned char loopback6[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
        return std::memcmp(buffer, loopback6, 16) == 0;
    }
    valid = false;
    return false;
}

/// A host name or address the browsers put in a URL: no scheme, path, port or spaces.
bool isHostName(const std::string &host)
{
    return !host.empty() && host.size() <= 253 && std::all_of(host.begin(), host.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
               c == ':' || c == '[' || c == ']';
    });
}
} // namespace

std::string Cell::key() const
{
    // "_nosimd" only when SIMD is off: keys (and resumable bundles) of plans without the field stay the same.
    std::string k = model + "_" + runtime + "_" + backend + "_t" + std::to_string(threads) + (simd ? "" : "_nosimd") +
                    "_" + browser + "_" + placement;
    if (harness != "full")
        k += "_" + harness;
    if (workload != "none") // absent for "none": keys (and resumable bundles) of earlier plans stay the same
        k += "_w" + workload;
    if (generation.enabled())
        k += "_g" + std::to_string(generation.promptTokens) + "x" + std::to_string(generation.newTokens);
    if (!runtimeVersion.empty())
        k += "_v" + runtimeVersion;
    return k;
}

std::string Run::id() const
{
    return cell.key() + "_r" + std::to_string(repetition);
}

bool Plan::embeddedNeedsDevTools() const
{
    return std::any_of(cells.begin(), cells.end(),
                       [this](const Cell &c) { return c.browser == "qtwebengine" && (c.responsiveness || trace); });
}

bool embeddedMayNeedDevTools(const json &plan)
{
    if (!plan.is_object())
        return true;
    const auto browsers = plan.find("browsers");
    const bool embedded =
        browsers == plan.end() || (browsers->is_string() && *browsers == "qtwebengine") ||
        (browsers->is_array() && std::find(browsers->begin(), browsers->end(), json("qtwebengine")) != browsers->end());
    if (!embedded)
        return false;
    if (plan.value("trace", json(false)) != json(false))
        return true;
    const auto probe = plan.find("responsiveness");
    if (probe != plan.end() && !(probe->is_boolean() && !probe->get<bool>()) &&
        !(probe->is_object() && probe->value("enabled", json(true)) == json(false)))
        return true;
    const auto configurations = plan.find("configurations");
    if (configurations != plan.end() && configurations->is_array())
        for (const auto &c : *configurations)
            if (c.is_object() && c.value("responsiveness", json(false)) != json(false))
                return true;
    return false;
}

std::vector<Run> Plan::schedule() const
{
    std::vector<Run> runs;
    std::mt19937_64 engine(seed);
    for (int rep = 1; rep <= repetitions; ++rep) {
        std::vector<Run> round;
        for (const auto &cell : cells)
            round.push_back({cell, rep});
        // Fisher-Yates with the portable engine (std::shuffle's use of the engine is unspecified).
        for (std::size_t i = round.size(); i > 1; --i) {
            const std::size_t j = static_cast<std::size_t>(engine() % i);
            std::swap(round[i - 1], round[j]);
        }
        runs.insert(runs.end(), round.begin(), round.end());
    }
    return runs;
}

std::vector<Run> Plan::adaptiveRound(const std::vector<std::pair<Cell, int>> &cellsAndRepetition, int round) const
{
    std::vector<Run> runs;
    for (const auto &[cell, repetition] : cellsAndRepetition)
        runs.push_back({cell, repetition});
    std::mt19937_64 engine(seed ^ (0x9e3779b97f4a7c15ull * static_cast<std::uint64_t>(round)));
    for (std::size_t i = runs.size(); i > 1; --i) {
        const std::size_t j = static_cast<std::size_t>(engine() % i);
        std::swap(runs[i - 1], runs[j]);
    }
    return runs;
}

Plan parsePlan(const json &j, const std::function<std::string(const std::string &)> &formatOf,
               const std::function<bool(const std::string &)> &generates)
{
    PlanFields top(j, "");
    Plan plan;
    plan.source = j;
    top.string("description", "");
    plan.name = top.string("name", "plan");
    checkName(plan.name);
    plan.seed = top.unsignedInteger("seed", plan.seed);
    if (const json *r = top.raw("repetitions"); r && r->is_object()) {
        PlanFields reps(*r, "repetitions");
        plan.repetitions = static_cast<int>(reps.integer("min", 3, 1, kMaxRepetitions));
        plan.maxRepetitions = static_cast<int>(reps.integer("max", std::max(plan.repetitions, 10), 1, kMaxRepetitions));
        plan.ciPercent = static_cast<int>(reps.integer("ci_percent", 5, 1, 100));
        reps.finish();
        if (plan.maxRepetitions < plan.repetitions)
            throw PlanError("plan: \"repetitions.max\" (" + std::to_string(plan.maxRepetitions) +
                            ") is below \"repetitions.min\" (" + std::to_string(plan.repetitions) + ")");
        if (plan.maxRepetitions > plan.repetitions && plan.maxRepetitions < 2)
            throw PlanError("plan: \"repetitions.max\" must be at least 2: an interval over runs needs two of them");
    } else {
        plan.repetitions = static_cast<int>(top.integer("repetitions", 1, 1, kMaxRepetitions));
        plan.maxRepetitions = plan.repetitions;
    }
    plan.models = top.strings("models", {}, kMaxModels);
    if (plan.models.empty())
        throw PlanError("plan: \"models\" is required: the zoo model ids to run (see `inferscope models list`)");

    if (const json *p = top.raw("policy")) {
        PlanFields policy(*p, "policy");
        plan.policy.minWarmupMs =
            static_cast<int>(policy.integer("min_warmup_ms", plan.policy.minWarmupMs, 0, kHourMs));
        plan.policy.maxWarmupMs =
            static_cast<int>(policy.integer("max_warmup_ms", plan.policy.maxWarmupMs, 0, kHourMs));
        if (plan.policy.maxWarmupMs < plan.policy.minWarmupMs)
            throw PlanError("plan: \"policy.max_warmup_ms\" (" + std::to_string(plan.policy.maxWarmupMs) +
                            ") is below \"policy.min_warmup_ms\" (" + std::to_string(plan.policy.minWarmupMs) + ")");
        plan.policy.samples = static_cast<int>(policy.integer("samples", plan.policy.samples, 1, 100000));
        plan.policy.maxSampleMs =
            static_cast<int>(policy.integer("max_sample_ms", plan.policy.maxSampleMs, 1, 6 * kHourMs));
        plan.policy.timeoutMs =
            static_cast<int>(policy.integer("timeout_ms", plan.policy.timeoutMs, 1000, 24 * kHourMs));
        policy.finish();
    }
    if (const json *r = top.raw("responsiveness")) {
        if (r->is_boolean()) {
            plan.responsiveness.enabled = r->get<bool>();
        } else if (r->is_object()) {
            PlanFields probe(*r, "responsiveness");
            plan.responsiveness.enabled = probe.boolean("enabled", true);
            plan.responsiveness.inputHz =
                static_cast<int>(probe.integer("input_hz", plan.responsiveness.inputHz, 1, 100));
            plan.responsiveness.idleMs =
                static_cast<int>(probe.integer("idle_ms", plan.responsiveness.idleMs, 1, 10 * 60 * 1000));
            plan.responsiveness.frames = probe.boolean("frames", true);
            probe.finish();
        } else {
            throw PlanError("plan: \"responsiveness\" must be true, false or an object");
        }
    }
    plan.trace = top.boolean("trace", false);
    plan.profile = top.boolean("profile", false);
    plan.realtimeFrames = top.boolean("realtime", false) ? 60 : 0;

    // "browsers": [] is a native-only plan (the baseline alone, e.g. to compare machines); it must then run natively.
    const auto browsersField = j.find("browsers");
    const bool nativeOnly = browsersField != j.end() && browsersField->is_array() && browsersField->empty();
    if (nativeOnly)
        top.raw("browsers"); // read: not an unknown field
    const auto browsers =
        nativeOnly ? std::vector<std::string>{} : top.strings("browsers", {"qtwebengine"}, kBrowsers.size(), kBrowsers);
    plan.gridUrl = top.string("grid", "");
    plan.gridParallel = static_cast<int>(top.integer("grid_parallel", 0, 1, 256));
    plan.gridBrowserBinary = top.string("grid_browser_binary", "/usr/bin/chromium");
    const bool usesGrid = std::find(browsers.begin(), browsers.end(), "grid") != browsers.end();
    if (usesGrid && !(plan.gridUrl.starts_with("http://") || plan.gridUrl.starts_with("https://")))
        throw PlanError("plan: browser \"grid\" needs \"grid\": the WebDriver endpoint, e.g. http://127.0.0.1:4444");
    // Serving beyond loopback only when the plan asks for it (remote Grid nodes must reach the pages).
    plan.serveAddress = top.string("serve_address", "127.0.0.1");
    bool validAddress = false;
    const bool loopback = isLoopback(plan.serveAddress, validAddress);
    if (!validAddress)
        throw PlanError("plan: \"serve_address\" must be a numeric IPv4 or IPv6 address, not \"" +
                        untrusted::shownText(plan.serveAddress) + "\"");
    plan.serveHost = top.string("serve_host", loopback ? plan.serveAddress : std::string());
    if (plan.serveHost.empty())
        throw PlanError("plan: serving on " + untrusted::shownText(plan.serveAddress) +
                        " (beyond this machine) needs \"serve_host\", the name the Grid's nodes reach this machine by");
    if (!isHostName(plan.serveHost))
        throw PlanError("plan: \"serve_host\" must be a host name or address (letters, digits, '.', '-', ':'), not \"" +
                        untrusted::shownText(plan.serveHost) + "\"");
    // "native": true (ONNX Runtime, the baseline of the slowdown), or the native runtimes to run:
    // ["onnxruntime", "pytorch"] (PyTorch eager and TorchScript on the zoo's generated models).
    std::vector<std::string> nativeRuntimes;
    if (const auto n = j.find("native"); n != j.end() && n->is_boolean())
        nativeRuntimes =
            top.boolean("native", false) ? std::vector<std::string>{"onnxruntime"} : std::vector<std::string>{};
    else
        nativeRuntimes = top.strings("native", {}, 2, {"onnxruntime", "pytorch"});
    const bool native = !nativeRuntimes.empty();
    if (nativeOnly && !native)
        throw PlanError("plan: \"browsers\" is empty and \"native\" is not set: the plan would run nothing (a "
                        "native-only plan sets \"native\": true)");
    const bool nativeOrt =
        std::find(nativeRuntimes.begin(), nativeRuntimes.end(), "onnxruntime") != nativeRuntimes.end();
    const bool nativeTorch = std::find(nativeRuntimes.begin(), nativeRuntimes.end(), "pytorch") != nativeRuntimes.end();

    std::set<int> onnxThreads;
    std::set<std::tuple<int, int, int>> generations; // the native baseline generates the same way
    bool oneShot = false;                            // some configuration infers one-shot: native does too
    std::set<std::string> keys; // a cell is one run id per repetition: the same cell twice would overwrite its runs
    const json *configurationsJson = top.raw("configurations");
    const json configurations = configurationsJson ? *configurationsJson : json::array();
    if (!configurations.is_array())
        throw PlanError("plan: \"configurations\" must be a list of objects");
    if (configurations.size() > kMaxConfigurations)
        throw PlanError("plan: \"configurations\" holds " + std::to_string(configurations.size()) + "; at most " +
                        std::to_string(kMaxConfigurations) + " are allowed");
    top.finish();
    for (std::size_t c = 0; c < configurations.size(); ++c) {
        const std::string where = "configurations[" + std::to_string(c) + "]";
        PlanFields conf(configurations[c], where);
        if (!conf.has("runtime"))
            throw PlanError("plan: \"" + where + ".runtime\" is required: ort-web or tfjs");
        const std::string runtime = conf.choice("runtime", "", kRuntimes);
        const std::string backend = conf.choice("backend", "wasm", kBackends);
        if (runtime == "ort-web" && backend == "cpu")
            throw PlanError("plan: \"" + where +
                            ".backend\" cpu does not exist for ort-web (wasm, webgl, webgpu or webnn)");
        if (runtime == "tfjs" && backend == "webnn")
            throw PlanError("plan: \"" + where +
                            ".backend\" webnn exists for ort-web only (TF.js has no WebNN backend)");
        const auto threads = conf.integers("threads", {1}, 1, kMaxThreads, 16);
        if (nativeOnly &&
            runtime == "ort-web") // no browser cell: the configuration still says which thread counts native runs
            onnxThreads.insert(threads.begin(), threads.end());
        const auto placements = conf.strings("placements", {"main"}, kPlacements.size(), kPlacements);
        const std::string harness = conf.choice("harness", "full", {"full", "minimal", "calibrate"});
        const auto workloads = conf.strings("workloads", {"none"}, kWorkloads.size(), kWorkloads);
        if (harness != "full" && workloads != std::vector<std::string>{"none"})
            throw PlanError("plan: \"" + where + ".workloads\": the " + harness + " harness runs no workload");
        const auto simds = conf.booleans("simd", {true});
        if (backend != "wasm" && simds != std::vector<bool>{true})
            throw PlanError("plan: \"" + where + ".simd\" applies to the wasm backend only");
        // An older pinned ONNX Runtime Web beside the default: 1.17.3 still ships wasm without SIMD and without
        // threads (the study's ablation); it is the runtime the page loads, recorded as runtime_version.
        const std::string runtimeVersion =
            conf.has("runtime_version") ? conf.choice("runtime_version", "", {"1.17"}) : std::string();
        if (!runtimeVersion.empty() && (runtime != "ort-web" || backend != "wasm"))
            throw PlanError(
                "plan: \"" + where + ".runtime_version\" " + runtimeVersion +
                " exists for ort-web on wasm only (ONNX Runtime Web 1.17.3, for the SIMD/threads ablation)");
        const bool probed = conf.boolean("responsiveness", plan.responsiveness.enabled);
        Generation generation;
        if (const json *g = conf.raw("generation")) {
            PlanFields gen(*g, where + ".generation");
            // A generation is what the user asks of it, never a default they did not see.
            for (const char *required : {"prompt_tokens", "new_tokens"})
                if (!gen.has(required))
                    throw PlanError("plan: \"" + where + ".generation." + required +
                                    "\" is required (prompt_tokens and new_tokens say what is generated)");
            generation.promptTokens = static_cast<int>(gen.integer("prompt_tokens", 64, 1, kDecoderContext - 1));
            generation.newTokens = static_cast<int>(gen.integer("new_tokens", 128, 2, kDecoderContext - 1));
            generation.generations = static_cast<int>(gen.integer("generations", 3, 1, 50));
            gen.finish();
            if (generation.promptTokens + generation.newTokens > kDecoderContext)
                throw PlanError("plan: \"" + where + ".generation\": prompt_tokens + new_tokens is " +
                                std::to_string(generation.promptTokens + generation.newTokens) +
                                "; the zoo's decoders hold " + std::to_string(kDecoderContext) + " positions");
            if (runtime != "ort-web" || backend != "wasm")
                throw PlanError("plan: \"" + where +
                                ".generation\" runs on ort-web wasm (the decoders are ONNX models with a KV cache)");
            if (harness != "full" || workloads != std::vector<std::string>{"none"})
                throw PlanError("plan: \"" + where + ".generation\" runs on the full harness without a workload");
            if (generates)
                for (const auto &model : plan.models)
                    if (formatOf(model) == "onnx" && !generates(model))
                        throw PlanError("plan: \"" + where + ".generation\" needs decoders; model \"" +
                                        untrusted::shownText(model) +
                                        "\" does not generate text (the catalog's text-generation models do)");
            generations.insert({generation.promptTokens, generation.newTokens, generation.generations});
        } else {
            oneShot = true;
        }
        conf.finish();
        for (const auto &model : plan.models) {
            const std::string format = formatOf(model);
            if (format.empty())
                throw PlanError("plan: model \"" + untrusted::shownText(model) +
                                "\" is not in the zoo (see `inferscope models list`)");
            if ((runtime == "ort-web") != (format == "onnx"))
                continue; // this configuration's runtime cannot load this model's format
            for (const auto &browser : browsers)
                for (int t : threads)
                    for (const auto &placement : placements)
                        for (const auto &workload : workloads)
                            for (const bool simd : simds) {
                                plan.cells.push_back({model, runtime, backend, t, browser, placement, harness, workload,
                                                      simd, probed, generation, runtimeVersion});
                                if (!keys.insert(plan.cells.back().key()).second)
                                    throw PlanError("plan: " + where + " repeats the cell " + plan.cells.back().key() +
                                                    " of an earlier configuration");
                                if (format == "onnx")
                                    onnxThreads.insert(t);
                            }
        }
    }
    for (const auto &model : plan.models)
        if (formatOf(model).empty())
            throw PlanError("plan: model \"" + untrusted::shownText(model) +
                            "\" is not in the zoo (see `inferscope models list`)");
    if (native)
        for (const auto &model : plan.models)
            if (formatOf(model) == "onnx")
                for (int t : onnxThreads.empty() ? std::set<int>{1} : onnxThreads) {
                    if (nativeOrt && (oneShot || generations.empty()))
                        plan.cells.push_back({model,
                                              "onnxruntime-node",
                                              "cpu",
                                              t,
                                              "native",
                                              "process",
                                              "full",
                                              "none",
                                              true,
                                              false,
                                              {},
                                              {}});
                    if (nativeTorch && (oneShot || generations.empty()))
                        for (const char *mode : {"eager", "torchscript"})
                            plan.cells.push_back(
                                {model, "pytorch", mode, t, "native", "process", "full", "none", true, false, {}, {}});
                    for (const auto &[prompt, fresh, count] : generations) // generation runs on ONNX Runtime only
                        if (nativeOrt)
                            plan.cells.push_back({model,
                                                  "onnxruntime-node",
                                                  "cpu",
                                                  t,
                                                  "native",
                                                  "process",
                                                  "full",
                                                  "none",
                                                  true,
                                                  false,
                                                  Generation{prompt, fresh, count},
                                                  {}});
                }
    if (plan.cells.empty())
        throw PlanError(
            "plan: no configuration applies to its models (ort-web runs ONNX models, tfjs runs TF.js models)");
    if (plan.cells.size() * static_cast<std::size_t>(plan.maxRepetitions) > kMaxRuns)
        throw PlanError("plan: it may ask for " +
                        std::to_string(plan.cells.size() * static_cast<std::size_t>(plan.maxRepetitions)) +
                        " runs (cells x repetitions); at most " + std::to_string(kMaxRuns) +
                        " are allowed in one plan");
    return plan;
}

Plan parsePlanText(std::string_view text, const std::function<std::string(const std::string &)> &formatOf,
                   const std::function<bool(const std::string &)> &generates)
{
    nlohmann::json j;
    try {
        j = untrusted::parseUntrusted(text);
    } catch (const untrusted::UntrustedJsonError &e) {
        throw PlanError(std::string("plan: ") + e.what());
    }
    return parsePlan(j, formatOf, generates);
}

} // namespace inferscope::experiment
