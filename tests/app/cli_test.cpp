// The real `inferscope` binary, run as a user would run it.
#include "test_bundles.h"

#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {
struct Result {
    int code;
    QString out;
    QString err;
};

Result run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(INFERSCOPE_BINARY), args);
    EXPECT_TRUE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

TEST(Cli, VersionListsEveryComponent)
{
    const auto r = run({QStringLiteral("--version")});
    EXPECT_EQ(0, r.code);
    for (const char *name : {"InferScope: ", "Qt: 6.", "QtWebEngine Chromium: ", "QCustomPlot: 2.", "zstd: 1.",
                             "ONNX Runtime Web: ", "TensorFlow.js: "})
        EXPECT_TRUE(r.out.contains(QString::fromUtf8(name))) << name << "\n" << r.out.toStdString();
}

TEST(Cli, HelpNamesTheCommands)
{
    const auto r = run({QStringLiteral("--help")});
    EXPECT_EQ(0, r.code);
    EXPECT_TRUE(r.out.contains(QStringLiteral("inspect")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("--screenshot")));
}

TEST(Cli, UnknownCommandFailsWithTheList)
{
    const auto r = run({QStringLiteral("frobnicate")});
    EXPECT_EQ(1, r.code);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Unknown command \"frobnicate\"")));
    EXPECT_TRUE(r.err.contains(QStringLiteral("inspect")));
}

TEST(Cli, InspectReportsRunsAndDamagedRecords)
{
    QTemporaryDir dir;
    inferscope::tests::writeLatencyBundle(dir.path(), {30.0, 31.0});
    auto r = run({QStringLiteral("inspect"), dir.path()});
    EXPECT_EQ(0, r.code) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("run-0")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("2 runs"))) << r.out.toStdString();

    QFile record(dir.path() + QStringLiteral("/runs/run-1.isr"));
    ASSERT_TRUE(record.resize(record.size() - 10));
    r = run({QStringLiteral("inspect"), QStringLiteral("--json"), dir.path()});
    EXPECT_EQ(3, r.code);
    const auto json = nlohmann::json::parse(r.out.toStdString());
    ASSERT_EQ(1u, json["runs"].size());
    ASSERT_EQ(1u, json["problems"].size());
    EXPECT_EQ("run-1.isr", json["problems"][0]["file"]);
    EXPECT_EQ("truncated", json["problems"][0]["code"]);
    EXPECT_TRUE(r.err.contains(QStringLiteral("run-1.isr")));
}

TEST(Cli, InspectRefusesWhatIsNotABundle)
{
    QTemporaryDir dir;
    const auto r = run({QStringLiteral("inspect"), dir.path()});
    EXPECT_EQ(2, r.code);
    EXPECT_TRUE(r.err.contains(QStringLiteral("not an InferScope result bundle")));
}
