#include "app/cli/command_line.h"

#include "app/cli/browsers_command.h"
#include "app/cli/compare_command.h"
#include "app/cli/export_command.h"
#include "app/cli/inspect_command.h"
#include "app/cli/models_command.h"
#include "app/i18n.h"
#include "app/version_info.h"
#include "core/experiment/build_info.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <cstring>

namespace inferscope::app {
namespace {
struct Command {
    const char *name;
    const char *summary; // translated at print time
    int (*run)(const QStringList &, QTextStream &, QTextStream &);
};

const Command kCommands[] = {
    {"inspect", QT_TRANSLATE_NOOP("Cli", "Verify a result bundle and print each run's statistics"), &runInspect},
    {"compare",
     QT_TRANSLATE_NOOP("Cli", "Compare every cell with a baseline (native, a browser, a cell, or a second bundle)"),
     &runCompare},
    {"export", QT_TRANSLATE_NOOP("Cli", "Export a bundle as tidy CSV, one JSON document or a Chrome trace"),
     &runExport},
    {"figure", QT_TRANSLATE_NOOP("Cli", "Write a chart of a bundle at a paper or slide size (PDF, SVG, PNG + CSV)"),
     nullptr},
    {"report", QT_TRANSLATE_NOOP("Cli", "Write the study report of a bundle (HTML, Markdown, figures, tables)"),
     nullptr},
    {"models", QT_TRANSLATE_NOOP("Cli", "The model zoo: list, info, fetch, import, verify"), &runModels},
    {"native", QT_TRANSLATE_NOOP("Cli", "Measure a model's native baseline (ONNX Runtime, CPU)"), &runNative},
    {"run", QT_TRANSLATE_NOOP("Cli", "Run an experiment plan headless (see plans/quick.json)"), nullptr},
    {"browsers", QT_TRANSLATE_NOOP("Cli", "List the browsers and tools found on this machine"), &runBrowsers},
};

QString commandList()
{
    QString text = QCoreApplication::translate("Cli", "Commands:") + QLatin1Char('\n');
    for (const auto &c : kCommands)
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(c.name), -10)
                    .arg(QCoreApplication::translate("Cli", c.summary));
    text += QLatin1Char('\n') +
            QCoreApplication::translate("Cli", "Without a command, InferScope opens its workbench window.") +
            QLatin1Char('\n');
    return text;
}
} // namespace

bool wantsCommandLine(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (!std::strcmp(a, "-h") || !std::strcmp(a, "--help") || !std::strcmp(a, "-v") || !std::strcmp(a, "--version"))
            return true;
    }
    return argc > 1 && argv[1][0] != '-';
}

int runCommandLine(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("inferscope"));
    QCoreApplication::setApplicationVersion(QString::fromUtf8(build::kVersion));
    QCoreApplication::setOrganizationName(QStringLiteral("InferScope"));
    Translations translations;
    translations.install(Translations::bestMatch(QLocale::system()));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();

    if (args.size() > 1 && !args.at(1).startsWith(QLatin1Char('-'))) {
        const QString name = args.at(1);
        for (const auto &c : kCommands)
            if (c.run && name == QLatin1String(c.name)) {
                args.removeAt(1);
                args[0] += QLatin1Char(' ') + name; // "inferscope inspect" in that command's usage line
                return c.run(args, out, err);
            }
        err << QCoreApplication::translate("Cli", "Unknown command \"%1\".").arg(name) << Qt::endl
            << Qt::endl
            << commandList();
        return 1;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "InferScope measures what deep-learning inference in a web browser really costs."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("Cli", "The command to run (see below)."));
    parser.addOption({QStringLiteral("lang"), QCoreApplication::translate("Cli", "GUI language: en or zh_CN."),
                      QStringLiteral("language")});
    parser.addOption({QStringLiteral("screenshot"),
                      QCoreApplication::translate("Cli", "GUI: save a screenshot of the main window to FILE and quit."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("page"),
                      QCoreApplication::translate("Cli", "GUI: page to show first (setup, runs, results, compare)."),
                      QStringLiteral("page")});
    parser.addOption({QStringLiteral("open"),
                      QCoreApplication::translate("Cli", "GUI: open a result bundle on the Results page."),
                      QStringLiteral("bundle")});
    parser.addOption(
        {QStringLiteral("run"),
         QCoreApplication::translate("Cli", "GUI: start a plan on the Runs page (--show-page shows the harness page)."),
         QStringLiteral("plan")});
    parser.addOption(
        {QStringLiteral("report"),
         QCoreApplication::translate("Cli", "GUI: with --open, show the bundle's report once it has loaded.")});
    parser.parse(args);
    if (parser.isSet(QStringLiteral("version"))) {
        out << versionText();
        return 0;
    }
    out << parser.helpText() << Qt::endl << commandList();
    return 0;
}

} // namespace inferscope::app
