// The documents the engine hands on: the harness page's configuration (it reads it from its URL), the cell's fields
// at the head of every record (docs/BUNDLE_FORMAT.md) and the generation setting the page and the native runner
// share. Every key of those documents is spelled here.
#include "core/engine/active_run.h"
#include "core/engine/page_config.h"

namespace inferscope::engine {

nlohmann::json cellFields(const experiment::Run &run)
{
    const auto &c = run.cell;
    nlohmann::json meta = {{"model", c.model},     {"runtime", c.runtime},
                           {"backend", c.backend}, {"threads", c.threads},
                           {"browser", c.browser}, {"placement", c.placement},
                           {"harness", c.harness}, {"workload", c.workload},
                           {"simd", c.simd},       {"responsiveness_probe", c.responsiveness},
                           {"cell", c.key()},      {"repetition", run.repetition}};
    if (!c.runtimeVersion.empty())
        meta["runtime_version"] = c.runtimeVersion;
    if (c.generation.enabled())
        meta["generation"] = {{"prompt_tokens", c.generation.promptTokens},
                              {"new_tokens", c.generation.newTokens},
                              {"generations", c.generation.generations}};
    return meta;
}

GenerationSetting generationSetting(const experiment::Generation &g, std::uint64_t seed, const zoo::ModelEntry *model)
{
    // The prompt's ids are drawn below the vocabulary size: the upper bound of input_ids' generator.
    double vocab = 0;
    if (model)
        for (const auto &in : model->inputs)
            if (in.name == "input_ids")
                vocab = in.high;
    return {g.promptTokens, g.newTokens, g.generations, static_cast<std::uint32_t>(seed),
            vocab > 0 ? static_cast<int>(vocab) : 0};
}

nlohmann::json toJson(const GenerationSetting &g)
{
    return {{"prompt_tokens", g.promptTokens},
            {"new_tokens", g.newTokens},
            {"generations", g.generations},
            {"seed", g.seed},
            {"vocab", g.vocab}};
}
nlohmann::json ActiveRun::pageConfig(const experiment::Run &run, const zoo::ModelEntry &model,
                                     const experiment::Plan &plan)
{
    const experiment::Policy &policy = plan.policy;
    nlohmann::json inputs = nlohmann::json::array();
    for (const auto &in : model.inputs) {
        inputs.push_back({{"name", in.name}, {"shape", in.shape}, {"dtype", in.dtype}});
        if (in.generator == "constant") // a configuration input: the real-time stream keeps its value
            inputs.back()["constant"] = in.value;
        if (!in.stateFrom.empty()) // recurrent state: the page feeds this output back as the input
            inputs.back()["state_from"] = in.stateFrom;
    }
    nlohmann::json config = {{"run", run.id()},
                             {"runtime", run.cell.runtime},
                             {"backend", run.cell.backend},
                             {"threads", run.cell.threads},
                             {"placement", run.cell.placement},
                             {"simd", run.cell.simd},
                             {"model",
                              {{"id", model.id},
                               {"format", model.format},
                               {"entry", model.entryFile().path},
                               {"inputs", inputs},
                               {"detections", nullptr}}},
                             {"policy",
                              {{"min_warmup_ms", policy.minWarmupMs},
                               {"max_warmup_ms", policy.maxWarmupMs},
                               {"samples", policy.samples},
                               {"max_sample_ms", policy.maxSampleMs}}}};
    // An ONNX model's other files are its external data (weights beside the graph): the page fetches each and
    // hands them to ONNX Runtime Web by the name the graph gives them.
    if (model.format == "onnx") {
        nlohmann::json external = nlohmann::json::array();
        for (const auto &f : model.files)
            if (f.path != model.entryFile().path)
                external.push_back(f.path);
        if (!external.empty())
            config["model"]["external_data"] = external;
    }
    if (run.cell.workload != "none")
        config["workload"] = run.cell.workload;
    if (!run.cell.runtimeVersion.empty())
        config["runtime_version"] = run.cell.runtimeVersion;
    if (run.cell.generation.enabled())
        config["generation"] = toJson(generationSetting(run.cell.generation, plan.seed, &model));
    // The page samples its own JS heap where nothing else can: a Grid browser's processes are out of
    // reach, and the embedded browser keeps its DevTools endpoint closed unless the plan needs CDP.
    if (const auto browser = run.cell.browserKind();
        browser == experiment::BrowserKind::Grid ||
        (browser == experiment::BrowserKind::QtWebEngine && !plan.embeddedNeedsDevTools()))
        config["page_memory"] = true;
    if (run.cell.responsiveness)
        config["responsiveness"] = {{"input_hz", plan.responsiveness.inputHz},
                                    {"idle_ms", plan.responsiveness.idleMs},
                                    {"frames", plan.responsiveness.frames}};
    if (plan.realtimeFrames > 0)
        config["realtime"] = {{"frames", plan.realtimeFrames}};
    nlohmann::json orderDependent = nlohmann::json::array(); // compared as sets, marked (tie-breaking decides them)
    for (const auto &out : model.outputs)
        if (out.orderDependent)
            orderDependent.push_back(out.name);
    if (!orderDependent.empty())
        config["model"]["order_dependent"] = orderDependent;
    for (std::size_t i = 0; i < model.outputs.size(); ++i) // a detector: real-time accuracy compares its top box
        if (model.outputs[i].detectionRow > 0) {
            config["model"]["detections"] = {
                {"output", i}, {"row", model.outputs[i].detectionRow}, {"score", model.outputs[i].detectionScore}};
            break;
        }
    if (plan.profile)
        config["profile"] = true; // a profiling pass after the timed samples (never mixed with them)
    return config;
}

} // namespace inferscope::engine
