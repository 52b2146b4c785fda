#pragma once
// Open exports of a result bundle, for the tools researchers already use (STUDY.md's conventions):
//   exportCsv   -> DIR/samples.csv, runs.csv, cells.csv, memory.csv, responsiveness.csv (tidy, RFC 4180)
//   exportJson  -> one JSON document: manifest, every record with its raw series, the damaged ones
//   exportTrace -> Chrome Trace Event JSON, one process per run (Perfetto, chrome://tracing)
// Formats: docs/EXPORT_FORMATS.md. A damaged record is skipped and named in `problems`; the export of
// the rest completes. Each file is written atomically (a reader never sees half a file).

#include "core/results/bundle_view.h"
#include "core/store/bundle.h"

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace inferscope::results {

struct ExportResult {
    std::vector<std::filesystem::path> files;   ///< what was written
    std::size_t runs = 0;                       ///< records exported
    std::vector<store::RecordProblem> problems; ///< records skipped, and why
};

/// Each throws store::StoreError when the bundle cannot be opened or a file cannot be written.
ExportResult exportCsv(const std::filesystem::path &bundle, const std::filesystem::path &outDir);
ExportResult exportJson(const std::filesystem::path &bundle, const std::filesystem::path &outFile);
ExportResult exportTrace(const std::filesystem::path &bundle, const std::filesystem::path &outFile);

/// The Chrome trace of records already read (exposed for tests): {"traceEvents": [...], "displayTimeUnit": "ms"}.
nlohmann::json traceOf(const std::vector<store::RunRecord> &runs);

/// The cell dimensions every per-run CSV row carries, in this order.
const std::vector<std::string> &cellColumns();
std::vector<nlohmann::json> cellFields(const nlohmann::json &meta);

/// Creates the folder a file goes into; throws store::StoreError(Io).
void createParent(const std::filesystem::path &file);

/// Phase codes of the probe series (docs/BUNDLE_FORMAT.md) as names: idle, loading, warmup, prediction, done.
std::string phaseName(double code);

} // namespace inferscope::results
