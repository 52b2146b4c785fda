#include "app/cli/inspect_command.h"

#include "core/results/bundle_view.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cmath>

namespace inferscope::app {
namespace {
// lupdate finds plural (%n) strings reliably only through tr(), so the CLI context gets a tr() of its own.
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString ms(double v)
{
    return std::isnan(v) ? QStringLiteral("-") : QString::number(v, 'f', 3);
}

} // namespace

int runInspect(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Verify a result bundle and print the statistics of each run."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("Cli", "Print JSON instead of a table."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("bundle"), QCoreApplication::translate("Cli", "The bundle directory."));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return 1;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        err << QCoreApplication::translate("Cli", "inspect needs exactly one bundle directory.") << Qt::endl;
        return 1;
    }
    std::shared_ptr<const results::BundleView> view;
    try {
        view = results::loadBundleView(parser.positionalArguments().constFirst().toStdString());
    } catch (const store::StoreError &e) {
        err << QCoreApplication::translate("Cli", "Cannot open the bundle: %1").arg(QString::fromStdString(e.what()))
            << Qt::endl;
        return 2;
    }
    if (parser.isSet(json)) {
        out << QString::fromStdString(results::dumpJson(results::inspectJson(*view), 2)) << Qt::endl;
    } else {
        out << Cli::tr("Bundle %1: %n run(s)", nullptr, static_cast<int>(view->runs.size()))
                   .arg(QString::fromStdString(view->directory.string()))
            << Qt::endl;
        out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                   .arg(QCoreApplication::translate("Cli", "run"), -24)
                   .arg(QCoreApplication::translate("Cli", "status"), -8)
                   .arg(QCoreApplication::translate("Cli", "samples"), 8)
                   .arg(QCoreApplication::translate("Cli", "median ms"), 10)
                   .arg(QCoreApplication::translate("Cli", "95% CI"), -19)
                   .arg(QCoreApplication::translate("Cli", "p95 ms"), 9)
                   .arg(QCoreApplication::translate("Cli", "warm-up"), 11)
                   .arg(QCoreApplication::translate("Cli", "outliers"), 8)
            << Qt::endl;
        for (const auto &r : view->runs) {
            if (r.stats.count == 0) { // a failed run has no samples: no statistics, not zeros
                out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                           .arg(QString::fromStdString(r.runId), -24)
                           .arg(QString::fromStdString(r.status), -8)
                           .arg(0, 8)
                           .arg(QStringLiteral("-"), 10)
                           .arg(QStringLiteral("-"), -19)
                           .arg(QStringLiteral("-"), 9)
                           .arg(QStringLiteral("-"), 11)
                           .arg(QStringLiteral("-"), 8)
                    << Qt::endl;
                continue;
            }
            out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                       .arg(QString::fromStdString(r.runId), -24)
                       .arg(QString::fromStdString(r.status), -8)
                       .arg(r.stats.count, 8)
                       .arg(ms(r.stats.median), 10)
                       .arg(QStringLiteral("[%1, %2]").arg(ms(r.medianCi.low), ms(r.medianCi.high)), -19)
                       .arg(ms(r.stats.p95), 9)
                       .arg(r.warmupHeld ? QCoreApplication::translate("Cli", "held")
                                         : QCoreApplication::translate("Cli", "drift"),
                            11)
                       .arg(r.outliers, 8)
                << Qt::endl;
        }
    }
    for (const auto &p : view->problems)
        err << QCoreApplication::translate("Cli", "damaged record: %1").arg(QString::fromStdString(p.message))
            << Qt::endl;
    if (view->abandonedWrites > 0)
        err << Cli::tr("%n run(s) were being written when the writer stopped; they are not in the bundle and rerun on "
                       "resume.",
                       nullptr, static_cast<int>(view->abandonedWrites))
            << Qt::endl;
    return view->problems.empty() ? 0 : 3;
}

} // namespace inferscope::app
