#include "app/gui/gui_main.h"

#include "app/engine/embedded_devtools.h"
#include "app/gui/compare_page.h"
#include "app/gui/main_window.h"
#include "app/gui/report_dialog.h"
#include "app/gui/results_page.h"
#include "app/gui/runs_page.h"
#include "app/gui/setup_page.h"
#include "app/gui/theme.h"
#include "app/i18n.h"
#include "core/experiment/build_info.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QSettings>
#include <QTableWidget>
#include <QTextStream>
#include <QTimer>

namespace inferscope::app {
namespace {
MainWindow::Page pageByName(const QString &name)
{
    const QStringList names{QStringLiteral("setup"), QStringLiteral("runs"), QStringLiteral("results"),
                            QStringLiteral("compare")};
    const auto index = names.indexOf(name.toLower());
    return index < 0 ? MainWindow::Setup : static_cast<MainWindow::Page>(index);
}
} // namespace

int runGui(int argc, char **argv)
{
    // QtWebEngine (the embedded browser) needs contexts shared before the application exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    enableEmbeddedDevTools();
    enablePreciseMemoryInfo();
    quietEmbeddedBrowserLogs();
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("inferscope"));
    QCoreApplication::setApplicationVersion(QString::fromUtf8(build::kVersion));
    QCoreApplication::setOrganizationName(QStringLiteral("InferScope"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("InferScope"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.inferscope.InferScope"));

    QCommandLineParser parser;
    const QCommandLineOption lang(QStringLiteral("lang"), QString(), QStringLiteral("language"));
    const QCommandLineOption page(QStringLiteral("page"), QString(), QStringLiteral("page"));
    const QCommandLineOption open(QStringLiteral("open"), QString(), QStringLiteral("bundle"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QString(), QStringLiteral("file"));
    const QCommandLineOption delay(QStringLiteral("screenshot-delay"), QString(), QStringLiteral("ms"),
                                   QStringLiteral("1500"));
    const QCommandLineOption runPlan(QStringLiteral("run"), QString(), QStringLiteral("plan"));
    const QCommandLineOption showPage(QStringLiteral("show-page"));
    const QCommandLineOption chart(
        QStringLiteral("chart"), QString(),
        QStringLiteral("latency|memory|responsiveness|browsers|details|operators|baseline|baseline-rows"));
    const QCommandLineOption selectRun(QStringLiteral("select-run"), QString(), QStringLiteral("run id"));
    const QCommandLineOption report(QStringLiteral("report")); // with --open: the report window (and its screenshot)
    const QCommandLineOption theme(QStringLiteral("theme"), QString(), QStringLiteral("system|light|dark"));
    const QCommandLineOption probe(
        QStringLiteral("probe-browsers")); // Setup: ask each browser what it offers (screenshots)
    const QCommandLineOption newExperiment(
        QStringLiteral("new-experiment")); // the experiment builder at start (screenshots)
    parser.addOptions({lang, page, open, screenshot, delay, runPlan, showPage, chart, selectRun, report, theme, probe,
                       newExperiment});
    if (!parser.parse(QCoreApplication::arguments())) {
        QTextStream(stderr) << parser.errorText() << Qt::endl;
        return 1;
    }

    Translations translations;
    QSettings settings;
    const QString language = parser.isSet(lang) ? parser.value(lang)
                             : settings.contains(QStringLiteral("ui/language"))
                                 ? settings.value(QStringLiteral("ui/language")).toString()
                                 : Translations::bestMatch(QLocale::system());
    translations.install(language);

    // The look before the window exists, so every widget is built in it: --theme for this start only
    // (screenshots), else View > Theme as last chosen.
    applyTheme(themeFromName(parser.isSet(theme) ? parser.value(theme)
                                                 : settings.value(QStringLiteral("ui/theme")).toString()));
    MainWindow window(translations);
    if (parser.isSet(page))
        window.showPage(pageByName(parser.value(page)));
    if (parser.isSet(selectRun))
        window.resultsPage()->selectRunAfterLoad(parser.value(selectRun));
    if (parser.isSet(open))
        window.resultsPage()->openBundle(parser.value(open));
    else if (!parser.isSet(runPlan) && !parser.isSet(screenshot))
        window.reopenLastBundle(); // where the user left off (File > Recent Bundles has the others)
    if (parser.value(chart) == QLatin1String("memory"))
        window.resultsPage()->showChart(1);
    else if (parser.value(chart) == QLatin1String("responsiveness"))
        window.resultsPage()->showChart(2);
    else if (parser.value(chart) == QLatin1String("browsers"))
        window.resultsPage()->showChart(3);
    else if (parser.value(chart) == QLatin1String("details"))
        window.resultsPage()->showChart(4);
    else if (parser.value(chart) == QLatin1String("operators"))
        window.resultsPage()->showChart(5);
    else if (parser.value(chart) == QLatin1String("baseline")) // the Compare page's "Against a baseline" tab
        window.comparePage()->showTab(1);
    else if (parser.value(chart) ==
             QLatin1String("baseline-rows")) { // ...with its first two rows selected: their distributions
        window.comparePage()->showTab(1);
        QObject::connect(window.comparePage(), &ComparePage::baselineComparisonAvailable, &window, [&window] {
            QTableWidget *table = window.comparePage()->baselineTable();
            table->setSelectionMode(QAbstractItemView::MultiSelection);
            for (int row = 0; row < std::min(2, table->rowCount()); ++row)
                table->selectRow(row);
            table->setSelectionMode(QAbstractItemView::ExtendedSelection);
        });
    }
    window.show();
    if (parser.isSet(probe)) // once the browsers are listed (a background job of a second or two)
        QTimer::singleShot(3000, &window, [&window] { window.setupPage()->probeCapabilities(); });
    if (parser.isSet(runPlan)) {
        window.showPage(MainWindow::Runs);
        window.runsPage()->setShowPage(parser.isSet(showPage));
        window.runsPage()->startPlan(
            parser.value(runPlan),
            RunsPage::newBundleFolder(RunsPage::resultsFolder(), QFileInfo(parser.value(runPlan)).completeBaseName()));
    }

    if (parser.isSet(newExperiment)) // after the screenshot timer exists: the builder's loop runs it
        QTimer::singleShot(0, &window, [&window] {
            window.showPage(MainWindow::Runs);
            window.runsPage()->buildAndStart();
        });

    if (parser.isSet(report)) {
        QObject::connect(
            window.resultsPage(), &ResultsPage::bundleLoaded, &window, [&window, &parser, &screenshot, &delay] {
                ReportDialog *dialog = window.resultsPage()->openReport();
                if (!dialog || !parser.isSet(screenshot))
                    return;
                const QString file = parser.value(screenshot);
                QObject::connect(
                    dialog, &ReportDialog::reportReady, dialog, [dialog, file, wait = parser.value(delay).toInt()] {
                        // The embedded view renders the page after it has loaded: give it the screenshot delay.
                        QTimer::singleShot(wait, dialog, [dialog, file] {
                            const bool ok = dialog->grab().save(file);
                            QTextStream(ok ? stdout : stderr)
                                << (ok ? QStringLiteral("Screenshot saved to %1") : QStringLiteral("Could not save %1"))
                                       .arg(file)
                                << Qt::endl;
                            QCoreApplication::exit(ok ? 0 : 1);
                        });
                    });
            });
    }
    if (parser.isSet(screenshot) && !parser.isSet(report)) {
        const QString file = parser.value(screenshot);
        // Give layouts, fonts and a background bundle load time to settle before grabbing.
        QTimer::singleShot(parser.value(delay).toInt(), &window, [&window, file] {
            // A dialog open at that moment (--new-experiment) is what the screenshot shows.
            QWidget *shown = QApplication::activeModalWidget() ? QApplication::activeModalWidget() : &window;
            const bool ok = shown->grab().save(file);
            QTextStream(ok ? stdout : stderr)
                << (ok ? QStringLiteral("Screenshot saved to %1") : QStringLiteral("Could not save %1")).arg(file)
                << Qt::endl;
            QCoreApplication::exit(ok ? 0 : 1);
        });
    }
    return QApplication::exec();
}

} // namespace inferscope::app
