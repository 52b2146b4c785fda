// The native baseline against real onnxruntime-node, and its failure paths with a stand-in runner.
#include "../support/zoo_models.h"
#include "core/engine/native_runner.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <thread>

using namespace inferscope;

namespace {
engine::NativeRunOptions quick()
{
    engine::NativeRunOptions o;
    o.warmupMs = 300;
    o.samples = 25;
    o.timeoutMs = 120000;
    return o;
}

/// A stand-in for node that behaves like the runner up to a point, then dies (only the code around
/// the runner is under test here; the real runner is tested above).
QString fakeNode(const QTemporaryDir &dir, const char *body)
{
    const QString path = dir.filePath(QStringLiteral("node"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(QByteArray("#!/bin/sh\n") + body + "\n");
    f.close();
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}
} // namespace

TEST(NativeRunner, MeasuresARealModelWithMemoryTimeline)
{
    const zoo::ModelCache cache;
    const auto catalog = cache.loadCatalog();
    const auto &entry = tests::fetchedModel(cache, catalog, "mobilenetv2");
    auto options = quick();
    options.threads = 2;
    const auto record = engine::runNativeBaseline(cache, entry, options, "mnv2-t2");
    ASSERT_EQ("ok", record.meta.value("status", "")) << record.meta.dump();
    EXPECT_EQ(2, record.meta["threads"]);
    EXPECT_EQ("1.30.0", record.meta["runtime_version"]);
    EXPECT_GT(record.meta["setup_ms"].get<double>(), 0);
    EXPECT_GT(record.meta["first_ms"].get<double>(), 0);
    ASSERT_NE(nullptr, record.find("latency_ms"));
    EXPECT_EQ(25u, record.find("latency_ms")->values.size());
    EXPECT_GT(record.find("warmup_latency_ms")->values.size(), 0u);
    for (double ms : record.find("latency_ms")->values)
        EXPECT_GT(ms, 0.5); // MobileNetV2 takes milliseconds, not microseconds
    // The memory timeline: ~10 samples a second, PSS grows by at least the model's size once loaded.
    const auto &t = record.find("memory_t_ms")->values;
    ASSERT_GE(t.size(), 5u);
    EXPECT_GE(static_cast<double>(t.size()), (t.back() - t.front()) / 1000.0 * 5);
    EXPECT_GT(record.meta["peak_pss_bytes"].get<double>() - record.meta["baseline_pss_bytes"].get<double>(),
              static_cast<double>(entry.totalBytes()));
    EXPECT_GT(record.meta["memory"]["amplification"].get<double>(), 1.0); // the growth exceeds the file size
    // The outputs are the reference input's: identical to the reference output's statistics.
    EXPECT_TRUE(record.meta["outputs"]["logits"]["finite"].get<bool>());
    // CPU time per inference (node's process.cpuUsage over the prediction phase): 2 threads keep more
    // than a tenth of a core busy and never more cores than the machine has.
    const auto &cpu = record.meta["cpu"];
    ASSERT_TRUE(cpu.contains("per_inference_ms")) << cpu.dump();
    EXPECT_GT(cpu["per_inference_ms"].get<double>(), 0.1);
    EXPECT_GT(cpu["cores_busy"].get<double>(), 0.1);
    EXPECT_LT(cpu["cores_busy"].get<double>(), std::thread::hardware_concurrency() + 1.0);
}

TEST(NativeRunner, TfjsModelsSayWhyThereIsNoBaseline)
{
    const zoo::ModelCache cache;
    const auto catalog = cache.loadCatalog();
    const auto record = engine::runNativeBaseline(cache, *catalog.find("movenet-lightning"), quick(), "movenet");
    EXPECT_EQ("unsupported", record.meta["status"]);
    EXPECT_NE(std::string::npos, record.meta["error"].get<std::string>().find("tfjs-node"));
}

TEST(NativeRunner, AModelNotFetchedIsARecordedFailure)
{
    QTemporaryDir empty;
    const zoo::ModelCache cache(empty.path(), zoo::ModelCache().dataDir());
    const auto catalog = cache.loadCatalog();
    const auto record = engine::runNativeBaseline(cache, *catalog.find("vgg16"), quick(), "vgg");
    EXPECT_EQ("failed", record.meta["status"]);
    EXPECT_NE(std::string::npos, record.meta["error"].get<std::string>().find("inferscope models fetch vgg16"));
}

TEST(NativeRunner, ACrashKeepsTheSamplesTakenBeforeIt)
{
    const zoo::ModelCache cache;
    const auto catalog = cache.loadCatalog();
    const auto &entry = tests::fetchedModel(cache, catalog, "blazeface-onnx");
    QTemporaryDir dir;
    qputenv("INFERSCOPE_NODE", fakeNode(dir, R"(echo '{"event":"start","pid":1}'
echo '{"event":"setup","ms":5}'
echo '{"event":"sample","phase":"steady","ms":1.5}'
echo '{"event":"sample","phase":"steady","ms":1.6}'
echo 'dying now' >&2
kill -KILL $$)")
                                   .toLocal8Bit());
    const auto record = engine::runNativeBaseline(cache, entry, quick(), "crash");
    qunsetenv("INFERSCOPE_NODE");
    EXPECT_EQ("failed", record.meta["status"]);
    EXPECT_TRUE(record.meta["crashed"].get<bool>());
    EXPECT_NE(std::string::npos, record.meta["stderr"].get<std::string>().find("dying now"));
    EXPECT_EQ((std::vector<double>{1.5, 1.6}), record.find("latency_ms")->values);
}

TEST(NativeRunner, AHungRunnerTimesOut)
{
    const zoo::ModelCache cache;
    const auto catalog = cache.loadCatalog();
    const auto &entry = tests::fetchedModel(cache, catalog, "blazeface-onnx");
    QTemporaryDir dir;
    qputenv("INFERSCOPE_NODE", fakeNode(dir, "echo '{\"event\":\"start\",\"pid\":1}'; sleep 60").toLocal8Bit());
    auto options = quick();
    options.timeoutMs = 800;
    const auto record = engine::runNativeBaseline(cache, entry, options, "hang");
    qunsetenv("INFERSCOPE_NODE");
    EXPECT_EQ("failed", record.meta["status"]);
    EXPECT_TRUE(record.meta["timed_out"].get<bool>());
    EXPECT_NE(std::string::npos, record.meta["error"].get<std::string>().find("did not finish"));
}
