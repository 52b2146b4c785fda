#include "../support/zoo_models.h"
#include "core/modelcache/model_cache.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace inferscope;

TEST(ModelCache, Sha256OfAKnownFile)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("abc")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("abc");
    f.close();
    EXPECT_EQ(QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
              zoo::sha256OfFile(f.fileName()));
    EXPECT_TRUE(zoo::sha256OfFile(dir.filePath(QStringLiteral("missing"))).isEmpty());
}

TEST(ModelCache, FetchedModelsVerifyAndADamagedFileIsCaughtAndRepaired)
{
    const zoo::ModelCache shared;
    const auto catalog = shared.loadCatalog();
    const auto &entry = tests::fetchedModel(shared, catalog, "blazeface-onnx");
    // Work on a private copy of the cache so the user's cache is never damaged by a test.
    QTemporaryDir dir;
    const zoo::ModelCache cache(dir.path(), shared.dataDir());
    ASSERT_TRUE(cache.fetch(entry).isEmpty()); // extracted again from the npm tarball... of its own cache
    auto v = cache.verify(entry, true);
    EXPECT_TRUE(v.filesPresent && v.hashesMatch && v.referenceReady) << v.problems.join(QLatin1Char(';')).toStdString();

    QFile model(cache.entryFilePath(entry));
    ASSERT_TRUE(model.open(QIODevice::ReadWrite));
    model.seek(1000);
    model.write("XXXX");
    model.close();
    v = cache.verify(entry, true);
    EXPECT_FALSE(v.hashesMatch);
    EXPECT_TRUE(v.problems.join(QLatin1Char(';')).contains(QStringLiteral("model.onnx: sha256")));
    ASSERT_TRUE(cache.fetch(entry).isEmpty());
    EXPECT_TRUE(cache.verify(entry, true).hashesMatch);
}

TEST(ModelCache, ReferenceDataMatchesTheCatalog)
{
    const zoo::ModelCache cache;
    const auto catalog = cache.loadCatalog();
    for (const char *id : {"mobilenetv2", "movenet-lightning"}) {
        const auto &entry = tests::fetchedModel(cache, catalog, id);
        QFile f(cache.referenceDir(entry) + QStringLiteral("/reference.json"));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << id;
        const auto ref = nlohmann::json::parse(f.readAll().toStdString());
        EXPECT_EQ(entry.format == "onnx" ? "onnxruntime-node" : "tfjs-cpu (node)", ref["runtime"].get<std::string>());
        // Inputs are exactly the catalog's size; outputs are finite and not degenerate.
        std::int64_t count = 1;
        for (auto d : entry.inputs[0].shape)
            count *= d;
        const qint64 bytes = QFileInfo(cache.referenceDir(entry) + QStringLiteral("/input_0.bin")).size();
        EXPECT_EQ(count * (entry.inputs[0].dtype == "int64" ? 8 : 4), bytes) << id;
        EXPECT_TRUE(ref["outputs"][0]["finite"].get<bool>()) << id;
        EXPECT_GT(ref["outputs"][0]["std"].get<double>(), 1e-3) << id;
    }
}
