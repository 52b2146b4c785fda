#pragma once
// The local web server the harness pages run from: serves the harness, the JS runtimes from the
// project's node_modules and the zoo's model files, and receives the pages' result events.
//
// Safe by default: it binds 127.0.0.1 on an ephemeral port unless told otherwise; every URL carries
// the plan's random token (a page or process without it gets 403 and cannot post results); only files
// under the three roots are served, never through "..", encoded dots, absolute paths or symlinks that
// point outside; and every response carries the cross-origin isolation headers that wasm threads need
// (COOP same-origin, COEP require-corp, CORP same-origin).

#include <QHostAddress>
#include <QHttpServer>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace inferscope::engine {

struct HarnessRoots {
    QString harness;     ///< resources/harness
    QString nodeModules; ///< the project's node_modules (only kServedPackages below are reachable)
    QString models;      ///< the model cache
};

class HarnessServer : public QObject {
    Q_OBJECT
public:
    explicit HarnessServer(HarnessRoots roots, QObject *parent = nullptr);

    /// Listens on `address` (loopback by default) on an ephemeral port. Returns false with errorString().
    bool start(const QHostAddress &address = QHostAddress::LocalHost);
    quint16 port() const { return m_port; }
    const QString &token() const { return m_token; }
    QString errorString() const { return m_error; }
    /// http://HOST:PORT/TOKEN/ ; `host` defaults to the listening address.
    QUrl baseUrl(const QString &host = {}) const;
    QUrl harnessUrl(const QString &page, const QUrlQuery &query, const QString &host = {}) const;

    /// The file `relative` names under `root`, or an empty string when it would leave the root
    /// (by "..", an absolute path or a symlink) or does not exist. Public for the tests.
    static QString resolveSafely(const QString &root, const QString &relative);
    static QByteArray mimeType(const QString &fileName);
    /// npm packages the pages may load.
    static const QStringList &servedPackages();

Q_SIGNALS:
    /// A result event a page posted with the right token.
    void eventReceived(const QJsonObject &event);
    /// A batch with the right token that checkPageMessage refused (answered 400): `run` as the batch named it.
    void batchRejected(const QString &run, const QString &reason);

private:
    QHttpServerResponse serveFile(const QString &token, const QString &root, const QString &relative) const;

    HarnessRoots m_roots;
    QHttpServer m_server;
    QString m_token;
    QHostAddress m_address;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace inferscope::engine
