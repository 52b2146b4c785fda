#include "core/modelcache/model_import.h"

#include "core/json/untrusted_json.h"
#include "core/modelcache/data_paths.h"
#include "core/process/child_process.h"
#include "core/store/atomic_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace inferscope::zoo {
namespace {
QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

std::size_t dtypeSize(const std::string &dtype)
{
    if (dtype == "float32" || dtype == "int32")
        return 4;
    if (dtype == "float16")
        return 2;
    if (dtype == "uint8" || dtype == "bool")
        return 1;
    if (dtype == "int64")
        return 8;
    return 0;
}

/// The files an ONNX model keeps its weights in beside it ("external data": how models over 2 GB ship, and what
/// many exporters write by default), from the `location` entries of its tensors. Each must be a plain relative
/// name inside the model's folder that exists: a location that climbs out ("../") or is absolute is refused.
/// The graph is scanned for the protobuf bytes of a StringStringEntryProto {key: "location", value: ...}
/// instead of parsed: no ONNX library is linked for one field, and the pattern cannot occur by chance in a way
/// that matters (a false hit names a file that must then exist beside the model, or the import is refused).
QStringList onnxExternalDataFiles(const QString &onnxPath, QString *error)
{
    QFile file(onnxPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const uchar *mapped = file.map(0, file.size());
    if (!mapped)
        return {};
    const std::string_view bytes(reinterpret_cast<const char *>(mapped), static_cast<std::size_t>(file.size()));
    static constexpr std::string_view kKey("\x0a\x08location\x12", 11); // field 1 "location", then field 2's tag
    QStringList files;
    const QDir dir = QFileInfo(onnxPath).dir();
    for (std::size_t at = bytes.find(kKey); at != std::string_view::npos; at = bytes.find(kKey, at + 1)) {
        std::size_t p = at + kKey.size(), length = 0;
        for (int shift = 0; p < bytes.size() && shift < 35; shift += 7) { // the value's length, a varint
            const auto b = static_cast<unsigned char>(bytes[p++]);
            length |= static_cast<std::size_t>(b & 0x7f) << shift;
            if (!(b & 0x80))
                break;
        }
        if (length == 0 || length > 4096 || p + length > bytes.size())
            continue;
        const QString location = QString::fromUtf8(bytes.data() + p, static_cast<qsizetype>(length));
        if (files.contains(location))
            continue;
        const QString clean = QDir::cleanPath(location);
        if (QDir::isAbsolutePath(location) || clean.startsWith(QLatin1String("..")) ||
            location.contains(QLatin1Char('\\')) || clean == QLatin1String(".")) {
            *error = QStringLiteral("%1 keeps its weights in \"%2\", outside the model's folder: refused")
                         .arg(QFileInfo(onnxPath).fileName(), location);
            return {};
        }
        if (!QFileInfo(dir.filePath(clean)).isFile()) {
            *error =
                QStringLiteral(
                    "%1 keeps its weights in %2, which is not beside it: copy the model together with its data file")
                    .arg(QFileInfo(onnxPath).fileName(), clean);
            return {};
        }
        files << clean;
    }
    return files;
}

/// Checks a TF.js model.json before any runtime sees it: a graph model or a Keras-style layers model (what
/// Teachable Machine and Keras conversions ship; *layers says which) whose weight files exist with the sizes its
/// manifest implies. Returns the files to copy, or sets *error.
QStringList checkTfjsModel(const QString &modelJson, QString *error, bool *layers)
{
    const QString shown = QFileInfo(modelJson).fileName();
    nlohmann::json j;
    try {
        j = untrusted::parseUntrusted(store::readWholeTextFile(modelJson.toStdString(), 256ull << 20));
    } catch (const std::exception &e) {
        *error = QStringLiteral("%1 cannot be read as JSON: %2").arg(shown, QString::fromUtf8(e.what()));
        return {};
    }
    if (!j.is_object() || !j.contains("modelTopology") || !j.contains("weightsManifest") ||
        !j["weightsManifest"].is_array()) {
        *error = QStringLiteral("%1 is not a TF.js model (no modelTopology or weightsManifest list)").arg(shown);
        return {};
    }
    if (j.contains("format") && !j["format"].is_string()) {
        *error = QStringLiteral("%1: \"format\" must be a string").arg(shown);
        return {};
    }
    // A layers model says so, or (written before the field existed) has a Keras topology instead of graph nodes.
    const auto &topology = j["modelTopology"];
    *layers = j.value("format", "") == "layers-model" ||
              (!j.contains("format") && topology.is_object() && !topology.contains("node") &&
               (topology.contains("class_name") || topology.contains("model_config")));
    if (!*layers && j.value("format", "graph-model") != "graph-model") {
        *error = QStringLiteral("%1 is a TF.js \"%2\"; InferScope runs graph models and layers models")
                     .arg(shown, q(j.value("format", "")));
        return {};
    }
    QStringList files{QFileInfo(modelJson).fileName()};
    std::uint64_t expected = 0, actual = 0;
    bool sizesKnown = true;
    const QDir dir = QFileInfo(modelJson).dir();
    auto refuse = [&](const QString &where, const QString &what) {
        *error = QStringLiteral("%1: %2 %3").arg(shown, where, what);
        return QStringList();
    };
    const auto &manifest = j["weightsManifest"];
    for (std::size_t g = 0; g < manifest.size(); ++g) {
        const auto &group = manifest[g];
        const QString at = QStringLiteral("weightsManifest[%1]").arg(g);
        if (!group.is_object())
            return refuse(at, QStringLiteral("must be an object"));
        const auto paths = group.value("paths", nlohmann::json::array());
        const auto weights = group.value("weights", nlohmann::json::array());
        if (!paths.is_array() || !weights.is_array())
            return refuse(at, QStringLiteral("must hold \"paths\" and \"weights\" lists"));
        for (const auto &p : paths) {
            if (!p.is_string())
                return refuse(at + QStringLiteral(".paths"), QStringLiteral("must hold file names (strings)"));
            const QString name = q(p.get<std::string>());
            if (name.contains(QStringLiteral("..")) || name.startsWith(QLatin1Char('/'))) {
                *error = QStringLiteral("weight path %1 leaves the model's folder").arg(name);
                return {};
            }
            if (name == QLatin1String("model.json")) {
                *error = QStringLiteral(
                    "a weight file may not be called model.json (the cache stores the manifest under that name)");
                return {};
            }
            const QFileInfo weight(dir.filePath(name));
            if (!weight.isFile()) {
                *error = QStringLiteral("weight file %1 named by the model is missing").arg(name);
                return {};
            }
            actual += static_cast<std::uint64_t>(weight.size());
            files << name;
        }
        for (std::size_t k = 0; k < weights.size(); ++k) {
            const auto &w = weights[k];
            const QString wat = at + QStringLiteral(".weights[%1]").arg(k);
            if (!w.is_object())
                return refuse(wat, QStringLiteral("must be an object"));
            if (w.contains("quantization")) {
                sizesKnown = false; // quantised weights: the stored size follows the quantisation dtype
                continue;
            }
            const auto shape = w.value("shape", nlohmann::json::array());
            if (!shape.is_array())
                return refuse(wat + QStringLiteral(".shape"), QStringLiteral("must be a list of dimensions"));
            // 64-bit sizes that never wrap: a shape whose bytes exceed 2^64 is said to be too large, not reported
            // with a wrapped size.
            std::uint64_t count = 1;
            bool overflow = false;
            for (const auto &d : shape) {
                if (!d.is_number_unsigned() && !(d.is_number_integer() && d.get<std::int64_t>() >= 0))
                    return refuse(wat + QStringLiteral(".shape"), QStringLiteral("must hold non-negative integers"));
                overflow = overflow || __builtin_mul_overflow(count, d.get<std::uint64_t>(), &count);
            }
            if (w.contains("dtype") && !w["dtype"].is_string())
                return refuse(wat + QStringLiteral(".dtype"), QStringLiteral("must be a string"));
            const std::size_t size = dtypeSize(w.value("dtype", "float32"));
            if (size == 0)
                sizesKnown = false;
            std::uint64_t bytes = 0;
            if (overflow || __builtin_mul_overflow(count, static_cast<std::uint64_t>(size), &bytes) ||
                __builtin_add_overflow(expected, bytes, &expected))
                return refuse(
                    wat + QStringLiteral(".shape"),
                    QStringLiteral("describes more than 2^64 bytes of weights: not a model this machine can hold"));
        }
    }
    if (sizesKnown && expected != actual) {
        *error =
            QStringLiteral("the weight files hold %1 bytes, the model's manifest needs %2: truncated or mismatched")
                .arg(actual)
                .arg(expected);
        return {};
    }
    return files;
}

/// True for a JSON file that looks like a TF.js model manifest (graph or layers) (checked properly later).
bool looksLikeTfjsManifest(const QString &path)
{
    try {
        const auto j = untrusted::parseUntrusted(store::readWholeTextFile(path.toStdString(), 256ull << 20));
        return j.is_object() && j.contains("modelTopology") && j.contains("weightsManifest");
    } catch (const std::exception &) {
        return false;
    }
}

/// The model a folder holds: its model.json, else its only TF.js manifest (as many packages ship them:
/// detector.json beside detector.bin), else its only .onnx file. Sets *error when there is none or several.
QString modelInFolder(const QDir &dir, QString *error)
{
    if (QFileInfo(dir.filePath(QStringLiteral("model.json"))).isFile())
        return dir.filePath(QStringLiteral("model.json"));
    QStringList manifests;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files))
        if (looksLikeTfjsManifest(dir.filePath(name)))
            manifests << name;
    const QStringList onnx = dir.entryList({QStringLiteral("*.onnx")}, QDir::Files);
    if (manifests.size() + onnx.size() == 1)
        return dir.filePath(manifests.isEmpty() ? onnx.first() : manifests.first());
    *error = manifests.size() + onnx.size() == 0
                 ? QStringLiteral(
                       "%1 holds no model: no TF.js model manifest (a .json with modelTopology) and no .onnx file")
                       .arg(dir.path())
                 : QStringLiteral("%1 holds several models (%2): name the file to import")
                       .arg(dir.path(), (manifests + onnx).join(QStringLiteral(", ")));
    return {};
}

/// Each --state OUTPUT=INPUT names an output and an input the model has, and no output feeds two inputs.
QString checkStates(const ImportRequest &request, const ModelInterface &model)
{
    const QStringList inputs = model.inputNames(), outputs = model.outputNames();
    QStringList used;
    for (const auto &[input, output] : request.states) {
        if (!inputs.contains(input))
            return QStringLiteral("--state names input %1, which the model does not have (its inputs: %2)")
                .arg(input, inputs.join(QStringLiteral(", ")));
        if (!outputs.contains(output))
            return QStringLiteral("--state names output %1, which the model does not have (its outputs: %2)")
                .arg(output, outputs.join(QStringLiteral(", ")));
        if (used.contains(output))
            return QStringLiteral(
                       "--state feeds output %1 into two inputs; each state output is one input's next value")
                .arg(output);
        used << output;
    }
    return {};
}

QString slug(const QString &text)
{
    QString id = text.toLower();
    id.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    id.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return id.left(64).isEmpty() ? QStringLiteral("model") : id.left(64);
}
} // namespace

std::vector<std::int64_t> parseShape(const QString &text)
{
    std::vector<std::int64_t> shape;
    for (const QString &part : text.split(QLatin1Char('x'))) {
        bool ok = false;
        const qint64 d = part.trimmed().toLongLong(&ok);
        if (!ok || d <= 0)
            return {};
        shape.push_back(d);
    }
    return shape;
}

ModelInterface inspectModel(const ModelCache &cache, const QString &path, const CancelFn &cancelled)
{
    ModelInterface m;
    QFileInfo source(path);
    if (!source.exists()) {
        m.error = QStringLiteral("%1 does not exist").arg(path);
        return m;
    }
    if (source.isDir()) {
        const QString found = modelInFolder(QDir(source.filePath()), &m.error);
        if (found.isEmpty())
            return m;
        source = QFileInfo(found);
    }
    const bool tfjs = source.suffix().toLower() == QLatin1String("json");
    if (!source.isFile()) {
        m.error = QStringLiteral("%1 is not a regular file").arg(source.filePath());
        return m;
    }
    if (source.size() == 0) {
        m.error = QStringLiteral("%1 is empty").arg(source.filePath());
        return m;
    }
    m.entryPath = source.absoluteFilePath();
    m.files = {source.fileName()};
    bool layers = false;
    if (tfjs)
        m.files = checkTfjsModel(source.filePath(), &m.error, &layers);
    else
        m.files << onnxExternalDataFiles(source.filePath(), &m.error); // they keep their names: the graph names them
    if (!m.error.isEmpty())
        return m;
    m.format = layers ? QStringLiteral("tfjs-layers") : tfjs ? QStringLiteral("tfjs") : QStringLiteral("onnx");
    // A TF.js manifest is model.json (or detector.json beside detector.bin): a model.json's folder names it.
    const bool namedByFolder =
        tfjs && source.completeBaseName() == QLatin1String("model") && source.dir().dirName() != QLatin1String(".");
    m.suggestedName = namedByFolder ? source.dir().dirName() : source.completeBaseName();
    m.suggestedId =
        slug(tfjs && source.dir().dirName() != QLatin1String(".") ? source.dir().dirName() : source.completeBaseName());

    // Ask the runtime itself what the model takes and gives.
    nlohmann::json inspected;
    process::ChildOptions options;
    options.timeoutMs = 5 * 60 * 1000;
    options.cancelled = cancelled;
    options.onStdoutLine = [&](const QByteArray &line) {
        auto j = nlohmann::json::parse(line.constData(), line.constData() + line.size(), nullptr, false);
        if (j.is_object() && (j.value("event", "") == "inspect" || j.value("event", "") == "error"))
            inspected = j;
    };
    const process::ChildResult r = process::runChild(
        nodeProgram(),
        {tfjs ? cache.tfjsToolPath() : cache.nativeToolPath(), QStringLiteral("inspect"), source.filePath()}, options);
    if (inspected.value("event", "") == "error") {
        m.error = QStringLiteral("%1 is not a model the runtime can load: %2")
                      .arg(source.fileName(), q(inspected.value("message", "")));
        return m;
    }
    if (!r.ok() || inspected.is_null() || !inspected["inputs"].is_array() || !inspected["outputs"].is_array()) {
        m.error = QStringLiteral("inspecting %1 failed: %2 %3")
                      .arg(source.fileName(), r.errorText,
                           QString::fromUtf8(r.stderrTail).trimmed().section(QLatin1Char('\n'), -2));
        return m;
    }
    for (const auto &in : inspected["inputs"]) {
        ModelInterface::Tensor t{q(in.value("name", "")), q(in.value("dtype", "")), {}, in["shape"].is_array()};
        if (t.rankKnown)
            for (std::size_t axis = 0; axis < in["shape"].size(); ++axis) {
                // A layers model's first axis is Keras's batch axis, always open: one example per inference.
                const auto &d = in["shape"][axis];
                const bool known = d.is_number_integer() && d.get<std::int64_t>() > 0;
                t.shape.push_back(known ? d.get<std::int64_t>() : layers && axis == 0 ? 1 : -1);
            }
        m.inputs.push_back(t);
    }
    for (const auto &out : inspected["outputs"])
        m.outputs.push_back({q(out.value("name", "")), q(out.value("dtype", "")), {}, false});
    return m;
}

bool ModelInterface::Tensor::isDynamic() const
{
    return !rankKnown || std::any_of(shape.begin(), shape.end(), [](std::int64_t d) { return d < 1; });
}

QString ModelInterface::Tensor::shownShape() const
{
    if (!rankKnown)
        return QStringLiteral("unknown rank");
    QStringList dims;
    for (const std::int64_t d : shape)
        dims << (d < 1 ? QStringLiteral("?") : QString::number(d));
    return dims.join(QLatin1Char(','));
}

QStringList ModelInterface::inputNames() const
{
    QStringList names;
    for (const auto &t : inputs)
        names << t.name;
    return names;
}

QStringList ModelInterface::outputNames() const
{
    QStringList names;
    for (const auto &t : outputs)
        names << t.name;
    return names;
}

namespace {
/// The catalog's inputs from what the runtime said and what the request fixes; sets result.error (and the
/// unresolved inputs) when something is missing or contradicts the model.
std::vector<zoo::InputSpec> inputSpecs(const ModelInterface &model, const ImportRequest &request, ImportResult &result)
{
    std::vector<zoo::InputSpec> specs;
    for (const auto &in : model.inputs) {
        zoo::InputSpec spec;
        spec.name = in.name.toStdString();
        spec.dtype = in.dtype.toStdString();
        if (dtypeSize(spec.dtype) == 0 || spec.dtype == "float16" || spec.dtype == "bool") {
            result.error = QStringLiteral("input %1 has type %2, which InferScope cannot generate inputs for")
                               .arg(in.name, in.dtype);
            return {};
        }
        const auto given = request.shapes.find(in.name);
        if (given != request.shapes.end()) {
            if (!in.isDynamic() && given->second != in.shape) {
                result.error = QStringLiteral("--shape for %1 does not match the model's fixed shape [%2]")
                                   .arg(in.name, in.shownShape());
                return {};
            }
            spec.shape = given->second;
        } else if (in.isDynamic()) {
            result.unresolvedInputs << QStringLiteral("%1 [%2]").arg(in.name, in.shownShape());
            continue;
        } else {
            spec.shape = in.shape;
        }
        spec.generator = spec.dtype.starts_with("int") || spec.dtype == "uint8" ? "int" : "uniform";
        spec.low = 0;
        spec.high = spec.generator == "int" ? 256 : 1;
        if (const auto state = request.states.find(in.name); state != request.states.end()) {
            spec.stateFrom = state->second.toStdString();
            spec.generator = "constant"; // a state starts at zero unless --value says otherwise
            spec.value = 0;
        }
        if (const auto value = request.values.find(in.name); value != request.values.end()) {
            spec.generator = "constant";
            spec.value = value->second;
        }
        specs.push_back(spec);
    }
    if (!result.unresolvedInputs.isEmpty()) {
        result.error =
            QStringLiteral(
                "these inputs have dynamic dimensions; give each a concrete shape with --shape NAME=AxBxC: %1")
                .arg(result.unresolvedInputs.join(QStringLiteral(", ")));
        return {};
    }
    for (const auto &[name, value] : request.values) {
        Q_UNUSED(value);
        if (!model.inputNames().contains(name)) {
            result.error = QStringLiteral("--value names %1, which is not an input of the model (its inputs: %2)")
                               .arg(name, model.inputNames().join(QStringLiteral(", ")));
            return {};
        }
    }
    result.error = checkStates(request, model);
    return result.error.isEmpty() ? specs : std::vector<zoo::InputSpec>{};
}

/// Copies the model's files into a staging folder under the names the runtimes load, hashing each, and moves it
/// into place; returns the model's folder or sets *error (nothing left behind).
QString stageFiles(const ModelCache &cache, const ModelInterface &model, zoo::ModelEntry &e, QString *error)
{
    const QFileInfo source(model.entryPath);
    const bool tfjs = model.format != QLatin1String("onnx");
    const QString staging = cache.cacheDir() + QStringLiteral("/.import-") + q(e.id);
    QDir(staging).removeRecursively();
    QDir().mkpath(staging);
    for (const QString &name : model.files) {
        // The entry the runtimes load is stored under a fixed name (model.json or model.onnx), whatever
        // the user's file was called: the harness asks for that name. Weight paths are relative to the
        // manifest's folder and never name the manifest, so renaming it changes nothing else.
        const QString target = staging + QLatin1Char('/') +
                               (name != source.fileName() ? name
                                : tfjs                    ? QStringLiteral("model.json")
                                                          : QStringLiteral("model.onnx"));
        QDir().mkpath(QFileInfo(target).path());
        if (!QFile::copy(source.dir().filePath(name), target)) {
            QDir(staging).removeRecursively();
            *error = QStringLiteral("cannot copy %1 into the model cache").arg(name);
            return {};
        }
        zoo::ModelFile file;
        file.path = QDir(staging).relativeFilePath(target).toStdString();
        file.bytes = static_cast<std::uint64_t>(QFileInfo(target).size());
        file.sha256 = sha256OfFile(target).toStdString();
        e.files.push_back(file);
    }
    const QString finalDir = cache.modelDir(e);
    QDir(finalDir).removeRecursively();
    if (!QDir().rename(staging, finalDir)) {
        QDir(staging).removeRecursively();
        *error = QStringLiteral("cannot move the model into %1").arg(finalDir);
        return {};
    }
    return finalDir;
}
} // namespace

ImportResult importModel(const ModelCache &cache, const ImportRequest &request)
{
    ImportResult result;
    const ModelInterface model = inspectModel(cache, request.path, request.cancelled);
    if (!model.ok()) {
        result.error = model.error;
        return result;
    }
    zoo::ModelEntry &e = result.entry;
    e.id = (request.id.isEmpty() ? model.suggestedId : request.id).toStdString();
    if (!zoo::isValidModelId(e.id)) {
        result.error =
            QStringLiteral("\"%1\" is not a valid model id (lower-case letters, digits and '-')").arg(q(e.id));
        return result;
    }
    try {
        if (cache.loadCatalog().find(e.id)) {
            result.error =
                QStringLiteral("a model with id \"%1\" is already in the zoo: choose another with --id").arg(q(e.id));
            return result;
        }
    } catch (const zoo::CatalogError &error) {
        result.error = QString::fromUtf8(error.what());
        return result;
    }
    e.inputs = inputSpecs(model, request, result);
    if (!result.error.isEmpty())
        return result;
    for (const QString &name : request.orderDependent)
        if (!model.outputNames().contains(name)) {
            result.error =
                QStringLiteral("--order-dependent names %1, which the model does not output (its outputs: %2)")
                    .arg(name, model.outputNames().join(QStringLiteral(", ")));
            return result;
        }
    for (const auto &out : model.outputs) {
        e.outputs.push_back({out.name.toStdString(), ""});
        e.outputs.back().orderDependent = request.orderDependent.contains(out.name);
    }
    e.name = (request.name.isEmpty() ? model.suggestedName : request.name).toStdString();
    e.task = request.task.toStdString();
    e.format = model.format.toStdString();
    e.source.kind = "user";
    e.source.original = QFileInfo(request.path).absoluteFilePath().toStdString();
    e.licence = "user-supplied";
    e.preprocessing = "unknown (imported): reference inputs are uniform random values";

    // Copy into the cache, hash, and prove the model runs before anything becomes visible.
    const QString finalDir = stageFiles(cache, model, e, &result.error);
    if (finalDir.isEmpty())
        return result;
    const QString referenceError = cache.makeReference(e, request.cancelled);
    if (!referenceError.isEmpty()) {
        QDir(finalDir).removeRecursively();
        QDir(cache.referenceDir(e)).removeRecursively();
        result.error = request.cancelled && request.cancelled()
                           ? QStringLiteral("cancelled: nothing was imported")
                           : QStringLiteral("the model loads but cannot be fed: %1").arg(referenceError);
        return result;
    }
    try {
        zoo::Catalog user = cache.loadUserCatalog();
        zoo::Catalog added = zoo::Catalog::parse({{"catalog_version", 1}, {"models", {zoo::toJson(e)}}}, "import");
        user.merge(added);
        cache.saveUserCatalog(user);
    } catch (const std::exception &error) {
        QDir(finalDir).removeRecursively();
        result.error =
            QStringLiteral("cannot record the model in the user catalog: %1").arg(QString::fromUtf8(error.what()));
        return result;
    }
    return result;
}

} // namespace inferscope::zoo
