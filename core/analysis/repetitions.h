#pragma once
// The repetition as the unit of evidence: intervals and tests for a cell whose samples come from several
// independent runs (repetitions) of the same configuration.
//
// Samples of one run share that run's machine state (frequency, cache, other processes, a browser's
// tier-up), so they are not independent draws from the cell: pooling them and resampling every inference
// gives intervals as narrow as if the machine never drifted (docs/STATISTICS.md measures a pooled 95%
// interval covering the true median in a minority of simulated cells). Here the unit is the run:
//
// - Estimate: the geometric mean of the repetitions' medians (the mean of their logarithms; latencies are
//   positive and their run-to-run changes multiplicative, so ratios of cells stay symmetric). Where a run
//   has a sample <= 0 the arithmetic mean of the medians is used instead (`logScale` false).
// - Two-level bootstrap (Davison & Hinkley 1997, sec. 3.8, strategy "resample at both stages", as Kalibera
//   & Jones use it in "Rigorous benchmarking in reasonable time", ISMM 2013): each resample draws r runs with
//   replacement, then each drawn run's median from a resample of its own samples (ResampledMedian: exact,
//   O(1) a draw). The spread of the statistic over resamples is its standard error with both the between-
//   and the within-run variance in it.
// - Interval: estimate +- t(r - 1) x standard error, the bootstrap variance scaled by r / (r - 1). The
//   percentile interval of the same resamples is not used: with three repetitions it is about the range of
//   three medians and covers the true median in ~75% of cells, not 95% (the coverage test shows both); the
//   Student quantile is what makes few repetitions honest. Resampling at both stages counts the within-run
//   variance twice, which errs on the wide side (Davison & Hinkley); the simulation bounds by how much.
// - Ratio of two cells: the difference of their log estimates, the two variances summed, Welch-
//   Satterthwaite degrees of freedom; its t-test p-value is what a verdict rests on.
// - Exact permutation p: the difference of mean log medians over every split of the r_a + r_b repetition
//   medians (Monte-Carlo above 200 000 splits), distribution-free; with 2 vs 2 it cannot go below 1/3.
// - Variance components (Kalibera & Jones): the variance of a run's log median split into the part between
//   runs and the part within (from each run's own bootstrap), and the repetitions that a chosen relative
//   half-width needs at this many samples per run.
// With one repetition no between-run variance can be estimated: the interval is that run's own bootstrap
// and says so (`withinRunOnly`).

#include "core/analysis/bootstrap.h"

#include <cstddef>
#include <span>
#include <vector>

namespace inferscope::analysis {

/// One run's samples (order-free; sorted input is used as is).
using RunSamples = std::span<const double>;

struct VarianceComponents {
    double between = 0;      ///< variance of a run's (log) median due to the run itself
    double within = 0;       ///< mean variance of a run's (log) median from its own samples
    double betweenShare = 0; ///< between / (between + within); NaN with fewer than two runs
};

struct RepetitionInterval {
    ConfidenceInterval ci;       ///< of the cell's median (or a ratio of two cells' medians)
    std::size_t repetitions = 0; ///< runs with samples (for a ratio: the smaller side's)
    bool withinRunOnly = false;  ///< one repetition (on either side): no between-run variance in the interval
    bool logScale = true;
    double standardError = 0;    ///< of the statistic on its scale (log for a log-scale estimate)
    double degreesOfFreedom = 0; ///< of the Student quantile (Welch-Satterthwaite for a ratio)
    VarianceComponents variance; ///< of a single cell (NaN-filled for a ratio)
};

/// The cell's median alone: the geometric mean of its runs' medians (arithmetic where a sample is <= 0), NaN
/// without samples. What repetitionMedianCi estimates, without resampling.
double repetitionMedian(const std::vector<RunSamples> &runs);

/// The cell's median over its runs (empty runs ignored). NaN interval when no run has samples.
RepetitionInterval repetitionMedianCi(const std::vector<RunSamples> &runs, const BootstrapOptions &options = {});

/// median(numerator cell) / median(denominator cell) with both cells' repetitions as the unit.
RepetitionInterval repetitionRatioCi(const std::vector<RunSamples> &numerator,
                                     const std::vector<RunSamples> &denominator, const BootstrapOptions &options = {});

/// Two-sided p of "the ratio is 1" from the same t statistic as repetitionRatioCi's interval (so p < 1 - level
/// exactly when the interval excludes 1). NaN for a within-run-only ratio.
double repetitionRatioP(const RepetitionInterval &ratio);

/// Exact two-sided permutation p of equal mean log medians between two sets of repetition medians (Monte-Carlo
/// with `seed` above 200 000 splits). NaN when either side has no median.
double permutationP(std::span<const double> medians, std::span<const double> otherMedians, std::uint64_t seed = 0x5eed);

/// Repetitions a cell needs for a 95% interval within +-halfWidth (relative, 0.05 for +-5%) of its median at
/// the samples per run it had, from its variance over runs (Kalibera & Jones' planning rule with Student's t).
/// 0 when the cell has fewer than two runs (nothing to plan from); capped at `cap`.
int repetitionsForHalfWidth(const std::vector<RunSamples> &runs, double halfWidth, int cap = 1000);
/// The same from an interval already computed (repetitionMedianCi), without resampling again.
int repetitionsForHalfWidth(const RepetitionInterval &interval, double halfWidth, int cap = 1000);

/// The Student t quantile (two-sided level), exposed for the plan's adaptive repetitions and tests.
double studentQuantile(double degreesOfFreedom, double level);

} // namespace inferscope::analysis
