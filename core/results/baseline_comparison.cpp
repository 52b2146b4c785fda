#include "core/results/baseline_comparison.h"
#include "core/results/json_number.h"

#include "core/analysis/bootstrap.h"
#include "core/analysis/descriptive.h"
#include "core/analysis/mann_whitney.h"
#include "core/analysis/multiple_comparisons.h"
#include "core/analysis/repetitions.h"

#include <cmath>
#include <map>
#include <stdexcept>

namespace inferscope::results {
namespace {
using nlohmann::json;

struct Cell {
    CellConfig config;                             ///< of its first run
    std::vector<double> pooled;                    ///< steady samples of every ok repetition
    std::vector<double> repMedians;                ///< one median per ok repetition
    std::vector<analysis::RunSamples> repetitions; ///< each ok repetition's steady samples (the view's)
    double median = std::nan(""); ///< the cell's median over its repetitions (analysis::repetitionMedian)
};

std::vector<Cell> cellsOf(const BundleView &view)
{
    std::vector<Cell> cells;
    std::vector<std::vector<const std::vector<double> *>> parts; // each cell's runs, pooled once at the end
    std::map<std::string, std::size_t> index;
    for (const auto &r : view.runs) {
        auto [it, added] = index.try_emplace(r.cell.key, cells.size());
        if (added) {
            cells.push_back({r.cell, {}, {}, {}, std::nan("")});
            parts.emplace_back();
        }
        if (!r.ok() || r.steadySamples.empty())
            continue;
        parts[it->second].push_back(&r.steadySamples);
        cells[it->second].repMedians.push_back(r.stats.median);
        cells[it->second].repetitions.emplace_back(r.steadySamples);
    }
    for (std::size_t i = 0; i < cells.size(); ++i) {
        cells[i].pooled = mergeSorted(std::move(parts[i]));
        cells[i].median = analysis::repetitionMedian(cells[i].repetitions);
    }
    return cells;
}

/// The cell's configuration without its browser: what must match between a cell and its browser baseline.
std::string configuration(const CellConfig &c)
{
    return c.model + "|" + c.runtime + "|" + c.backend + "|" + std::to_string(c.threads) + "|" +
           (c.simd ? "simd" : "nosimd") + "|" + c.placement + "|" + c.workload + "|" + c.harness + "|" + c.generation;
}

/// The pairs a baseline asks for, (compared, baseline), and the mode's name.
std::string pairCells(const std::vector<Cell> &cells, const std::string &baseline,
                      std::vector<std::pair<const Cell *, const Cell *>> &pairs)
{
    if (baseline == "native") {
        for (const auto &c : cells) {
            if (c.config.isNative())
                continue;
            for (const auto &b : cells)
                if (b.config.isNative() && b.config.runtimeKind == experiment::Runtime::OnnxRuntimeNode &&
                    b.config.model == c.config.model && b.config.threads == c.config.threads &&
                    b.config.generation == c.config.generation)
                    pairs.emplace_back(&c, &b);
        }
        if (pairs.empty())
            throw std::invalid_argument("the bundle has no native run to compare with (plan \"native\": true)");
        return "native";
    }
    if (const auto kind = experiment::parseBrowserKind(baseline);
        kind != experiment::BrowserKind::Unknown && kind != experiment::BrowserKind::Native) {
        std::map<std::string, const Cell *> base;
        for (const auto &b : cells)
            if (b.config.browser == baseline)
                base[configuration(b.config)] = &b;
        if (base.empty())
            throw std::invalid_argument("the bundle has no " + baseline + " run to compare with");
        for (const auto &c : cells)
            if (const auto it = base.find(configuration(c.config)); c.config.browser != baseline && it != base.end())
                pairs.emplace_back(&c, it->second);
        return "browser";
    }
    const Cell *base = nullptr;
    for (const auto &b : cells)
        if (b.config.key == baseline)
            base = &b;
    if (!base)
        throw std::invalid_argument("no cell \"" + baseline +
                                    "\" in the bundle: the baseline is native, a browser, or a cell key");
    for (const auto &c : cells)
        if (&c != base)
            pairs.emplace_back(&c, base);
    return "cell";
}

/// One row: the ratio of the cells' medians with its interval, the repetition as the unit (no p-value yet).
ComparisonRow compareCells(const Cell &c, const Cell &b)
{
    ComparisonRow row;
    row.cell = c.config;
    row.baselineCell = b.config.key;
    row.samples = c.pooled.size();
    row.baselineSamples = b.pooled.size();
    row.repetitions = c.repMedians.size();
    row.baselineRepetitions = b.repMedians.size();
    if (c.pooled.empty() || b.pooled.empty()) {
        row.verdict = "no samples";
        return row;
    }
    // The repetitions are the unit: the interval and the p-value come from the runs' medians (two-level
    // bootstrap, Student / Welch), never from pooled samples treated as independent draws.
    const auto ratio = analysis::repetitionRatioCi(c.repetitions, b.repetitions);
    row.measured = true;
    row.medianMs = c.median;
    row.baselineMedianMs = b.median;
    row.ratio = ratio.ci.estimate;
    row.ciLow = ratio.ci.low;
    row.ciHigh = ratio.ci.high;
    row.ciScope = ratio.withinRunOnly ? "within-run" : "repetitions";
    row.effect = analysis::mannWhitneyU(c.pooled, b.pooled).effect;
    row.pPermutation = analysis::permutationP(c.repMedians, b.repMedians);
    if (ratio.withinRunOnly)
        row.verdict = "one repetition: no verdict";
    else
        row.p = analysis::repetitionRatioP(ratio);
    return row;
}

} // namespace

std::vector<double> pooledCellSamples(const BundleView &view, const std::string &cell)
{
    for (Cell &c : cellsOf(view))
        if (c.config.key == cell)
            return std::move(c.pooled);
    return {};
}

BaselineComparison compareAgainstBaseline(const BundleView &view, const std::string &baseline, const BundleView *after)
{
    const std::vector<Cell> cells = cellsOf(view);
    std::vector<std::pair<const Cell *, const Cell *>> pairs; // (compared, baseline)
    std::vector<Cell> afterCells;
    BaselineComparison out;
    out.baseline = after ? std::string("the first bundle's cell of the same key") : baseline;
    if (after) {
        out.mode = "bundles";
        afterCells = cellsOf(*after);
        for (const auto &c : afterCells)
            for (const auto &b : cells)
                if (b.config.key == c.config.key)
                    pairs.emplace_back(&c, &b);
    } else {
        out.mode = pairCells(cells, baseline, pairs);
    }
    std::vector<double> pValues;
    for (const auto &[c, b] : pairs) {
        out.rows.push_back(compareCells(*c, *b));
        if (out.rows.back().p)
            pValues.push_back(*out.rows.back().p);
    }
    const auto adjusted = analysis::holmAdjusted(pValues);
    std::size_t k = 0;
    for (auto &row : out.rows)
        if (row.p) {
            row.pHolm = adjusted[k++];
            // p < 0.05 exactly when the interval excludes 1 (one t statistic); Holm's adjustment asks more.
            row.significant = *row.pHolm < 0.05;
            row.verdict = !row.significant ? "not significant" : row.ratio > 1.0 ? "slower" : "faster";
        }
    // Geometric mean of the ratios per browser, runtime and backend.
    std::map<std::string, std::vector<double>> groups;
    for (const auto &row : out.rows)
        if (row.measured && std::isfinite(row.ratio))
            groups[row.cell.browser + " " + row.cell.runtime + " " + row.cell.backend].push_back(row.ratio);
    for (const auto &[group, ratios] : groups)
        out.groups.push_back({group, ratios.size(), analysis::geometricMean(ratios)});
    out.method =
        "the repetition is the unit: ratio of the cells' medians (geometric means of their ok repetitions' medians), "
        "95% CI "
        "from a two-level bootstrap (repetitions, then samples within each) with Welch's t; p from the same t "
        "statistic, "
        "Holm-adjusted over the rows; a verdict only where the adjusted p < 0.05 (the CI then excludes 1); "
        "p_permutation: exact permutation test of the repetition medians; one repetition on either side: within-run "
        "interval, no verdict (docs/STATISTICS.md)";
    return out;
}

json toJson(const BaselineComparison &comparison)
{
    json rows = json::array();
    for (const auto &r : comparison.rows) {
        json row = {{"cell", r.cell.key},
                    {"baseline_cell", r.baselineCell},
                    {"model", r.cell.model},
                    {"runtime", r.cell.runtime},
                    {"backend", r.cell.backend},
                    {"threads", r.cell.threads},
                    {"simd", r.cell.simd},
                    {"browser", r.cell.browser},
                    {"placement", r.cell.placement},
                    {"workload", r.cell.workload},
                    {"samples", r.samples},
                    {"baseline_samples", r.baselineSamples},
                    {"repetitions", r.repetitions},
                    {"baseline_repetitions", r.baselineRepetitions},
                    {"verdict", r.verdict}};
        if (r.measured) {
            row.update({{"median_ms", number(r.medianMs)},
                        {"baseline_median_ms", number(r.baselineMedianMs)},
                        {"ratio", number(r.ratio)},
                        {"ci_low", number(r.ciLow)},
                        {"ci_high", number(r.ciHigh)},
                        {"ci_scope", r.ciScope},
                        {"effect", r.effect},
                        {"p_permutation", number(r.pPermutation)},
                        {"significant", r.significant}});
            if (r.p)
                row["p"] = *r.p;
            if (r.pHolm)
                row["p_holm"] = *r.pHolm;
        }
        rows.push_back(std::move(row));
    }
    json groups = json::array();
    for (const auto &g : comparison.groups)
        groups.push_back(
            {{"group", g.group}, {"cells", g.cells}, {"geometric_mean_ratio", number(g.geometricMeanRatio)}});
    return {{"baseline", comparison.baseline},
            {"mode", comparison.mode},
            {"rows", rows},
            {"groups", groups},
            {"method", comparison.method}};
}

} // namespace inferscope::results
