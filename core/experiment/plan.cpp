#include "core/experiment/plan.h"

#include <algorithm>
#include <random>
#include <set>

namespace inferscope::experiment {
namespace {
using nlohmann::json;

std::vector<std::string> strings(const json &j, const char *field, std::vector<std::string> fallback = {})
{
    const auto it = j.find(field);
    if (it == j.end())
        return fallback;
    if (it->is_string())
        return {it->get<std::string>()};
    if (!it->is_array())
        throw PlanError(std::string("plan: \"") + field + "\" must be a string or an array of strings");
    std::vector<std::string> out;
    for (const auto &v : *it) {
        if (!v.is_string())
            throw PlanError(std::string("plan: \"") + field + "\" must hold strings");
        out.push_back(v.get<std::string>());
    }
    return out;
}

std::vector<int> integers(const json &j, const char *field, std::vector<int> fallback)
{
    const auto it = j.find(field);
    if (it == j.end())
        return fallback;
    std::vector<int> out;
    for (const auto &v : it->is_array() ? *it : json::array({*it})) {
        if (!v.is_number_integer() || v.get<int>() < 1)
            throw PlanError(std::string("plan: \"") + field + "\" must hold positive integers");
        out.push_back(v.get<int>());
    }
    return out;
}

/// A boolean or a non-empty list of distinct booleans (a cell dimension); [true] when absent.
std::vector<bool> booleans(const json &j, const char *field, const std::string &where)
{
    const auto it = j.find(field);
    if (it == j.end())
        return {true};
    std::vector<bool> out;
    for (const auto &v : it->is_array() ? *it : json::array({*it})) {
        if (!v.is_boolean())
            throw PlanError("plan: " + where + " must be true, false or a list of them");
        if (std::find(out.begin(), out.end(), v.get<bool>()) != out.end())
            throw PlanError("plan: " + where + " names the same value twice");
        out.push_back(v.get<bool>());
    }
    if (out.empty())
        throw PlanError("plan: " + where + " must not be empty");
    return out;
}

int positive(const json &policy, const char *field, int fallback, const char *object = "policy")
{
    const auto it = policy.find(field);
    if (it == policy.end())
        return fallback;
    if (!it->is_number_integer() || it->get<int>() < 1)
        throw PlanError(std::string("plan: ") + (*object ? std::string(object) + "." : std::string()) + field + " must be a positive integer");
    return it->get<int>();
}

const std::set<std::string> kRuntimes{"ort-web", "tfjs"};
const std::set<std::string> kBackends{"wasm", "webgl", "webgpu", "cpu"};
const std::set<std::string> kPlacements{"main", "worker"};
const std::set<std::string> kBrowsers{"qtwebengine", "chromium", "firefox", "grid"};
} // namespace

std::string Cell::key() const
{
    // "_nosimd" only when SIMD is off: keys (and resumable bundles) of plans without the field stay the same.
    std::string k = model + "_" + runtime + "_" + backend + "_t" + std::to_string(threads) + (simd ? "" : "_nosimd") + "_" + browser +
                    "_" + placement;
    if (harness != "full")
        k += "_" + harness;
    if (workload != "none") // absent for "none": keys (and resumable bundles) of earlier plans stay the same
        k += "_w" + workload;
    return k;
}

std::string Run::id() const
{
    return cell.key() + "_r" + std::to_string(repetition);
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

Plan parsePlan(const json &j, const std::function<std::string(const std::string &)> &formatOf)
{
    if (!j.is_object())
        throw PlanError("plan: must be a JSON object");
    Plan plan;
    plan.source = j;
    plan.name = j.value("name", "plan");
    if (j.contains("seed")) {
        const auto &seed = j["seed"];
        if (!seed.is_number_integer() || (seed.is_number_integer() && !seed.is_number_unsigned() && seed.get<std::int64_t>() < 0))
            throw PlanError("plan: \"seed\" must be a non-negative integer");
        plan.seed = seed.is_number_unsigned() ? seed.get<std::uint64_t>() : static_cast<std::uint64_t>(seed.get<std::int64_t>());
    }
    plan.repetitions = integers(j, "repetitions", {1}).front();
    plan.models = strings(j, "models");
    if (plan.models.empty())
        throw PlanError("plan: \"models\" names no model");
    const json policy = j.value("policy", json::object());
    plan.policy.minWarmupMs = positive(policy, "min_warmup_ms", plan.policy.minWarmupMs);
    plan.policy.maxWarmupMs = std::max(plan.policy.minWarmupMs, positive(policy, "max_warmup_ms", plan.policy.maxWarmupMs));
    plan.policy.samples = positive(policy, "samples", plan.policy.samples);
    plan.policy.maxSampleMs = positive(policy, "max_sample_ms", plan.policy.maxSampleMs);
    plan.policy.timeoutMs = positive(policy, "timeout_ms", plan.policy.timeoutMs);
    if (j.contains("responsiveness")) {
        const json &r = j["responsiveness"];
        if (r.is_boolean()) {
            plan.responsiveness.enabled = r.get<bool>();
        } else if (r.is_object()) {
            plan.responsiveness.enabled = r.value("enabled", true);
            plan.responsiveness.inputHz = positive(r, "input_hz", plan.responsiveness.inputHz, "responsiveness");
            if (plan.responsiveness.inputHz > 100)
                throw PlanError("plan: responsiveness.input_hz must be at most 100 (clicks per second)");
            plan.responsiveness.idleMs = positive(r, "idle_ms", plan.responsiveness.idleMs, "responsiveness");
            const auto frames = r.find("frames");
            if (frames != r.end() && !frames->is_boolean())
                throw PlanError("plan: responsiveness.frames must be true or false");
            plan.responsiveness.frames = r.value("frames", true);
        } else {
            throw PlanError("plan: \"responsiveness\" must be true, false or an object");
        }
    }
    if (j.contains("trace") && !j["trace"].is_boolean())
        throw PlanError("plan: \"trace\" must be true or false");
    plan.trace = j.value("trace", false);

    const auto browsers = strings(j, "browsers", {"qtwebengine"});
    for (const auto &b : browsers)
        if (!kBrowsers.contains(b))
            throw PlanError("plan: browser \"" + b + "\" is not supported (supported: qtwebengine, chromium, firefox, grid)");
    plan.gridUrl = j.value("grid", "");
    if (j.contains("grid_parallel")) // nodes that share a host compete: the user can cap the runs at once
        plan.gridParallel = positive(j, "grid_parallel", 1, "");
    if (std::find(browsers.begin(), browsers.end(), "grid") != browsers.end() &&
        !(plan.gridUrl.starts_with("http://") || plan.gridUrl.starts_with("https://")))
        throw PlanError("plan: browser \"grid\" needs \"grid\": the WebDriver endpoint, e.g. http://127.0.0.1:4444");
    // Serving beyond loopback only when the plan asks for it (remote Grid nodes must reach the pages).
    plan.serveAddress = j.value("serve_address", "127.0.0.1");
    plan.serveHost = j.value("serve_host", plan.serveAddress == "0.0.0.0" ? std::string() : plan.serveAddress);
    if (plan.serveHost.empty())
        throw PlanError("plan: serving on 0.0.0.0 needs \"serve_host\", the name the nodes reach this machine by");
    std::set<int> onnxThreads;
    std::set<std::string> keys; // a cell is one run id per repetition: the same cell twice would overwrite its runs
    const auto configurations = j.value("configurations", json::array());
    if (!configurations.is_array())
        throw PlanError("plan: \"configurations\" must be an array");
    for (std::size_t c = 0; c < configurations.size(); ++c) {
        const json &conf = configurations[c];
        const std::string runtime = conf.value("runtime", "");
        if (!kRuntimes.contains(runtime))
            throw PlanError("plan: configurations[" + std::to_string(c) + "].runtime must be ort-web or tfjs");
        const std::string backend = conf.value("backend", "wasm");
        if (!kBackends.contains(backend) || (runtime == "ort-web" && backend == "cpu"))
            throw PlanError("plan: configurations[" + std::to_string(c) + "].backend \"" + backend + "\" does not exist for " + runtime);
        const auto threads = integers(conf, "threads", {1});
        const auto placements = strings(conf, "placements", {"main"});
        for (const auto &p : placements)
            if (!kPlacements.contains(p))
                throw PlanError("plan: placement \"" + p + "\" must be main or worker");
        const std::string harness = conf.value("harness", "full");
        if (harness != "full" && harness != "minimal")
            throw PlanError("plan: harness must be full or minimal");
        const auto workloads = strings(conf, "workloads", {"none"});
        for (const auto &w : workloads)
            if (w != "none" && w != "gui" && w != "animation")
                throw PlanError("plan: workload \"" + w + "\" must be none, gui or animation");
        if (harness == "minimal" && workloads != std::vector<std::string>{"none"})
            throw PlanError("plan: the minimal harness runs no workload");
        const auto simds = booleans(conf, "simd", "configurations[" + std::to_string(c) + "].simd");
        const auto probe = conf.find("responsiveness");
        if (probe != conf.end() && !probe->is_boolean())
            throw PlanError("plan: configurations[" + std::to_string(c) + "].responsiveness must be true or false (the probe's settings are the plan's)");
        const bool probed = probe != conf.end() ? probe->get<bool>() : plan.responsiveness.enabled;
        if (backend != "wasm" && simds != std::vector<bool>{true})
            throw PlanError("plan: configurations[" + std::to_string(c) + "].simd applies to the wasm backend only");
        for (const auto &model : plan.models) {
            const std::string format = formatOf(model);
            if (format.empty())
                throw PlanError("plan: model \"" + model + "\" is not in the zoo (see `inferscope models list`)");
            if ((runtime == "ort-web") != (format == "onnx"))
                continue; // this configuration's runtime cannot load this model's format
            for (const auto &browser : browsers)
                for (int t : threads)
                    for (const auto &placement : placements)
                        for (const auto &workload : workloads)
                            for (const bool simd : simds) {
                                plan.cells.push_back({model, runtime, backend, t, browser, placement, harness, workload, simd, probed});
                                if (!keys.insert(plan.cells.back().key()).second)
                                    throw PlanError("plan: configurations[" + std::to_string(c) + "] repeats the cell " + plan.cells.back().key() +
                                                    " of an earlier configuration");
                                if (format == "onnx")
                                    onnxThreads.insert(t);
                            }
        }
    }
    if (j.value("native", false))
        for (const auto &model : plan.models)
            if (formatOf(model) == "onnx")
                for (int t : onnxThreads.empty() ? std::set<int>{1} : onnxThreads)
                    plan.cells.push_back({model, "onnxruntime-node", "cpu", t, "native", "process", "full", "none", true, false});
    if (plan.cells.empty())
        throw PlanError("plan: no configuration applies to its models (ort-web runs ONNX models, tfjs runs TF.js models)");
    return plan;
}

} // namespace inferscope::experiment
