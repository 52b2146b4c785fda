#pragma once
// The Browsers view at a study's scale (issue 30): the plan summary's cells filtered and split into small
// multiples, one panel per model (or per any dimension), each panel with a scale that fits its own values
// (logarithmic when they span more than a decade, 1 marked on ratios). The Results page, `figure --chart
// browsers` and the report all draw what buildComparisonPanels() returns.

#include "app/results/browser_comparison.h"
#include "widgets/comparison_grid_plot.h"

#include <QString>
#include <QStringList>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace inferscope::app {

/// The dimensions a plan's cells vary in: what panels split by and what filters choose from.
enum class ComparisonDimension { Model, Runtime, Backend, Threads, Placement, Browser, Workload, Status };
inline constexpr ComparisonDimension kComparisonDimensions[] = {
    ComparisonDimension::Model,    ComparisonDimension::Runtime,   ComparisonDimension::Backend,
    ComparisonDimension::Threads,  ComparisonDimension::Placement, ComparisonDimension::Browser,
    ComparisonDimension::Workload, ComparisonDimension::Status};

/// In the current language, for menus.
QString comparisonDimensionName(ComparisonDimension dimension);
/// The stable key in saved selections and on the command line: model, runtime, backend, threads, ...
std::string comparisonDimensionKey(ComparisonDimension dimension);
std::optional<ComparisonDimension> comparisonDimensionFromKey(const std::string &key);
/// A cell's value in that dimension ("4" for threads, "native" for the baseline's browser).
std::string comparisonDimensionValue(const results::CellSummary &cell, ComparisonDimension dimension);
/// The values the cells have in that dimension, sorted (threads numerically).
std::vector<std::string> comparisonDimensionValues(const std::vector<results::CellSummary> &cells,
                                                   ComparisonDimension dimension);

enum class ComparisonScale { Auto, Linear, Log };

/// What the user chose to see. Saved per bundle (toJson/fromJson) and used by every export of the view.
struct ComparisonSelection {
    std::optional<ComparisonDimension> panelsBy = ComparisonDimension::Model; ///< none: one panel of every cell
    bool bestPerBrowser = false; ///< each browser's best configuration per panel, against native
    ComparisonScale scale = ComparisonScale::Auto;
    bool sortByValue = false;
    bool hideFailed = true;                                      ///< failed and unsupported cells counted, not drawn
    std::map<ComparisonDimension, std::set<std::string>> hidden; ///< values left out, per dimension

    nlohmann::json toJson() const;
    /// Whatever of `saved` it understands; the rest stays at its default (a saved selection is untrusted).
    static ComparisonSelection fromJson(const nlohmann::json &saved);
    /// The view a study bundle opens on: per model, each browser's best configuration against native.
    static ComparisonSelection firstView();
};

struct ComparisonPanels {
    widgets::ComparisonGridView grid;
    int hiddenFailed = 0;      ///< failed or unsupported cells not drawn
    QStringList failedReasons; ///< "cell: reason" for each of them
    int filteredOut = 0;       ///< cells the filters left out
};

/// The cells `selection` keeps (filters, failed cells, each browser's best per panel), in their order.
std::vector<results::CellSummary> selectComparisonCells(const std::vector<results::CellSummary> &cells,
                                                        ComparisonMetric metric, const ComparisonSelection &selection);
ComparisonPanels buildComparisonPanels(const std::vector<results::CellSummary> &cells, ComparisonMetric metric,
                                       const ComparisonSelection &selection);

} // namespace inferscope::app
