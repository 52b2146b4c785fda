#include "core/browser/chromium_driver.h"

#include "core/browser/browser_process.h"
#include "core/browser/process_memory_types.h"
#include "core/process/private_dir.h"
#include "core/process/process_memory.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace inferscope::browser {

QString ChromiumDriver::installedVersion(const QString &program)
{
    return programVersion(program);
}

ChromiumDriver::ChromiumDriver(QString program, QObject *parent) : CdpDriver(parent), m_program(std::move(program)) {}

ChromiumDriver::~ChromiumDriver()
{
    close();
}

QString ChromiumDriver::version() const
{
    static const QString v = installedVersion(m_program);
    return v;
}

qint64 ChromiumDriver::rootPid() const
{
    return m_process && m_process->state() == QProcess::Running ? m_process->processId() : -1;
}

void ChromiumDriver::open(const QUrl &url)
{
    close();
    m_closing = false;
    m_url = url;
    m_dir = process::makePrivateDir(QStringLiteral("chromium"));
    // DevTools over a pair of pipes, not a port: no other local process (or user) can reach this
    // browser, list its page (with the harness token in the URL) or script it (docs/SECURITY.md).
    int toBrowser[2], fromBrowser[2];
    if (::pipe2(toBrowser, O_CLOEXEC) != 0 || ::pipe2(fromBrowser, O_CLOEXEC) != 0) {
        Q_EMIT failed(
            QStringLiteral("cannot create the DevTools pipes: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
        return;
    }
    QStringList args{
        QStringLiteral("--headless=new"),
        QStringLiteral("--remote-debugging-pipe"), // commands on fd 3, replies on fd 4
        QStringLiteral("--user-data-dir=") + m_dir->filePath(QStringLiteral("profile")),
        QStringLiteral("--no-first-run"), QStringLiteral("--no-default-browser-check"),
        QStringLiteral("--disable-background-networking"), QStringLiteral("--disable-component-update"),
        QStringLiteral("--disable-sync"), QStringLiteral("--disable-quic"), QStringLiteral("--disable-default-apps"),
        QStringLiteral("--disable-extensions"), QStringLiteral("--mute-audio"),
        QStringLiteral("--enable-unsafe-webgpu"), QStringLiteral("--ignore-gpu-blocklist"),
        // navigator.ml exists only with this feature: a webnn cell then records what the platform says
        QStringLiteral("--enable-features=WebMachineLearningNeuralNetwork"), QStringLiteral("about:blank")};
    if (::getuid() == 0)
        args.prepend(QStringLiteral("--no-sandbox")); // Chromium's sandbox refuses to start as root
    clearProcessLog();
    m_process = startBrowserProcess(m_program, args, m_dir->filePath(QStringLiteral("home")), true,
                                    {{toBrowser[0], 3}, {fromBrowser[1], 4}});
    connect(m_process.get(), &QProcess::readyReadStandardError, this,
            [this] { appendProcessLog(m_process->readAllStandardError()); });
    ::close(toBrowser[0]); // the browser's ends
    ::close(fromBrowser[1]);
    connect(m_process.get(), &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        if (!m_closing)
            Q_EMIT failed(QStringLiteral("Chromium exited unexpectedly (code %1)").arg(code));
    });
    if (!m_process->waitForStarted(20000)) {
        ::close(toBrowser[1]);
        ::close(fromBrowser[0]);
        Q_EMIT failed(QStringLiteral("cannot start %1: %2").arg(m_program, m_process->errorString()));
        return;
    }
    m_cdp = new JsonRpcSocket(this);
    connect(m_cdp, &JsonRpcSocket::notification, this, &ChromiumDriver::onNotification);
    connect(m_cdp, &JsonRpcSocket::connected, this, [this] {
        m_cdp->call(QStringLiteral("Target.setDiscoverTargets"), {{QStringLiteral("discover"), true}});
        m_cdp->call(QStringLiteral("Target.createTarget"), {{QStringLiteral("url"), QStringLiteral("about:blank")}},
                    [this](const QJsonObject &r) {
                        if (r.contains(QStringLiteral("error"))) {
                            Q_EMIT failed(QStringLiteral("Chromium could not open a page: %1")
                                              .arg(r.value(QStringLiteral("error"))
                                                       .toObject()
                                                       .value(QStringLiteral("message"))
                                                       .toString()));
                            return;
                        }
                        const QString target =
                            r.value(QStringLiteral("result")).toObject().value(QStringLiteral("targetId")).toString();
                        m_cdp->call(QStringLiteral("Target.attachToTarget"),
                                    {{QStringLiteral("targetId"), target}, {QStringLiteral("flatten"), true}},
                                    [this](const QJsonObject &attached) {
                                        const QString session = attached.value(QStringLiteral("result"))
                                                                    .toObject()
                                                                    .value(QStringLiteral("sessionId"))
                                                                    .toString();
                                        if (session.isEmpty()) {
                                            Q_EMIT failed(QStringLiteral("Chromium did not attach to its page"));
                                            return;
                                        }
                                        m_cdpPage.attach(m_cdp, session);
                                        m_cdpPage.prepare(m_settings.trace, [this] { m_cdpPage.navigate(m_url); });
                                    });
                    });
    });
    connect(m_cdp, &JsonRpcSocket::failed, this, [this](const QString &reason) {
        if (!m_closing)
            Q_EMIT failed(QStringLiteral("DevTools connection failed: %1").arg(reason));
    });
    m_cdp->openPipes(toBrowser[1], fromBrowser[0]);
}

void ChromiumDriver::onNotification(const QJsonObject &message)
{
    m_cdpPage.onNotification(message);
    if (message.value(QStringLiteral("method")).toString() == QLatin1String("Target.targetCrashed")) {
        const QJsonObject p = message.value(QStringLiteral("params")).toObject();
        Q_EMIT failed(QStringLiteral("the renderer process %1 (status %2, code %3)")
                          .arg(p.value(QStringLiteral("status")).toString() == QLatin1String("killed")
                                   ? QStringLiteral("was killed")
                                   : QStringLiteral("crashed"),
                               p.value(QStringLiteral("status")).toString())
                          .arg(p.value(QStringLiteral("errorCode")).toInt()));
    }
}

QList<qint64> ChromiumDriver::rendererPids() const
{
    QList<qint64> pids;
    if (rootPid() <= 0)
        return pids;
    for (qint64 pid : process::processTree(rootPid()))
        if (processType(pid) == QLatin1String("renderer"))
            pids << pid;
    return pids;
}

void ChromiumDriver::close()
{
    m_closing = true;
    m_cdpPage.detach();
    if (m_cdp) { // close() may run inside one of the socket's signals: it deletes itself later
        m_cdp->shutDown();
        m_cdp = nullptr;
    }
    if (m_process) {
        m_process->disconnect(this);
        killProcessGroup(*m_process);                        // the browser, its renderers, GPU and utility processes
        appendProcessLog(m_process->readAllStandardError()); // what it printed last (a crash report)
        m_process.release()->deleteLater();
    }
    m_dir.reset();
}

} // namespace inferscope::browser
