#pragma once
// Runs a helper program (node, python, npm, tar) as a supervised child: its own process group and a
// private HOME/XDG tree under a temporary directory, a timeout after which the whole group is killed,
// stdout delivered line by line as it arrives, the tail of stderr kept for error messages.

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <functional>

namespace inferscope::process {

struct ChildOptions {
    int timeoutMs = 10 * 60 * 1000;
    QString workingDirectory;
    QProcessEnvironment extraEnvironment; ///< added on top of the system environment
    std::function<void(const QByteArray &line)> onStdoutLine;
    std::function<void(qint64 pid)> onTick; ///< every ~100 ms while the child runs (memory sampling)
    std::function<bool()> cancelled;        ///< polled; true ends the child like a timeout
};

struct ChildResult {
    bool started = false;
    bool timedOut = false;
    bool cancelled = false;
    bool crashed = false; ///< killed by a signal (segfault, OOM killer, kill -9)
    int exitCode = -1;
    QByteArray stdoutTail; ///< last 64 KiB
    QByteArray stderrTail; ///< last 16 KiB
    QString errorText;     ///< a one-line explanation when !ok()

    bool ok() const { return started && !timedOut && !cancelled && !crashed && exitCode == 0; }
};

ChildResult runChild(const QString &program, const QStringList &arguments, const ChildOptions &options = {});

} // namespace inferscope::process
