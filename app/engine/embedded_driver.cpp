#include "app/engine/embedded_driver.h"

#include "app/engine/embedded_devtools.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QUuid>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>
#include <QtWebEngineCore/qtwebenginecoreglobal.h>

namespace inferscope::app {
namespace {
/// A page that keeps console messages (the harness logs there when it cannot reach the server).
class HarnessPage : public QWebEnginePage {
public:
    HarnessPage(QWebEngineProfile *profile, QStringList *console, QObject *parent)
        : QWebEnginePage(profile, parent), m_console(console)
    {}

protected:
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel, const QString &message, int line,
                                  const QString &source) override
    {
        m_console->append(QStringLiteral("%1:%2: %3").arg(source).arg(line).arg(message));
        if (m_console->size() > 50)
            m_console->removeFirst();
    }

private:
    QStringList *m_console;
};
} // namespace

EmbeddedDriver::EmbeddedDriver(QWebEngineView *view, QObject *parent) : browser::CdpDriver(parent), m_view(view) {}

EmbeddedDriver::~EmbeddedDriver()
{
    close();
    deleteRetired();
}

QString EmbeddedDriver::version() const
{
    return QStringLiteral("QtWebEngine %1 (Chromium %2)")
        .arg(QString::fromLatin1(qWebEngineVersion()), QString::fromLatin1(qWebEngineChromiumVersion()));
}

qint64 EmbeddedDriver::rootPid() const
{
    return QCoreApplication::applicationPid();
}

void EmbeddedDriver::open(const QUrl &url)
{
    close();
    m_console.clear();
    m_profile = new QWebEngineProfile(this); // no storage name: off the record
    m_profile->setHttpCacheType(QWebEngineProfile::NoCache);
    m_page = new HarnessPage(m_profile, &m_console, this);
    m_page->settings()->setAttribute(QWebEngineSettings::WebGLEnabled, true);
    connect(
        m_page, &QWebEnginePage::renderProcessTerminated, this,
        [this](QWebEnginePage::RenderProcessTerminationStatus status, int exitCode) {
            const char *why = status == QWebEnginePage::CrashedTerminationStatus  ? "crashed"
                              : status == QWebEnginePage::KilledTerminationStatus ? "was killed"
                                                                                  : "ended abnormally";
            Q_EMIT failed(
                QStringLiteral("the renderer process %1 (exit code %2)").arg(QString::fromLatin1(why)).arg(exitCode));
        });
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        if (m_harnessLoading) {
            if (!ok)
                Q_EMIT failed(QStringLiteral("the harness page did not load"));
            return;
        }
        if (!ok) { // the blank marker page: without it there is no DevTools target to find
            m_devToolsProblem = QStringLiteral("the DevTools marker page did not load");
            loadHarness();
            return;
        }
        connectDevTools(embeddedDevToolsPort());
    });
    if (m_view)
        m_view->setPage(m_page);
    m_url = url;
    m_harnessLoading = false;
    m_devToolsProblem.clear();
    if (embeddedDevToolsPort() <= 0) {
        m_devToolsProblem =
            QStringLiteral("QtWebEngine's DevTools endpoint is closed (this plan needs no click probe or trace in it, "
                           "or QTWEBENGINE_REMOTE_DEBUGGING was not set): the page reported its own JS heap");
        loadHarness();
        return;
    }
    m_marker = QStringLiteral("about:blank#inferscope-") + QUuid::createUuid().toString(QUuid::Id128);
    m_page->load(QUrl(m_marker));
}

void EmbeddedDriver::connectDevTools(int port)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/json/list").arg(port)));
    request.setTransferTimeout(5000);
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, page = QPointer<QWebEnginePage>(m_page)] {
        reply->deleteLater();
        if (!page || page != m_page || m_harnessLoading)
            return; // closed or reopened meanwhile
        QString socketUrl;
        for (const QJsonValue &target : QJsonDocument::fromJson(reply->readAll()).array())
            if (target.toObject().value(QStringLiteral("url")).toString() == m_marker)
                socketUrl = target.toObject().value(QStringLiteral("webSocketDebuggerUrl")).toString();
        if (socketUrl.isEmpty()) {
            m_devToolsProblem =
                reply->error() != QNetworkReply::NoError
                    ? QStringLiteral("QtWebEngine's DevTools endpoint did not answer: %1").arg(reply->errorString())
                    : QStringLiteral("QtWebEngine's DevTools endpoint does not list this run's page");
            loadHarness();
            return;
        }
        m_socket = new browser::JsonRpcSocket(this);
        connect(m_socket, &browser::JsonRpcSocket::notification, this,
                [this](const QJsonObject &message) { m_cdpPage.onNotification(message); });
        connect(m_socket, &browser::JsonRpcSocket::failed, this, [this](const QString &reason) {
            m_cdpPage.detach();
            if (!m_harnessLoading) {
                m_devToolsProblem = QStringLiteral("DevTools connection failed: %1").arg(reason);
                loadHarness();
            }
        });
        connect(m_socket, &browser::JsonRpcSocket::connected, this, [this] {
            m_cdpPage.attach(m_socket);
            m_cdpPage.prepare(m_settings.trace, [this] { loadHarness(); });
        });
        m_socket->open(QUrl(socketUrl));
    });
}

void EmbeddedDriver::loadHarness()
{
    if (!m_page || m_harnessLoading)
        return;
    m_harnessLoading = true;
    m_page->load(m_url);
}

void EmbeddedDriver::close()
{
    m_cdpPage.detach();
    if (m_socket) { // close() may run inside one of the socket's signals: it deletes itself later
        m_socket->shutDown();
        m_socket = nullptr;
    }
    m_harnessLoading = false;
    if (m_view && m_view->page() == m_page)
        m_view->setPage(nullptr);
    if (!m_page)
        return;
    // close() often runs inside one of the page's own signals (a failed load ends the run, and the run
    // closes its browser): deleting the page there crashed when QtWebEngine went on to emit
    // loadingChanged on it. So the page goes later, from the event loop, and its profile after it.
    m_page->disconnect(this);
    m_page->deleteLater();
    connect(m_page, &QObject::destroyed, m_profile, &QObject::deleteLater);
    m_retired.push_back({m_page, m_profile});
    m_page = nullptr;
    m_profile = nullptr;
}

void EmbeddedDriver::deleteRetired()
{
    // Pages before their profiles (QtWebEngine requires it); QPointer skips what the event loop already deleted.
    for (auto &[page, profile] : m_retired)
        delete page.data();
    for (auto &[page, profile] : m_retired)
        delete profile.data();
    m_retired.clear();
}

} // namespace inferscope::app
