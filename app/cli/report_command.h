#pragma once
// `inferscope report BUNDLE --out DIR`: the study report (app/report/report_writer.h). A GUI
// application (offscreen without a display) because the figures are drawn by the chart widgets.

namespace inferscope::app {

int runReportCommand(int argc, char **argv);

} // namespace inferscope::app
