#pragma once
// Firefox over its native WebDriver BiDi (no geckodriver): a fresh profile per run with offline prefs,
// --remote-debugging-port=0 (the kernel picks a free loopback port; Firefox prints "WebDriver BiDi
// listening on ws://..." on stderr), session.new, then browsingContext.navigate. The browser exiting
// is reported as a failure; close() ends the whole process group.

#include "core/runner/browser_driver.h"

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebSocket>
#include <functional>
#include <map>
#include <memory>

namespace inferscope::runner {

class FirefoxDriver : public BrowserDriver {
    Q_OBJECT
public:
    explicit FirefoxDriver(QString program = QStringLiteral("/usr/bin/firefox-esr"), QObject *parent = nullptr);
    ~FirefoxDriver() override;

    QString name() const override { return QStringLiteral("firefox"); }
    QString version() const override;
    void open(const QUrl &url) override;
    void close() override;
    qint64 rootPid() const override;

    static QString installedVersion(const QString &program = QStringLiteral("/usr/bin/firefox-esr"));

private:
    void onStderr();
    void command(const QString &method, const QJsonObject &params, std::function<void(const QJsonObject &)> reply);
    void onMessage(const QString &text);
    void fail(const QString &reason);

    QString m_program;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QWebSocket> m_socket;
    QTimer m_startTimeout;
    QByteArray m_stderr;
    QUrl m_url;
    int m_nextId = 1;
    std::map<int, std::function<void(const QJsonObject &)>> m_pending;
    bool m_closing = false;
};

} // namespace inferscope::runner
