#pragma once
// What cell a run belongs to, read once from its metadata (docs/BUNDLE_FORMAT.md: the cell fields beside
// `status`): the spellings as recorded, for the summaries and tables that show them, and the closed
// vocabularies as enums for the decisions (which cell is native, which is plain wasm, which backend uses a GPU).

#include "core/experiment/vocabulary.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace inferscope::results {

struct CellConfig {
    std::string key; ///< the cell key (`cell`; the run id for records that lack it)
    std::string model;
    std::string runtime, backend, browser, placement; ///< as recorded ("" when absent)
    std::string harness = "full";
    std::string workload = "none";
    int threads = 1;
    bool simd = true;
    std::optional<std::string> runtimeVersion; ///< "1.17" for ONNX Runtime Web 1.17.3; absent for the pinned runtime
    std::string generation;                    ///< "g64x128" for a generation cell, "" for one-shot inference
    experiment::Runtime runtimeKind = experiment::Runtime::Unknown;
    experiment::Backend backendKind = experiment::Backend::Unknown;
    experiment::BrowserKind browserKind = experiment::BrowserKind::Unknown;
    experiment::Placement placementKind = experiment::Placement::Unknown;
    experiment::Workload workloadKind = experiment::Workload::None;

    bool isNative() const { return browserKind == experiment::BrowserKind::Native; }
    /// The model as a baseline is matched: a generation cell compares only with cells that generate the same way.
    std::string modelAndGeneration() const { return model + generation; }
    bool operator==(const CellConfig &) const = default;
};

/// The cell of a run's metadata. Never throws: a field of the wrong type reads as absent.
CellConfig cellConfigOf(const nlohmann::json &meta, const std::string &runId = {});

} // namespace inferscope::results
