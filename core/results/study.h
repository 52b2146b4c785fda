#pragma once
// The study comparison (the report's content): the tables of "Anatomizing Deep Learning Inference in
// Web Browsers" (Wang et al., ACM TOSEM 34(2), 2025) recomputed from a bundle, each beside the number
// the study published. Computed here, once, from the same run and cell summaries `inspect --json` and
// `--summary-json` print; the report writer and the GUI only lay them out.
//
// Sections (JSON, documented in docs/REPORT.md): environment, stages, slowdown, ablation, memory,
// responsiveness, fidelity, failures, headline (ours vs the study, with the ratio of the two).

#include "core/results/bundle_view.h"

#include <nlohmann/json.hpp>

namespace inferscope::results {

/// The citation every section that compares with the study carries.
inline constexpr const char *kStudyCitation =
    "Wang, Jiang, Chen, Cao, Li, Li, Ma, Cao, Liu. Anatomizing Deep Learning Inference in Web Browsers. "
    "ACM TOSEM 34(2), 2025. DOI 10.1145/3688843";

/// The numbers the study published that InferScope can set beside its own (value, unit, source).
nlohmann::json publishedNumbers();

/// Every section of the report, from a loaded bundle.
nlohmann::json studyReport(const BundleView &view);

} // namespace inferscope::results
