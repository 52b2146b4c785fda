#pragma once
// A W3C WebDriver client for any remote endpoint: a local chromedriver or a Selenium Grid 4. Each run
// opens a new session (Chromium, headless, offline flags), asks the Grid which node took it (GET /status)
// so the run records where it ran, navigates to the harness, and deletes the session afterwards.
// Memory of a remote node's processes cannot be read from here: rootPid() is -1 and the run says so.
// When the Grid offers the session's DevTools connection (the "se:cdp" capability, proxied by the
// Grid), the page is attached over it before navigating: JS heap and a trace then work as locally.

#include "core/browser/cdp_driver.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <functional>

namespace inferscope::browser {

class WebDriverDriver : public CdpDriver {
    Q_OBJECT
public:
    /// `endpoint`: e.g. http://127.0.0.1:4444 (a Grid) or http://127.0.0.1:9515 (chromedriver).
    /// `chromeBinary`: the Chrome the node starts; empty: the node's own (a Windows or macOS node).
    explicit WebDriverDriver(QUrl endpoint, QString chromeBinary = QStringLiteral("/usr/bin/chromium"),
                             QObject *parent = nullptr);
    ~WebDriverDriver() override;

    QString name() const override { return QStringLiteral("webdriver"); }
    QString version() const override { return m_browserVersion; }
    void open(const QUrl &url) override;
    void close() override;
    QString node() const override { return m_node; }
    double sessionGrantedMs() const override { return m_sessionGrantedMs; }
    /// W3C Actions (POST /session/ID/actions): pointer move, down and up.
    ClickResult click(int x, int y) override;
    QString protocolProblem() const override { return m_cdpProblem; }

private:
    void request(const QByteArray &verb, const QString &path, const QJsonObject &body,
                 std::function<void(int, const QJsonObject &)> done);
    void findNode();
    void navigate();
    void attachDevTools(const QString &socketUrl);

    QUrl m_url;
    JsonRpcSocket *m_socket = nullptr;
    QString m_cdpProblem;
    bool m_navigating = false;

    QUrl m_endpoint;
    QString m_chromeBinary;
    QNetworkAccessManager m_network;
    QString m_session;
    QString m_node;
    double m_sessionGrantedMs = 0;
    QString m_browserVersion;
    bool m_navigated = false;
    bool m_clickInFlight = false;
    bool m_closing = false;
};

} // namespace inferscope::browser
