#pragma once
// `inferscope report BUNDLE --out DIR`: the study report (app/report/report_writer.h). A GUI
// application (offscreen without a display) because the figures are drawn by the chart widgets.

#include <QStringList>
#include <QTextStream>

namespace inferscope::app {

int runReport(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace inferscope::app
