#pragma once
// The native baseline: one run of an ONNX model in native ONNX Runtime (onnxruntime-node, the same
// version as onnxruntime-web) as a supervised child process, recorded in the same RunRecord schema as
// in-browser runs: phases in the metadata, raw samples and a memory timeline as series. A crash,
// a timeout or a model that will not load becomes a failed record with the reason and stderr.

#include "core/modelcache/model_cache.h"
#include "core/store/run_record.h"

#include <cstdint>
#include <optional>

namespace inferscope::engine {

/// A decoder generates instead of one-shot inference: how, the same for the page and the native tool.
struct GenerationSetting {
    int promptTokens = 0, newTokens = 0, generations = 0;
    std::uint32_t seed = 0;
    int vocab = 0; ///< the prompt's ids are drawn below it
};

struct NativeRunOptions {
    /// onnxruntime-node (ort_native.mjs), or pytorch (torch_native.py: the zoo's generated models in
    /// Debian's PyTorch, `backend` eager or torchscript).
    std::string runtime = "onnxruntime-node";
    std::string backend = "cpu";
    int threads = 1;
    int warmupMs = 3000;    ///< warm up by time: thread pools and caches settle over seconds
    int samples = 200;      ///< steady-state samples to take
    int maxMs = 120000;     ///< stop sampling after this long (warm-up included)
    int timeoutMs = 300000; ///< the whole child, session creation included
    int memoryIntervalMs = 100;
    bool profile = false; ///< after the timed samples, a profiling pass: meta.profile (operators and nodes)
    std::optional<GenerationSetting> generation;
    zoo::ProgressFn progress;
    zoo::CancelFn cancelled;
};

/// Runs `entry` natively. For a model without a native baseline (TF.js), returns a record with status
/// "unsupported" that says why, instead of leaving a gap.
store::RunRecord runNativeBaseline(const zoo::ModelCache &cache, const zoo::ModelEntry &entry,
                                   const NativeRunOptions &options, const std::string &runId);

} // namespace inferscope::engine
