#pragma once
// One summary record per cell of a plan (repetitions pooled), the `--summary-json` schema documented
// in docs/SUMMARY_SCHEMA.md: phases, steady-state median with its bootstrap CI, and the slowdown
// against the native baseline of the same model at the same thread count.

#include "app/results/bundle_view.h"

#include <nlohmann/json.hpp>

namespace inferscope::app {

/// Cells in order of first appearance in the bundle.
nlohmann::json summarizeCells(const BundleView &view);

} // namespace inferscope::app
