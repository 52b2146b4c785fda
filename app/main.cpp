// `inferscope`: the workbench window without arguments, a headless command with one.
#include "app/cli/command_line.h"
#include "app/gui/gui_main.h"

int main(int argc, char **argv)
{
    if (inferscope::app::wantsCommandLine(argc, argv))
        return inferscope::app::runCommandLine(argc, argv);
    return inferscope::app::runGui(argc, argv);
}
