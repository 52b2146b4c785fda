// The harness server over real sockets: token, path safety, isolation headers, MIME types, events.
#include "core/engine/harness_server.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <gtest/gtest.h>

using namespace inferscope::engine;

namespace {
struct Reply {
    int status = 0;
    QByteArray body;
    QMap<QByteArray, QByteArray> headers;
};

Reply request(const QUrl &url, const QByteArray &post = {}, bool isPost = false)
{
    QNetworkAccessManager manager;
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = isPost ? manager.post(req, post) : manager.get(req);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        r.headers[pair.first.toLower()] = pair.second;
    delete reply;
    return r;
}

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
}

class HarnessServerTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        write(m_dir.filePath(QStringLiteral("harness/index.html")), "<html>harness</html>");
        write(m_dir.filePath(QStringLiteral("harness/harness.js")), "// js");
        write(m_dir.filePath(QStringLiteral("node_modules/onnxruntime-web/dist/ort-wasm.wasm")), "\0asm");
        write(m_dir.filePath(QStringLiteral("node_modules/left-pad/index.js")), "// not served");
        write(m_dir.filePath(QStringLiteral("models/m/model.onnx")), "onnx");
        write(m_dir.filePath(QStringLiteral("secret.txt")), "secret");
        QFile::link(m_dir.filePath(QStringLiteral("secret.txt")),
                    m_dir.filePath(QStringLiteral("models/m/escape.txt")));
        m_server = std::make_unique<HarnessServer>(HarnessRoots{m_dir.filePath(QStringLiteral("harness")),
                                                                m_dir.filePath(QStringLiteral("node_modules")),
                                                                m_dir.filePath(QStringLiteral("models"))});
        ASSERT_TRUE(m_server->start());
    }
    QUrl url(const QString &path, const QString &token = {}) const
    {
        QUrl u = m_server->baseUrl();
        u.setPath(QLatin1Char('/') + (token.isNull() ? m_server->token() : token) + QLatin1Char('/') + path,
                  QUrl::TolerantMode);
        return u;
    }
    QTemporaryDir m_dir;
    std::unique_ptr<HarnessServer> m_server;
};
} // namespace

TEST_F(HarnessServerTest, ServesItsFilesWithIsolationHeadersAndMimeTypes)
{
    EXPECT_EQ(QStringLiteral("127.0.0.1"), m_server->baseUrl().host());
    EXPECT_GT(m_server->port(), 1024);
    EXPECT_EQ(32, m_server->token().size());
    auto r = request(url(QStringLiteral("harness/index.html")));
    EXPECT_EQ(200, r.status);
    EXPECT_EQ(QByteArray("<html>harness</html>"), r.body);
    EXPECT_EQ(QByteArray("same-origin"), r.headers.value("cross-origin-opener-policy"));
    EXPECT_EQ(QByteArray("require-corp"), r.headers.value("cross-origin-embedder-policy"));
    EXPECT_EQ(QByteArray("same-origin"), r.headers.value("cross-origin-resource-policy"));
    EXPECT_TRUE(r.headers.value("content-type").startsWith("text/html"));
    r = request(url(QStringLiteral("npm/onnxruntime-web/dist/ort-wasm.wasm")));
    EXPECT_EQ(200, r.status);
    EXPECT_EQ(QByteArray("application/wasm"), r.headers.value("content-type"));
    EXPECT_TRUE(
        request(url(QStringLiteral("harness/harness.js"))).headers.value("content-type").startsWith("text/javascript"));
    EXPECT_EQ(200, request(url(QStringLiteral("models/m/model.onnx"))).status);
}

TEST_F(HarnessServerTest, RefusesWrongTokensAndEveryWayOut)
{
    EXPECT_EQ(
        403,
        request(url(QStringLiteral("harness/index.html"), QStringLiteral("0123456789abcdef0123456789abcdef"))).status);
    EXPECT_EQ(403, request(url(QStringLiteral("npm/left-pad/index.js"))).status); // not an allowed package
    for (const char *path :
         {"harness/../secret.txt", "harness/%2e%2e/secret.txt", "harness/%2E%2E/%2E%2E/secret.txt",
          "models/m/escape.txt", "harness//etc/passwd", "models/m/../../secret.txt", "harness/missing.js"}) {
        const auto r = request(url(QString::fromLatin1(path)));
        EXPECT_TRUE(r.status == 404 || r.status == 403) << path << " -> " << r.status;
        EXPECT_FALSE(r.body.contains("secret")) << path;
    }
    EXPECT_TRUE(HarnessServer::resolveSafely(m_dir.filePath(QStringLiteral("models")), QStringLiteral("m/escape.txt"))
                    .isEmpty());
    EXPECT_TRUE(HarnessServer::resolveSafely(m_dir.filePath(QStringLiteral("models")), QStringLiteral("/etc/passwd"))
                    .isEmpty());
    EXPECT_FALSE(HarnessServer::resolveSafely(m_dir.filePath(QStringLiteral("models")), QStringLiteral("m/model.onnx"))
                     .isEmpty());
}

TEST_F(HarnessServerTest, AcceptsEventsOnlyWithTheToken)
{
    QSignalSpy events(m_server.get(), &HarnessServer::eventReceived);
    auto r = request(url(QStringLiteral("events"), QStringLiteral("ffffffffffffffffffffffffffffffff")),
                     R"({"run": "x", "batch": []})", true);
    EXPECT_EQ(403, r.status);
    EXPECT_EQ(0, events.count());
    r = request(url(QStringLiteral("events")), "not json", true);
    EXPECT_EQ(400, r.status);
    r = request(url(QStringLiteral("events")), R"({"run": "x", "batch": [{"type": "done"}]})", true);
    EXPECT_EQ(204, r.status);
    ASSERT_EQ(1, events.count());
    EXPECT_EQ(QStringLiteral("x"), events.at(0).at(0).toJsonObject().value(QStringLiteral("run")).toString());
}

TEST_F(HarnessServerTest, MalformedBatchesAreRefusedWithTheReasonAndTheServerGoesOn)
{
    QSignalSpy events(m_server.get(), &HarnessServer::eventReceived);
    QSignalSpy rejected(m_server.get(), &HarnessServer::batchRejected);
    // Each was once an uncaught exception that ended the whole process (issue 13): wrong types in any field.
    const std::vector<std::pair<QByteArray, QByteArray>> cases{
        {R"({"run": "r1", "batch": [{"type": "env", "env": 5}]})", "batch[0] (env): \"env\" must be an object"},
        {R"({"run": "r1", "batch": [{"type": "sample", "ms": "fast"}]})", "\"ms\" must be a finite number"},
        {R"({"run": "r1", "batch": [{"type": "sample"}]})", "\"ms\" is missing"},
        {R"({"run": "r1", "batch": [{"type": "phase", "name": 5, "ms": 1}]})", "\"name\" must be a string"},
        {R"({"run": "r1", "batch": [{"type": "phase", "name": "status", "ms": 1, "t": "x"}]})",
         "\"t\" must be a finite number"},
        {R"({"run": "r1", "batch": [{"type": "phase", "name": "../../x", "ms": 1}]})", "short lower-case identifier"},
        {R"({"run": "r1", "batch": [{"type": "error", "stage": ["x"], "message": "m"}]})",
         "\"stage\" must be a string"},
        {R"({"run": "r1", "batch": [{"type": "input", "x": "1", "y": 2, "delay_ms": 1}]})",
         "\"x\" must be a finite number"},
        {R"({"run": "r1", "batch": [{"type": "launch-missiles"}]})", "unknown event type"},
        {R"({"run": "r1", "batch": [5]})", "batch[0]: is a number"},
        {R"({"run": "r1", "batch": {"type": "done"}})", "\"batch\" must be an array"},
        {R"({"run": 7, "batch": []})", "\"run\" must be the run id"},
        {R"({"run": "r1", "batch": [{"type": "sample", "ms": 1}, {"type": "frame", "ms": null}]})", "batch[1] (frame)"},
    };
    for (const auto &[body, reason] : cases) {
        const auto r = request(url(QStringLiteral("events")), body, true);
        EXPECT_EQ(400, r.status) << body.constData();
        EXPECT_TRUE(r.body.contains(reason)) << body.constData() << " -> " << r.body.constData();
    }
    QByteArray deep = R"({"run": "r1", "batch": [{"type": "outputs", "x": )";
    for (int i = 0; i < 50; ++i)
        deep += "[";
    deep += QByteArray(50, ']') + "}]}";
    EXPECT_EQ(400, request(url(QStringLiteral("events")), deep, true).status);
    EXPECT_EQ(0, events.count()); // no part of a refused batch reached a run
    EXPECT_EQ(static_cast<int>(cases.size()), rejected.count() - 1);
    // The server still serves, and a good batch still arrives.
    EXPECT_EQ(200, request(url(QStringLiteral("harness/index.html"))).status);
    EXPECT_EQ(204, request(url(QStringLiteral("events")),
                           R"({"run": "r1", "batch": [{"type": "sample", "ms": 3.5, "t": 10, "seq": 1}]})", true)
                       .status);
    EXPECT_EQ(1, events.count());
}
