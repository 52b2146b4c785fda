#include "app/cli/run_command.h"

#include "app/engine/embedded_devtools.h"
#include "app/engine/measuring_view.h"
#include "app/engine/plan_session.h"
#include "app/i18n.h"
#include "core/browser/chromium_driver.h"
#include "core/browser/firefox_driver.h"
#include "core/engine/orchestrator.h"
#include "core/engine/preflight.h"
#include "core/json/untrusted_json.h"
#include "core/results/bundle_view.h"
#include "core/results/cell_summary.h"
#include "core/store/atomic_file.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTextStream>
#include <QWebEngineView>
#include <algorithm>
#include <cmath>
#include <csignal>
#include <cstring>
#include <fstream>

namespace inferscope::app {
namespace {
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

/// A number with its precision, "-" for none.
QString numberText(double v, int precision = 2)
{
    return std::isfinite(v) ? QString::number(v, 'f', precision) : QStringLiteral("-");
}

QString intervalText(const std::optional<results::Interval> &i, int precision)
{
    return i ? QStringLiteral("[%1, %2]").arg(numberText(i->low, precision), numberText(i->high, precision))
             : QStringLiteral("-");
}

int cellWidth(const std::vector<results::CellSummary> &cells)
{
    int width = 8;
    for (const auto &c : cells)
        width = std::max(width, static_cast<int>(c.config.key.size()));
    return width;
}

/// Generation cells: time to first token and tokens per second with their CIs, memory per token, and
/// whether the ids match the native cell's.
void printGeneration(const std::vector<results::CellSummary> &cells, QTextStream &out)
{
    const int width = cellWidth(cells);
    bool header = false;
    for (const auto &c : cells) {
        if (!c.generation)
            continue;
        const auto &g = *c.generation;
        if (!header) {
            out << Qt::endl
                << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                       .arg(Cli::tr("cell"), -width)
                       .arg(Cli::tr("TTFT ms"), 8)
                       .arg(Cli::tr("95% CI"), -17)
                       .arg(Cli::tr("tokens/s"), 9)
                       .arg(Cli::tr("95% CI"), -15)
                       .arg(Cli::tr("PSS KB/token"), 12)
                       .arg(Cli::tr("tokens vs native"))
                << Qt::endl;
            header = true;
        }
        const QString kb = !std::isfinite(g.pssPerTokenBytes) ? QStringLiteral("-")
                           : g.pssPerTokenResolved            ? numberText(g.pssPerTokenBytes / 1024.0, 1)
                                                              : Cli::tr("not resolved");
        const QString tokens =
            g.tokensIdenticalToNative
                ? (*g.tokensIdenticalToNative
                       ? Cli::tr("identical")
                       : Cli::tr("differ from position %1").arg(g.firstDivergenceFromNative.value_or(-1)))
                : QStringLiteral("-");
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                   .arg(q(c.config.key), -width)
                   .arg(numberText(g.ttftMs, 1), 8)
                   .arg(intervalText(g.ttftCi, 1), -17)
                   .arg(numberText(g.tokensPerS, 1), 9)
                   .arg(intervalText(g.tokensPerSCi, 1), -15)
                   .arg(kb, 12)
                   .arg(tokens)
            << Qt::endl;
    }
}

/// Video workload cells: frames of the 30 fps clip shown per second idle and busy, and the callbacks the page saw.
void printVideo(const std::vector<results::CellSummary> &cells, QTextStream &out)
{
    const int width = cellWidth(cells);
    bool header = false;
    for (const auto &c : cells) {
        if (c.config.workloadKind != experiment::Workload::Video)
            continue;
        if (!header) {
            out << Qt::endl
                << QStringLiteral("%1 %2 %3 %4")
                       .arg(Cli::tr("cell"), -width)
                       .arg(Cli::tr("video fps idle"), 14)
                       .arg(Cli::tr("video fps busy"), 14)
                       .arg(Cli::tr("callbacks/s busy"), 16)
                << Qt::endl;
            header = true;
        }
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(q(c.config.key), -width)
                   .arg(numberText(c.videoFpsIdle, 1), 14)
                   .arg(numberText(c.videoFpsBusy, 1), 14)
                   .arg(numberText(c.videoCallbackFpsBusy, 1), 16)
            << Qt::endl;
    }
}

/// "about 2 h 35 min", "about 12 min", "about 40 s".
QString duration(double seconds)
{
    if (seconds >= 3600)
        return Cli::tr("about %1 h %2 min")
            .arg(static_cast<int>(seconds / 3600))
            .arg(static_cast<int>(std::fmod(seconds, 3600) / 60));
    if (seconds >= 60)
        return Cli::tr("about %1 min").arg(std::lround(seconds / 60));
    return Cli::tr("about %1 s").arg(std::lround(seconds));
}

void printLatencyTable(const std::vector<results::CellSummary> &cells, QTextStream &out)
{
    out << Qt::endl
        << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11 %12")
               .arg(Cli::tr("model"), -16)
               .arg(Cli::tr("browser"), -11)
               .arg(Cli::tr("runtime"), -16)
               .arg(Cli::tr("backend"), -7)
               .arg(Cli::tr("thr"), 3)
               .arg(Cli::tr("placement"), -9)
               .arg(Cli::tr("status"), -9)
               .arg(Cli::tr("setup ms"), 9)
               .arg(Cli::tr("first ms"), 9)
               .arg(Cli::tr("median ms"), 10)
               .arg(Cli::tr("95% CI"), -19)
               .arg(Cli::tr("vs native"), 9)
        << Qt::endl;
    for (const auto &c : cells) {
        const auto &k = c.config;
        QString ciText = !std::isfinite(c.ciLowMs)
                             ? QStringLiteral("-")
                             : QStringLiteral("[%1, %2]").arg(numberText(c.ciLowMs), numberText(c.ciHighMs));
        if (c.ciScope == "within-run")
            ciText += QLatin1Char('*');
        const bool slowdown = c.slowdownVsNative.present && std::isfinite(c.slowdownVsNative.value);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11 %12")
                   .arg(q(k.model), -16)
                   .arg(q(k.browser), -11)
                   .arg(q(k.runtime), -16)
                   .arg(q(k.backend) + (k.simd ? QString() : QStringLiteral("-nosimd")), -7)
                   .arg(k.threads, 3)
                   .arg(q(k.placement) + (k.workloadKind == experiment::Workload::None
                                              ? QString()
                                              : QLatin1Char('+') + q(k.workload)),
                        -9)
                   .arg(q(c.status), -9)
                   .arg(numberText(c.setupMs, 1), 9)
                   .arg(numberText(c.firstMs, 1), 9)
                   .arg(numberText(c.medianMs), 10)
                   .arg(ciText, -19)
                   .arg(slowdown ? numberText(c.slowdownVsNative.value) + QLatin1Char('x') : QStringLiteral("-"), 9)
            << Qt::endl;
        if (c.error)
            out << QStringLiteral("    ") << q(*c.error) << Qt::endl;
    }
    if (std::any_of(cells.begin(), cells.end(), [](const auto &c) { return c.ciScope == "within-run"; }))
        out << Cli::tr("* one run: the interval is within that run only; run-to-run variation needs repetitions (plan "
                       "\"repetitions\")")
            << Qt::endl;
    // Cells whose repetitions saw the machine change speed: their spread is partly the machine's.
    for (const auto &c : cells)
        if (c.machineDriftFlag)
            out << Cli::tr("Machine drift: the probe timed before each repetition of %1 moved by %2%; compare its "
                           "repetitions with care.")
                       .arg(q(c.config.key))
                       .arg(c.machineDrift * 100, 0, 'f', 0)
                << Qt::endl;
}

/// Memory and responsiveness, for the cells that measured them.
void printResources(const std::vector<results::CellSummary> &cells, QTextStream &out)
{
    const bool any = std::any_of(cells.begin(), cells.end(), [](const results::CellSummary &c) {
        return std::isfinite(c.peakPssBytes) || std::isfinite(c.fpsBusy) || std::isfinite(c.inputBusyP95Ms) ||
               std::isfinite(c.guiWorkloadIncreasePercent);
    });
    if (!any)
        return;
    const int width = cellWidth(cells);
    out << Qt::endl
        << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10")
               .arg(Cli::tr("cell"), -width)
               .arg(Cli::tr("peak MB"), 8)
               .arg(Cli::tr("ampl."), 6)
               .arg(Cli::tr("input p95 idle"), 14)
               .arg(Cli::tr("input p95 busy"), 14)
               .arg(Cli::tr("fps idle"), 8)
               .arg(Cli::tr("fps busy"), 8)
               .arg(Cli::tr("long tasks"), 10)
               .arg(Cli::tr("blocking ms"), 11)
               .arg(Cli::tr("GUI +%"), 7)
        << Qt::endl;
    for (const auto &c : cells)
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10")
                   .arg(q(c.config.key), -width)
                   .arg(numberText(c.peakPssBytes / 1e6, 0), 8)
                   .arg(numberText(c.amplification, 1), 6)
                   .arg(numberText(c.inputIdleP95Ms, 1), 14)
                   .arg(numberText(c.inputBusyP95Ms, 1), 14)
                   .arg(numberText(c.fpsIdle, 0), 8)
                   .arg(numberText(c.fpsBusy, 0), 8)
                   .arg(numberText(c.longTasks, 0), 10)
                   .arg(numberText(c.blockingMs, 0), 11)
                   .arg(numberText(c.guiWorkloadIncreasePercent, 0), 7)
            << Qt::endl;
}

void printSummary(const std::vector<results::CellSummary> &cells, QTextStream &out)
{
    printLatencyTable(cells, out);
    printGeneration(cells, out);
    printVideo(cells, out);
    printResources(cells, out);
}

/// What the plan runs, how long that takes here, the browsers it lacks and the models it needs, before anything is
/// measured; fetches the missing models. An exit code when the command ends here (a dry run, a refusal), else none.
std::optional<int> preflightPlan(const experiment::Plan &plan, const zoo::ModelCache &cache,
                                 const zoo::Catalog &catalog, const QCommandLineParser &parser, QTextStream &out,
                                 QTextStream &err)
{
    const auto schedule = plan.schedule();
    const engine::RunHistory history(engine::RunHistory::defaultFile(cache));
    const auto estimate = engine::estimateRuns(plan, schedule, history);
    const auto missing = engine::missingModels(plan, catalog, cache);
    out << Cli::tr("Plan %1: %2 cells, %3 runs").arg(q(plan.name)).arg(plan.cells.size()).arg(schedule.size());
    if (plan.adaptive())
        out << QStringLiteral(" ")
            << Cli::tr("(adaptive: up to %1)").arg(plan.cells.size() * static_cast<std::size_t>(plan.maxRepetitions));
    out << QStringLiteral("; ")
        << Cli::tr("estimated %1 (runs estimated from their own cell's earlier runs here: %2; from cells of the same "
                   "model and browser: %3; "
                   "from the policy alone: %4)")
               .arg(duration(estimate.seconds))
               .arg(estimate.fromCell)
               .arg(estimate.fromSimilar)
               .arg(estimate.fromPolicy)
        << Qt::endl;
    // Browsers the plan runs in that this machine lacks: refused now, not as failed runs hours later.
    QStringList absent;
    const auto uses = [&plan](const char *browser) {
        return std::any_of(plan.cells.begin(), plan.cells.end(),
                           [browser](const experiment::Cell &c) { return c.browser == browser; });
    };
    if (uses("chromium") && browser::ChromiumDriver::installedVersion().isEmpty())
        absent << Cli::tr("Chromium (Debian package chromium)");
    if (uses("firefox") && browser::FirefoxDriver::installedVersion().isEmpty())
        absent << Cli::tr("Firefox (Debian package firefox-esr)");
    if (parser.isSet(QStringLiteral("dry-run"))) {
        for (const QString &b : absent)
            out << Cli::tr("Not installed, and the plan runs in it: %1.").arg(b) << Qt::endl;
        for (const auto &cell : plan.cells)
            out << QStringLiteral("  ") << q(cell.key()) << Qt::endl;
        for (const auto *m : missing)
            out << Cli::tr("Model %1 is not in the cache: it would be fetched or built before the first run.")
                       .arg(q(m->id))
                << Qt::endl;
        for (const auto &cell : plan.cells)
            if (const auto it = history.unsupported().find(cell.key()); it != history.unsupported().end())
                out << Cli::tr("Expected unsupported (as when it last ran here): %1: %2")
                           .arg(q(cell.key()), q(it->second))
                    << Qt::endl;
        return 0;
    }
    if (!absent.isEmpty()) {
        err << Cli::tr("The plan runs in browsers this machine does not have: %1. Install them (bash scripts/setup.sh "
                       "installs both) "
                       "or take them out of the plan's \"browsers\".")
                   .arg(absent.join(QStringLiteral(", ")))
            << Qt::endl;
        return 1;
    }
    if (!missing.empty() && parser.isSet(QStringLiteral("no-fetch"))) {
        QStringList ids;
        for (const auto *m : missing)
            ids << q(m->id);
        err << Cli::tr("Not in the model cache: %1. Fetch them with `inferscope models fetch %2`, or run without "
                       "--no-fetch.")
                   .arg(ids.join(QStringLiteral(", ")), ids.join(QLatin1Char(' ')))
            << Qt::endl;
        return 1;
    }
    for (std::size_t i = 0; i < missing.size(); ++i) {
        const QString prefix = QStringLiteral("[%1/%2] %3").arg(i + 1).arg(missing.size()).arg(q(missing[i]->id));
        out << prefix << QStringLiteral(": ")
            << Cli::tr("not in the cache: fetching or building it before the first run") << Qt::endl;
        const QString error = cache.fetch(
            *missing[i], [&](const QString &message) { out << prefix << QStringLiteral(": ") << message << Qt::endl; });
        if (!error.isEmpty()) {
            err << Cli::tr("Cannot fetch %1, which the plan needs: %2").arg(q(missing[i]->id), error) << Qt::endl;
            return 1;
        }
    }

    return std::nullopt;
}

/// The plan's cells as tables, and as `--summary-json` where asked. An exit code when that fails, else none.
std::optional<int> summarizePlan(const QString &outDir, const QCommandLineParser &parser, QTextStream &out,
                                 QTextStream &err)
{
    std::shared_ptr<const results::BundleView> view;
    try {
        view = results::loadBundleView(outDir.toStdString());
    } catch (const store::StoreError &e) {
        err << QString::fromUtf8(e.what()) << Qt::endl;
        return 2;
    }
    const auto cells = results::summarizeCells(*view);
    printSummary(cells, out);
    if (parser.isSet(QStringLiteral("summary-json"))) {
        const std::string text = results::dumpJson(results::toJson(cells), 2) + "\n";
        try { // all or nothing: a full disk leaves no 0-byte summary behind
            store::writeFileAtomically(parser.value(QStringLiteral("summary-json")).toStdString(),
                                       std::as_bytes(std::span(text.data(), text.size())));
        } catch (const store::StoreError &e) {
            err << Cli::tr("Cannot write the summary: %1").arg(QString::fromUtf8(e.what())) << Qt::endl;
            return 2;
        }
        out << Cli::tr("Summary written to %1").arg(parser.value(QStringLiteral("summary-json"))) << Qt::endl;
    }
    return std::nullopt;
}

/// Each run as it starts and ends, adaptive rounds and the time left, on standard output.
void printProgress(engine::Orchestrator &orchestrator, const experiment::Plan &plan, QTextStream &out)
{
    QObject::connect(&orchestrator, &engine::Orchestrator::runStarted, [&out](const QString &id, int index, int total) {
        out << QStringLiteral("[%1/%2] %3 …").arg(index + 1).arg(total).arg(id) << Qt::flush;
    });
    QObject::connect(&orchestrator, &engine::Orchestrator::runFinished,
                     [&out](const QString &, const QString &status, const QString &detail) {
                         out << QLatin1Char(' ') << status
                             << (detail.isEmpty() ? QString() : QStringLiteral(": ") + detail) << Qt::endl;
                     });
    QObject::connect(
        &orchestrator, &engine::Orchestrator::adaptiveRoundScheduled, [&out, &plan](int round, int cells, int runs) {
            out << Cli::tr("Adaptive repetitions, round %1: %n cell(s) still wider than ±%2%, %3 more run(s)", nullptr,
                           cells)
                       .arg(round)
                       .arg(plan.ciPercent)
                       .arg(runs)
                << Qt::endl;
        });
    QObject::connect(&orchestrator, &engine::Orchestrator::progress, [&out](int done, int total, double eta) {
        if (eta >= 0 && done < total)
            out << QStringLiteral("      ") << Cli::tr("about %1 s left").arg(std::lround(eta)) << Qt::endl;
    });
}

/// The embedded browser's DevTools endpoint is reachable by every local process while it is open: open it only when
/// the plan needs CDP there (docs/SECURITY.md). It must be decided before QtWebEngine starts, so from the plan's text;
/// a plan that cannot be read fails later, with its error.
bool planMayNeedDevTools(int argc, char **argv)
{
    for (int i = 2; i < argc; ++i)
        if (argv[i][0] != '-' && (i == 2 || std::strcmp(argv[i - 1], "--out") != 0) &&
            std::strcmp(argv[i - 1], "--summary-json") != 0) {
            try {
                return experiment::embeddedMayNeedDevTools(
                    untrusted::parseUntrusted(store::readWholeTextFile(argv[i], experiment::kMaxPlanBytes)));
            } catch (const std::exception &) {
                return true;
            }
        }
    return true;
}

engine::Orchestrator *g_orchestrator = nullptr;
void onSignal(int)
{
    // Ctrl-C: finish the bundle cleanly (the run in flight is dropped and reruns on resume).
    if (g_orchestrator)
        QMetaObject::invokeMethod(g_orchestrator, &engine::Orchestrator::cancel, Qt::QueuedConnection);
}
} // namespace

/// The run command's options read from the command line; an exit code where it should stop (help, bad arguments).
std::optional<int> parseRunArguments(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    parser.setApplicationDescription(
        Cli::tr("Run an experiment plan headless and store every run in a result bundle."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("plan"), Cli::tr("The plan (JSON), e.g. plans/quick.json."));
    parser.addOptions({
        {QStringLiteral("out"), Cli::tr("Result bundle directory; an existing one is resumed."), QStringLiteral("dir")},
        {QStringLiteral("summary-json"), Cli::tr("Also write one summary record per cell to FILE."),
         QStringLiteral("file")},
        {QStringLiteral("extend"), Cli::tr("Resume a bundle with a changed plan: add this plan's runs to it.")},
        {QStringLiteral("dry-run"),
         Cli::tr("Check the plan and say what it would run and how long it would take; measure nothing.")},
        {QStringLiteral("no-fetch"),
         Cli::tr("Refuse to start when a model the plan needs is not in the cache, instead of fetching it first.")},
    });
    QStringList args = QCoreApplication::arguments();
    args.removeAt(1); // "run"
    if (!parser.parse(args) || parser.positionalArguments().size() != 1 || parser.isSet(QStringLiteral("help"))) {
        if (parser.isSet(QStringLiteral("help"))) {
            out << parser.helpText();
            return {0};
        }
        err << (parser.errorText().isEmpty() ? Cli::tr("run needs one plan file.") : parser.errorText()) << Qt::endl;
        return {1};
    }
    return std::nullopt;
}

/// The plan at `planPath` against the cache's catalog; an exit code, with the reason said, where it cannot be read.
std::optional<int> loadPlan(const QString &planPath, const zoo::ModelCache &cache, zoo::Catalog &catalog,
                            experiment::Plan &plan, QTextStream &err)
{
    try {
        catalog = cache.loadCatalog();
        std::string text;
        try {
            text = store::readWholeTextFile(planPath.toStdString(), experiment::kMaxPlanBytes);
        } catch (const store::StoreError &e) {
            err << Cli::tr("Cannot read the plan %1: %2").arg(planPath, QString::fromUtf8(e.what())) << Qt::endl;
            return {1};
        }
        plan = engine::parsePlanTextFor(text, catalog);
    } catch (const std::exception &e) {
        err << QString::fromUtf8(e.what()) << Qt::endl;
        return {1};
    }
    return std::nullopt;
}

void printPlanStart(const experiment::Plan &plan, int total, const QString &outDir, quint16 port, QTextStream &out)
{
    out << Cli::tr("Plan %1: %2 runs into %3 (harness on %4:%5)")
               .arg(q(plan.name))
               .arg(total)
               .arg(outDir, q(plan.serveAddress))
               .arg(port)
        << Qt::endl;
    if (plan.adaptive())
        out << Cli::tr("Adaptive repetitions: %1 to %2 per cell, until each cell's 95% interval is within ±%3% of its "
                       "median")
                   .arg(plan.repetitions)
                   .arg(plan.maxRepetitions)
                   .arg(plan.ciPercent)
            << Qt::endl;
}

int runPlanCommand(int argc, char **argv)
{
    // The embedded browser needs a GUI application; without a display it renders offscreen.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    const bool devTools = planMayNeedDevTools(argc, argv);
    if (devTools)
        enableEmbeddedDevTools();
    enablePreciseMemoryInfo();
    quietEmbeddedBrowserLogs();
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("inferscope"));
    QCoreApplication::setOrganizationName(QStringLiteral("InferScope"));
    Translations translations;
    translations.install(Translations::bestMatch(QLocale::system()));
    QTextStream out(stdout), err(stderr);

    QCommandLineParser parser;
    if (const auto code = parseRunArguments(parser, out, err))
        return *code;
    const zoo::ModelCache cache;
    zoo::Catalog catalog;
    experiment::Plan plan;
    if (const auto code = loadPlan(parser.positionalArguments().first(), cache, catalog, plan, err))
        return *code;
    if (const auto code = preflightPlan(plan, cache, catalog, parser, out, err))
        return *code;

    const QString outDir =
        parser.isSet(QStringLiteral("out"))
            ? parser.value(QStringLiteral("out"))
            : QStringLiteral("out/%1-%2")
                  .arg(q(plan.name), QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    std::optional<store::BundleWriter> writer;
    try {
        writer.emplace(openPlanBundle(outDir, plan, parser.isSet(QStringLiteral("extend"))));
    } catch (const store::StoreError &e) {
        err << Cli::tr("Cannot open the result bundle: %1").arg(QString::fromUtf8(e.what())) << Qt::endl;
        return 2;
    }
    for (const auto &aside : writer->setAside())
        err << Cli::tr("A damaged record was set aside in runs/damaged/ and its run is measured again: %1")
                   .arg(QString::fromStdString(aside))
            << Qt::endl;

    engine::HarnessServer server(harnessRoots(cache));
    if (!server.start(QHostAddress(QString::fromStdString(plan.serveAddress)))) {
        err << server.errorString() << Qt::endl;
        return 2;
    }
    // The embedded browser measures in a view that is shown but on no screen (measuring_view.h). Only
    // when the plan uses it: QtWebEngine starts with its first view, and other browsers need none of it.
    std::unique_ptr<QWebEngineView> pageView;
    if (std::any_of(plan.cells.begin(), plan.cells.end(),
                    [](const experiment::Cell &c) { return c.browserKind() == experiment::BrowserKind::QtWebEngine; }))
        pageView = makeOffScreenMeasuringView();
    engine::Orchestrator orchestrator(plan, cache, catalog, *writer, server, makeDriverFactory(plan, pageView.get()));
    printPlanStart(plan, orchestrator.total(), outDir, server.port(), out);
    printProgress(orchestrator, plan, out);
    bool cancelled = false;
    QObject::connect(&orchestrator, &engine::Orchestrator::finished, [&](bool wasCancelled) {
        cancelled = wasCancelled;
        QCoreApplication::quit();
    });
    g_orchestrator = &orchestrator;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    orchestrator.start();
    QApplication::exec();
    g_orchestrator = nullptr;
    if (orchestrator.skipped() > 0)
        out << Cli::tr("%1 runs were already in the bundle and were not redone.").arg(orchestrator.skipped())
            << Qt::endl;
    if (orchestrator.unstored() > 0) {
        err << Cli::tr("The plan stopped: a run could not be stored (%1). Free space or fix the folder's permissions, "
                       "then run "
                       "the same command again to resume.")
                   .arg(orchestrator.storeError())
            << Qt::endl;
        return 2;
    }

    if (const auto code = summarizePlan(outDir, parser, out, err))
        return *code;
    out << Cli::tr("Results: %1").arg(outDir) << Qt::endl;
    if (cancelled) {
        out << Cli::tr("Cancelled: run the same command again to resume.") << Qt::endl;
        return 130;
    }
    return 0;
}

} // namespace inferscope::app
