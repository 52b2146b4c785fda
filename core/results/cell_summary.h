#pragma once
// One summary record per cell of a plan (repetitions pooled), the `--summary-json` schema documented
// in docs/SUMMARY_SCHEMA.md: phases, steady-state median with its bootstrap CI, and the slowdown
// against the native baseline of the same model at the same thread count.

#include "core/results/bundle_view.h"

#include <nlohmann/json.hpp>

namespace inferscope::results {

/// For a webgl/webgpu run: "software" when the adapter the page saw is a CPU rasteriser (SwiftShader,
/// llvmpipe, lavapipe), "hardware" when it named another, "unknown" when the page did not say; "" for
/// backends that use no GPU. Software GPU numbers prove a backend works; they say nothing of GPU speed.
std::string gpuKind(const nlohmann::json &meta);

/// Cells in order of first appearance in the bundle.
nlohmann::json summarizeCells(const BundleView &view);

} // namespace inferscope::results
