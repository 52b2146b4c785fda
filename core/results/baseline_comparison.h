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

#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace inferscope::results {

/// One cell against its baseline cell. A row is in one of three states: no samples on a side (only the counts and
/// the verdict), one repetition on a side (the ratio and a within-run interval, no p and no verdict), or tested.
struct ComparisonRow {
    CellConfig cell; ///< the compared cell (`cell.key`)
    std::string baselineCell;
    std::size_t samples = 0, baselineSamples = 0, repetitions = 0, baselineRepetitions = 0;
    bool measured = false; ///< both sides have samples: the numbers below are set
    double medianMs = std::nan(""), baselineMedianMs = std::nan("");
    double ratio = std::nan(""), ciLow = std::nan(""), ciHigh = std::nan("");
    std::string ciScope;                ///< "repetitions" or "within-run"
    double effect = std::nan("");       ///< Mann-Whitney's effect size over the pooled samples (descriptive)
    double pPermutation = std::nan(""); ///< exact permutation test of the repetitions' medians
    std::optional<double> p, pHolm;     ///< tested rows: Welch's t on the log ratio, and Holm-adjusted over the rows
    bool significant = false;
    std::string verdict; ///< "slower", "faster", "not significant", "one repetition: no verdict", "no samples"
};

/// The geometric mean of the measured rows' ratios of one browser, runtime and backend.
struct ComparisonGroup {
    std::string group;
    std::size_t cells = 0;
    double geometricMeanRatio = std::nan("");
};

struct BaselineComparison {
    std::string baseline; ///< as asked, or "the first bundle's cell of the same key" for two bundles
    std::string mode;     ///< "native", "browser", "cell" or "bundles"
    std::vector<ComparisonRow> rows;
    std::vector<ComparisonGroup> groups;
    std::string method;
};

/// Throws std::invalid_argument naming an unknown baseline (a browser or cell the bundle does not have).
BaselineComparison compareAgainstBaseline(const BundleView &view, const std::string &baseline,
                                          const BundleView *after = nullptr);

/// `inferscope compare --format json`: {"baseline", "mode", "rows": [...], "groups": [...], "method"}.
nlohmann::json toJson(const BaselineComparison &comparison);

/// A cell's steady samples pooled over its ok repetitions, exactly what a row compared (empty for an unknown cell).
std::vector<double> pooledCellSamples(const BundleView &view, const std::string &cell);

} // namespace inferscope::results
