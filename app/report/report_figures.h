#pragma once
// The report's figures, drawn by the same chart widgets the Results page uses (offscreen) and written
// by the one FigureExporter: each as SVG (inlined in the HTML report) and PDF (for a paper).

#include "core/results/bundle_view.h"
#include "core/results/cell_summary.h"

#include <QString>
#include <vector>

#include <nlohmann/json.hpp>

namespace inferscope::app {

struct ReportFigure {
    QString name;    ///< file stem under figures/
    QString caption; ///< what it shows, in the current language
    QString svg;     ///< the SVG text, for inlining
};

/// Draws the report's figures from its cells (results::StudyReport::cells) into `figuresDir`, and, given the
/// bundle's view, the memory timeline of the run that grew most over its model's size. A figure whose
/// data is empty is left out; a write failure throws std::runtime_error naming the file.
std::vector<ReportFigure> renderReportFigures(const std::vector<results::CellSummary> &cells, const QString &figuresDir,
                                              const results::BundleView *view = nullptr);

} // namespace inferscope::app
