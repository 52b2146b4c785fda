#pragma once
// The study comparison (the report's content): the tables of "Anatomizing Deep Learning Inference in
// Web Browsers" (Wang et al., ACM TOSEM 34(2), 2025) recomputed from a bundle, each beside the number
// the study published. Computed here, once, from the same run and cell summaries `inspect --json` and
// `--summary-json` print; the report writer and the GUI only lay them out.
//
// The sections are types (study_report.h); report.json (docs/REPORT.md) is written from them in study_json.cpp:
// environment, stages, slowdown, ablation, memory, responsiveness, generation, quantized, fidelity, failures,
// drift, headline (ours vs the study, with the ratio of the two).

#include "core/results/bundle_view.h"
#include "core/results/recorded_facts.h"
#include "core/results/study_report.h"

#include <nlohmann/json.hpp>

namespace inferscope::results {

/// The citation every section that compares with the study carries.
inline constexpr const char *kStudyCitation =
    "Wang, Jiang, Chen, Cao, Li, Li, Ma, Cao, Liu. Anatomizing Deep Learning Inference in Web Browsers. "
    "ACM TOSEM 34(2), 2025. DOI 10.1145/3688843";

/// What the fidelity table compares against.
inline constexpr const char *kFidelityReference =
    "the zoo's reference output of each model (native ONNX Runtime, or TF.js in Node for TF.js models)";

/// How the study's average slowdown is computed.
inline constexpr const char *kSlowdownMethod =
    "mean of per-model ratios of prediction medians, browser / native ONNX Runtime at the same thread count, wasm "
    "with SIMD on, main thread, at 4 threads (or the most the plan has)";

/// Every section of the report, from a loaded bundle.
StudyReport studyReport(const BundleView &view);

/// `v` when finite, else kNone (NaN): the one "no value" of the report's numbers.
double finiteOrNone(double v);
/// Peak JS heap over the model file's bytes, the study's memory metric; none where either is unknown.
double jsHeapOverModel(const CellSummary &c);

/// The manifest's facts the report shows (study_json.cpp: the manifest is read at the edge).
StudyEnvironment studyEnvironmentOfManifest(const nlohmann::json &manifest);
/// The run ids the plan asked for (the manifest's `planned_runs`), in order.
std::vector<std::string> plannedRunsOf(const nlohmann::json &manifest);
/// A recorded value as a reader sees it: a string as it is, anything else as JSON.
std::string recordedValueText(const nlohmann::json &value);

} // namespace inferscope::results
