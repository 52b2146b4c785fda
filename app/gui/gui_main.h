#pragma once

namespace inferscope::app {

/// Opens the workbench window. Options: --lang en|zh_CN, --page NAME, --open BUNDLE, --screenshot FILE
/// (saves the window as PNG once it has settled, then quits: used by scripts/run.sh under Xvfb).
int runGui(int argc, char **argv);

} // namespace inferscope::app
