#include "core/engine/harness_server.h"

#include "core/engine/page_events.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace inferscope::engine {
namespace {
QString randomToken()
{
    // 128 bits from the system's CSPRNG, hex: unguessable by another local process or a web page.
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
    return QString::fromLatin1(bytes.toHex());
}

QHttpServerResponse forbidden()
{
    return QHttpServerResponse(QByteArrayLiteral("text/plain"), QByteArrayLiteral("forbidden\n"),
                               QHttpServerResponse::StatusCode::Forbidden);
}

QHttpServerResponse notFound()
{
    return QHttpServerResponse(QByteArrayLiteral("text/plain"), QByteArrayLiteral("not found\n"),
                               QHttpServerResponse::StatusCode::NotFound);
}
} // namespace

const QStringList &HarnessServer::servedPackages()
{
    // onnxruntime-web-1.17: ONNX Runtime Web 1.17.3 (npm alias), the last with wasm builds without SIMD/threads.
    static const QStringList packages{QStringLiteral("onnxruntime-web"),
                                      QStringLiteral("onnxruntime-web-1.17"),
                                      QStringLiteral("onnxruntime-common"),
                                      QStringLiteral("@tensorflow/tfjs"),
                                      QStringLiteral("@tensorflow/tfjs-backend-wasm"),
                                      QStringLiteral("@tensorflow/tfjs-backend-webgpu")};
    return packages;
}

QByteArray HarnessServer::mimeType(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("html"))
        return "text/html; charset=utf-8";
    if (suffix == QLatin1String("js") || suffix == QLatin1String("mjs"))
        return "text/javascript; charset=utf-8";
    if (suffix == QLatin1String("wasm"))
        return "application/wasm"; // streaming compilation refuses anything else
    if (suffix == QLatin1String("json"))
        return "application/json";
    if (suffix == QLatin1String("css"))
        return "text/css";
    return "application/octet-stream";
}

QString HarnessServer::resolveSafely(const QString &root, const QString &relative)
{
    if (relative.isEmpty() || relative.startsWith(QLatin1Char('/')) || relative.contains(QLatin1Char('\\')) ||
        relative.contains(QChar(0)))
        return {};
    const QStringList parts = relative.split(QLatin1Char('/'));
    for (const QString &part : parts)
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return {};
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    const QFileInfo target(canonicalRoot + QLatin1Char('/') + relative);
    const QString canonical = target.canonicalFilePath(); // resolves symlinks; empty if missing
    if (canonicalRoot.isEmpty() || canonical.isEmpty() || !target.isFile())
        return {};
    if (!canonical.startsWith(canonicalRoot + QLatin1Char('/')))
        return {}; // a symlink out of the root
    return canonical;
}

HarnessServer::HarnessServer(HarnessRoots roots, QObject *parent)
    : QObject(parent), m_roots(std::move(roots)), m_token(randomToken())
{
    m_server.route(
        QStringLiteral("/<arg>/harness/<arg>"), QHttpServerRequest::Method::Get,
        [this](const QString &token, const QUrl &rest) { return serveFile(token, m_roots.harness, rest.path()); });
    m_server.route(QStringLiteral("/<arg>/npm/<arg>"), QHttpServerRequest::Method::Get,
                   [this](const QString &token, const QUrl &rest) {
                       const QString path = rest.path();
                       for (const QString &package : servedPackages())
                           if (path.startsWith(package + QLatin1Char('/')))
                               return serveFile(token, m_roots.nodeModules, path);
                       return forbidden();
                   });
    m_server.route(
        QStringLiteral("/<arg>/models/<arg>"), QHttpServerRequest::Method::Get,
        [this](const QString &token, const QUrl &rest) { return serveFile(token, m_roots.models, rest.path()); });
    m_server.route(QStringLiteral("/<arg>/events"), QHttpServerRequest::Method::Post,
                   [this](const QString &token, const QHttpServerRequest &request) {
                       if (token != m_token)
                           return forbidden();
                       const QJsonDocument doc = QJsonDocument::fromJson(request.body());
                       if (!doc.isObject())
                           return QHttpServerResponse(QByteArrayLiteral("text/plain"),
                                                      QByteArrayLiteral("not a JSON object"),
                                                      QHttpServerResponse::StatusCode::BadRequest);
                       // Untrusted: checked whole before any event reaches a run (page_events.h).
                       if (const QString problem = checkPageMessage(doc.object()); !problem.isEmpty()) {
                           Q_EMIT batchRejected(doc.object().value(QStringLiteral("run")).toString(), problem);
                           return QHttpServerResponse(QByteArrayLiteral("text/plain"), problem.toUtf8(),
                                                      QHttpServerResponse::StatusCode::BadRequest);
                       }
                       Q_EMIT eventReceived(doc.object());
                       return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
                   });
    // Cross-origin isolation on every response: without it ONNX Runtime Web silently runs one thread.
    m_server.afterRequest([](QHttpServerResponse &&response) {
        response.setHeader(QByteArrayLiteral("Cross-Origin-Opener-Policy"), QByteArrayLiteral("same-origin"));
        response.setHeader(QByteArrayLiteral("Cross-Origin-Embedder-Policy"), QByteArrayLiteral("require-corp"));
        response.setHeader(QByteArrayLiteral("Cross-Origin-Resource-Policy"), QByteArrayLiteral("same-origin"));
        response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
        return std::move(response);
    });
}

QHttpServerResponse HarnessServer::serveFile(const QString &token, const QString &root, const QString &relative) const
{
    if (token != m_token)
        return forbidden();
    const QString path = resolveSafely(root, relative);
    if (path.isEmpty())
        return notFound();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return notFound();
    return QHttpServerResponse(mimeType(path), file.readAll());
}

bool HarnessServer::start(const QHostAddress &address)
{
    m_address = address;
    m_port = m_server.listen(address, 0);
    if (m_port == 0)
        m_error = QStringLiteral("cannot listen on %1").arg(address.toString());
    return m_port != 0;
}

QUrl HarnessServer::baseUrl(const QString &host) const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host.isEmpty() ? m_address.toString() : host);
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_token + QLatin1Char('/'));
    return url;
}

QUrl HarnessServer::harnessUrl(const QString &page, const QUrlQuery &query, const QString &host) const
{
    QUrl url = baseUrl(host);
    url.setPath(url.path() + QStringLiteral("harness/") + page);
    url.setQuery(query);
    return url;
}

} // namespace inferscope::engine
