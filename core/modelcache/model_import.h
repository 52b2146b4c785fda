#pragma once
// Adding a user's own model to the zoo: an ONNX file or a TF.js graph model (its model.json, or the
// folder holding it). InferScope asks the runtime what the inputs and outputs are, needs the user only
// for what it cannot infer (dynamic dimensions), copies the files into the cache, proves the model runs
// on a generated input, and only then adds it to the user catalog. Any failure changes nothing.

#include "core/modelcache/model_cache.h"

#include <map>
#include <vector>

namespace inferscope::zoo {

struct ImportRequest {
    QString path;
    QString id;   ///< empty: derived from the file name
    QString name; ///< empty: the file name
    QString task = QStringLiteral("custom");
    std::map<QString, std::vector<std::int64_t>> shapes; ///< fixes dynamic dimensions, by input name
    /// Inputs the application feeds a fixed value (a sample rate selecting a branch, a flag): every element is the
    /// value, in the reference and in every run; by input name.
    std::map<QString, double> values;
    /// Recurrent state, by input name: the output fed back as that input after every inference (a voice-activity
    /// detector's stateN -> state). The input starts every run at its --value, else zeros.
    std::map<QString, QString> states;
};

struct ImportResult {
    QString error;                 ///< empty on success
    QStringList unresolvedInputs;  ///< inputs with dynamic dimensions the request did not fix: "name [?,3,?,?]"
    zoo::ModelEntry entry;
    bool ok() const { return error.isEmpty(); }
};

ImportResult importModel(const ModelCache &cache, const ImportRequest &request);

/// "1x3x224x224" -> {1, 3, 224, 224}; empty on a malformed text.
std::vector<std::int64_t> parseShape(const QString &text);

} // namespace inferscope::zoo
