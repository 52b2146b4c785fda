#include "app/engine/embedded_driver.h"

#include <QCoreApplication>
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
        : QWebEnginePage(profile, parent), m_console(console) {}

protected:
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel, const QString &message, int line, const QString &source) override
    {
        m_console->append(QStringLiteral("%1:%2: %3").arg(source).arg(line).arg(message));
        if (m_console->size() > 50)
            m_console->removeFirst();
    }

private:
    QStringList *m_console;
};
} // namespace

EmbeddedDriver::EmbeddedDriver(QWebEngineView *view, QObject *parent) : runner::BrowserDriver(parent), m_view(view) {}

EmbeddedDriver::~EmbeddedDriver()
{
    close();
}

QString EmbeddedDriver::version() const
{
    return QStringLiteral("QtWebEngine %1 (Chromium %2)").arg(QString::fromLatin1(qWebEngineVersion()), QString::fromLatin1(qWebEngineChromiumVersion()));
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
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
            [this](QWebEnginePage::RenderProcessTerminationStatus status, int exitCode) {
                const char *why = status == QWebEnginePage::CrashedTerminationStatus ? "crashed"
                                  : status == QWebEnginePage::KilledTerminationStatus ? "was killed"
                                                                                      : "ended abnormally";
                Q_EMIT failed(QStringLiteral("the renderer process %1 (exit code %2)").arg(QString::fromLatin1(why)).arg(exitCode));
            });
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        if (!ok)
            Q_EMIT failed(QStringLiteral("the harness page did not load"));
    });
    if (m_view)
        m_view->setPage(m_page);
    m_page->load(url);
}

void EmbeddedDriver::close()
{
    if (m_view && m_view->page() == m_page)
        m_view->setPage(nullptr);
    // The page must go before its profile.
    delete m_page;
    m_page = nullptr;
    delete m_profile;
    m_profile = nullptr;
}

} // namespace inferscope::app
