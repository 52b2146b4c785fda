#include "app/cli/gui_command.h"

#include "app/i18n.h"

#include <QApplication>

namespace inferscope::app {

int runWidgetCommand(int argc, char **argv, CommandFn command)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // QtWebEngine (browsers --capabilities) needs it first
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("inferscope"));
    QCoreApplication::setOrganizationName(QStringLiteral("InferScope"));
    Translations translations;
    translations.install(Translations::bestMatch(QLocale::system()));
    QTextStream out(stdout), err(stderr);
    QStringList args = QCoreApplication::arguments();
    if (args.size() > 1) {
        args[0] += QLatin1Char(' ') + args.at(1); // "inferscope report" in the command's usage line
        args.removeAt(1);
    }
    return command(args, out, err);
}

} // namespace inferscope::app
