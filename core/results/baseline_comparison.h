#pragma once
// Every configuration against a chosen baseline (issue: comparisons against a baseline): the ratio of
// medians with its 95% CI, a p-value corrected for the number of comparisons (Holm), "not significant"
// marked, and a geometric mean per group. The Compare page, `inferscope compare`
// and the report show these rows; nothing else computes them.
//
// Baselines: "native" (each browser cell against the native run of its model at the same thread count),
// a browser ("chromium": each cell against the same configuration in that browser), or a cell key (every
// other cell against that one). With a second bundle, each cell of the second is compared with the cell of
// the same key in the first (before/after a browser or runtime update), whatever the baseline says.
//
// The unit of evidence is the repetition (analysis/repetitions.h): samples of one run share that run's
// machine state, so the interval, the p-value and the verdict come from the runs' medians (two-level
// bootstrap, Welch's t; an exact permutation p beside it). With one repetition on either side the row's
// interval is within-run only and it gets no verdict.

#include "core/results/bundle_view.h"

#include <string>

#include <nlohmann/json.hpp>

namespace inferscope::results {

/// {"baseline", "mode", "rows": [...], "groups": [...], "method"}; throws std::invalid_argument naming an
/// unknown baseline (a browser or cell the bundle does not have).
nlohmann::json compareAgainstBaseline(const BundleView &view, const std::string &baseline,
                                      const BundleView *after = nullptr);

/// A cell's steady samples pooled over its ok repetitions, exactly what a row compared (empty for an unknown cell).
std::vector<double> pooledCellSamples(const BundleView &view, const std::string &cell);

} // namespace inferscope::results
