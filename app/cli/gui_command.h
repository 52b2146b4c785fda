#pragma once
// The headless commands that draw with the chart widgets (report, figure) need a QApplication: without a
// display it renders offscreen. This sets that up once (names, translations) and runs the command with
// its arguments, the command's name removed.

#include <QStringList>
#include <QTextStream>

namespace inferscope::app {

using CommandFn = int (*)(const QStringList &arguments, QTextStream &out, QTextStream &err);

int runWidgetCommand(int argc, char **argv, CommandFn command);

} // namespace inferscope::app
