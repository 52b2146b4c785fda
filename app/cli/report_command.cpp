#include "app/cli/report_command.h"

#include "app/report/report_writer.h"
#include "core/results/bundle_view.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace inferscope::app {
namespace {
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

int runReport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Write the study report of a result bundle: report.html (self-contained), report.md, "
                "figures (SVG, PDF) and tables (CSV), beside the numbers the study published."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("bundle"), Cli::tr("The bundle directory."));
    parser.addOption(
        {QStringLiteral("out"), Cli::tr("The report directory (created if needed)."), QStringLiteral("dir")});
    if (!parser.parse(args)) {
        err << parser.errorText() << Qt::endl;
        return 1;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("out"))) {
        err << Cli::tr("report needs one bundle and --out DIR.") << Qt::endl;
        return 1;
    }
    try {
        const auto view = results::loadBundleView(parser.positionalArguments().constFirst().toStdString());
        const auto outcome = writeReport(*view, parser.value(QStringLiteral("out")));
        for (const auto &file : outcome.files)
            out << file << Qt::endl;
        for (const auto &p : view->problems)
            err << Cli::tr("damaged record skipped: %1").arg(QString::fromStdString(p.message)) << Qt::endl;
        return view->problems.empty() ? 0 : 3;
    } catch (const std::exception &e) {
        err << Cli::tr("Cannot write the report: %1").arg(QString::fromStdString(e.what())) << Qt::endl;
        return 2;
    }
}

} // namespace inferscope::app
