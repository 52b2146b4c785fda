#pragma once
// The study report as types: what studyReport computes from a bundle, section by section, before any of it is
// laid out. The cell-based sections name the cells they show (indices into `cells`); their table rows are those
// cells' summaries, so a number in the report is the number the cell summary holds. Sections with values of their
// own (the study's averages, the ablation, fidelity, failures, the headline) carry them typed. JSON (report.json,
// docs/REPORT.md) is written from these in study_json.cpp only.

#include "core/results/cell_summary.h"

#include "core/results/bundle_view.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace inferscope::results {

/// A number the study published that InferScope sets beside its own.
struct PublishedNumber {
    std::string key; ///< e.g. "slowdown_cpu_mean"
    double value = kNone;
    std::string unit; ///< "x" or "%"
    std::string source;
};

/// The machine-drift probe over the whole plan: how far the machine's speed moved while it ran.
struct PlanDrift {
    std::size_t runs = 0;
    double minMs = kNone, medianMs = kNone, maxMs = kNone;
};

/// Where and how the bundle was measured: the manifest's facts and the versions the runs recorded.
struct StudyEnvironment {
    nlohmann::json machine; ///< as the manifest recorded it (an object)
    nlohmann::json plan;    ///< the plan as the manifest recorded it (an object)
    std::optional<PlanDrift> drift;
    std::string inferscopeVersion, createdUtc, planName, planDescription;
    nlohmann::json seed, repetitions, policy;           ///< as the plan has them (null, a number, an object)
    std::map<std::string, std::string> browserVersions; ///< browser -> its versions, comma-separated
    std::map<std::string, std::string> runtimeVersions; ///< runtime -> its versions, comma-separated
    std::size_t runs = 0;
    /// The machine and the sample policy as a reader sees them: text as recorded (a number as JSON), none where
    /// the manifest lacks it.
    std::optional<std::string> cpuModel, logicalCores, os;
    double memoryBytes = kNone;
    std::vector<std::string> simdFlags;
    std::optional<std::string> minWarmupMs, maxWarmupMs, samples, maxSampleMs, timeoutMs;
};

/// One run's headline statistics (the report's "runs" list).
struct RunRow {
    std::string runId, cell, status;
    std::size_t samples = 0;
    double medianMs = kNone, ciLowMs = kNone, ciHighMs = kNone, p95Ms = kNone; ///< none without samples
};

/// The study's average slowdown for one browser and runtime: the mean of per-model ratios at SIMD + 4 threads
/// (or the most the plan has).
struct SlowdownAverage {
    std::string browser, runtime;
    int threads = 1;
    std::map<std::string, double> byModel;
    std::size_t n = 0; ///< cells averaged (a model measured on two runtime versions counts twice)
    double mean = kNone, geomean = kNone, min = kNone, max = kNone;
};

/// One runtime x browser x model x thread count of the SIMD x threads ablation (prediction medians).
struct AblationRow {
    std::string runtime, browser, model;
    std::optional<std::string> runtimeVersion; ///< a non-pinned runtime (ONNX Runtime Web 1.17.3)
    int threads = 1;
    double plainMs = kNone, threadsMs = kNone, simdMs = kNone, bothMs = kNone;
    std::optional<std::string> plainMissing, threadsMissing; ///< why a setting has no median
};

/// Fidelity of one runtime x backend x browser against the reference outputs.
struct FidelityGroup {
    std::string runtime, backend, browser, gpu;
    std::size_t runs = 0, outputsCompared = 0, orderDependentOutputs = 0;
    double maxAbsError = kNone, minCosine = kNone, top1Agreement = kNone, minSetOverlap = kNone;
};

/// An output that differs from the reference, with why.
struct DifferingOutput {
    enum class Reason { Numbers, OrderDependent };
    std::string model, output, runtime, backend, browser;
    std::size_t runs = 0;
    double minCosine = kNone, minSetOverlap = kNone; ///< the overlap for order-dependent outputs only
    Reason reason = Reason::Numbers;
};

struct FailedRun {
    std::string runId, cell, status, error;
};

struct Failures {
    std::vector<FailedRun> runs;
    std::vector<std::pair<std::string, std::size_t>> byReason; ///< "status: error" -> runs, by reason
    std::vector<std::string> notRun;                           ///< planned run ids with no record
    std::vector<store::RecordProblem> damaged;
};

/// One line of the headline: ours beside the study's published number.
struct HeadlineRow {
    std::string metric;
    double ours = kNone;
    const PublishedNumber *study = nullptr; ///< into publishedNumbers()
    std::string note;
};

struct StudyReport {
    StudyEnvironment environment;
    std::vector<CellSummary> cells;
    std::vector<RunRow> runs;
    std::vector<std::size_t> stages;   ///< measured cells
    std::vector<std::size_t> slowdown; ///< cells with a slowdown against native
    std::vector<SlowdownAverage> slowdownAverages;
    std::vector<AblationRow> ablation;
    std::vector<std::size_t> memory;         ///< cells with a peak PSS
    std::vector<std::size_t> responsiveness; ///< cells with input, frame, GUI-workload or video measures
    double guiIncreaseMedianMainPercent = kNone, guiIncreaseMedianWorkerPercent = kNone;
    std::size_t guiCellsMain = 0, guiCellsWorker = 0;
    std::vector<std::size_t> generation; ///< generation cells
    std::vector<std::size_t> quantized;  ///< quantized cells
    std::vector<FidelityGroup> fidelity;
    std::vector<DifferingOutput> differing;
    Failures failures;
    std::vector<std::size_t> drift; ///< cells whose repetitions saw the machine drift
    std::vector<HeadlineRow> headline;
};

/// The numbers the study published that InferScope can set beside its own.
const std::vector<PublishedNumber> &publishedNumbers();
/// One of them by key; throws std::out_of_range for a key the list lacks (a programming error).
const PublishedNumber &publishedNumber(const std::string &key);

/// The report's tables as they are written (report.json's sections, the report's tables and CSV files).
enum class StudyTable {
    Headline,
    Cells,
    Runs,
    Stages,
    Slowdown,
    SlowdownAverages,
    Ablation,
    Memory,
    Responsiveness,
    Generation,
    Quantized,
    Fidelity,
    Differing,
    Drift,
    FailedRuns,
    FailuresByReason
};

/// The rows of one table as JSON objects (study_json.cpp): what the report's tables and CSV files show.
nlohmann::json tableRows(const StudyReport &report, StudyTable table);

/// The whole report as report.json (docs/REPORT.md).
nlohmann::json toJson(const StudyReport &report);

} // namespace inferscope::results
