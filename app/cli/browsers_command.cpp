#include "app/cli/browsers_command.h"

#include "app/engine/plan_session.h"
#include "core/browser/chromium_driver.h"
#include "core/browser/firefox_driver.h"
#include "core/engine/capability_probe.h"
#include "core/modelcache/model_cache.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
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
                 QStringLiteral("%1, Chromium %2")
                     .arg(QString::fromLatin1(qWebEngineVersion()), QString::fromLatin1(qWebEngineChromiumVersion())),
                 Cli::tr("built in")});
    const QString chromium = browser::ChromiumDriver::installedVersion();
    list.append({QStringLiteral("chromium"), QStringLiteral("Chromium"), chromium,
                 chromium.isEmpty() ? Cli::tr("not installed (Debian package chromium)")
                                    : Cli::tr("driven over the DevTools Protocol")});
    const QString firefox = browser::FirefoxDriver::installedVersion();
    list.append({QStringLiteral("firefox"), QStringLiteral("Firefox ESR"), firefox,
                 firefox.isEmpty() ? Cli::tr("not installed (Debian package firefox-esr)")
                                   : Cli::tr("driven over WebDriver BiDi")});
    const QString chromedriver = firstLine(QStringLiteral("/usr/bin/chromedriver"), {QStringLiteral("--version")});
    list.append({QStringLiteral("chromedriver"), QStringLiteral("ChromeDriver"),
                 chromedriver.section(QLatin1Char(' '), 0, 1),
                 chromedriver.isEmpty() ? Cli::tr("not installed (Debian package chromium-driver)")
                                        : Cli::tr("for WebDriver and Selenium Grid nodes")});
    const QString java = firstLine(QStringLiteral("/usr/bin/java"), {QStringLiteral("-version")}, true);
    list.append({QStringLiteral("java"), QStringLiteral("Java (Selenium Grid)"), java,
                 java.isEmpty() ? Cli::tr("not installed") : Cli::tr("for a local Selenium Grid")});
    return list;
}

nlohmann::json probeCapabilities(const std::vector<std::string> &browsers)
{
    const zoo::ModelCache cache;
    engine::HarnessServer server(harnessRoots(cache));
    if (!server.start())
        return {{"error", "the local harness server could not start"}};
    engine::CapabilityProbe probe(server, makeDriverFactory(experiment::Plan{}), browsers);
    QEventLoop loop;
    QObject::connect(&probe, &engine::CapabilityProbe::finished, &loop, &QEventLoop::quit);
    probe.start();
    loop.exec();
    return probe.result();
}

QStringList capabilityCells(const nlohmann::json &entry)
{
    auto str = [](const nlohmann::json &j, const char *key) {
        return QString::fromStdString(j.value(key, std::string()));
    };
    if (!entry.contains("capabilities")) {
        const QString why = str(entry, "error");
        return {why, QString(), QString(), QString()};
    }
    const auto &c = entry["capabilities"];
    const auto wasm = c.value("wasm", nlohmann::json::object());
    QStringList wasmParts;
    wasmParts << (wasm.value("simd", false) ? Cli::tr("SIMD") : Cli::tr("no SIMD"))
              << (wasm.value("threads", false)
                      ? (wasm.value("cross_origin_isolated", false) ? Cli::tr("threads")
                                                                    : Cli::tr("threads (not isolated)"))
                      : Cli::tr("no threads"));
    const auto gl = c.value("webgl", nlohmann::json::object()).value("webgl2", nlohmann::json::object());
    const QString webgl =
        gl.value("available", false) ? str(gl, "renderer") : Cli::tr("none: %1").arg(str(gl, "reason"));
    const auto gpu = c.value("webgpu", nlohmann::json::object());
    QString webgpu = Cli::tr("none: %1").arg(str(gpu, "reason"));
    if (gpu.value("available", false)) {
        QStringList parts;
        for (const char *k : {"vendor", "architecture", "description"})
            if (!str(gpu, k).isEmpty())
                parts << str(gpu, k);
        webgpu = (parts.isEmpty() ? Cli::tr("adapter") : parts.join(QLatin1Char(' '))) +
                 (gpu.value("fallback", false) ? Cli::tr(" (fallback)") : QString());
    }
    const auto nn = c.value("webnn", nlohmann::json::object());
    const QString webnn = nn.value("available", false) ? Cli::tr("yes") : Cli::tr("no: %1").arg(str(nn, "reason"));
    return {wasmParts.join(QStringLiteral(", ")), webgl, webgpu, webnn};
}

int runBrowsers(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("List the browsers and tools InferScope can drive on this machine."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), Cli::tr("Print JSON.")});
    parser.addOption({QStringLiteral("capabilities"),
                      Cli::tr("Also ask each browser what it offers: wasm SIMD and threads, the WebGL renderer, the "
                              "WebGPU adapter, WebNN (opens each browser once).")});
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return 1;
    }
    const auto list = detectBrowsers();
    nlohmann::json capabilities = nlohmann::json::object();
    if (parser.isSet(QStringLiteral("capabilities"))) {
        std::vector<std::string> browsers;
        for (const auto &b : list)
            if (!b.version.isEmpty() && (b.id == QLatin1String("qtwebengine") || b.id == QLatin1String("chromium") ||
                                         b.id == QLatin1String("firefox")))
                browsers.push_back(b.id.toStdString());
        capabilities = probeCapabilities(browsers);
    }
    if (parser.isSet(QStringLiteral("json"))) {
        nlohmann::json j = nlohmann::json::array();
        for (const auto &b : list) {
            j.push_back({{"id", b.id.toStdString()},
                         {"name", b.name.toStdString()},
                         {"available", !b.version.isEmpty()},
                         {"version", b.version.toStdString()},
                         {"note", b.reason.toStdString()}});
            if (capabilities.contains(b.id.toStdString()))
                j.back()["probe"] = capabilities[b.id.toStdString()];
        }
        out << QString::fromStdString(j.dump(2)) << Qt::endl;
        return 0;
    }
    for (const auto &b : list)
        out << QStringLiteral("%1 %2 %3")
                   .arg(b.id, -13)
                   .arg(b.version.isEmpty() ? Cli::tr("missing") : b.version, -58)
                   .arg(b.reason)
            << Qt::endl;
    if (capabilities.is_object() && !capabilities.empty()) {
        out << Qt::endl;
        const QStringList heads{Cli::tr("wasm"), Cli::tr("WebGL 2 renderer"), Cli::tr("WebGPU adapter"),
                                Cli::tr("WebNN")};
        for (const auto &b : list) {
            const auto it = capabilities.find(b.id.toStdString());
            if (it == capabilities.end())
                continue;
            const QStringList cells = capabilityCells(it.value());
            out << b.id << Qt::endl;
            for (int i = 0; i < heads.size(); ++i)
                if (!cells.at(i).isEmpty() || i == 0)
                    out << QStringLiteral("  %1 %2").arg(heads.at(i) + QLatin1Char(':'), -18).arg(cells.at(i))
                        << Qt::endl;
        }
    }
    return 0;
}

} // namespace inferscope::app
