#include "app/results/comparison_panels.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace inferscope::app {
namespace {
struct Ui {
    Q_DECLARE_TR_FUNCTIONS(ComparisonPanels)
};

using results::CellSummary;

bool isNative(const CellSummary &cell)
{
    return cell.config.isNative();
}

bool isFailed(const CellSummary &cell)
{
    return !cell.measured();
}

/// Whether the native baseline has a value of its own in this dimension (its model, its thread count): else it
/// is the baseline of every panel, not a panel of its own.
bool nativeHasOwn(ComparisonDimension dimension)
{
    return dimension == ComparisonDimension::Model || dimension == ComparisonDimension::Threads;
}

bool better(double a, double b, ComparisonMetric metric)
{
    return higherIsBetter(metric) ? a > b : a < b;
}

/// The panel's value for a cell, or none where the cell joins every panel (the native baseline split by a
/// dimension it has no value in).
std::optional<std::string> panelOf(const CellSummary &cell, const ComparisonSelection &selection)
{
    if (!selection.panelsBy)
        return std::string();
    if (isNative(cell) && !nativeHasOwn(*selection.panelsBy))
        return std::nullopt;
    return comparisonDimensionValue(cell, *selection.panelsBy);
}

/// The groups of `view` ordered by their best value (ascending; descending where higher is better).
void sortGroups(widgets::BrowserComparisonView &view, ComparisonMetric metric)
{
    const std::size_t n = static_cast<std::size_t>(view.groups.size());
    std::vector<double> key(n, std::nan(""));
    for (const auto &row : view.values)
        for (std::size_t g = 0; g < n; ++g)
            if (std::isfinite(row[g].value) && (std::isnan(key[g]) || better(row[g].value, key[g], metric)))
                key[g] = row[g].value;
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (std::isnan(key[a]) != std::isnan(key[b]))
            return std::isnan(key[b]); // groups without a value (failed) last
        return !std::isnan(key[a]) && better(key[a], key[b], metric);
    });
    QStringList groups;
    for (std::size_t g : order)
        groups << view.groups[static_cast<qsizetype>(g)];
    view.groups = groups;
    for (auto &row : view.values) {
        std::vector<widgets::ComparisonValue> sorted;
        for (std::size_t g : order)
            sorted.push_back(row[g]);
        row = std::move(sorted);
    }
}

/// Logarithmic where the panel's values (and 1 on a ratio) span more than a decade: a bar a tenth of the
/// tallest is still a bar; intervals do not count (two repetitions give wide ones that would tip every panel).
bool spansADecade(const widgets::BrowserComparisonView &view)
{
    double low = std::isfinite(view.referenceLine) ? view.referenceLine : 1e300,
           high = std::isfinite(view.referenceLine) ? view.referenceLine : 0;
    for (const auto &row : view.values)
        for (const auto &v : row)
            if (std::isfinite(v.value) && v.value > 0) {
                low = std::min(low, v.value);
                high = std::max(high, v.value);
            }
    return high > 0 && high / low > 10;
}
} // namespace

QString comparisonDimensionName(ComparisonDimension dimension)
{
    switch (dimension) {
    case ComparisonDimension::Model:
        return Ui::tr("Model");
    case ComparisonDimension::Runtime:
        return Ui::tr("Runtime");
    case ComparisonDimension::Backend:
        return Ui::tr("Backend");
    case ComparisonDimension::Threads:
        return Ui::tr("Threads");
    case ComparisonDimension::Placement:
        return Ui::tr("Placement");
    case ComparisonDimension::Browser:
        return Ui::tr("Browser");
    case ComparisonDimension::Workload:
        return Ui::tr("Workload");
    case ComparisonDimension::Status:
        return Ui::tr("Status");
    }
    return {};
}

std::string comparisonDimensionKey(ComparisonDimension dimension)
{
    switch (dimension) {
    case ComparisonDimension::Model:
        return "model";
    case ComparisonDimension::Runtime:
        return "runtime";
    case ComparisonDimension::Backend:
        return "backend";
    case ComparisonDimension::Threads:
        return "threads";
    case ComparisonDimension::Placement:
        return "placement";
    case ComparisonDimension::Browser:
        return "browser";
    case ComparisonDimension::Workload:
        return "workload";
    case ComparisonDimension::Status:
        return "status";
    }
    return {};
}

std::optional<ComparisonDimension> comparisonDimensionFromKey(const std::string &key)
{
    for (const auto d : kComparisonDimensions)
        if (comparisonDimensionKey(d) == key)
            return d;
    return std::nullopt;
}

std::string comparisonDimensionValue(const results::CellSummary &cell, ComparisonDimension dimension)
{
    switch (dimension) {
    case ComparisonDimension::Model:
        return cell.config.model;
    case ComparisonDimension::Runtime:
        return cell.config.runtime;
    case ComparisonDimension::Backend:
        return cell.config.backend;
    case ComparisonDimension::Threads:
        return std::to_string(cell.config.threads);
    case ComparisonDimension::Placement:
        return cell.config.placement;
    case ComparisonDimension::Browser:
        return cell.config.browser;
    case ComparisonDimension::Workload:
        return cell.config.workload;
    case ComparisonDimension::Status:
        return cell.status;
    }
    return {};
}

std::vector<std::string> comparisonDimensionValues(const std::vector<results::CellSummary> &cells,
                                                   ComparisonDimension dimension)
{
    std::vector<std::string> values;
    for (const auto &c : cells)
        if (const std::string v = comparisonDimensionValue(c, dimension);
            std::find(values.begin(), values.end(), v) == values.end())
            values.push_back(v);
    if (dimension == ComparisonDimension::Threads)
        std::sort(values.begin(), values.end(),
                  [](const std::string &a, const std::string &b) { return std::stoll("0" + a) < std::stoll("0" + b); });
    else
        std::sort(values.begin(), values.end());
    return values;
}

nlohmann::json ComparisonSelection::toJson() const
{
    nlohmann::json hiddenJson = nlohmann::json::object();
    for (const auto &[dimension, values] : hidden)
        if (!values.empty())
            hiddenJson[comparisonDimensionKey(dimension)] = values;
    const char *scales[] = {"auto", "linear", "log"};
    return {{"panels_by", panelsBy ? nlohmann::json(comparisonDimensionKey(*panelsBy)) : nlohmann::json(nullptr)},
            {"best_per_browser", bestPerBrowser},
            {"scale", scales[static_cast<int>(scale)]},
            {"sort_by_value", sortByValue},
            {"hide_failed", hideFailed},
            {"hidden", hiddenJson}};
}

ComparisonSelection ComparisonSelection::fromJson(const nlohmann::json &saved)
{
    ComparisonSelection s;
    if (!saved.is_object())
        return s;
    if (const auto it = saved.find("panels_by"); it != saved.end()) {
        if (it->is_null())
            s.panelsBy.reset();
        else if (it->is_string())
            s.panelsBy = comparisonDimensionFromKey(it->get<std::string>()).value_or(ComparisonDimension::Model);
    }
    auto flag = [&saved](const char *key, bool fallback) {
        const auto it = saved.find(key);
        return it != saved.end() && it->is_boolean() ? it->get<bool>() : fallback;
    };
    s.bestPerBrowser = flag("best_per_browser", s.bestPerBrowser);
    s.sortByValue = flag("sort_by_value", s.sortByValue);
    s.hideFailed = flag("hide_failed", s.hideFailed);
    if (const auto it = saved.find("scale"); it != saved.end() && it->is_string())
        s.scale = *it == "linear" ? ComparisonScale::Linear
                  : *it == "log"  ? ComparisonScale::Log
                                  : ComparisonScale::Auto;
    if (const auto it = saved.find("hidden"); it != saved.end() && it->is_object())
        for (const auto &[key, values] : it->items()) {
            const auto dimension = comparisonDimensionFromKey(key);
            if (!dimension || !values.is_array())
                continue;
            for (const auto &v : values)
                if (v.is_string() && v.get<std::string>().size() < 4096)
                    s.hidden[*dimension].insert(v.get<std::string>());
        }
    return s;
}

ComparisonSelection ComparisonSelection::firstView()
{
    ComparisonSelection s;
    s.bestPerBrowser = true;
    return s;
}

std::vector<CellSummary> selectComparisonCells(const std::vector<CellSummary> &cells, ComparisonMetric metric,
                                               const ComparisonSelection &selection)
{
    std::vector<CellSummary> kept;
    for (const auto &c : cells) {
        const bool hidden = std::any_of(selection.hidden.begin(), selection.hidden.end(), [&c](const auto &entry) {
            return entry.second.count(comparisonDimensionValue(c, entry.first)) > 0;
        });
        if (!hidden && !(selection.hideFailed && isFailed(c)))
            kept.push_back(c);
    }
    if (!selection.bestPerBrowser)
        return kept;
    // Per panel and browser the configuration with the best value; native where a kept cell has its model and
    // thread count.
    std::map<std::pair<std::string, std::string>, std::size_t> best; // (panel, browser) -> index in kept
    for (std::size_t i = 0; i < kept.size(); ++i) {
        const auto &c = kept[i];
        const double v = comparisonValueOf(c, metric).value;
        if (isNative(c) || !std::isfinite(v))
            continue;
        const auto key = std::make_pair(panelOf(c, selection).value_or(""), c.config.browser);
        if (const auto it = best.find(key);
            it == best.end() || better(v, comparisonValueOf(kept[it->second], metric).value, metric))
            best[key] = i;
    }
    std::vector<std::size_t> chosen;
    std::set<std::pair<std::string, int>> baselines; // (model, threads) the chosen cells need
    for (const auto &[key, i] : best) {
        chosen.push_back(i);
        baselines.insert({kept[i].config.model, kept[i].config.threads});
    }
    for (std::size_t i = 0; i < kept.size(); ++i)
        if (isNative(kept[i]) && baselines.count({kept[i].config.model, kept[i].config.threads}))
            chosen.push_back(i);
    std::sort(chosen.begin(), chosen.end()); // the plan's order
    std::vector<CellSummary> out;
    for (std::size_t i : chosen)
        out.push_back(kept[i]);
    return out;
}

ComparisonPanels buildComparisonPanels(const std::vector<CellSummary> &cells, ComparisonMetric metric,
                                       const ComparisonSelection &selection)
{
    ComparisonPanels result;
    for (const auto &c : cells) {
        const bool hidden = std::any_of(selection.hidden.begin(), selection.hidden.end(), [&c](const auto &entry) {
            return entry.second.count(comparisonDimensionValue(c, entry.first)) > 0;
        });
        if (hidden) {
            ++result.filteredOut;
        } else if (selection.hideFailed && isFailed(c)) {
            ++result.hiddenFailed;
            result.failedReasons << QStringLiteral("%1: %2").arg(QString::fromStdString(c.config.key),
                                                                 QString::fromStdString(c.error.value_or(c.status)));
        }
    }
    const std::vector<CellSummary> chosen = selectComparisonCells(cells, metric, selection);
    // Panels in the order of their values (models by name, threads by number).
    std::vector<std::string> panelValues;
    if (selection.panelsBy) {
        std::vector<CellSummary> browserCells;
        for (const auto &c : chosen)
            if (!isNative(c))
                browserCells.push_back(c);
        panelValues = comparisonDimensionValues(browserCells, *selection.panelsBy);
    } else {
        panelValues = {std::string()};
    }
    // Every panel lists the same browsers in the same order, so a browser keeps its colour in every panel.
    const QStringList allBrowsers = buildBrowserComparison(chosen, metric, !selection.hideFailed).browsers;
    for (const auto &value : panelValues) {
        std::vector<CellSummary> subset;
        for (const auto &c : chosen)
            if (const auto panel = panelOf(c, selection); !panel || *panel == value)
                subset.push_back(c);
        widgets::BrowserComparisonView view = buildBrowserComparison(subset, metric, !selection.hideFailed,
                                                                     selection.panelsBy == ComparisonDimension::Model);
        if (view.groups.isEmpty())
            continue;
        std::vector<std::vector<widgets::ComparisonValue>> rows;
        for (const QString &browser : allBrowsers) {
            const auto at = view.browsers.indexOf(browser);
            rows.push_back(at < 0 ? std::vector<widgets::ComparisonValue>(static_cast<std::size_t>(view.groups.size()))
                                  : view.values[static_cast<std::size_t>(at)]);
        }
        view.browsers = allBrowsers;
        view.values = std::move(rows);
        if (selection.panelsBy == ComparisonDimension::Threads)
            view.title = Ui::tr("%n thread(s)", nullptr, std::stoi("0" + value));
        else if (selection.panelsBy)
            view.title = QString::fromStdString(value);
        if (isRatio(metric))
            view.referenceLine = 1;
        if (selection.sortByValue)
            sortGroups(view, metric);
        view.logScale =
            selection.scale == ComparisonScale::Log || (selection.scale == ComparisonScale::Auto && spansADecade(view));
        result.grid.panels.push_back(std::move(view));
    }
    if (result.grid.panels.empty())
        result.grid.emptyText = cells.empty() ? Ui::tr("The bundle has no cells.")
                                              : Ui::tr("No cell has this metric among those the filters keep.");
    return result;
}

} // namespace inferscope::app
