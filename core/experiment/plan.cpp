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
    return std::any_of(cells.begin(), cells.end(), [this](const Cell &c) {
        return c.browserKind() == BrowserKind::QtWebEngine && (c.responsiveness || trace);
    });
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

namespace {
using FormatOf = std::function<std::string(const std::string &)>;
using Generates = std::function<bool(const std::string &)>;

/// "repetitions": a count, or {"min", "max", "ci_percent"} for adaptive repetitions.
void readRepetitions(PlanFields &top, Plan &plan)
{
    const json *r = top.raw("repetitions");
    if (!r || !r->is_object()) {
        plan.repetitions = static_cast<int>(top.integer("repetitions", 1, 1, kMaxRepetitions));
        plan.maxRepetitions = plan.repetitions;
        return;
    }
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
}

void readPolicy(PlanFields &top, Policy &p)
{
    const json *raw = top.raw("policy");
    if (!raw)
        return;
    PlanFields policy(*raw, "policy");
    p.minWarmupMs = static_cast<int>(policy.integer("min_warmup_ms", p.minWarmupMs, 0, kHourMs));
    p.maxWarmupMs = static_cast<int>(policy.integer("max_warmup_ms", p.maxWarmupMs, 0, kHourMs));
    if (p.maxWarmupMs < p.minWarmupMs)
        throw PlanError("plan: \"policy.max_warmup_ms\" (" + std::to_string(p.maxWarmupMs) +
                        ") is below \"policy.min_warmup_ms\" (" + std::to_string(p.minWarmupMs) + ")");
    p.samples = static_cast<int>(policy.integer("samples", p.samples, 1, 100000));
    p.maxSampleMs = static_cast<int>(policy.integer("max_sample_ms", p.maxSampleMs, 1, 6 * kHourMs));
    p.timeoutMs = static_cast<int>(policy.integer("timeout_ms", p.timeoutMs, 1000, 24 * kHourMs));
    policy.finish();
}

/// "responsiveness": true, false, or the probe's settings.
void readResponsiveness(PlanFields &top, Responsiveness &probeSettings)
{
    const json *r = top.raw("responsiveness");
    if (!r)
        return;
    if (r->is_boolean()) {
        probeSettings.enabled = r->get<bool>();
        return;
    }
    if (!r->is_object())
        throw PlanError("plan: \"responsiveness\" must be true, false or an object");
    PlanFields probe(*r, "responsiveness");
    probeSettings.enabled = probe.boolean("enabled", true);
    probeSettings.inputHz = static_cast<int>(probe.integer("input_hz", probeSettings.inputHz, 1, 100));
    probeSettings.idleMs = static_cast<int>(probe.integer("idle_ms", probeSettings.idleMs, 1, 10 * 60 * 1000));
    probeSettings.frames = probe.boolean("frames", true);
    probe.finish();
}

/// The Grid endpoint and where the harness is served: loopback unless the plan asks otherwise (remote Grid nodes
/// must reach the pages).
void readGridAndServing(PlanFields &top, Plan &plan, const std::vector<std::string> &browsers)
{
    plan.gridUrl = top.string("grid", "");
    plan.gridParallel = static_cast<int>(top.integer("grid_parallel", 0, 1, 256));
    plan.gridBrowserBinary = top.string("grid_browser_binary", "/usr/bin/chromium");
    const bool usesGrid = std::find(browsers.begin(), browsers.end(), "grid") != browsers.end();
    if (usesGrid && !(plan.gridUrl.starts_with("http://") || plan.gridUrl.starts_with("https://")))
        throw PlanError("plan: browser \"grid\" needs \"grid\": the WebDriver endpoint, e.g. http://127.0.0.1:4444");
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
}

/// "native": true (ONNX Runtime, the baseline of the slowdown), or the native runtimes to run: ["onnxruntime",
/// "pytorch"] (PyTorch eager and TorchScript on the zoo's generated models).
struct NativeChoice {
    bool ort = false, torch = false;
    bool any() const { return ort || torch; }
};

NativeChoice readNative(const json &j, PlanFields &top)
{
    std::vector<std::string> runtimes;
    if (const auto n = j.find("native"); n != j.end() && n->is_boolean())
        runtimes = top.boolean("native", false) ? std::vector<std::string>{"onnxruntime"} : std::vector<std::string>{};
    else
        runtimes = top.strings("native", {}, 2, {"onnxruntime", "pytorch"});
    const auto has = [&runtimes](const char *r) {
        return std::find(runtimes.begin(), runtimes.end(), r) != runtimes.end();
    };
    return {has("onnxruntime"), has("pytorch")};
}

/// One entry of "configurations", checked; its cells are every model x browser x threads x placement x workload x
/// SIMD setting it applies to.
struct Configuration {
    std::string runtime, backend, harness, runtimeVersion;
    std::vector<int> threads;
    std::vector<std::string> placements, workloads;
    std::vector<bool> simds;
    bool probed = false;
    Generation generation; ///< disabled for one-shot inference
};

Generation readGeneration(const json &g, const std::string &where, const Configuration &c, const Plan &plan,
                          const FormatOf &formatOf, const Generates &generates)
{
    PlanFields gen(g, where + ".generation");
    // A generation is what the user asks of it, never a default they did not see.
    for (const char *required : {"prompt_tokens", "new_tokens"})
        if (!gen.has(required))
            throw PlanError("plan: \"" + where + ".generation." + required +
                            "\" is required (prompt_tokens and new_tokens say what is generated)");
    Generation generation;
    generation.promptTokens = static_cast<int>(gen.integer("prompt_tokens", 64, 1, kDecoderContext - 1));
    generation.newTokens = static_cast<int>(gen.integer("new_tokens", 128, 2, kDecoderContext - 1));
    generation.generations = static_cast<int>(gen.integer("generations", 3, 1, 50));
    gen.finish();
    if (generation.promptTokens + generation.newTokens > kDecoderContext)
        throw PlanError("plan: \"" + where + ".generation\": prompt_tokens + new_tokens is " +
                        std::to_string(generation.promptTokens + generation.newTokens) + "; the zoo's decoders hold " +
                        std::to_string(kDecoderContext) + " positions");
    if (c.runtime != "ort-web" || c.backend != "wasm")
        throw PlanError("plan: \"" + where +
                        ".generation\" runs on ort-web wasm (the decoders are ONNX models with a KV cache)");
    if (c.harness != "full" || c.workloads != std::vector<std::string>{"none"})
        throw PlanError("plan: \"" + where + ".generation\" runs on the full harness without a workload");
    if (generates)
        for (const auto &model : plan.models)
            if (formatOf(model) == "onnx" && !generates(model))
                throw PlanError("plan: \"" + where + ".generation\" needs decoders; model \"" +
                                untrusted::shownText(model) +
                                "\" does not generate text (the catalog's text-generation models do)");
    return generation;
}

Configuration readConfiguration(const json &entry, const std::string &where, const Plan &plan, const FormatOf &formatOf,
                                const Generates &generates)
{
    PlanFields conf(entry, where);
    if (!conf.has("runtime"))
        throw PlanError("plan: \"" + where + ".runtime\" is required: ort-web or tfjs");
    Configuration c;
    c.runtime = conf.choice("runtime", "", kRuntimes);
    c.backend = conf.choice("backend", "wasm", kBackends);
    if (c.runtime == "ort-web" && c.backend == "cpu")
        throw PlanError("plan: \"" + where +
                        ".backend\" cpu does not exist for ort-web (wasm, webgl, webgpu or webnn)");
    if (c.runtime == "tfjs" && c.backend == "webnn")
        throw PlanError("plan: \"" + where + ".backend\" webnn exists for ort-web only (TF.js has no WebNN backend)");
    c.threads = conf.integers("threads", {1}, 1, kMaxThreads, 16);
    c.placements = conf.strings("placements", {"main"}, kPlacements.size(), kPlacements);
    c.harness = conf.choice("harness", "full", {"full", "minimal", "calibrate"});
    c.workloads = conf.strings("workloads", {"none"}, kWorkloads.size(), kWorkloads);
    if (c.harness != "full" && c.workloads != std::vector<std::string>{"none"})
        throw PlanError("plan: \"" + where + ".workloads\": the " + c.harness + " harness runs no workload");
    c.simds = conf.booleans("simd", {true});
    if (c.backend != "wasm" && c.simds != std::vector<bool>{true})
        throw PlanError("plan: \"" + where + ".simd\" applies to the wasm backend only");
    // An older pinned ONNX Runtime Web beside the default: 1.17.3 still ships wasm without SIMD and without
    // threads (the study's ablation); it is the runtime the page loads, recorded as runtime_version.
    c.runtimeVersion = conf.has("runtime_version") ? conf.choice("runtime_version", "", {"1.17"}) : std::string();
    if (!c.runtimeVersion.empty() && (c.runtime != "ort-web" || c.backend != "wasm"))
        throw PlanError("plan: \"" + where + ".runtime_version\" " + c.runtimeVersion +
                        " exists for ort-web on wasm only (ONNX Runtime Web 1.17.3, for the SIMD/threads ablation)");
    c.probed = conf.boolean("responsiveness", plan.responsiveness.enabled);
    if (const json *g = conf.raw("generation"))
        c.generation = readGeneration(*g, where, c, plan, formatOf, generates);
    conf.finish();
    return c;
}

/// What the native cells must cover: every thread count the ONNX cells use, and each generation setting.
struct NativeNeeds {
    std::set<int> onnxThreads;
    std::set<std::tuple<int, int, int>> generations; // the native baseline generates the same way
    bool oneShot = false;                            // some configuration infers one-shot: native does too
};

void expandConfiguration(Plan &plan, const Configuration &c, const std::string &where,
                         const std::vector<std::string> &browsers, const FormatOf &formatOf,
                         std::set<std::string> &keys, NativeNeeds &needs)
{
    for (const auto &model : plan.models) {
        const std::string format = formatOf(model);
        if (format.empty())
            throw PlanError("plan: model \"" + untrusted::shownText(model) +
                            "\" is not in the zoo (see `inferscope models list`)");
        if ((c.runtime == "ort-web") != (format == "onnx"))
            continue; // this configuration's runtime cannot load this model's format
        for (const auto &browser : browsers)
            for (const auto t : c.threads)
                for (const auto &placement : c.placements)
                    for (const auto &workload : c.workloads)
                        for (const bool simd : c.simds) {
                            plan.cells.push_back(Cell{.model = model,
                                                      .runtime = c.runtime,
                                                      .backend = c.backend,
                                                      .threads = t,
                                                      .browser = browser,
                                                      .placement = placement,
                                                      .harness = c.harness,
                                                      .workload = workload,
                                                      .simd = simd,
                                                      .responsiveness = c.probed,
                                                      .generation = c.generation,
                                                      .runtimeVersion = c.runtimeVersion});
                            // a cell is one run id per repetition: the same cell twice would overwrite its runs
                            if (!keys.insert(plan.cells.back().key()).second)
                                throw PlanError("plan: " + where + " repeats the cell " + plan.cells.back().key() +
                                                " of an earlier configuration");
                            if (format == "onnx")
                                needs.onnxThreads.insert(t);
                        }
    }
}

/// The native baseline of every ONNX model at every thread count its browser cells use (1 when none), one-shot and
/// generating as they do; PyTorch eager and TorchScript beside ONNX Runtime where the plan asks (one-shot only).
void addNativeCells(Plan &plan, const NativeChoice &native, const NativeNeeds &needs, const FormatOf &formatOf)
{
    const auto nativeCell = [](const std::string &model, const char *runtime, const char *backend, int threads,
                               Generation generation = {}) {
        return Cell{.model = model,
                    .runtime = runtime,
                    .backend = backend,
                    .threads = threads,
                    .browser = "native",
                    .placement = "process",
                    .generation = generation,
                    .runtimeVersion = {}};
    };
    const bool oneShot = needs.oneShot || needs.generations.empty();
    for (const auto &model : plan.models)
        if (formatOf(model) == "onnx")
            for (int t : needs.onnxThreads.empty() ? std::set<int>{1} : needs.onnxThreads) {
                if (native.ort && oneShot)
                    plan.cells.push_back(nativeCell(model, "onnxruntime-node", "cpu", t));
                if (native.torch && oneShot)
                    for (const char *mode : {"eager", "torchscript"})
                        plan.cells.push_back(nativeCell(model, "pytorch", mode, t));
                for (const auto &[prompt, fresh, count] : needs.generations) // generation runs on ONNX Runtime only
                    if (native.ort)
                        plan.cells.push_back(
                            nativeCell(model, "onnxruntime-node", "cpu", t, Generation{prompt, fresh, count}));
            }
}
} // namespace

Plan parsePlan(const json &j, const FormatOf &formatOf, const Generates &generates)
{
    PlanFields top(j, "");
    Plan plan;
    plan.source = j;
    top.string("description", "");
    plan.name = top.string("name", "plan");
    checkName(plan.name);
    plan.seed = top.unsignedInteger("seed", plan.seed);
    readRepetitions(top, plan);
    plan.models = top.strings("models", {}, kMaxModels);
    if (plan.models.empty())
        throw PlanError("plan: \"models\" is required: the zoo model ids to run (see `inferscope models list`)");
    readPolicy(top, plan.policy);
    readResponsiveness(top, plan.responsiveness);
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
    readGridAndServing(top, plan, browsers);
    const NativeChoice native = readNative(j, top);
    if (nativeOnly && !native.any())
        throw PlanError("plan: \"browsers\" is empty and \"native\" is not set: the plan would run nothing (a "
                        "native-only plan sets \"native\": true)");

    const json *configurationsJson = top.raw("configurations");
    const json configurations = configurationsJson ? *configurationsJson : json::array();
    if (!configurations.is_array())
        throw PlanError("plan: \"configurations\" must be a list of objects");
    if (configurations.size() > kMaxConfigurations)
        throw PlanError("plan: \"configurations\" holds " + std::to_string(configurations.size()) + "; at most " +
                        std::to_string(kMaxConfigurations) + " are allowed");
    top.finish();
    NativeNeeds needs;
    std::set<std::string> keys;
    for (std::size_t i = 0; i < configurations.size(); ++i) {
        const std::string where = "configurations[" + std::to_string(i) + "]";
        const Configuration c = readConfiguration(configurations[i], where, plan, formatOf, generates);
        if (nativeOnly && c.runtime == "ort-web") // no browser cell: the configuration still says which thread counts
            for (const auto t : c.threads)        // native runs
                needs.onnxThreads.insert(t);
        if (c.generation.enabled())
            needs.generations.insert({c.generation.promptTokens, c.generation.newTokens, c.generation.generations});
        else
            needs.oneShot = true;
        expandConfiguration(plan, c, where, browsers, formatOf, keys, needs);
    }
    for (const auto &model : plan.models)
        if (formatOf(model).empty())
            throw PlanError("plan: model \"" + untrusted::shownText(model) +
                            "\" is not in the zoo (see `inferscope models list`)");
    if (native.any())
        addNativeCells(plan, native, needs, formatOf);
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
