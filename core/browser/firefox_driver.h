#pragma once
// Firefox over its native WebDriver BiDi (no geckodriver): a fresh profile per run with offline prefs,
// --remote-debugging-port=0 (the kernel picks a free loopback port; Firefox prints "WebDriver BiDi
// listening on ws://..." on stderr), session.new, then browsingContext.navigate. The browser exiting
// is reported as a failure; close() ends the whole process group.

#include "core/browser/browser_driver.h"
#include "core/browser/json_rpc_socket.h"

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <functional>
#include <memory>

namespace inferscope::browser {

class FirefoxDriver : public BrowserDriver {
    Q_OBJECT
public:
    explicit FirefoxDriver(QString program = QStringLiteral("/usr/bin/firefox-esr"), QObject *parent = nullptr);
    ~FirefoxDriver() override;

    QString name() const override { return QStringLiteral("firefox"); }
    QString version() const override;
    void open(const QUrl &url) override;
    void close() override;
    /// BiDi input.performActions: pointer move, down and up, sent without awaiting the page.
    ClickResult click(int x, int y) override;
    qint64 rootPid() const override;

    static QString installedVersion(const QString &program = QStringLiteral("/usr/bin/firefox-esr"));

private:
    void onStderr();
    /// A BiDi command whose success result goes to `reply`; an error reply fails the run.
    void command(const QString &method, const QJsonObject &params, std::function<void(const QJsonObject &)> reply);
    void onNotification(const QJsonObject &message);
    void fail(const QString &reason);

    QString m_program;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    JsonRpcSocket *m_bidi = nullptr;
    QTimer m_startTimeout;
    QByteArray m_stderr;
    QUrl m_url;
    bool m_closing = false;
    bool m_clickInFlight = false;
    QString m_context; ///< the browsing context that holds the harness page
};

} // namespace inferscope::browser
