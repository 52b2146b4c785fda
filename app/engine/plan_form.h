#pragma once
// What the experiment builder's form holds, as plain values, and its translation to and from plan
// JSON (docs/PLAN_FORMAT.md). The dialog only binds widgets to these fields, so the plan it produces is
// testable without a window and a plan file loads back into the same form.

#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

namespace inferscope::app {

struct PlanForm {
    std::string name = "experiment";
    std::vector<std::string> models;
    std::set<std::string> ortBackends{"wasm"};  ///< ONNX Runtime Web: wasm, webgl, webgpu
    std::set<std::string> tfjsBackends{"wasm"}; ///< TensorFlow.js: wasm, webgl, webgpu, cpu
    std::set<int> threads{1};
    bool simdAblation = false; ///< wasm cells also without SIMD (the study's ablation: plain, +threads, +SIMD, +both)
    std::set<std::string> placements{"main"};
    std::set<std::string> workloads{"none"}; ///< none, gui, animation
    std::vector<std::string> browsers{"qtwebengine"};
    std::string gridUrl;
    bool native = true;
    bool nativePytorch = false; ///< also PyTorch eager and TorchScript beside native ONNX Runtime
    int repetitions = 1;    ///< fixed, or the first rounds of adaptive repetitions
    int maxRepetitions = 1; ///< above `repetitions` (with ciPercent > 0): adaptive, up to this many
    int ciPercent = 5;      ///< adaptive: the 95% interval's target half-width, in percent of the median
    bool adaptive() const { return maxRepetitions > repetitions && ciPercent > 0; }
    std::uint64_t seed = 42;
    int minWarmupMs = 3000, maxWarmupMs = 15000, samples = 100, maxSampleMs = 30000, timeoutMs = 180000;
    bool responsiveness = false;
    int inputHz = 10;
    bool trace = false;

    nlohmann::json toPlanJson() const;
    /// Fields the plan does not name keep their defaults; unknown fields are ignored (the plan as a
    /// whole is still validated by experiment::parsePlan before it runs).
    static PlanForm fromPlanJson(const nlohmann::json &plan);
};

} // namespace inferscope::app
