#include "core/browser/firefox_driver.h"

#include "core/browser/browser_process.h"

#include "core/process/private_dir.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

namespace inferscope::browser {
namespace {
// Offline and quiet: no updates, telemetry, first-run pages or background connections.
const char *kUserJs = R"(user_pref("app.update.disabledForTesting", true);
user_pref("browser.shell.checkDefaultBrowser", false);
user_pref("browser.startup.homepage_override.mstone", "ignore");
user_pref("browser.aboutwelcome.enabled", false);
user_pref("datareporting.policy.dataSubmissionEnabled", false);
user_pref("toolkit.telemetry.reportingpolicy.firstRun", false);
user_pref("network.connectivity-service.enabled", false);
user_pref("network.captive-portal-service.enabled", false);
user_pref("extensions.update.enabled", false);
user_pref("browser.safebrowsing.update.enabled", false);
user_pref("remote.prefs.recommended", true);
)";
// WebGPU is behind prefs in Firefox ESR; only runs whose backend is WebGPU switch it on (PLATFORM.md).
const char *kWebGpuPrefs = R"(user_pref("dom.webgpu.enabled", true);
user_pref("gfx.webgpu.ignore-blocklist", true);
)";
} // namespace

QString FirefoxDriver::installedVersion(const QString &program)
{
    return programVersion(program);
}

FirefoxDriver::FirefoxDriver(QString program, QObject *parent) : BrowserDriver(parent), m_program(std::move(program))
{
    m_startTimeout.setSingleShot(true);
    connect(&m_startTimeout, &QTimer::timeout, this,
            [this] { fail(QStringLiteral("Firefox did not open WebDriver BiDi within 60 s")); });
}

FirefoxDriver::~FirefoxDriver()
{
    close();
}

QString FirefoxDriver::version() const
{
    static const QString v = installedVersion(m_program);
    return v;
}

qint64 FirefoxDriver::rootPid() const
{
    return m_process && m_process->state() == QProcess::Running ? m_process->processId() : -1;
}

void FirefoxDriver::fail(const QString &reason)
{
    if (!m_closing)
        Q_EMIT failed(reason);
}

void FirefoxDriver::open(const QUrl &url)
{
    close();
    m_closing = false;
    m_url = url;
    m_stderr.clear();
    clearProcessLog();
    m_dir = process::makePrivateDir(QStringLiteral("firefox"));
    const QString profile = m_dir->filePath(QStringLiteral("profile"));
    QDir().mkpath(profile);
    QFile prefs(profile + QStringLiteral("/user.js"));
    if (prefs.open(QIODevice::WriteOnly)) {
        prefs.write(kUserJs);
        if (m_settings.webgpu)
            prefs.write(kWebGpuPrefs);
    }
    prefs.close();
    QStringList args{QStringLiteral("--no-remote"), QStringLiteral("--remote-debugging-port=0"),
                     QStringLiteral("--profile"), profile};
    // Headless Firefox has no WebGL: WebGL runs are headful when there is a display (Xvfb will do), and
    // headless (failing with the browser's own reason) when there is none. WebGPU works headless given
    // a Vulkan driver (Mesa's lavapipe here).
    const bool headful = m_settings.webgl && !qEnvironmentVariableIsEmpty("DISPLAY");
    if (!headful)
        args.prepend(QStringLiteral("--headless"));
    m_process = startBrowserProcess(m_program, args, m_dir->filePath(QStringLiteral("home")), true);
    connect(m_process.get(), &QProcess::readyReadStandardError, this, &FirefoxDriver::onStderr);
    connect(m_process.get(), &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        fail(QStringLiteral("Firefox exited unexpectedly (code %1)").arg(code));
    });
    if (!m_process->waitForStarted(20000)) {
        fail(QStringLiteral("cannot start %1: %2").arg(m_program, m_process->errorString()));
        return;
    }
    m_startTimeout.start(60000);
}

void FirefoxDriver::onStderr()
{
    const QByteArray chunk = m_process->readAllStandardError();
    appendProcessLog(chunk);
    if (m_bidi)
        return;
    m_stderr += chunk; // only until the BiDi address is found
    static const QRegularExpression listening(QStringLiteral("WebDriver BiDi listening on (ws://[^\\s]+)"));
    const auto match = listening.match(QString::fromUtf8(m_stderr));
    if (!match.hasMatch())
        return;
    m_startTimeout.stop();
    QString address = match.captured(1);
    if (!address.endsWith(QLatin1String("/session")))
        address += QStringLiteral("/session");
    m_bidi = new JsonRpcSocket(this);
    connect(m_bidi, &JsonRpcSocket::notification, this, &FirefoxDriver::onNotification);
    connect(m_bidi, &JsonRpcSocket::failed, this, [this](const QString &reason) {
        fail(QStringLiteral("WebDriver BiDi connection failed: %1").arg(reason));
    });
    connect(m_bidi, &JsonRpcSocket::connected, this, [this] {
        command(QStringLiteral("session.new"), {{QStringLiteral("capabilities"), QJsonObject{}}},
                [this](const QJsonObject &) {
                    // A killed or crashed content process shows up as the page navigating to about:tabcrashed
                    // (measured: no other event comes); without these events the run would wait for its timeout.
                    command(
                        QStringLiteral("session.subscribe"),
                        {{QStringLiteral("events"), QJsonArray{QStringLiteral("browsingContext.navigationCommitted"),
                                                               QStringLiteral("browsingContext.contextDestroyed")}}},
                        {});
                    command(QStringLiteral("browsingContext.getTree"), {}, [this](const QJsonObject &tree) {
                        const QJsonArray contexts = tree.value(QStringLiteral("contexts")).toArray();
                        if (contexts.isEmpty()) {
                            fail(QStringLiteral("Firefox has no browsing context to load the page in"));
                            return;
                        }
                        m_context = contexts.first().toObject().value(QStringLiteral("context")).toString();
                        command(QStringLiteral("browsingContext.navigate"),
                                {{QStringLiteral("context"), m_context},
                                 {QStringLiteral("url"), m_url.toString()},
                                 {QStringLiteral("wait"), QStringLiteral("none")}},
                                {});
                    });
                });
    });
    m_bidi->open(QUrl(address));
}

void FirefoxDriver::command(const QString &method, const QJsonObject &params,
                            std::function<void(const QJsonObject &)> reply)
{
    if (!m_bidi)
        return;
    m_bidi->call(method, params, [this, reply = std::move(reply)](const QJsonObject &message) {
        if (message.value(QStringLiteral("type")).toString() == QLatin1String("error")) {
            onNotification(message);
            return;
        }
        if (reply)
            reply(message.value(QStringLiteral("result")).toObject());
    });
}

void FirefoxDriver::onNotification(const QJsonObject &message)
{
    const QString method = message.value(QStringLiteral("method")).toString();
    const QJsonObject params = message.value(QStringLiteral("params")).toObject();
    if (!m_context.isEmpty() && params.value(QStringLiteral("context")).toString() == m_context) {
        if (method == QLatin1String("browsingContext.navigationCommitted") &&
            params.value(QStringLiteral("url")).toString().startsWith(QLatin1String("about:tabcrashed"))) {
            fail(QStringLiteral(
                "the content process running the page crashed or was killed (Firefox shows about:tabcrashed)"));
            return;
        }
        if (method == QLatin1String("browsingContext.contextDestroyed")) {
            fail(QStringLiteral("Firefox closed the page's browsing context"));
            return;
        }
    }
    if (message.value(QStringLiteral("type")).toString() == QLatin1String("error"))
        fail(QStringLiteral("WebDriver BiDi error: %1: %2")
                 .arg(message.value(QStringLiteral("error")).toString(),
                      message.value(QStringLiteral("message")).toString()));
}

ClickResult FirefoxDriver::click(int x, int y)
{
    if (!m_bidi || m_context.isEmpty())
        return ClickResult::Unsupported;
    // BiDi runs a context's actions one after another, each waiting for the page: never queue them.
    if (m_clickInFlight)
        return ClickResult::InFlight;
    m_clickInFlight = true;
    const QJsonArray steps{
        QJsonObject{{QStringLiteral("type"), QStringLiteral("pointerMove")},
                    {QStringLiteral("x"), x},
                    {QStringLiteral("y"), y}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("pointerDown")}, {QStringLiteral("button"), 0}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("pointerUp")}, {QStringLiteral("button"), 0}}};
    const QJsonObject pointer{
        {QStringLiteral("type"), QStringLiteral("pointer")},
        {QStringLiteral("id"), QStringLiteral("inferscope-mouse")},
        {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("pointerType"), QStringLiteral("mouse")}}},
        {QStringLiteral("actions"), steps}};
    // A click that fails does not fail the run: the page then reports fewer inputs than were sent, and
    // the record shows both counts.
    m_bidi->call(QStringLiteral("input.performActions"),
                 {{QStringLiteral("context"), m_context}, {QStringLiteral("actions"), QJsonArray{pointer}}},
                 [this](const QJsonObject &) { m_clickInFlight = false; });
    return ClickResult::Sent;
}

void FirefoxDriver::close()
{
    m_closing = true;
    m_context.clear();
    m_clickInFlight = false;
    m_startTimeout.stop();
    if (m_bidi) { // close() may run inside one of the socket's signals: it deletes itself later
        m_bidi->shutDown();
        m_bidi = nullptr;
    }
    if (m_process) {
        m_process->disconnect(this);
        killProcessGroup(*m_process);
        appendProcessLog(m_process->readAllStandardError());
        m_process.release()->deleteLater();
    }
    m_dir.reset();
}

} // namespace inferscope::browser
