// The bare host of bench/embedded_overhead.sh: the smallest program that runs one cell of a plan the
// way InferScope does (the same harness page and configuration, the same HarnessServer on loopback with
// its token and headers) and nothing else: no process sampling, no DevTools or BiDi, no bundle.
//   qtwebengine: an off-the-record profile and a view shown off screen at 1280 x 800, as the product's;
//   chromium / firefox: the browser started on the page's URL (headless, private profile and HOME), no
//   debugging port at all.
// It prints one JSON line: {"status": "ok", "median_ms": ..., "samples": N} (or the page's error).
//
// Usage: inferscope_bare_host [--browser qtwebengine|chromium|firefox] PLAN.json
//        (the plan's first browser cell; models fetched beforehand)
#include "core/analysis/descriptive.h"
#include "core/analysis/steady_state.h"
#include "core/browser/browser_process.h"
#include "core/engine/active_run.h"
#include "core/engine/harness_server.h"
#include "core/experiment/plan.h"
#include "core/modelcache/data_paths.h"
#include "core/modelcache/model_cache.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>
#include <cstdio>
#include <unistd.h>

using namespace inferscope;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    QString browser = QStringLiteral("qtwebengine");
    if (args.size() == 4 && args.at(1) == QLatin1String("--browser")) {
        browser = args.at(2);
        args.remove(1, 2);
    }
    if (args.size() != 2 || (browser != QLatin1String("qtwebengine") && browser != QLatin1String("chromium") &&
                             browser != QLatin1String("firefox"))) {
        std::fprintf(stderr, "usage: inferscope_bare_host [--browser qtwebengine|chromium|firefox] PLAN.json\n");
        return 1;
    }
    const zoo::ModelCache cache;
    const zoo::Catalog catalog = cache.loadCatalog();
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const auto plan = experiment::parsePlanText(file.readAll().toStdString(), [&](const std::string &id) {
        const auto *m = catalog.find(id);
        return m ? m->format : std::string();
    });
    const auto schedule = plan.schedule();
    const auto run =
        std::find_if(schedule.begin(), schedule.end(), [](const experiment::Run &r) { return !r.cell.isNative(); });
    const zoo::ModelEntry *model = run == schedule.end() ? nullptr : catalog.find(run->cell.model);
    if (!model) {
        std::fprintf(stderr, "the plan has no browser cell with a known model\n");
        return 1;
    }
    const QString data = zoo::projectDataDir();
    engine::HarnessServer server(
        {data + QStringLiteral("/resources/harness"), data + QStringLiteral("/node_modules"), cache.cacheDir()});
    if (!server.start())
        return 2;
    std::vector<double> samples;
    QString status = QStringLiteral("no result");
    const std::string runId = run->id();
    QObject::connect(&server, &engine::HarnessServer::eventReceived, [&](const QJsonObject &message) {
        if (message.value(QStringLiteral("run")).toString().toStdString() != runId)
            return;
        for (const QJsonValue &value : message.value(QStringLiteral("batch")).toArray()) {
            const QJsonObject e = value.toObject();
            const QString type = e.value(QStringLiteral("type")).toString();
            if (type == QLatin1String("sample") &&
                e.value(QStringLiteral("phase")).toString() == QLatin1String("steady"))
                samples.push_back(e.value(QStringLiteral("ms")).toDouble());
            else if (type == QLatin1String("done") || type == QLatin1String("error") ||
                     type == QLatin1String("unsupported")) {
                status = type == QLatin1String("done") ? QStringLiteral("ok")
                                                       : e.value(QStringLiteral("message")).toString();
                QTimer::singleShot(0, &app, &QCoreApplication::quit);
            }
        }
    });
    QUrlQuery query;
    auto config = engine::ActiveRun::pageConfig(*run, *model, plan);
    config.erase("page_memory"); // the bare host samples nothing, also not from inside the page
    query.addQueryItem(QStringLiteral("config"), QString::fromStdString(config.dump()));
    const QString page = run->cell.harness == "minimal" ? QStringLiteral("minimal.html") : QStringLiteral("index.html");
    const QUrl url = server.harnessUrl(page, query);
    QTimer::singleShot(plan.policy.timeoutMs, &app, &QCoreApplication::quit);
    if (browser == QLatin1String("qtwebengine")) {
        QWebEngineProfile profile; // off the record, as the product's
        profile.setHttpCacheType(QWebEngineProfile::NoCache);
        auto *webPage = new QWebEnginePage(&profile);
        QWebEngineView view;
        view.setAttribute(Qt::WA_DontShowOnScreen);
        view.resize(1280, 800);
        view.setPage(webPage);
        view.show();
        webPage->load(url);
        QApplication::exec();
        view.setPage(nullptr);
        delete webPage;
    } else {
        QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/inferscope-bare-XXXXXX"));
        const QString profile = dir.filePath(QStringLiteral("profile"));
        QDir().mkpath(profile);
        QStringList browserArgs;
        QString program;
        if (browser == QLatin1String("chromium")) {
            program = QStringLiteral("/usr/bin/chromium");
            browserArgs = {QStringLiteral("--headless=new"),
                           QStringLiteral("--user-data-dir=") + profile,
                           QStringLiteral("--no-first-run"),
                           QStringLiteral("--disable-background-networking"),
                           QStringLiteral("--disable-component-update"),
                           QStringLiteral("--disable-sync"),
                           QStringLiteral("--disable-quic"),
                           url.toString()};
            if (::getuid() == 0)
                browserArgs.prepend(QStringLiteral("--no-sandbox"));
        } else {
            program = QStringLiteral("/usr/bin/firefox-esr");
            QFile prefs(profile + QStringLiteral("/user.js")); // offline and quiet, as the product's profile
            if (prefs.open(QIODevice::WriteOnly))
                prefs.write("user_pref(\"browser.shell.checkDefaultBrowser\", "
                            "false);\nuser_pref(\"app.update.disabledForTesting\", true);\n"
                            "user_pref(\"datareporting.policy.dataSubmissionEnabled\", false);\n"
                            "user_pref(\"browser.aboutwelcome.enabled\", "
                            "false);\nuser_pref(\"network.connectivity-service.enabled\", false);\n");
            prefs.close();
            browserArgs = {QStringLiteral("--headless"), QStringLiteral("--no-remote"), QStringLiteral("--profile"),
                           profile, url.toString()};
        }
        auto process = browser::startBrowserProcess(program, browserArgs, dir.filePath(QStringLiteral("home")));
        if (!process->waitForStarted(20000)) {
            std::fprintf(stderr, "cannot start %s\n", qPrintable(program));
            return 2;
        }
        QApplication::exec();
        browser::killProcessGroup(*process);
    }
    // The same steady-state cut as the product's summary (MSER-5), so both sides are compared alike.
    const auto steady = analysis::detectSteadyState(samples);
    const std::vector<double> kept(
        samples.begin() + static_cast<std::ptrdiff_t>(std::min(steady.start, samples.size())), samples.end());
    const double median = kept.empty() ? -1 : analysis::median(kept);
    std::printf("{\"status\": \"%s\", \"median_ms\": %.6f, \"samples\": %zu}\n", status.toUtf8().constData(), median,
                kept.size());
    return status == QLatin1String("ok") ? 0 : 3;
}
