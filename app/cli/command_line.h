#pragma once
// The headless side of `inferscope`: `inferscope COMMAND ...`, `--help`, `--version`.

namespace inferscope::app {

/// True when argv asks for the command line rather than the GUI: a subcommand word, --help or --version.
bool wantsCommandLine(int argc, char **argv);

/// Runs one command under a QCoreApplication (no display needed) and returns the exit code.
int runCommandLine(int argc, char **argv);

} // namespace inferscope::app
