#pragma once

namespace inferscope::app {

/// `inferscope run PLAN.json [--out DIR] [--summary-json FILE]`: runs a plan headless (offscreen when
/// there is no display), prints each run as it ends and a summary table. Rerunning with the same --out
/// resumes: runs already in the bundle are not redone. Needs a QApplication (the embedded browser), so
/// it is started before any QCoreApplication exists.
int runPlanCommand(int argc, char **argv);

} // namespace inferscope::app
