// `inferscope`: the workbench window without arguments, a headless command with one.
#include "app/cli/browsers_command.h"
#include "app/cli/command_line.h"
#include "app/cli/figure_command.h"
#include "app/cli/gui_command.h"
#include "app/cli/report_command.h"
#include "app/cli/run_command.h"
#include "app/gui/gui_main.h"

#include <string_view>

int main(int argc, char **argv)
{
    // `run` drives the embedded browser and so needs a GUI application, unlike the other commands.
    if (argc > 1 && std::string_view(argv[1]) == "run")
        return inferscope::app::runPlanCommand(argc, argv);
    if (argc > 1 && std::string_view(argv[1]) == "report") // draws its figures with the chart widgets
        return inferscope::app::runWidgetCommand(argc, argv, &inferscope::app::runReport);
    if (argc > 1 && std::string_view(argv[1]) == "browsers") // --capabilities opens the embedded browser
        return inferscope::app::runWidgetCommand(argc, argv, &inferscope::app::runBrowsers);
    if (argc > 1 && std::string_view(argv[1]) == "figure")
        return inferscope::app::runWidgetCommand(argc, argv, &inferscope::app::runFigure);
    if (inferscope::app::wantsCommandLine(argc, argv))
        return inferscope::app::runCommandLine(argc, argv);
    return inferscope::app::runGui(argc, argv);
}
