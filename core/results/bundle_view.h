#pragma once
// What the Results and Compare pages and `inferscope inspect` show of a bundle: one immutable row per
// run with its statistics already computed (off the GUI thread), plus the problems the store found.
// Built once per load and shared read-only (Hotspot's immutable result values).

#include "core/analysis/bootstrap.h"
#include "core/analysis/descriptive.h"
#include "core/analysis/downsample.h"
#include "core/results/cell_config.h"
#include "core/store/bundle.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace inferscope::results {

/// The series the harness and native runner store their steady-state prediction samples under.
inline constexpr const char *kLatencySeries = "latency_ms";

struct RunSummary {
    std::string runId;
    std::string status; ///< "ok", "failed", ... from the run's metadata ("unknown" when absent)
    experiment::RunStatus statusKind = experiment::RunStatus::Unknown;
    CellConfig cell;                       ///< the cell the run belongs to, read once from its metadata
    std::string label;                     ///< model / runtime / backend / browser, as far as the metadata names them
    std::string error;                     ///< the recorded failure, if any
    nlohmann::json meta;                   ///< the run's metadata as recorded (phases, environment, outputs)
    analysis::Summary stats;               ///< over the steady samples: the prediction phase, every sample of it
    analysis::ConfidenceInterval medianCi; ///< bootstrap 95% CI of the steady median
    /// The warm-up check (MSER-5 on the prediction samples, analysis/steady_state.h): where the transient it
    /// finds ends, 0 when none. A check only: every prediction sample the plan asked for is a steady sample.
    std::size_t driftEnd = 0;
    std::string samplesNote; ///< why the run has fewer samples than the plan asked (the time cap), else empty
    bool warmupHeld = false; ///< the check found no transient and no drift: the page's warm-up was long enough
    std::size_t outliers = 0;
    /// The steady samples, sorted ascending (every use is order-free: comparisons, ECDFs, pooling; the
    /// series in measured order is the record's). Sorted input spares each statistic its own sort.
    std::vector<double> steadySamples;
    std::vector<analysis::PlotPoint> plotSamples; ///< whole series, downsampled for the chart
    std::vector<analysis::PlotPoint> plotOutliers;
    /// Memory timeline for the chart: (process type or "total", points in seconds and MB), total first.
    std::vector<std::pair<std::string, std::vector<analysis::PlotPoint>>> memoryPlot;
    double memoryBaselineMb = 0;
    double memoryPeakMb = 0;
    /// Responsiveness probe on the page's clock (s): input delays (end to end where the send time is
    /// known) while idle and while busy, and animation frame intervals (downsampled), all in ms.
    std::vector<analysis::PlotPoint> inputIdle, inputBusy, frameIntervals;

    bool ok() const { return statusKind == experiment::RunStatus::Ok; }
};

struct BundleView {
    std::filesystem::path directory;
    nlohmann::json manifest;
    std::vector<RunSummary> runs;
    std::vector<store::RecordProblem> problems;
    std::size_t abandonedWrites = 0;
};

/// Reads and analyses a bundle. Throws store::StoreError when the bundle itself cannot be opened.
/// `progress` sees (records done, records in all) and may return false to cancel: then the result is null.
std::shared_ptr<const BundleView> loadBundleView(const std::filesystem::path &dir,
                                                 const store::ReadProgress &progress = {});

/// The same from records already read (the exports need the raw records as well as the view).
std::shared_ptr<const BundleView> makeBundleView(const std::filesystem::path &dir,
                                                 const store::BundleContents &contents);

/// What `inspect --json` prints: every run's statistics and metadata, and the problems found.
nlohmann::json inspectJson(const BundleView &view);

/// JSON text that never throws: a string that is not UTF-8 (a file name from a damaged bundle) is
/// written with U+FFFD where its bad bytes were.
std::string dumpJson(const nlohmann::json &json, int indent = -1);

/// Summarises one record (exposed for tests).
RunSummary summarizeRun(const store::RunRecord &record);

/// One sorted vector of several sorted ones (a cell's runs' steady samples pooled: merged pairwise, not
/// re-sorted and not appended one run at a time).
std::vector<double> mergeSorted(std::vector<const std::vector<double> *> parts);

} // namespace inferscope::results
