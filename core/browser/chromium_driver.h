#pragma once
// Chromium over the Chrome DevTools Protocol. Each run starts a fresh Chromium: its own process group,
// a private HOME and a temporary profile, --remote-debugging-pipe (DevTools over inherited pipes on fds
// 3 and 4: no port that another local process could reach), offline flags. A blank page is opened with
// Target.createTarget and attached (flattened session) so that metrics and a trace are running before
// Page.navigate loads the harness; Target.targetCrashed (a renderer killed or crashed) and the browser process
// exiting are reported as failures. close() ends the whole process group.

#include "core/browser/cdp_driver.h"
#include "core/browser/json_rpc_socket.h"

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <functional>
#include <memory>

namespace inferscope::browser {

class ChromiumDriver : public CdpDriver {
    Q_OBJECT
public:
    explicit ChromiumDriver(QString program = QStringLiteral("/usr/bin/chromium"), QObject *parent = nullptr);
    ~ChromiumDriver() override;

    QString name() const override { return QStringLiteral("chromium"); }
    QString version() const override;
    void open(const QUrl &url) override;
    void close() override;
    qint64 rootPid() const override;

    /// Process ids of the renderers that currently exist (for tests that kill one).
    QList<qint64> rendererPids() const;

    /// `chromium --version`, or empty when it is not installed.
    static QString installedVersion(const QString &program = QStringLiteral("/usr/bin/chromium"));

protected:
    QString traceUnavailableReason() const override
    {
        return QStringLiteral("Chromium's page was not attached over DevTools");
    }

private:
    void onNotification(const QJsonObject &message);

    QString m_program;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    JsonRpcSocket *m_cdp = nullptr; ///< the browser-level DevTools connection
    QUrl m_url;
    bool m_closing = false;
};

} // namespace inferscope::browser
