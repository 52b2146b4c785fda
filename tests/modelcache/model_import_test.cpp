// Importing a user's model: what works, and every kind of bad file refused with nothing changed.
#include "../support/onnx_test_models.h"
#include "../support/zoo_models.h"
#include "core/modelcache/model_import.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <cstring>
#include <gtest/gtest.h>

using namespace inferscope;

namespace {
class ImportTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_catalog = m_shared.loadCatalog();
        m_cache = std::make_unique<zoo::ModelCache>(m_dir.filePath(QStringLiteral("cache")), m_shared.dataDir());
    }
    QString copyOf(const char *id, const QString &name)
    {
        const auto &entry = tests::fetchedModel(m_shared, m_catalog, id);
        const QString target = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(target).path());
        QFile::copy(m_shared.entryFilePath(entry), target);
        return target;
    }
    QString userCatalogText() const
    {
        QFile f(m_cache->userCatalogPath());
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    void expectNothingChanged()
    {
        EXPECT_TRUE(userCatalogText().isEmpty());
        const QStringList left =
            QDir(m_cache->cacheDir()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        EXPECT_TRUE(left.isEmpty()) << left.join(QLatin1Char(',')).toStdString();
    }

    zoo::ModelCache m_shared;
    zoo::Catalog m_catalog;
    QTemporaryDir m_dir;
    std::unique_ptr<zoo::ModelCache> m_cache;
};
} // namespace

TEST_F(ImportTest, AnOnnxFileBecomesAZooModelWithReferenceData)
{
    zoo::ImportRequest request;
    request.path = copyOf("blazeface-onnx", QStringLiteral("My Face Detector.onnx"));
    const auto result = zoo::importModel(*m_cache, request);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ("my-face-detector", result.entry.id);
    EXPECT_EQ("input:0", result.entry.inputs[0].name);
    EXPECT_EQ((std::vector<std::int64_t>{1, 128, 128, 3}), result.entry.inputs[0].shape);
    EXPECT_EQ(4u, result.entry.outputs.size());
    const auto catalog = m_cache->loadCatalog();
    ASSERT_NE(nullptr, catalog.find("my-face-detector"));
    EXPECT_TRUE(m_cache->verify(*catalog.find("my-face-detector"), true).hashesMatch);
    EXPECT_TRUE(QFileInfo::exists(m_cache->referenceDir(result.entry) + QStringLiteral("/output_0.bin")));
    // The same id again is refused.
    EXPECT_FALSE(zoo::importModel(*m_cache, request).ok());
}

TEST_F(ImportTest, DynamicDimensionsNeedAShape)
{
    zoo::ImportRequest request;
    request.path = copyOf("paddleocr-det", QStringLiteral("det.onnx"));
    auto result = zoo::importModel(*m_cache, request);
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(1, result.unresolvedInputs.size());
    EXPECT_EQ(QStringLiteral("x [?,3,?,?]"), result.unresolvedInputs.first());
    EXPECT_TRUE(result.error.contains(QStringLiteral("--shape")));
    expectNothingChanged();

    request.shapes[QStringLiteral("x")] = zoo::parseShape(QStringLiteral("1x3x64x64"));
    result = zoo::importModel(*m_cache, request);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ((std::vector<std::int64_t>{1, 3, 64, 64}), result.entry.inputs[0].shape);
}

TEST_F(ImportTest, NotAModelIsRefusedAndNothingChanges)
{
    QFile junk(m_dir.filePath(QStringLiteral("notes.onnx")));
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write("this is a text file, not a protobuf");
    junk.close();
    zoo::ImportRequest request;
    request.path = junk.fileName();
    const auto result = zoo::importModel(*m_cache, request);
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.error.contains(QStringLiteral("not a model the runtime can load")))
        << result.error.toStdString();
    expectNothingChanged();
}

TEST_F(ImportTest, ATruncatedOnnxFileIsRefused)
{
    const QString path = copyOf("mobilenetv2", QStringLiteral("truncated.onnx"));
    QFile f(path);
    ASSERT_TRUE(f.resize(f.size() / 2));
    zoo::ImportRequest request;
    request.path = path;
    const auto result = zoo::importModel(*m_cache, request);
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.error.contains(QStringLiteral("truncated.onnx"))) << result.error.toStdString();
    expectNothingChanged();
}

TEST_F(ImportTest, TfjsFolderWithMissingOrShortWeightsIsRefused)
{
    const auto &entry = tests::fetchedModel(m_shared, m_catalog, "emotion");
    const QString folder = m_dir.filePath(QStringLiteral("emotion-model"));
    QDir().mkpath(folder);
    for (const auto &file : entry.files)
        QFile::copy(m_shared.filePath(entry, file), folder + QLatin1Char('/') + QString::fromStdString(file.path));
    QFile weights(folder + QStringLiteral("/emotion.bin"));

    zoo::ImportRequest request;
    request.path = folder;
    ASSERT_TRUE(weights.resize(weights.size() - 100));
    auto result = zoo::importModel(*m_cache, request);
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.error.contains(QStringLiteral("truncated or mismatched"))) << result.error.toStdString();

    ASSERT_TRUE(weights.remove());
    result = zoo::importModel(*m_cache, request);
    EXPECT_TRUE(result.error.contains(QStringLiteral("emotion.bin")) &&
                result.error.contains(QStringLiteral("missing")))
        << result.error.toStdString();
    expectNothingChanged();
}

TEST_F(ImportTest, ATfjsFolderImports)
{
    const auto &entry = tests::fetchedModel(m_shared, m_catalog, "emotion");
    const QString folder = m_dir.filePath(QStringLiteral("faces"));
    QDir().mkpath(folder);
    for (const auto &file : entry.files)
        QFile::copy(m_shared.filePath(entry, file), folder + QLatin1Char('/') + QString::fromStdString(file.path));
    zoo::ImportRequest request;
    request.path = folder;
    request.shapes[QStringLiteral("input_1")] = {1, 64, 64, 1}; // its batch dimension is dynamic
    const auto result = zoo::importModel(*m_cache, request);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ("faces", result.entry.id);
    EXPECT_EQ("tfjs", result.entry.format);
    EXPECT_FALSE(result.entry.hasNativeBaseline());
}

TEST_F(ImportTest, ATfjsManifestUnderAnotherNameImportsAsTheEntryTheHarnessLoads)
{
    // Many packages ship detector.json beside detector.bin: the folder holds one graph-model manifest.
    const auto &entry = tests::fetchedModel(m_shared, m_catalog, "emotion");
    const QString folder = m_dir.filePath(QStringLiteral("detector"));
    QDir().mkpath(folder);
    for (const auto &file : entry.files) {
        const QString name = QString::fromStdString(file.path) == QLatin1String("model.json")
                                 ? QStringLiteral("detector.json")
                                 : QString::fromStdString(file.path);
        QFile::copy(m_shared.filePath(entry, file), folder + QLatin1Char('/') + name);
    }
    zoo::ImportRequest request;
    request.path = folder;
    request.shapes[QStringLiteral("input_1")] = {1, 64, 64, 1};
    const auto result = zoo::importModel(*m_cache, request);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ("model.json", result.entry.entryFile().path);
    EXPECT_TRUE(QFileInfo(m_cache->entryFilePath(result.entry)).isFile());
    EXPECT_TRUE(QFileInfo::exists(m_cache->modelDir(result.entry) + QStringLiteral("/emotion.bin")));
    // The file itself, named directly, imports the same way (another id).
    request.path = folder + QStringLiteral("/detector.json");
    request.id = QStringLiteral("detector-file");
    const auto direct = zoo::importModel(*m_cache, request);
    ASSERT_TRUE(direct.ok()) << direct.error.toStdString();
    EXPECT_EQ("model.json", direct.entry.entryFile().path);
}

TEST_F(ImportTest, WrongJsonTypesInATfjsManifestAreRefusedByName)
{
    const auto &entry = tests::fetchedModel(m_shared, m_catalog, "emotion");
    QFile original(m_shared.entryFilePath(entry));
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    const auto manifest = nlohmann::json::parse(original.readAll().toStdString());
    const std::vector<std::pair<std::string, nlohmann::json>> edits{
        {"/weightsManifest/0", 5},
        {"/weightsManifest/0/paths", "emotion.bin"},
        {"/weightsManifest/0/paths/0", 7},
        {"/weightsManifest/0/weights/0", "w"},
        {"/weightsManifest/0/weights/0/shape", 3},
        {"/weightsManifest/0/weights/0/shape/0", "64"},
        {"/weightsManifest/0/weights/0/dtype", 1},
        {"/format", nlohmann::json::array()},
        {"/weightsManifest", nlohmann::json::object()},
    };
    int n = 0;
    for (const auto &[pointer, value] : edits) {
        const QString folder = m_dir.filePath(QStringLiteral("bad%1").arg(n++));
        QDir().mkpath(folder);
        for (const auto &file : entry.files)
            if (file.path != "model.json")
                QFile::copy(m_shared.filePath(entry, file),
                            folder + QLatin1Char('/') + QString::fromStdString(file.path));
        auto edited = manifest;
        edited[nlohmann::json::json_pointer(pointer)] = value;
        QFile out(folder + QStringLiteral("/model.json"));
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(QByteArray::fromStdString(edited.dump()));
        out.close();
        zoo::ImportRequest request;
        request.path = folder;
        const auto result = zoo::importModel(*m_cache, request);
        EXPECT_FALSE(result.ok()) << pointer;
        EXPECT_TRUE(result.error.contains(QStringLiteral("model.json")) ||
                    result.error.contains(QStringLiteral("weight")))
            << pointer << ": " << result.error.toStdString();
    }
    expectNothingChanged();
}

TEST_F(ImportTest, ATfjsShapeWhoseBytesOverflowIsRefusedAsTooLargeNotWrapped)
{
    // Issue 23: 2^32 x 2^32 float32 weights wrapped to a small size in the message.
    const auto &entry = tests::fetchedModel(m_shared, m_catalog, "emotion");
    QFile original(m_shared.entryFilePath(entry));
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    auto manifest = nlohmann::json::parse(original.readAll().toStdString());
    manifest["weightsManifest"][0]["weights"][0]["shape"] = {4294967296ull, 4294967296ull};
    const QString folder = m_dir.filePath(QStringLiteral("huge"));
    QDir().mkpath(folder);
    for (const auto &file : entry.files)
        if (file.path != "model.json")
            QFile::copy(m_shared.filePath(entry, file), folder + QLatin1Char('/') + QString::fromStdString(file.path));
    QFile out(folder + QStringLiteral("/model.json"));
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QByteArray::fromStdString(manifest.dump()));
    out.close();
    zoo::ImportRequest request;
    request.path = folder;
    const auto result = zoo::importModel(*m_cache, request);
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.error.contains(QStringLiteral("more than 2^64 bytes"))) << result.error.toStdString();
    expectNothingChanged();
}

TEST(ParseShape, AcceptsOnlyPositiveDimensions)
{
    EXPECT_EQ((std::vector<std::int64_t>{1, 3, 224, 224}), zoo::parseShape(QStringLiteral("1x3x224x224")));
    EXPECT_TRUE(zoo::parseShape(QStringLiteral("1x0")).empty());
    EXPECT_TRUE(zoo::parseShape(QStringLiteral("1x?x3")).empty());
    EXPECT_TRUE(zoo::parseShape(QString()).empty());
}

namespace {
/// Re-saves `onnx` with its weights in `location` beside it (ONNX's own save_as_external_data), optionally
/// pointing the graph at `pointTo` instead: the form models over 2 GB take (tensors under 1 KiB stay in the
/// graph, as ONNX saves by default: ONNX Runtime needs the small shape constants inline).
bool saveWithExternalData(const QString &onnx, const QString &out, const QString &location, const QString &pointTo = {})
{
    const QString script = QStringLiteral("import onnx, sys\n"
                                          "m = onnx.load(sys.argv[1])\n"
                                          "onnx.save_model(m, sys.argv[2], save_as_external_data=True, "
                                          "all_tensors_to_one_file=True, location=sys.argv[3], size_threshold=1024)\n"
                                          "if len(sys.argv) > 4:\n"
                                          "    m = onnx.load(sys.argv[2], load_external_data=False)\n"
                                          "    for t in m.graph.initializer:\n"
                                          "        for e in t.external_data:\n"
                                          "            if e.key == 'location': e.value = sys.argv[4]\n"
                                          "    onnx.save_model(m, sys.argv[2])\n");
    QStringList args{QStringLiteral("-c"), script, onnx, out, location};
    if (!pointTo.isEmpty())
        args << pointTo;
    return QProcess::execute(QStringLiteral("/usr/bin/python3"), args) == 0;
}
} // namespace

TEST_F(ImportTest, AnOnnxModelWithExternalWeightsImportsWithThemAndRuns)
{
    // Issue 26: model.onnx + model.onnx.data was refused (only the graph was copied, so ONNX Runtime found no
    // weights). The data file now travels with the graph, under the name the graph gives it, hashed like it.
    const QString original = copyOf("blazeface-onnx", QStringLiteral("src/blazeface.onnx"));
    const QString graph = m_dir.filePath(QStringLiteral("ext/face.onnx"));
    QDir().mkpath(QFileInfo(graph).path());
    ASSERT_TRUE(saveWithExternalData(original, graph, QStringLiteral("face.onnx.data")));
    ASSERT_LT(QFileInfo(graph).size(), 200 * 1024) << "the weights left the graph";
    zoo::ImportRequest request;
    request.path = graph;
    const auto result = zoo::importModel(*m_cache, request);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    ASSERT_EQ(2u, result.entry.files.size());
    EXPECT_EQ("model.onnx", result.entry.files[0].path);
    EXPECT_EQ("face.onnx.data", result.entry.files[1].path);
    const auto catalog = m_cache->loadCatalog();
    const auto *entry = catalog.find(result.entry.id);
    ASSERT_NE(nullptr, entry);
    EXPECT_TRUE(m_cache->verify(*entry, true).hashesMatch);
    // The reference ran natively from the cache copy: the weights were found there.
    EXPECT_TRUE(QFileInfo::exists(m_cache->referenceDir(result.entry) + QStringLiteral("/output_0.bin")));
}

TEST_F(ImportTest, ExternalWeightsOutsideTheModelsFolderOrMissingAreRefusedAndNothingChanges)
{
    const QString original = copyOf("blazeface-onnx", QStringLiteral("src/blazeface.onnx"));
    const QString graph = m_dir.filePath(QStringLiteral("ext/face.onnx"));
    QDir().mkpath(QFileInfo(graph).path());
    ASSERT_TRUE(saveWithExternalData(original, graph, QStringLiteral("face.onnx.data"),
                                     QStringLiteral("../src/blazeface.onnx")));
    zoo::ImportRequest request;
    request.path = graph;
    auto result = zoo::importModel(*m_cache, request);
    EXPECT_FALSE(result.ok());
    EXPECT_NE(-1, result.error.indexOf(QStringLiteral("outside the model's folder"))) << result.error.toStdString();
    expectNothingChanged();

    ASSERT_TRUE(saveWithExternalData(original, graph, QStringLiteral("face.onnx.data")));
    ASSERT_TRUE(QFile::remove(m_dir.filePath(QStringLiteral("ext/face.onnx.data"))));
    result = zoo::importModel(*m_cache, request);
    EXPECT_FALSE(result.ok());
    EXPECT_NE(-1, result.error.indexOf(QStringLiteral("not beside it"))) << result.error.toStdString();
    expectNothingChanged();
}

TEST_F(ImportTest, AConfigurationInputGetsTheValueTheApplicationFeedsItInTheReference)
{
    // Issue 26: a voice-activity detector's scalar int64 `sr` selects a branch of the graph; a seeded random value
    // chose the wrong one. This graph passes x through only when sr == 16000 (y = x * (sr == 16000)).
    const QString path = m_dir.filePath(QStringLiteral("gate.onnx"));
    const QString script = QStringLiteral(
        "import onnx, sys\nfrom onnx import helper, TensorProto\n"
        "nodes = [helper.make_node('Constant', [], ['k'], value=helper.make_tensor('k', TensorProto.INT64, [], "
        "[16000])),\n"
        "         helper.make_node('Equal', ['sr', 'k'], ['e']), helper.make_node('Cast', ['e'], ['f'], "
        "to=TensorProto.FLOAT),\n"
        "         helper.make_node('Mul', ['x', 'f'], ['y'])]\n"
        "g = helper.make_graph(nodes, 'gate', [helper.make_tensor_value_info('x', TensorProto.FLOAT, [1, 4]),\n"
        "     helper.make_tensor_value_info('sr', TensorProto.INT64, [])], [helper.make_tensor_value_info('y', "
        "TensorProto.FLOAT, [1, 4])])\n"
        "onnx.save(helper.make_model(g, opset_imports=[helper.make_opsetid('', 13)]), sys.argv[1])\n");
    ASSERT_EQ(0, QProcess::execute(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, path}));
    zoo::ImportRequest request;
    request.path = path;
    request.values[QStringLiteral("rate")] = 16000; // not an input: refused by name
    auto result = zoo::importModel(*m_cache, request);
    ASSERT_FALSE(result.ok());
    EXPECT_NE(-1, result.error.indexOf(QStringLiteral("x, sr"))) << result.error.toStdString();
    expectNothingChanged();

    request.values = {{QStringLiteral("sr"), 16000}};
    result = zoo::importModel(*m_cache, request);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    const auto catalog = m_cache->loadCatalog();
    const auto *entry = catalog.find(result.entry.id);
    ASSERT_NE(nullptr, entry);
    ASSERT_EQ(2u, entry->inputs.size());
    EXPECT_EQ("constant", entry->inputs[1].generator);
    EXPECT_EQ(16000.0, entry->inputs[1].value);
    const auto read = [&](const QString &name) {
        QFile f(m_cache->referenceDir(result.entry) + QLatin1Char('/') + name);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QByteArray sr = read(QStringLiteral("input_1.bin"));
    ASSERT_EQ(8, sr.size());
    std::int64_t fed = 0;
    std::memcpy(&fed, sr.constData(), sizeof fed);
    EXPECT_EQ(16000, fed);
    // The branch the value selects: y is x, not zeros.
    EXPECT_EQ(read(QStringLiteral("input_0.bin")), read(QStringLiteral("output_0.bin")));
    EXPECT_NE(QByteArray(16, '\0'), read(QStringLiteral("output_0.bin")));
}

TEST_F(ImportTest, RecurrentStateIsRecordedStartsAtZeroAndMustBeFedBackable)
{
    // Issue 26: a voice-activity detector passes `stateN` back as `state`; a benchmark re-feeding noise measures
    // another workload. --state OUTPUT=INPUT records the link; the reference is one step from zeros.
    const QString path = m_dir.filePath(QStringLiteral("acc.onnx"));
    ASSERT_TRUE(tests::writeAccumulatorOnnx(path));
    zoo::ImportRequest request;
    request.path = path;
    request.states = {{QStringLiteral("state"), QStringLiteral("hidden")}};
    auto result = zoo::importModel(*m_cache, request);
    ASSERT_FALSE(result.ok());
    EXPECT_NE(-1, result.error.indexOf(QStringLiteral("y, stateN"))) << result.error.toStdString();
    expectNothingChanged();
    request.states = {{QStringLiteral("memory"), QStringLiteral("stateN")}};
    result = zoo::importModel(*m_cache, request);
    ASSERT_FALSE(result.ok());
    EXPECT_NE(-1, result.error.indexOf(QStringLiteral("x, state"))) << result.error.toStdString();
    expectNothingChanged();

    request.states = {{QStringLiteral("state"), QStringLiteral("stateN")}};
    result = zoo::importModel(*m_cache, request);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    const auto catalog = m_cache->loadCatalog();
    const auto *entry = catalog.find(result.entry.id);
    ASSERT_NE(nullptr, entry);
    ASSERT_EQ(2u, entry->inputs.size());
    EXPECT_EQ("stateN", entry->inputs[1].stateFrom);
    EXPECT_EQ("constant", entry->inputs[1].generator);
    EXPECT_EQ(0.0, entry->inputs[1].value);
    EXPECT_EQ("stateN", zoo::runtimeSpec(*entry)["inputs"][1].value("state_from", ""));
    const auto read = [&](const QString &name) {
        QFile f(m_cache->referenceDir(result.entry) + QLatin1Char('/') + name);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    EXPECT_EQ(QByteArray(16, '\0'), read(QStringLiteral("input_1.bin"))) << "a state starts at zero";
    EXPECT_EQ(read(QStringLiteral("input_0.bin")), read(QStringLiteral("output_0.bin")))
        << "one step from zeros: y = x";
}

TEST_F(ImportTest, AStateThatCannotBeFedBackIsRefusedWithTheRuntimesOwnMessage)
{
    const QString path = m_dir.filePath(QStringLiteral("acc.onnx"));
    ASSERT_TRUE(tests::writeAccumulatorOnnx(path, QStringLiteral("4"), QStringLiteral("[1, 1]")));
    zoo::ImportRequest request;
    request.path = path;
    request.states = {{QStringLiteral("state"), QStringLiteral("stateN")}};
    const auto result = zoo::importModel(*m_cache, request);
    ASSERT_FALSE(result.ok());
    EXPECT_NE(-1, result.error.indexOf(QStringLiteral("cannot be fed back"))) << result.error.toStdString();
    // ONNX Runtime's own words about the input, not a line of node's stack trace.
    EXPECT_NE(-1, result.error.indexOf(QStringLiteral("state"))) << result.error.toStdString();
    EXPECT_EQ(-1, result.error.indexOf(QStringLiteral("node:internal"))) << result.error.toStdString();
    expectNothingChanged();
}

TEST_F(ImportTest, AFailedReferenceRunShowsTheRuntimesFirstErrorLineNotAStackTrace)
{
    // Issue 26: the user saw `at process.processImmediate (node:internal/timers:...)`. A graph ONNX Runtime loads but
    // cannot run on the shapes given (a Reshape to 5 elements of a 4-element tensor) fails in the reference run.
    const QString path = m_dir.filePath(QStringLiteral("bad.onnx"));
    const QString script = QStringLiteral(
        "import onnx, sys\nfrom onnx import helper, TensorProto\n"
        "nodes = [helper.make_node('Constant', [], ['s'], value=helper.make_tensor('s', TensorProto.INT64, [1], "
        "[5])),\n"
        "         helper.make_node('Reshape', ['x', 's'], ['y'])]\n"
        "g = helper.make_graph(nodes, 'bad', [helper.make_tensor_value_info('x', TensorProto.FLOAT, [1, 'n'])],\n"
        "     [helper.make_tensor_value_info('y', TensorProto.FLOAT, [5])])\n"
        "onnx.save(helper.make_model(g, opset_imports=[helper.make_opsetid('', 13)]), sys.argv[1])\n");
    ASSERT_EQ(0, QProcess::execute(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, path}));
    zoo::ImportRequest request;
    request.path = path;
    request.shapes[QStringLiteral("x")] = {1, 4};
    const auto result = zoo::importModel(*m_cache, request);
    ASSERT_FALSE(result.ok());
    EXPECT_NE(-1, result.error.indexOf(QStringLiteral("Reshape"))) << result.error.toStdString();
    EXPECT_EQ(-1, result.error.indexOf(QStringLiteral("node:internal"))) << result.error.toStdString();
    EXPECT_EQ(-1, result.error.indexOf(QStringLiteral("    at "))) << result.error.toStdString();
    expectNothingChanged();
}

TEST_F(ImportTest, AKerasStyleLayersModelImportsWithItsBatchAxisFixedAndItsLayersNames)
{
    // Issue 26: "model.json is a TF.js layers-model; InferScope runs graph models". tf.loadLayersModel is how Teachable
    // Machine exports and Keras conversions load; the model is written here by TF.js itself (tf.LayersModel.save).
    const QString folder = m_dir.filePath(QStringLiteral("my-classifier"));
    ASSERT_EQ(
        0, QProcess::execute(QStringLiteral("node"),
                             {QStringLiteral(INFERSCOPE_SOURCE_DIR "/tests/support/make_layers_model.mjs"), folder}));
    zoo::ImportRequest request;
    request.path = folder;
    const auto result = zoo::importModel(*m_cache, request);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ("tfjs-layers", result.entry.format);
    EXPECT_EQ("my-classifier", result.entry.id);
    EXPECT_EQ("my-classifier", result.entry.name);
    ASSERT_EQ(1u, result.entry.inputs.size());
    EXPECT_EQ("image", result.entry.inputs[0].name);
    EXPECT_EQ((std::vector<std::int64_t>{1, 8, 8, 3}), result.entry.inputs[0].shape)
        << "Keras's open batch axis is one example";
    ASSERT_EQ(1u, result.entry.outputs.size());
    EXPECT_EQ("scores", result.entry.outputs[0].name);
    // The reference ran (TF.js's cpu backend in node): five softmax scores summing to one.
    QFile out(m_cache->referenceDir(result.entry) + QStringLiteral("/output_0.bin"));
    ASSERT_TRUE(out.open(QIODevice::ReadOnly));
    const QByteArray bytes = out.readAll();
    ASSERT_EQ(20, bytes.size());
    float scores[5];
    std::memcpy(scores, bytes.constData(), sizeof scores);
    EXPECT_NEAR(1.0, scores[0] + scores[1] + scores[2] + scores[3] + scores[4], 1e-5);
    EXPECT_NE(nullptr, m_cache->loadCatalog().find("my-classifier"));
}

TEST_F(ImportTest, ATfjsManifestOfAnotherKindIsRefusedByItsFormat)
{
    const QString folder = m_dir.filePath(QStringLiteral("odd"));
    ASSERT_EQ(
        0, QProcess::execute(QStringLiteral("node"),
                             {QStringLiteral(INFERSCOPE_SOURCE_DIR "/tests/support/make_layers_model.mjs"), folder}));
    QFile manifest(folder + QStringLiteral("/model.json"));
    ASSERT_TRUE(manifest.open(QIODevice::ReadOnly));
    QByteArray text = manifest.readAll().replace("\"layers-model\"", "\"saved-model\"");
    manifest.close();
    ASSERT_TRUE(manifest.open(QIODevice::WriteOnly | QIODevice::Truncate));
    manifest.write(text);
    manifest.close();
    zoo::ImportRequest request;
    request.path = folder;
    const auto result = zoo::importModel(*m_cache, request);
    ASSERT_FALSE(result.ok());
    EXPECT_NE(-1, result.error.indexOf(QStringLiteral("\"saved-model\""))) << result.error.toStdString();
    expectNothingChanged();
}
