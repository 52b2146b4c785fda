#pragma once
// The model zoo catalog (models/catalog.json, plus the user's imported models): what each model is,
// where its files come from, their sha256, and how to feed it. Parsing validates everything and
// names the offending field ("models[3].inputs[0].shape: ..."), so a bad entry never half-loads.

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace inferscope::zoo {

class CatalogError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct ModelFile {
    std::string path;   ///< relative to the model's cache directory
    std::string sha256; ///< lower-case hex
    std::uint64_t bytes = 0;
    std::string from; ///< npm sources: the path inside the package tarball
};

struct InputSpec {
    std::string name;
    std::vector<std::int64_t> shape; ///< concrete: dynamic dimensions were fixed when the entry was made
    std::string dtype;               ///< float32, int32, int64, uint8
    std::string layout;              ///< NCHW, NHWC, NHWC-gray, tokens, ... (informative)
    std::string generator;           ///< how reference inputs are drawn: uniform, imagenet, int, constant
    double low = 0;
    double high = 1;
    double value = 0; ///< constant: every element (a configuration input such as a sample rate)
    /// Recurrent state: the output whose value this input takes on the next inference (a voice-activity detector's
    /// `stateN` fed back as `state`, as a decoder's present_* become past_*). The generator gives the value at the
    /// start of every run; empty for an ordinary input.
    std::string stateFrom;
};

struct OutputSpec {
    std::string name;
    std::string meaning;
    /// A detector's decoded detections: rows of `detectionRow` values, the box's four corners first and the
    /// score at `detectionScore` (real-time accuracy compares the top box by IoU). 0 when not detections.
    int detectionRow = 0;
    int detectionScore = 0;
    /// Which values survive and in what order depends on tie-breaking among near-equal scores (a detector's boxes,
    /// scores and classes after non-maximum suppression): fidelity compares it as a set and says so. Integer
    /// outputs (indices) are treated so without being declared.
    bool orderDependent = false;
};

struct ModelSource {
    std::string kind; ///< torchvision (built by a script), npm (a file inside a package), quantized (from a zoo model),
                      ///< user (imported)
    std::string script; ///< torchvision: the build script, relative to the project
    std::string arch;   ///< torchvision: the architecture argument
    int seed = 1;
    std::string package;  ///< npm
    std::string version;  ///< npm
    std::string original; ///< user: the imported path
    std::string base;     ///< quantized: the float model of the catalog it is made from
    std::string scheme;   ///< quantized: dynamic-uint8 or qdq-int8 (models/build/quantize_onnx.py)
};

struct ModelEntry {
    std::string id;
    std::string name;
    std::string task;
    std::string format; ///< onnx, tfjs (a graph model) or tfjs-layers (a Keras-style layers model: tf.loadLayersModel)
    bool inDefaultSet = false;
    std::vector<ModelFile> files;
    std::vector<InputSpec> inputs;
    std::vector<OutputSpec> outputs;
    std::string preprocessing;
    std::uint64_t parameters = 0;
    ModelSource source;
    std::string licence;
    std::string notes;

    std::uint64_t totalBytes() const;
    bool isTfjs() const { return format == "tfjs" || format == "tfjs-layers"; }
    /// The file a runtime loads: model.onnx, or the TF.js model.json.
    const ModelFile &entryFile() const;
    /// Native ONNX Runtime can run ONNX models; TF.js models have no native baseline here.
    bool hasNativeBaseline() const { return format == "onnx"; }
    std::string nativeBaselineReason() const;
};

class Catalog {
public:
    /// Throws CatalogError naming the field at fault. `origin` prefixes messages (a file name).
    static Catalog parse(const nlohmann::json &json, const std::string &origin = "catalog");
    static Catalog parseText(const std::string &text, const std::string &origin);

    const std::vector<ModelEntry> &models() const { return m_models; }
    const ModelEntry *find(const std::string &id) const;
    /// Adds another catalog's entries (the user catalog after the built-in one); ids must stay unique.
    void merge(const Catalog &other);

private:
    std::vector<ModelEntry> m_models;
};

/// What the runtime tools (ort_native.mjs, tfjs_reference.mjs) read: seed and input specs.
nlohmann::json runtimeSpec(const ModelEntry &entry, int seed = 1);
nlohmann::json toJson(const ModelEntry &entry);

bool isValidModelId(const std::string &id);
bool isSha256Hex(const std::string &text);

} // namespace inferscope::zoo
