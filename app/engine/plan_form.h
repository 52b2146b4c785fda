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
    std::string description;
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
    int repetitions = 1;        ///< fixed, or the first rounds of adaptive repetitions
    int maxRepetitions = 1;     ///< above `repetitions` (with ciPercent > 0): adaptive, up to this many
    int ciPercent = 5;          ///< adaptive: the 95% interval's target half-width, in percent of the median
    bool adaptive() const { return maxRepetitions > repetitions && ciPercent > 0; }
    std::uint64_t seed = 42;
    int minWarmupMs = 3000, maxWarmupMs = 15000, samples = 100, maxSampleMs = 30000, timeoutMs = 180000;
    bool responsiveness = false;
    int inputHz = 10;
    int idleMs = 1000; ///< responsiveness: idle probing before the runtime loads
    bool trace = false;
    bool profile = false;          ///< a separate profiling pass per run: time per operator
    bool realtime = false;         ///< real-time accuracy: 60 distinct frames replayed at 5-60 fps
    std::string harness = "full";  ///< full, minimal (the loop only), calibrate (the probes' calibration page)
    std::string ortRuntimeVersion; ///< "" (the pinned ONNX Runtime Web) or "1.17" (wasm cells only)
    bool generation = false;       ///< ort-web wasm cells generate text (decoder models) instead of inferring once
    int promptTokens = 64, newTokens = 128, generations = 3;
    int gridParallel = 0;                ///< at most this many Grid runs at once; 0: as many as the Grid has nodes
    bool gridNodeChrome = false;         ///< the Grid node starts its own Chrome (grid_browser_binary "")
    std::string serveAddress, serveHost; ///< empty: loopback (only set for remote Grid nodes)

    nlohmann::json toPlanJson() const;
    /// Fields the plan does not name keep their defaults; unknown fields are ignored (the plan as a
    /// whole is still validated by experiment::parsePlan before it runs).
    static PlanForm fromPlanJson(const nlohmann::json &plan);
};

} // namespace inferscope::app
