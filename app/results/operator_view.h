#pragma once
// A cell's per-operator profile (the summary's "operators", core/results/operator_profile) as the Results
// page's Operators tab shows it: the rows of its table, and the bars of ms per inference per operator, the
// browser cell beside the native cell of the same model and thread count.

#include "core/results/cell_summary.h"
#include "widgets/browser_comparison_plot.h"

#include <QStringList>
#include <nlohmann/json.hpp>
#include <vector>

namespace inferscope::app {

struct OperatorView {
    std::vector<QStringList> rows; ///< operator, ms per inference, share, native ms, slowdown (texts)
    widgets::BrowserComparisonView bars;
    QString note; ///< why there is nothing to show, in the current language
};

/// `cell` is one record of the plan summary (results::summarizeCells); at most `maxBars` operators are drawn.
OperatorView operatorView(const results::CellSummary &cell, int maxBars = 12);

} // namespace inferscope::app
