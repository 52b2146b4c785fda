// The experiment builder's form at its edge: the form to plan JSON and back (docs/PLAN_FORMAT.md). Every plan key
// the form reads or writes is spelled here; the dialog binds widgets to PlanForm's typed fields only.
#include "app/engine/plan_form.h"

#include <algorithm>

namespace inferscope::app {
namespace {
template <typename T> std::vector<T> listOf(const nlohmann::json &value)
{
    std::vector<T> out;
    if (value.is_array()) {
        for (const auto &v : value)
            if (v.is_primitive() && !v.is_null())
                out.push_back(v.get<T>());
    } else if (value.is_primitive() && !value.is_null()) {
        out.push_back(value.get<T>());
    }
    return out;
}
} // namespace

nlohmann::json PlanForm::toPlanJson() const
{
    nlohmann::json configurations = nlohmann::json::array();
    const std::vector<int> threadList(threads.begin(), threads.end());
    const std::vector<std::string> placementList(placements.begin(), placements.end());
    for (const auto &[runtime, backends] : {std::pair{"ort-web", &ortBackends}, std::pair{"tfjs", &tfjsBackends}})
        for (const auto &backend : *backends) {
            const bool ortWasm = std::string(runtime) == "ort-web" && std::string(backend) == "wasm";
            nlohmann::json c = {
                {"runtime", runtime}, {"backend", backend}, {"threads", threadList}, {"placements", placementList}};
            if (workloads != std::set<std::string>{"none"} && !(generation && ortWasm))
                c["workloads"] = std::vector<std::string>(workloads.begin(), workloads.end());
            if (harness != "full")
                c["harness"] = harness;
            if (generation && ortWasm)
                c["generation"] = {
                    {"prompt_tokens", promptTokens}, {"new_tokens", newTokens}, {"generations", generations}};
            if (!ortRuntimeVersion.empty() && ortWasm)
                c["runtime_version"] = ortRuntimeVersion;
            if (simdAblation && std::string(backend) == "wasm") {
                if (ortWasm && !ortRuntimeVersion.empty()) {
                    c["simd"] = {true, false}; // 1.17.3 has every wasm build: the ablation runs on the chosen version
                } else if (ortWasm) {
                    // ONNX Runtime Web 1.30 has only its SIMD+threads build: the ablation runs on 1.17.3, whose
                    // four builds cover plain, +threads, +SIMD and both; the pinned runtime's cells stay as they are.
                    nlohmann::json ablation = {{"runtime", runtime},          {"backend", backend},
                                               {"runtime_version", "1.17"},   {"threads", threadList},
                                               {"placements", placementList}, {"simd", {true, false}}};
                    if (harness != "full")
                        ablation["harness"] = harness;
                    configurations.push_back(c);
                    configurations.push_back(ablation);
                    continue;
                }
                c["simd"] = {true, false};
            }
            configurations.push_back(c);
        }
    const nlohmann::json reps =
        adaptive() ? nlohmann::json{{"min", repetitions}, {"max", maxRepetitions}, {"ci_percent", ciPercent}}
                   : nlohmann::json(repetitions);
    nlohmann::json plan = {{"name", name},
                           {"seed", seed},
                           {"repetitions", reps},
                           {"models", models},
                           {"configurations", configurations},
                           {"browsers", browsers},
                           {"native", nativePytorch ? (native ? nlohmann::json::array({"onnxruntime", "pytorch"})
                                                              : nlohmann::json::array({"pytorch"}))
                                                    : nlohmann::json(native)},
                           {"policy",
                            {{"min_warmup_ms", minWarmupMs},
                             {"max_warmup_ms", maxWarmupMs},
                             {"samples", samples},
                             {"max_sample_ms", maxSampleMs},
                             {"timeout_ms", timeoutMs}}}};
    if (!description.empty())
        plan["description"] = description;
    if (std::find(browsers.begin(), browsers.end(), "grid") != browsers.end()) {
        plan["grid"] = gridUrl;
        if (gridParallel > 0)
            plan["grid_parallel"] = gridParallel;
        if (gridNodeChrome)
            plan["grid_browser_binary"] = "";
    }
    if (!serveAddress.empty())
        plan["serve_address"] = serveAddress;
    if (!serveHost.empty())
        plan["serve_host"] = serveHost;
    if (responsiveness)
        plan["responsiveness"] = {{"input_hz", inputHz}, {"idle_ms", idleMs}};
    if (trace)
        plan["trace"] = true;
    if (profile)
        plan["profile"] = true;
    if (realtime)
        plan["realtime"] = true;
    return plan;
}

PlanForm PlanForm::fromPlanJson(const nlohmann::json &plan)
{
    PlanForm form;
    if (!plan.is_object())
        return form;
    form.name = plan.value("name", form.name);
    form.description = plan.value("description", "");
    if (plan.contains("seed") && plan["seed"].is_number_unsigned())
        form.seed = plan["seed"].get<std::uint64_t>();
    if (const auto r = plan.find("repetitions"); r != plan.end() && r->is_object()) {
        form.repetitions = r->value("min", 3);
        form.maxRepetitions = r->value("max", std::max(form.repetitions, 10));
        form.ciPercent = r->value("ci_percent", 5);
    } else {
        form.repetitions = plan.value("repetitions", form.repetitions);
        form.maxRepetitions = form.repetitions;
    }
    form.models = listOf<std::string>(plan.value("models", nlohmann::json::array()));
    form.browsers = listOf<std::string>(plan.value("browsers", nlohmann::json::array({"qtwebengine"})));
    form.gridUrl = plan.value("grid", "");
    form.gridParallel = plan.value("grid_parallel", 0);
    form.gridNodeChrome = plan.contains("grid_browser_binary") && plan["grid_browser_binary"] == "";
    form.serveAddress = plan.value("serve_address", "");
    form.serveHost = plan.value("serve_host", "");
    if (const auto n = plan.find("native"); n != plan.end() && n->is_array()) {
        form.native = std::find(n->begin(), n->end(), nlohmann::json("onnxruntime")) != n->end();
        form.nativePytorch = std::find(n->begin(), n->end(), nlohmann::json("pytorch")) != n->end();
    } else {
        form.native = n != plan.end() && n->is_boolean() && n->get<bool>();
    }
    form.ortBackends.clear();
    form.tfjsBackends.clear();
    form.threads.clear();
    form.placements.clear();
    form.workloads.clear();
    const auto configurations = plan.value("configurations", nlohmann::json::array());
    // ONNX Runtime Web 1.17 beside a pinned-version wasm configuration is the SIMD ablation's (what simdAblation
    // writes); on its own it is the version chosen for every ort-web wasm cell.
    bool pinnedOrtWasm = false;
    for (const auto &c : configurations)
        pinnedOrtWasm = pinnedOrtWasm || (c.is_object() && c.value("runtime", "") == "ort-web" &&
                                          c.value("backend", "wasm") == "wasm" && !c.contains("runtime_version"));
    for (const auto &c : configurations) {
        if (!c.is_object())
            continue;
        (c.value("runtime", "") == "tfjs" ? form.tfjsBackends : form.ortBackends).insert(c.value("backend", "wasm"));
        if (c.contains("runtime_version") && c["runtime_version"].is_string()) {
            if (pinnedOrtWasm)
                form.simdAblation = true;
            else
                form.ortRuntimeVersion = c["runtime_version"].get<std::string>();
        }
        form.harness = c.value("harness", form.harness);
        if (const auto g = c.find("generation"); g != c.end() && g->is_object()) {
            form.generation = true;
            form.promptTokens = g->value("prompt_tokens", form.promptTokens);
            form.newTokens = g->value("new_tokens", form.newTokens);
            form.generations = g->value("generations", form.generations);
        }
        for (int t : listOf<int>(c.value("threads", nlohmann::json::array({1}))))
            form.threads.insert(t);
        const nlohmann::json simd = c.value("simd", nlohmann::json(true));
        for (const auto &v : simd.is_array() ? simd : nlohmann::json::array({simd}))
            form.simdAblation = form.simdAblation || (v.is_boolean() && !v.get<bool>());
        for (const auto &p : listOf<std::string>(c.value("placements", nlohmann::json::array({"main"}))))
            form.placements.insert(p);
        for (const auto &w : listOf<std::string>(c.value("workloads", nlohmann::json::array({"none"}))))
            form.workloads.insert(w);
    }
    if (form.threads.empty())
        form.threads = {1};
    if (form.placements.empty())
        form.placements = {"main"};
    if (form.workloads.empty())
        form.workloads = {"none"};
    const auto policy = plan.value("policy", nlohmann::json::object());
    form.minWarmupMs = policy.value("min_warmup_ms", form.minWarmupMs);
    form.maxWarmupMs = policy.value("max_warmup_ms", form.maxWarmupMs);
    form.samples = policy.value("samples", form.samples);
    form.maxSampleMs = policy.value("max_sample_ms", form.maxSampleMs);
    form.timeoutMs = policy.value("timeout_ms", form.timeoutMs);
    if (plan.contains("responsiveness")) {
        const auto &r = plan["responsiveness"];
        form.responsiveness = r.is_boolean() ? r.get<bool>() : r.is_object() && r.value("enabled", true);
        if (r.is_object()) {
            form.inputHz = r.value("input_hz", form.inputHz);
            form.idleMs = r.value("idle_ms", form.idleMs);
        }
    }
    form.trace = plan.value("trace", false);
    form.profile = plan.value("profile", false);
    form.realtime = plan.value("realtime", false);
    return form;
}

} // namespace inferscope::app
