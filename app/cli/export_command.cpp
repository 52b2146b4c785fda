#include "app/cli/export_command.h"

#include "core/results/exports.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace inferscope::app {
namespace {
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

int runExport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Export a result bundle for other tools: tidy CSV files (pandas, R, spreadsheets), "
                "one JSON document, or a Chrome trace (Perfetto)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("bundle"), Cli::tr("The bundle directory."));
    parser.addOptions(
        {{QStringLiteral("format"), Cli::tr("csv (a folder of CSV files), json or trace."), QStringLiteral("format")},
         {QStringLiteral("out"), Cli::tr("Where to write: a folder for csv, a file for json and trace."),
          QStringLiteral("path")}});
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return 1;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("out")) ||
        (format != QLatin1String("csv") && format != QLatin1String("json") && format != QLatin1String("trace"))) {
        err << Cli::tr("export needs one bundle, --format csv|json|trace and --out PATH.") << Qt::endl;
        return 1;
    }
    const std::filesystem::path bundle = parser.positionalArguments().constFirst().toStdString();
    const std::filesystem::path target = parser.value(QStringLiteral("out")).toStdString();
    results::ExportResult result;
    try {
        result = format == QLatin1String("csv")    ? results::exportCsv(bundle, target)
                 : format == QLatin1String("json") ? results::exportJson(bundle, target)
                                                   : results::exportTrace(bundle, target);
    } catch (const std::exception &e) {
        err << Cli::tr("Cannot export: %1").arg(QString::fromStdString(e.what())) << Qt::endl;
        return 2;
    }
    for (const auto &file : result.files)
        out << QString::fromStdString(file.string()) << Qt::endl;
    out << Cli::tr("Exported %n run(s).", nullptr, static_cast<int>(result.runs)) << Qt::endl;
    for (const auto &p : result.problems)
        err << Cli::tr("damaged record skipped: %1").arg(QString::fromStdString(p.message)) << Qt::endl;
    return result.problems.empty() ? 0 : 3;
}

} // namespace inferscope::app
