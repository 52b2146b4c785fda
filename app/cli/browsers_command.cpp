#include "app/cli/browsers_command.h"

#include "core/browser/chromium_driver.h"
#include "core/browser/firefox_driver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QtWebEngineCore/qtwebenginecoreglobal.h>
#include <nlohmann/json.hpp>

namespace inferscope::app {
namespace {
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString firstLine(const QString &program, const QStringList &args, bool stderrToo = false)
{
    if (!QFileInfo(program).isExecutable())
        return {};
    QProcess p;
    if (stderrToo)
        p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(20000) || p.exitStatus() != QProcess::NormalExit)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed().section(QLatin1Char('\n'), 0, 0);
}
} // namespace

QList<BrowserInfo> detectBrowsers()
{
    QList<BrowserInfo> list;
    list.append({QStringLiteral("qtwebengine"), QStringLiteral("QtWebEngine (embedded)"),
                 QStringLiteral("%1, Chromium %2").arg(QString::fromLatin1(qWebEngineVersion()), QString::fromLatin1(qWebEngineChromiumVersion())),
                 Cli::tr("built in")});
    const QString chromium = browser::ChromiumDriver::installedVersion();
    list.append({QStringLiteral("chromium"), QStringLiteral("Chromium"), chromium,
                 chromium.isEmpty() ? Cli::tr("not installed (Debian package chromium)") : Cli::tr("driven over the DevTools Protocol")});
    const QString firefox = browser::FirefoxDriver::installedVersion();
    list.append({QStringLiteral("firefox"), QStringLiteral("Firefox ESR"), firefox,
                 firefox.isEmpty() ? Cli::tr("not installed (Debian package firefox-esr)") : Cli::tr("driven over WebDriver BiDi")});
    const QString chromedriver = firstLine(QStringLiteral("/usr/bin/chromedriver"), {QStringLiteral("--version")});
    list.append({QStringLiteral("chromedriver"), QStringLiteral("ChromeDriver"), chromedriver.section(QLatin1Char(' '), 0, 1),
                 chromedriver.isEmpty() ? Cli::tr("not installed (Debian package chromium-driver)") : Cli::tr("for WebDriver and Selenium Grid nodes")});
    const QString java = firstLine(QStringLiteral("/usr/bin/java"), {QStringLiteral("-version")}, true);
    list.append({QStringLiteral("java"), QStringLiteral("Java (Selenium Grid)"), java,
                 java.isEmpty() ? Cli::tr("not installed") : Cli::tr("for a local Selenium Grid")});
    return list;
}

int runBrowsers(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("List the browsers and tools InferScope can drive on this machine."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), Cli::tr("Print JSON.")});
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return 1;
    }
    const auto list = detectBrowsers();
    if (parser.isSet(QStringLiteral("json"))) {
        nlohmann::json j = nlohmann::json::array();
        for (const auto &b : list)
            j.push_back({{"id", b.id.toStdString()}, {"name", b.name.toStdString()}, {"available", !b.version.isEmpty()},
                         {"version", b.version.toStdString()}, {"note", b.reason.toStdString()}});
        out << QString::fromStdString(j.dump(2)) << Qt::endl;
        return 0;
    }
    for (const auto &b : list)
        out << QStringLiteral("%1 %2 %3").arg(b.id, -13).arg(b.version.isEmpty() ? Cli::tr("missing") : b.version, -58).arg(b.reason) << Qt::endl;
    return 0;
}

} // namespace inferscope::app
