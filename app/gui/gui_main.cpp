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

/// --chart: the Results tab or Compare view a screenshot shows.
void showChartByName(MainWindow &window, const QString &chart)
{
    if (chart == QLatin1String("memory"))
        window.resultsPage()->showChart(1);
    else if (chart == QLatin1String("responsiveness"))
        window.resultsPage()->showChart(2);
    else if (chart == QLatin1String("browsers"))
        window.resultsPage()->showChart(3);
    else if (chart == QLatin1String("details"))
        window.resultsPage()->showChart(4);
    else if (chart == QLatin1String("operators"))
        window.resultsPage()->showChart(5);
    else if (chart == QLatin1String("baseline")) // the Compare page's "Against a baseline" tab
        window.comparePage()->showTab(1);
    else if (chart == QLatin1String("baseline-rows")) { // ...with its first two rows selected: their distributions
        window.comparePage()->showTab(1);
        QObject::connect(window.comparePage(), &ComparePage::baselineComparisonAvailable, &window, [&window] {
            QTableWidget *table = window.comparePage()->baselineTable();
            table->setSelectionMode(QAbstractItemView::MultiSelection);
            for (int row = 0; row < std::min(2, table->rowCount()); ++row)
                table->selectRow(row);
            table->setSelectionMode(QAbstractItemView::ExtendedSelection);
        });
    }
}

/// Saves a grab of `widget` to `file` and ends the application with whether it could.
void saveScreenshot(QWidget *widget, const QString &file)
{
    const bool ok = widget->grab().save(file);
    QTextStream(ok ? stdout : stderr)
        << (ok ? QStringLiteral("Screenshot saved to %1") : QStringLiteral("Could not save %1")).arg(file) << Qt::endl;
    QCoreApplication::exit(ok ? 0 : 1);
}

/// --report: the report window once the bundle has loaded; with a screenshot file, its grab once the report shows.
void openReportOnLoad(MainWindow &window, const QString &screenshotFile, int wait)
{
    QObject::connect(window.resultsPage(), &ResultsPage::bundleLoaded, &window, [&window, screenshotFile, wait] {
        ReportDialog *dialog = window.resultsPage()->openReport();
        if (!dialog || screenshotFile.isEmpty())
            return;
        QObject::connect(dialog, &ReportDialog::reportReady, dialog, [dialog, screenshotFile, wait] {
            // The embedded view renders the page after it has loaded: give it the screenshot delay.
            QTimer::singleShot(wait, dialog, [dialog, screenshotFile] { saveScreenshot(dialog, screenshotFile); });
        });
    });
}

/// --screenshot: the window (or the dialog open at that moment, e.g. --new-experiment) after `wait` ms, which gives
/// layouts, fonts and a background bundle load time to settle.
void screenshotAfter(MainWindow &window, const QString &file, int wait)
{
    QTimer::singleShot(wait, &window, [&window, file] {
        QWidget *shown = QApplication::activeModalWidget() ? QApplication::activeModalWidget() : &window;
        saveScreenshot(shown, file);
    });
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
    showChartByName(window, parser.value(chart));
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

    if (parser.isSet(report))
        openReportOnLoad(window, parser.value(screenshot), parser.value(delay).toInt());
    else if (parser.isSet(screenshot))
        screenshotAfter(window, parser.value(screenshot), parser.value(delay).toInt());
    return QApplication::exec();
}

} // namespace inferscope::app
