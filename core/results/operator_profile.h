#pragma once
// The per-operator profile of a cell (plan field "profile": a profiling pass after each run's timed
// samples: ONNX Runtime's enableProfiling in the browser and natively, tf.profile for TF.js): time per
// operator per inference, its share of the inference, and against the native run of the same model and
// thread count, the browser/native ratio per operator: which operators carry the slowdown.
//
// Operators are compared by family: ONNX Runtime fuses differently in the browser (wasm: Conv+Clip ->
// FusedConv) and natively (Conv with its activation in the NCHWc layout), so "Fused" is dropped from a name
// and layout reorders (ReorderInput/ReorderOutput) stay their own family.

#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace inferscope::results {

/// The family an operator is compared in: "FusedConv" -> "Conv", "FusedMatMul" -> "MatMul".
std::string operatorFamily(const std::string &op);

/// Milliseconds per inference by operator family, averaged over the profiles given (one per repetition:
/// each {"runs", "ops": {op: {"count", "us"}}}); profiles with an error or no runs are skipped.
std::map<std::string, double> operatorMsPerInference(const std::vector<const nlohmann::json *> &profiles);

/// One operator family of a cell's profile, as the cell summary's "operators" holds it.
struct OperatorRow {
    std::string op;
    double msPerInference = 0;
    double share = 0; ///< of the profiled inference
    double nativeMsPerInference =
        std::numeric_limits<double>::quiet_NaN();               ///< NaN: no such family natively, or no native profile
    double slowdown = std::numeric_limits<double>::quiet_NaN(); ///< browser / native, NaN likewise
};

/// The cell summary's "operators" ({"op", "ms_per_inference", "share", "native_ms_per_inference", "slowdown"}),
/// by time, descending; native fields NaN where the native profile has no such family (or there is none).
std::vector<OperatorRow> operatorRows(const std::map<std::string, double> &cell,
                                      const std::map<std::string, double> *native);

} // namespace inferscope::results
