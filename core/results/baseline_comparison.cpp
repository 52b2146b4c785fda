#include "core/results/baseline_comparison.h"
#include "core/results/json_number.h"

#include "core/results/generation_tag.h"

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
    std::string key;
    json meta;                                     ///< of its first run
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
        const std::string key = r.meta.value("cell", r.runId);
        auto [it, added] = index.try_emplace(key, cells.size());
        if (added) {
            cells.push_back({key, r.meta, {}, {}, {}, std::nan("")});
            parts.emplace_back();
        }
        if (r.status != "ok" || r.steadySamples.empty())
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
std::string configuration(const json &m)
{
    return m.value("model", "") + "|" + m.value("runtime", "") + "|" + m.value("backend", "") + "|" +
           std::to_string(m.value("threads", 1)) + "|" + (m.value("simd", true) ? "simd" : "nosimd") + "|" +
           m.value("placement", "") + "|" + m.value("workload", "none") + "|" + m.value("harness", "full") + "|" +
           generationTag(m);
}

} // namespace

std::vector<double> pooledCellSamples(const BundleView &view, const std::string &cell)
{
    for (Cell &c : cellsOf(view))
        if (c.key == cell)
            return std::move(c.pooled);
    return {};
}

json compareAgainstBaseline(const BundleView &view, const std::string &baseline, const BundleView *after)
{
    const std::vector<Cell> cells = cellsOf(view);
    std::vector<std::pair<const Cell *, const Cell *>> pairs; // (compared, baseline)
    std::vector<Cell> afterCells;
    std::string mode;
    if (after) {
        mode = "bundles";
        afterCells = cellsOf(*after);
        for (const auto &c : afterCells)
            for (const auto &b : cells)
                if (b.key == c.key)
                    pairs.emplace_back(&c, &b);
    } else if (baseline == "native") {
        mode = "native";
        for (const auto &c : cells) {
            if (c.meta.value("browser", "") == "native")
                continue;
            for (const auto &b : cells)
                if (b.meta.value("browser", "") == "native" &&
                    b.meta.value("runtime", "onnxruntime-node") == "onnxruntime-node" &&
                    b.meta.value("model", "") == c.meta.value("model", "") &&
                    b.meta.value("threads", 1) == c.meta.value("threads", 1) &&
                    generationTag(b.meta) == generationTag(c.meta))
                    pairs.emplace_back(&c, &b);
        }
        if (pairs.empty())
            throw std::invalid_argument("the bundle has no native run to compare with (plan \"native\": true)");
    } else if (baseline == "qtwebengine" || baseline == "chromium" || baseline == "firefox" || baseline == "grid") {
        mode = "browser";
        std::map<std::string, const Cell *> base;
        for (const auto &b : cells)
            if (b.meta.value("browser", "") == baseline)
                base[configuration(b.meta)] = &b;
        if (base.empty())
            throw std::invalid_argument("the bundle has no " + baseline + " run to compare with");
        for (const auto &c : cells)
            if (const auto it = base.find(configuration(c.meta));
                c.meta.value("browser", "") != baseline && it != base.end())
                pairs.emplace_back(&c, it->second);
    } else {
        mode = "cell";
        const Cell *base = nullptr;
        for (const auto &b : cells)
            if (b.key == baseline)
                base = &b;
        if (!base)
            throw std::invalid_argument("no cell \"" + baseline +
                                        "\" in the bundle: the baseline is native, a browser, or a cell key");
        for (const auto &c : cells)
            if (&c != base)
                pairs.emplace_back(&c, base);
    }

    json rows = json::array();
    std::vector<double> pValues;
    std::vector<std::size_t> tested; // rows that have a p-value, in order
    for (const auto &[c, b] : pairs) {
        json row = {{"cell", c->key},
                    {"baseline_cell", b->key},
                    {"model", c->meta.value("model", "")},
                    {"runtime", c->meta.value("runtime", "")},
                    {"backend", c->meta.value("backend", "")},
                    {"threads", c->meta.value("threads", 1)},
                    {"simd", c->meta.value("simd", true)},
                    {"browser", c->meta.value("browser", "")},
                    {"placement", c->meta.value("placement", "")},
                    {"workload", c->meta.value("workload", "none")},
                    {"samples", c->pooled.size()},
                    {"baseline_samples", b->pooled.size()},
                    {"repetitions", c->repMedians.size()},
                    {"baseline_repetitions", b->repMedians.size()}};
        if (c->pooled.empty() || b->pooled.empty()) {
            row["verdict"] = "no samples";
            rows.push_back(row);
            continue;
        }
        // The repetitions are the unit: the interval and the p-value come from the runs' medians (two-level
        // bootstrap, Student / Welch), never from pooled samples treated as independent draws.
        const auto ratio = analysis::repetitionRatioCi(c->repetitions, b->repetitions);
        const auto pooled = analysis::mannWhitneyU(c->pooled, b->pooled);
        row.update({{"median_ms", number(c->median)},
                    {"baseline_median_ms", number(b->median)},
                    {"ratio", number(ratio.ci.estimate)},
                    {"ci_low", number(ratio.ci.low)},
                    {"ci_high", number(ratio.ci.high)},
                    {"ci_scope", ratio.withinRunOnly ? "within-run" : "repetitions"},
                    {"effect", pooled.effect},
                    {"p_permutation", number(analysis::permutationP(c->repMedians, b->repMedians))}});
        if (ratio.withinRunOnly) {
            row["verdict"] = "one repetition: no verdict";
            row["significant"] = false;
            rows.push_back(row);
            continue;
        }
        const double p = analysis::repetitionRatioP(ratio);
        row["p"] = p;
        pValues.push_back(p);
        tested.push_back(rows.size());
        rows.push_back(row);
    }
    const auto adjusted = analysis::holmAdjusted(pValues);
    for (std::size_t k = 0; k < tested.size(); ++k) {
        json &row = rows[tested[k]];
        row["p_holm"] = adjusted[k];
        // p < 0.05 exactly when the interval excludes 1 (one t statistic); Holm's adjustment asks more.
        const bool significant = adjusted[k] < 0.05;
        row["significant"] = significant;
        row["verdict"] = !significant ? "not significant" : row["ratio"].get<double>() > 1.0 ? "slower" : "faster";
    }
    // Geometric mean of the ratios per browser, runtime and backend.
    std::map<std::string, std::vector<double>> groups;
    for (const auto &row : rows)
        if (row.contains("ratio"))
            groups[row["browser"].get<std::string>() + " " + row["runtime"].get<std::string>() + " " +
                   row["backend"].get<std::string>()]
                .push_back(row["ratio"].get<double>());
    json summary = json::array();
    for (const auto &[group, ratios] : groups)
        summary.push_back({{"group", group},
                           {"cells", ratios.size()},
                           {"geometric_mean_ratio", number(analysis::geometricMean(ratios))}});
    return {
        {"baseline", after ? std::string("the first bundle's cell of the same key") : baseline},
        {"mode", mode},
        {"rows", rows},
        {"groups", summary},
        {"method",
         "the repetition is the unit: ratio of the cells' medians (geometric means of their ok repetitions' medians), "
         "95% CI "
         "from a two-level bootstrap (repetitions, then samples within each) with Welch's t; p from the same t "
         "statistic, "
         "Holm-adjusted over the rows; a verdict only where the adjusted p < 0.05 (the CI then excludes 1); "
         "p_permutation: exact permutation test of the repetition medians; one repetition on either side: within-run "
         "interval, no verdict (docs/STATISTICS.md)"}};
}

} // namespace inferscope::results
