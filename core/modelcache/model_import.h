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
    /// Outputs whose values depend on tie-breaking (boxes, scores, classes after non-maximum suppression): compared
    /// as sets and marked in fidelity. Integer outputs are recognised without being named.
    QStringList orderDependent;
    CancelFn cancelled; ///< polled while the runtime inspects the model and runs the reference
};

/// What a model file is and takes, in its runtime's words, before anything is copied: what the import dialog
/// shows and what importModel starts from.
struct ModelInterface {
    struct Tensor {
        QString name;
        QString dtype;
        std::vector<std::int64_t> shape; ///< -1 where the dimension is dynamic
        bool rankKnown = true;
        bool isDynamic() const;
        QString shownShape() const; ///< "1,3,?,?" or "unknown rank"
    };
    QString error;     ///< empty when the runtime could load it
    QString format;    ///< onnx, tfjs or tfjs-layers
    QString entryPath; ///< the file the runtime loads
    QStringList files; ///< what is copied, relative to the entry's folder (the entry first)
    QString suggestedId, suggestedName;
    std::vector<Tensor> inputs, outputs;
    bool ok() const { return error.isEmpty(); }
    QStringList inputNames() const;
    QStringList outputNames() const;
};

struct ImportResult {
    QString error;                ///< empty on success
    QStringList unresolvedInputs; ///< inputs with dynamic dimensions the request did not fix: "name [?,3,?,?]"
    zoo::ModelEntry entry;
    bool ok() const { return error.isEmpty(); }
};

/// The model at `path` (a file or a folder holding one), checked and asked of its runtime; nothing is copied.
ModelInterface inspectModel(const ModelCache &cache, const QString &path, const CancelFn &cancelled = {});
ImportResult importModel(const ModelCache &cache, const ImportRequest &request);

/// "1x3x224x224" -> {1, 3, 224, 224}; empty on a malformed text.
std::vector<std::int64_t> parseShape(const QString &text);

} // namespace inferscope::zoo
