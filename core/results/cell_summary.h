#pragma once
// One summary per cell of a plan (repetitions as the unit of evidence): phases, the median with its interval,
// the ratios against the baselines, memory, responsiveness and generation. A typed value computed once from a
// bundle; `toJson` is the `--summary-json` schema of docs/SUMMARY_SCHEMA.md (checked against it by a test) and
// `cellSummaryFromJson` reads it back.
//
// Numbers are doubles with NaN for "none" (null in JSON), the one finite-or-null policy of json_number.h.

#include "core/results/bundle_view.h"
#include "core/results/cell_config.h"
#include "core/results/operator_profile.h"

#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace inferscope::results {

/// "None": no value (null in JSON).
inline constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

/// A 95% interval [low, high] (either end NaN where the method gives none).
struct Interval {
    double low = kNone, high = kNone;
    bool operator==(const Interval &) const = default;
};

/// A ratio of two cells' medians with its interval, the repetition as the unit; absent where either cell has no
/// samples or there is no such cell.
struct CellRatio {
    bool present = false;
    double value = kNone;
    Interval ci;
    std::string scope; ///< "repetitions", or "within-run" when either cell has one ok repetition
    bool operator==(const CellRatio &) const = default;
};

/// A generation cell (docs/SUMMARY_SCHEMA.md, `generation`).
struct GenerationCellSummary {
    int promptTokens = 0, newTokens = 0, generations = 0;
    double ttftMs = kNone;
    std::optional<Interval> ttftCi;
    double tokensPerS = kNone;
    std::optional<Interval> tokensPerSCi;
    double e2eTokensPerS = kNone;
    double pssPerTokenBytes = kNone;
    std::optional<Interval> pssPerTokenCi;
    std::string pssPerTokenCiScope; ///< "" where there is no interval
    bool pssPerTokenResolved = false;
    std::optional<Interval> pssPerTokenRange; ///< [min, max] of the repetitions' medians
    double kvCacheBytesPerToken = kNone;
    double jsHeapPerTokenBytes = kNone;
    bool sameTokensAcrossRepetitions = false;
    std::optional<bool> tokensIdenticalToNative;
    std::optional<long> firstDivergenceFromNative;
};

/// What the page reported of its environment (first run of the cell).
struct CellEnvironment {
    bool crossOriginIsolated = false;
    nlohmann::json threadsUsed;    ///< as the page said it (a number, or null)
    nlohmann::json runtimeVersion; ///< as the page said it (a string, or null)
    bool operator==(const CellEnvironment &) const = default;
};

struct CellSummary {
    CellConfig config;
    std::string status; ///< "ok", "partial", or the first repetition's status
    int repetitions = 0, okRepetitions = 0;
    double fetchMs = kNone, setupMs = kNone, firstMs = kNone, warmupMs = kNone;
    double medianMs = kNone, ciLowMs = kNone, ciHighMs = kNone;
    std::string ciScope;
    double ciHalfWidthPercent = kNone;
    double betweenRunShare = kNone;
    std::optional<long> repetitionsFor5Percent;
    std::string repetitionsStopped;
    double pooledMedianMs = kNone;
    std::size_t samples = 0;
    std::string samplesNote;
    CellRatio slowdownVsNative;
    std::string slowdownNote;
    CellRatio slowdownVsPytorchEager, slowdownVsPytorchTorchscript;
    std::optional<std::vector<OperatorRow>> operators;
    std::string operatorsSource, operatorsNote;
    std::map<int, double> realtimeAccuracy; ///< by frames per second; empty: not measured
    double realtimeAccuracy30fps = kNone;
    std::string realtimeAccuracyMethod;
    CellRatio speedupOverPlainWasm;
    std::string speedupAdds, speedupNote;
    nlohmann::json quantization; ///< as the runs recorded it (`scheme`, `from`, `vs_float`), or null
    CellRatio speedupOverFloat;
    std::string speedupOverFloatNote;
    std::string gpu; ///< "software", "hardware", "unknown"; "" for backends without a GPU
    double modelBytes = kNone, baselinePssBytes = kNone, peakPssBytes = kNone, amplification = kNone,
           jsHeapPeakBytes = kNone;
    double cpuMsPerInference = kNone, cpuCoresBusy = kNone;
    double machineProbeMs = kNone, machineDrift = kNone;
    bool machineDriftFlag = false;
    double inputIdleP95Ms = kNone, inputBusyP95Ms = kNone, fpsIdle = kNone, fpsBusy = kNone, longTasks = kNone,
           blockingMs = kNone;
    double guiWorkloadIncreasePercent = kNone;
    std::optional<GenerationCellSummary> generation;
    double videoFpsIdle = kNone, videoFpsBusy = kNone, videoCallbackFpsBusy = kNone;
    std::optional<std::string> error; ///< the first failed repetition's status and cause
    std::optional<CellEnvironment> env;

    /// Whether the cell has an ok repetition ("ok" or "partial").
    bool measured() const { return status == "ok" || status == "partial"; }
};

/// For a webgl/webgpu run: "software" when the adapter the page saw is a CPU rasteriser (SwiftShader,
/// llvmpipe, lavapipe), "hardware" when it named another, "unknown" when the page did not say; "" for
/// backends that use no GPU. Software GPU numbers prove a backend works; they say nothing of GPU speed.
std::string gpuKind(const nlohmann::json &meta);

/// Cells in order of first appearance in the bundle.
std::vector<CellSummary> summarizeCells(const BundleView &view);

/// The `--summary-json` record of a cell (docs/SUMMARY_SCHEMA.md), and the array of them.
nlohmann::json toJson(const CellSummary &cell);
nlohmann::json toJson(const std::vector<CellSummary> &cells);

/// A cell back from its `--summary-json` record; a field that is absent or of another type reads as none.
CellSummary cellSummaryFromJson(const nlohmann::json &record);
/// Every cell of a `--summary-json` array (or the report's "cells"); anything but an array reads as none.
std::vector<CellSummary> cellSummariesFromJson(const nlohmann::json &records);

} // namespace inferscope::results
