#pragma once
// An experiment plan and its expansion into cells and runs.
//
// Plan JSON (docs/PLAN_FORMAT.md):
//   {"name": "quick", "seed": 42, "repetitions": 1,   (or {"min": 3, "max": 10, "ci_percent": 5}: adaptive)
//    "models": ["mobilenetv2", ...],
//    "configurations": [{"runtime": "ort-web", "backend": "wasm", "threads": [1, 2], "placements": ["main", "worker"]},
//                       {"runtime": "tfjs", "backend": "wasm", "threads": [1]}],
//    "browsers": ["qtwebengine"],
//    "native": true,
//    "policy": {"min_warmup_ms": 3000, "max_warmup_ms": 15000, "samples": 100, "max_sample_ms": 30000, "timeout_ms":
//    180000}, "responsiveness": {"input_hz": 10, "idle_ms": 1000, "frames": true}, "trace": false}
// A configuration applies to the models of its runtime's format (ort-web: ONNX, tfjs: TF.js graph
// models). "native": true adds the native baseline of every ONNX model at every thread count used.

#include "core/experiment/vocabulary.h"
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace inferscope::experiment {

/// Plans larger than this are refused before parsing (the largest real plan is a few kB).
inline constexpr std::uint64_t kMaxPlanBytes = 16ull << 20;

class PlanError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct Policy {
    int minWarmupMs = 3000;
    int maxWarmupMs = 15000;
    int samples = 100;
    int maxSampleMs = 30000;
    int timeoutMs = 180000;
};

/// Responsiveness probes (METRICS.md): the driver clicks into the page at `inputHz` while the page
/// records each click's delay to its handler, and the page's animation frames are timed; `idleMs` of
/// probing before the runtime loads gives the idle reference that the busy phases are compared with.
struct Responsiveness {
    bool enabled = false;
    int inputHz = 10;
    int idleMs = 1000;
    bool frames = true;
};

/// Token-by-token generation with a decoder's KV cache (a configuration's "generation"): a seeded prompt of
/// promptTokens, then newTokens generated greedily, `generations` times after a warm-up generation.
struct Generation {
    int promptTokens = 0; ///< 0: no generation (one-shot inference)
    int newTokens = 0;
    int generations = 3;
    bool enabled() const { return promptTokens > 0; }
    bool operator==(const Generation &) const = default;
};

struct Cell {
    std::string model;
    std::string runtime; ///< ort-web, tfjs, onnxruntime-node
    std::string backend; ///< wasm, webgl, webgpu, cpu
    int threads = 1;
    std::string browser;           ///< qtwebengine, ..., native
    std::string placement;         ///< main, worker, process (native)
    std::string harness = "full";  ///< full, or minimal (the calibration page)
    std::string workload = "none"; ///< what else the page does meanwhile: none, gui (scripted DOM steps), animation
    bool simd = true;              ///< wasm SIMD asked for (the study's ablation); false only on wasm backends
    /// The responsiveness probe runs in this cell's runs (the plan's setting, or its configuration's
    /// "responsiveness"); not part of the key: a plan may not hold the same cell twice.
    bool responsiveness = false;
    Generation generation; ///< part of the key when enabled: _gPROMPTxNEW
    /// "" for the pinned runtime; "1.17" for ONNX Runtime Web 1.17.3, the last release with wasm builds without
    /// SIMD and without threads (1.30 ships only SIMD+threads), so ort-web's SIMD/threads ablation can run.
    std::string runtimeVersion;

    /// Stable, file-name-safe key:
    /// model_runtime_backend_tN[_nosimd]_browser_placement[_harness][_wWORKLOAD][_gPxN][_vVERSION].
    std::string key() const;
    bool isNative() const { return browserKind() == BrowserKind::Native; }
    /// The spellings above as the vocabulary's enums (vocabulary.h), for decisions; Unknown for a spelling it lacks.
    BrowserKind browserKind() const { return parseBrowserKind(browser); }
    Runtime runtimeKind() const { return parseRuntime(runtime); }
    Backend backendKind() const { return parseBackend(backend); }
    Placement placementKind() const { return parsePlacement(placement); }
    Workload workloadKind() const { return parseWorkload(workload); }
    Harness harnessKind() const { return parseHarness(harness); }
    bool operator==(const Cell &) const = default;
};

struct Run {
    Cell cell;
    int repetition = 1;
    std::string id() const; ///< key + "_rN": unique in a plan, the record's file name
};

struct Plan {
    std::string name;
    std::uint64_t seed = 42;
    int repetitions = 1; ///< runs of every cell; with adaptive repetitions, the first rounds ("min")
    /// Adaptive repetitions ("repetitions": {"min": 3, "max": 10, "ci_percent": 5}): after the first
    /// `repetitions` rounds, each cell whose 95% interval is wider than +-ciPercent of its median gets one more
    /// repetition per round (rounds interleaved in a fresh seeded order) until maxRepetitions. Fixed: equal.
    int maxRepetitions = 1;
    int ciPercent = 0; ///< 0: fixed repetitions
    bool adaptive() const { return ciPercent > 0 && maxRepetitions > repetitions; }
    std::vector<std::string> models;
    std::vector<Cell> cells; ///< expanded, in plan order
    Policy policy;
    Responsiveness responsiveness;
    bool trace = false; ///< record a browser trace (timeline and frame categories) where the driver can (CDP)
    bool profile = false;
    int realtimeFrames =
        0; ///< "realtime": a stream of this many distinct frames after the timed samples (0: none)    ///< a
           ///< per-operator profiling pass after each run's timed samples (ORT enableProfiling, tf.profile)
    std::string gridUrl;  ///< WebDriver endpoint for browser "grid" (a Selenium Grid 4 or a chromedriver)
    int gridParallel = 0; ///< at most this many Grid runs at once (0: as many as the Grid has nodes up)
    /// The Chrome binary a Grid node starts ("" lets the node use its own Chrome: Windows or macOS nodes).
    std::string gridBrowserBinary = "/usr/bin/chromium";
    std::string serveAddress =
        "127.0.0.1";       ///< where the harness server listens: loopback unless the plan says otherwise
    std::string serveHost; ///< the host name remote nodes use to reach the server (default: serveAddress)
    nlohmann::json source; ///< the plan as written, stored in the bundle manifest

    /// Whether a run in the embedded browser needs its DevTools endpoint (the click probe and traces
    /// speak CDP); without it the endpoint stays closed and the page reports its own JS heap.
    bool embeddedNeedsDevTools() const;

    /// Every run, in an order interleaved by a seeded shuffle within each repetition round, so slow
    /// drifts of a shared machine spread over all configurations instead of biasing the last ones.
    std::vector<Run> schedule() const;

    /// One adaptive round: the next repetition of each cell in `cells` (keys), in an order shuffled with a seed
    /// of its own (the plan's seed and the round), so a round interleaves like the first ones.
    std::vector<Run> adaptiveRound(const std::vector<std::pair<Cell, int>> &cellsAndRepetition, int round) const;
};

/// `formatOf` maps a model id to "onnx" or "tfjs" (or "" when unknown: a PlanError names it); `generates`, when
/// given, says whether a model generates text (the catalog's decoders): "generation" on any other is refused.
/// Every field is checked for its type and range and unknown fields are refused; each PlanError names
/// the field by its path ("policy.samples", "configurations[1].threads[0]").
Plan parsePlan(const nlohmann::json &json, const std::function<std::string(const std::string &)> &formatOf,
               const std::function<bool(const std::string &)> &generates = {});

/// The same question from a plan's JSON before it can be parsed (the CLI must decide before QtWebEngine
/// starts, and the zoo is read only after): true unless the plan surely does not need it.
bool embeddedMayNeedDevTools(const nlohmann::json &plan);

/// The same from the plan's text: also refuses duplicate keys and nesting deeper than 64 levels.
Plan parsePlanText(std::string_view text, const std::function<std::string(const std::string &)> &formatOf,
                   const std::function<bool(const std::string &)> &generates = {});

} // namespace inferscope::experiment
