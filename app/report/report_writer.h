#pragma once
// Writes the study report of a bundle (docs/REPORT.md):
//   DIR/report.html   one self-contained file: figures inline as SVG, the report data inlined as JSON
//   DIR/report.md     the same tables in Markdown, figures referenced from figures/
//   DIR/figures/*.svg|pdf, DIR/tables/*.csv, DIR/report.json (the data every number comes from)
// Every number comes from results::studyReport (core/results); this file only lays them out.

#include "core/results/bundle_view.h"
#include "core/results/study_report.h"

#include <QString>
#include <QStringList>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace inferscope::app {

struct ReportOutcome {
    QStringList files;
    results::StudyReport data; ///< results::studyReport of the bundle
};

/// Throws std::runtime_error (or store::StoreError) naming what could not be written.
ReportOutcome writeReport(const results::BundleView &view, const QString &outDir);

/// The same from the report's data already computed (results::studyReport, a worker thread's job);
/// draws the figures, so it runs on the GUI thread. Returns the files written.
QStringList writeReportFiles(const results::StudyReport &data, const QString &outDir,
                             const results::BundleView *view = nullptr);

/// The Markdown text alone (for tests and the GUI's preview).
/// `figures`: (file stem under figures/, caption) of each figure drawn.
QString reportMarkdown(const results::StudyReport &data, const std::vector<std::pair<QString, QString>> &figures);

} // namespace inferscope::app
