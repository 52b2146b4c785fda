#include "core/experiment/plan.h"

#include <gtest/gtest.h>
#include <set>

using namespace inferscope::experiment;

namespace {
std::string formatOf(const std::string &id)
{
    if (id == "movenet")
        return "tfjs";
    if (id == "mobilenetv2" || id == "resnet50" || id == "decoder-small")
        return "onnx";
    return "";
}

nlohmann::json quick()
{
    return nlohmann::json::parse(R"({"name": "q", "seed": 7, "repetitions": 2, "models": ["mobilenetv2", "movenet"],
        "configurations": [{"runtime": "ort-web", "backend": "wasm", "threads": [1, 2], "placements": ["main", "worker"]},
                           {"runtime": "tfjs", "backend": "wasm", "threads": [1]}],
        "native": true, "policy": {"samples": 50}})");
}
} // namespace

TEST(Plan, ExpandsTheMatrixByModelFormat)
{
    const Plan p = parsePlan(quick(), formatOf);
    // mobilenetv2: 2 threads x 2 placements on ort-web; movenet: 1 on tfjs; native: mobilenetv2 at 1 and 2 threads.
    ASSERT_EQ(7u, p.cells.size());
    std::set<std::string> keys;
    for (const auto &c : p.cells) {
        keys.insert(c.key());
        EXPECT_TRUE((c.runtime == "tfjs") == (c.model == "movenet")) << c.key();
    }
    EXPECT_EQ(7u, keys.size());
    EXPECT_TRUE(keys.contains("mobilenetv2_onnxruntime-node_cpu_t2_native_process"));
    EXPECT_TRUE(keys.contains("movenet_tfjs_wasm_t1_qtwebengine_main"));
    EXPECT_EQ(50, p.policy.samples);
    EXPECT_EQ(3000, p.policy.minWarmupMs); // default kept
}

TEST(Plan, ScheduleInterleavesReproduciblyWithinRounds)
{
    const Plan p = parsePlan(quick(), formatOf);
    const auto a = p.schedule();
    const auto b = p.schedule();
    ASSERT_EQ(14u, a.size());
    std::set<std::string> ids;
    for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].id(), b[i].id());
        EXPECT_EQ(i < 7 ? 1 : 2, a[i].repetition); // every cell once before any cell twice
        ids.insert(a[i].id());
    }
    EXPECT_EQ(14u, ids.size());
    std::vector<std::string> planOrder;
    for (std::size_t i = 0; i < 7; ++i)
        planOrder.push_back(a[i].cell.key());
    std::vector<std::string> expanded;
    for (const auto &c : p.cells)
        expanded.push_back(c.key());
    EXPECT_NE(expanded, planOrder); // shuffled, not plan order
    auto other = quick();
    other["seed"] = 8;
    EXPECT_NE(a[0].id() + a[1].id() + a[2].id(), [&] {
        const auto s = parsePlan(other, formatOf).schedule();
        return s[0].id() + s[1].id() + s[2].id();
    }());
}

TEST(Plan, ClearErrors)
{
    auto j = quick();
    j["models"].push_back("nope");
    EXPECT_THROW(
        try { parsePlan(j, formatOf); } catch (const PlanError &e) {
            EXPECT_NE(std::string::npos, std::string(e.what()).find("\"nope\" is not in the zoo"));
            throw;
        },
        PlanError);
    j = quick();
    j["configurations"][0]["placements"] = {"gpu-thread"};
    EXPECT_THROW(parsePlan(j, formatOf), PlanError);
    j = quick();
    j["browsers"] = {"netscape"};
    EXPECT_THROW(parsePlan(j, formatOf), PlanError);
    j = quick();
    j["policy"]["samples"] = 0;
    EXPECT_THROW(parsePlan(j, formatOf), PlanError);
    j = nlohmann::json::parse(R"({"models": ["movenet"], "configurations": [{"runtime": "ort-web"}]})");
    EXPECT_THROW(parsePlan(j, formatOf), PlanError); // nothing applies
}

TEST(Plan, ResponsivenessAndTraceAreOptInWithCheckedSettings)
{
    auto j = quick();
    auto p = parsePlan(j, formatOf);
    EXPECT_FALSE(p.responsiveness.enabled);
    EXPECT_FALSE(p.trace);
    j["responsiveness"] = true;
    j["trace"] = true;
    p = parsePlan(j, formatOf);
    EXPECT_TRUE(p.responsiveness.enabled);
    EXPECT_EQ(10, p.responsiveness.inputHz);
    EXPECT_EQ(1000, p.responsiveness.idleMs);
    EXPECT_TRUE(p.trace);
    j["responsiveness"] = nlohmann::json::parse(R"({"input_hz": 20, "idle_ms": 500, "frames": false})");
    p = parsePlan(j, formatOf);
    EXPECT_TRUE(p.responsiveness.enabled);
    EXPECT_EQ(20, p.responsiveness.inputHz);
    EXPECT_EQ(500, p.responsiveness.idleMs);
    EXPECT_FALSE(p.responsiveness.frames);
    for (const char *bad : {R"({"input_hz": 0})", R"({"input_hz": 1000})", R"({"frames": "yes"})", R"("often")"}) {
        j["responsiveness"] = nlohmann::json::parse(bad);
        EXPECT_THROW(parsePlan(j, formatOf), PlanError) << bad;
    }
    j["responsiveness"] = true;
    j["trace"] = "yes";
    EXPECT_THROW(parsePlan(j, formatOf), PlanError);
}

TEST(Plan, GridParallelismCanBeCapped)
{
    auto j = quick();
    j["browsers"] = {"grid"};
    j["grid"] = "http://127.0.0.1:4444";
    EXPECT_EQ(0, parsePlan(j, formatOf).gridParallel); // as many as the Grid has nodes
    j["grid_parallel"] = 1;
    EXPECT_EQ(1, parsePlan(j, formatOf).gridParallel);
    j["grid_parallel"] = 0;
    EXPECT_THROW(parsePlan(j, formatOf), PlanError);
}

TEST(Plan, WorkloadsAreACellDimensionThatKeepsOldKeys)
{
    auto j = quick();
    j["configurations"][0]["workloads"] = {"none", "gui", "animation"};
    const auto withWorkloads = parsePlan(j, formatOf);
    const auto plain = parsePlan(quick(), formatOf);
    std::size_t gui = 0, none = 0;
    for (const auto &c : withWorkloads.cells) {
        gui += c.workload == "gui" ? 1 : 0;
        none += c.workload == "none" ? 1 : 0;
        if (c.workload == "gui") {
            EXPECT_TRUE(c.key().ends_with("_wgui")) << c.key();
        }
        if (c.workload == "none") { // the same key as a plan without workloads: its bundles resume
            EXPECT_FALSE(c.key().ends_with("_wnone")) << c.key();
        }
    }
    EXPECT_GT(gui, 0u);
    EXPECT_EQ(plain.cells.size(), none); // every cell of the plain plan, native ones included
    EXPECT_EQ(withWorkloads.cells.size() - plain.cells.size(), 2 * gui);
    j["configurations"][0]["workloads"] = {"webcam"};
    EXPECT_THROW(parsePlan(j, formatOf), PlanError);
}

TEST(Plan, SimdIsACellDimensionOnWasmOnly)
{
    auto j = nlohmann::json::parse(R"({"models": ["mobilenetv2"],
        "configurations": [{"runtime": "ort-web", "backend": "wasm", "threads": [1, 4], "simd": [true, false]}]})");
    const Plan p = parsePlan(j, formatOf);
    ASSERT_EQ(4u, p.cells.size());
    std::set<std::string> keys;
    for (const auto &c : p.cells)
        keys.insert(c.key());
    EXPECT_TRUE(keys.contains("mobilenetv2_ort-web_wasm_t4_nosimd_qtwebengine_main"));
    EXPECT_TRUE(
        keys.contains("mobilenetv2_ort-web_wasm_t4_qtwebengine_main")); // SIMD on keeps the key of earlier plans
    j["configurations"][0]["backend"] = "webgpu";
    EXPECT_THROW(parsePlan(j, formatOf), PlanError);
    for (const char *bad : {R"("yes")", "[]", "[true, true]", "[1]"}) {
        auto k = nlohmann::json::parse(R"({"models": ["mobilenetv2"], "configurations": [{"runtime": "ort-web"}]})");
        k["configurations"][0]["simd"] = nlohmann::json::parse(bad);
        try {
            parsePlan(k, formatOf);
            ADD_FAILURE() << bad << " was accepted";
        } catch (const PlanError &e) {
            EXPECT_NE(std::string::npos, std::string(e.what()).find("configurations[0].simd")) << e.what();
        }
    }
}

TEST(Plan, AnOlderOnnxRuntimeWebRunsBesideThePinnedOneForTheAblation)
{
    // ONNX Runtime Web 1.30 ships only its SIMD+threads wasm: the ablation's plain cells need 1.17.3, and a
    // cell of each version is a cell of its own (its own key, its own plain-wasm reference).
    auto j = nlohmann::json::parse(R"({"models": ["mobilenetv2"],
        "configurations": [{"runtime": "ort-web", "threads": [1]},
                           {"runtime": "ort-web", "runtime_version": "1.17", "threads": [1, 2], "simd": [true, false]}]})");
    const Plan p = parsePlan(j, formatOf);
    ASSERT_EQ(5u, p.cells.size());
    EXPECT_EQ("mobilenetv2_ort-web_wasm_t1_qtwebengine_main", p.cells[0].key()); // the pinned one keeps its key
    EXPECT_TRUE(p.cells[0].runtimeVersion.empty());
    std::set<std::string> keys;
    for (const auto &c : p.cells)
        keys.insert(c.key());
    EXPECT_TRUE(keys.contains("mobilenetv2_ort-web_wasm_t1_nosimd_qtwebengine_main_v1.17"));
    EXPECT_TRUE(keys.contains("mobilenetv2_ort-web_wasm_t2_qtwebengine_main_v1.17"));
    EXPECT_EQ("1.17", p.cells[4].runtimeVersion);
    for (const char *bad :
         {R"({"runtime": "ort-web", "runtime_version": "1.18"})", R"({"runtime": "ort-web", "runtime_version": 1.17})",
          R"({"runtime": "ort-web", "backend": "webgpu", "runtime_version": "1.17"})",
          R"({"runtime": "tfjs", "runtime_version": "1.17"})"}) {
        auto k = nlohmann::json::parse(R"({"models": ["mobilenetv2", "movenet"]})");
        k["configurations"] = nlohmann::json::array({nlohmann::json::parse(bad)});
        try {
            parsePlan(k, formatOf);
            ADD_FAILURE() << bad << " was accepted";
        } catch (const PlanError &e) {
            EXPECT_NE(std::string::npos, std::string(e.what()).find("configurations[0].runtime_version")) << e.what();
        }
    }
}

TEST(Plan, AConfigurationSwitchesTheProbeForItsCellsOnly)
{
    const auto j =
        nlohmann::json::parse(R"({"models": ["mobilenetv2"], "responsiveness": {"enabled": false, "input_hz": 20},
        "configurations": [{"runtime": "ort-web", "threads": [1]},
                           {"runtime": "ort-web", "threads": [1], "workloads": ["gui"], "responsiveness": true}]})");
    const Plan p = parsePlan(j, formatOf);
    ASSERT_EQ(2u, p.cells.size());
    EXPECT_FALSE(p.cells[0].responsiveness);
    EXPECT_TRUE(p.cells[1].responsiveness);
    EXPECT_EQ(20, p.responsiveness.inputHz);
    auto bad = j;
    bad["configurations"][1]["responsiveness"] = 1;
    EXPECT_THROW(parsePlan(bad, formatOf), PlanError);
}

TEST(Plan, TheSameCellTwiceIsRefusedWithItsName)
{
    const auto j = nlohmann::json::parse(R"({"models": ["mobilenetv2"],
        "configurations": [{"runtime": "ort-web", "threads": [1, 2]}, {"runtime": "ort-web", "threads": [2]}]})");
    try {
        parsePlan(j, formatOf);
        ADD_FAILURE() << "accepted";
    } catch (const PlanError &e) {
        EXPECT_NE(std::string::npos, std::string(e.what()).find("mobilenetv2_ort-web_wasm_t2_qtwebengine_main"))
            << e.what();
    }
}

TEST(Plan, AGenerationConfigurationGeneratesInBrowsersAndNativelyWithItsOwnKeys)
{
    auto j = nlohmann::json::parse(R"({"name": "g", "models": ["resnet50"], "native": true, "browsers": ["qtwebengine"],
        "configurations": [{"runtime": "ort-web", "threads": [1, 2], "generation": {"prompt_tokens": 16, "new_tokens": 32}}]})");
    auto p = parsePlan(j, formatOf);
    // Two browser cells and the native cells that generate the same way; no one-shot native cell (nothing asks for it).
    ASSERT_EQ(4u, p.cells.size());
    std::set<std::string> keys;
    for (const auto &c : p.cells) {
        keys.insert(c.key());
        EXPECT_TRUE(c.generation.enabled()) << c.key();
        EXPECT_EQ(16, c.generation.promptTokens);
        EXPECT_EQ(32, c.generation.newTokens);
        EXPECT_EQ(3, c.generation.generations); // the default
    }
    EXPECT_TRUE(keys.contains("resnet50_ort-web_wasm_t2_qtwebengine_main_g16x32"));
    EXPECT_TRUE(keys.contains("resnet50_onnxruntime-node_cpu_t1_native_process_g16x32"));
    // Beside a one-shot configuration, native does both.
    j["configurations"].push_back({{"runtime", "ort-web"}, {"threads", {1}}});
    p = parsePlan(j, formatOf);
    EXPECT_EQ(7u, p.cells.size());
    // Beyond the decoders' context, on another backend, with a workload, or unknown fields: clear errors.
    for (const char *bad : {R"({"prompt_tokens": 500, "new_tokens": 100})", R"({"prompt_tokens": 0})",
                            R"({"new_tokens": 1})", R"({"prompt": 5})", R"("yes")"}) {
        auto b = j;
        b["configurations"][0]["generation"] = nlohmann::json::parse(bad);
        EXPECT_THROW(parsePlan(b, formatOf), PlanError) << bad;
    }
    auto webgpu = j;
    webgpu["configurations"][0]["backend"] = "webgpu";
    EXPECT_THROW(parsePlan(webgpu, formatOf), PlanError);
    auto workload = j;
    workload["configurations"][0]["workloads"] = {"gui"};
    EXPECT_THROW(parsePlan(workload, formatOf), PlanError);
}

TEST(Plan, GenerationIsAskedForInFullAndOnlyOfDecoders)
{
    // Issue 23: "generation": {} became defaults nobody saw; a classifier was given one and failed at warm-up.
    const auto j = nlohmann::json::parse(R"({"name": "g", "models": ["resnet50"], "browsers": ["qtwebengine"],
        "configurations": [{"runtime": "ort-web", "generation": {"prompt_tokens": 16, "new_tokens": 32}}]})");
    const auto decoders = [](const std::string &id) { return id == "decoder-small"; };
    try {
        parsePlan(j, formatOf, decoders);
        ADD_FAILURE() << "a classifier was given a generation";
    } catch (const PlanError &e) {
        EXPECT_NE(std::string::npos, std::string(e.what()).find("\"resnet50\" does not generate text")) << e.what();
    }
    auto decoder = j;
    decoder["models"] = {"decoder-small"};
    EXPECT_NO_THROW(parsePlan(decoder, formatOf, decoders));
    for (const char *partial : {R"({})", R"({"prompt_tokens": 16})", R"({"new_tokens": 32, "generations": 2})"}) {
        auto b = decoder;
        b["configurations"][0]["generation"] = nlohmann::json::parse(partial);
        try {
            parsePlan(b, formatOf, decoders);
            ADD_FAILURE() << partial << " accepted";
        } catch (const PlanError &e) {
            EXPECT_NE(std::string::npos, std::string(e.what()).find("is required")) << partial << ": " << e.what();
        }
    }
}

TEST(Plan, ANativeOnlyPlanRunsItsNativeCellsAtTheThreadCountsItsConfigurationsName)
{
    // Issue 23: "browsers": [] with "native": true was refused ("must not be an empty list").
    auto j =
        nlohmann::json::parse(R"({"name": "n", "models": ["mobilenetv2", "resnet50"], "browsers": [], "native": true,
        "configurations": [{"runtime": "ort-web", "threads": [1, 4]}]})");
    const auto p = parsePlan(j, formatOf);
    ASSERT_EQ(4u, p.cells.size());
    for (const auto &c : p.cells)
        EXPECT_EQ("native", c.browser) << c.key();
    j["native"] = false;
    try {
        parsePlan(j, formatOf);
        ADD_FAILURE() << "a plan that runs nothing was accepted";
    } catch (const PlanError &e) {
        EXPECT_NE(std::string::npos, std::string(e.what()).find("would run nothing")) << e.what();
    }
}

TEST(Plan, NativeCanNameItsRuntimesAndPytorchRunsEagerAndTorchScript)
{
    auto j = quick();
    j["native"] = {"onnxruntime", "pytorch"};
    auto p = parsePlan(j, formatOf);
    std::set<std::string> keys;
    for (const auto &c : p.cells)
        keys.insert(c.key());
    EXPECT_TRUE(keys.contains("mobilenetv2_onnxruntime-node_cpu_t2_native_process"));
    EXPECT_TRUE(keys.contains("mobilenetv2_pytorch_eager_t1_native_process"));
    EXPECT_TRUE(keys.contains("mobilenetv2_pytorch_torchscript_t2_native_process"));
    EXPECT_EQ(11u, p.cells.size()); // 5 browser cells, 2 ONNX Runtime and 4 PyTorch native cells
    j["native"] = "pytorch";
    p = parsePlan(j, formatOf);
    EXPECT_EQ(9u, p.cells.size()); // no ONNX Runtime baseline asked for
    for (const char *bad : {R"(["tensorflow"])", R"(["pytorch", "pytorch"])", R"([])", R"(3)"}) {
        j["native"] = nlohmann::json::parse(bad);
        EXPECT_THROW(parsePlan(j, formatOf), PlanError) << bad;
    }
}

TEST(Plan, AdaptiveRepetitionsAreReadCheckedAndEachRoundInterleavesItsOwnWay)
{
    auto plan = parsePlan(
        nlohmann::json::parse(
            R"({"models": ["mobilenetv2"], "native": true, "repetitions": {"min": 3, "max": 10, "ci_percent": 5}})"),
        formatOf);
    EXPECT_TRUE(plan.adaptive());
    EXPECT_EQ(3, plan.repetitions);
    EXPECT_EQ(10, plan.maxRepetitions);
    EXPECT_EQ(5, plan.ciPercent);
    EXPECT_EQ(plan.cells.size() * 3, plan.schedule().size()) << "the first rounds are the minimum";
    const auto fixed =
        parsePlan(nlohmann::json::parse(R"({"models": ["mobilenetv2"], "native": true, "repetitions": 2})"), formatOf);
    EXPECT_FALSE(fixed.adaptive());
    EXPECT_EQ(2, fixed.maxRepetitions);
    for (const char *bad :
         {R"({"min": 5, "max": 3})", R"({"min": 3, "max": 10, "ci_percent": 0})", R"({"min": 3, "maximum": 10})",
          R"({"min": 0})", R"({"min": 3, "max": 10, "ci_percent": "5"})"}) {
        auto j = nlohmann::json::parse(R"({"models": ["mobilenetv2"], "native": true})");
        j["repetitions"] = nlohmann::json::parse(bad);
        try {
            parsePlan(j, formatOf);
            ADD_FAILURE() << bad << " was accepted";
        } catch (const PlanError &e) {
            EXPECT_NE(std::string(e.what()).find("repetitions"), std::string::npos) << e.what();
        }
    }
    // A round: the next repetition of the cells that need one, shuffled by the round's own seed.
    std::vector<std::pair<Cell, int>> next;
    for (const auto &c : plan.cells)
        next.emplace_back(c, 4);
    const auto round = plan.adaptiveRound(next, 1);
    ASSERT_EQ(plan.cells.size(), round.size());
    for (const auto &r : round)
        EXPECT_EQ(4, r.repetition);
    const auto again = plan.adaptiveRound(next, 1);
    for (std::size_t i = 0; i < round.size(); ++i)
        EXPECT_EQ(round[i].id(), again[i].id()) << "the same seed and round give the same order";
}

TEST(Vocabulary, EverySpellingRoundTripsAndAnyOtherIsUnknown)
{
    for (auto v : {BrowserKind::QtWebEngine, BrowserKind::Chromium, BrowserKind::Firefox, BrowserKind::Grid,
                   BrowserKind::Native})
        EXPECT_EQ(v, parseBrowserKind(name(v))) << name(v);
    for (auto v : {Runtime::OrtWeb, Runtime::Tfjs, Runtime::OnnxRuntimeNode, Runtime::PyTorch})
        EXPECT_EQ(v, parseRuntime(name(v))) << name(v);
    for (auto v : {Backend::Wasm, Backend::WebGl, Backend::WebGpu, Backend::WebNn, Backend::Cpu, Backend::Eager,
                   Backend::TorchScript})
        EXPECT_EQ(v, parseBackend(name(v))) << name(v);
    for (auto v : {Placement::Main, Placement::Worker, Placement::Process})
        EXPECT_EQ(v, parsePlacement(name(v))) << name(v);
    for (auto v : {Workload::None, Workload::Gui, Workload::Animation, Workload::Video})
        EXPECT_EQ(v, parseWorkload(name(v))) << name(v);
    for (auto v : {Harness::Full, Harness::Minimal, Harness::Calibrate})
        EXPECT_EQ(v, parseHarness(name(v))) << name(v);
    for (auto v : {RunStatus::Ok, RunStatus::Failed, RunStatus::Unsupported, RunStatus::Cancelled})
        EXPECT_EQ(v, parseRunStatus(name(v))) << name(v);
    EXPECT_EQ(BrowserKind::Unknown, parseBrowserKind("webkit"));
    EXPECT_EQ(Harness::Unknown, parseHarness(""));
    EXPECT_EQ("", name(Workload::Unknown));
    EXPECT_EQ("calibrate", name(Harness::Calibrate));
}

TEST(Plan, EveryCellOfAPlanHasKnownKindsThatMatchItsSpellings)
{
    auto json = quick();
    json["browsers"] = {"qtwebengine", "grid"};
    json["grid"] = "http://127.0.0.1:4444";
    json["configurations"][0]["workloads"] = {"none", "gui"};
    const Plan plan = parsePlan(json, formatOf);
    ASSERT_FALSE(plan.cells.empty());
    for (const auto &c : plan.cells) {
        EXPECT_NE(BrowserKind::Unknown, c.browserKind()) << c.key();
        EXPECT_NE(Runtime::Unknown, c.runtimeKind()) << c.key();
        EXPECT_NE(Backend::Unknown, c.backendKind()) << c.key();
        EXPECT_NE(Placement::Unknown, c.placementKind()) << c.key();
        EXPECT_NE(Workload::Unknown, c.workloadKind()) << c.key();
        EXPECT_EQ(Harness::Full, c.harnessKind()) << c.key();
        EXPECT_EQ(c.browser, name(c.browserKind()));
        EXPECT_EQ(c.isNative(), c.browserKind() == BrowserKind::Native);
    }
}
