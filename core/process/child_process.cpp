#include "core/process/child_process.h"

#include "core/process/private_dir.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace inferscope::process {
namespace {
void keepTail(QByteArray &buffer, const QByteArray &more, qsizetype limit)
{
    buffer += more;
    if (buffer.size() > limit)
        buffer = buffer.right(limit);
}
} // namespace

ChildResult runChild(const QString &program, const QStringList &arguments, const ChildOptions &options)
{
    ChildResult result;
    // Helpers write caches and config into HOME (npm, node, onnxruntime's XDG cache): keep them out of
    // the user's home and gone afterwards.
    const auto homeDir = makePrivateDir(QStringLiteral("child")); // also removes those a killed InferScope left
    QTemporaryDir &home = *homeDir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (home.isValid()) {
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.path() + QStringLiteral("/cache"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
        // npm keeps its package cache in HOME; reuse the user's so `npm pack` works offline once fetched.
        if (!env.contains(QStringLiteral("npm_config_cache")))
            env.insert(QStringLiteral("npm_config_cache"), QDir::homePath() + QStringLiteral("/.npm"));
    }
    for (const QString &key : options.extraEnvironment.keys())
        env.insert(key, options.extraEnvironment.value(key));

    QProcess process;
    process.setProcessEnvironment(env);
    if (!options.workingDirectory.isEmpty())
        process.setWorkingDirectory(options.workingDirectory);
    // Own process group: a timeout or cancel ends the child and everything it started, and nothing else.
    process.setChildProcessModifier([] {
        ::setpgid(0, 0);
        // If InferScope itself is killed (even with SIGKILL), the kernel ends the child with it; its own
        // children lose their parent's IPC and exit too, so nothing keeps running unowned.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
    process.start(program, arguments);
    if (!process.waitForStarted(30000)) {
        result.errorText = QStringLiteral("cannot start %1: %2").arg(program, process.errorString());
        return result;
    }
    result.started = true;
    const qint64 pid = process.processId();
    QByteArray pending;
    auto drainStdout = [&] {
        const QByteArray chunk = process.readAllStandardOutput();
        keepTail(result.stdoutTail, chunk, 64 * 1024);
        pending += chunk;
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(newline);
            pending.remove(0, newline + 1);
            if (options.onStdoutLine)
                options.onStdoutLine(line);
        }
    };
    QDeadlineTimer deadline(options.timeoutMs);
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100);
        drainStdout();
        keepTail(result.stderrTail, process.readAllStandardError(), 16 * 1024);
        if (options.onTick && process.state() == QProcess::Running)
            options.onTick(pid);
        const bool cancel = options.cancelled && options.cancelled();
        if (deadline.hasExpired() || cancel) {
            ::kill(-static_cast<pid_t>(pid), SIGKILL);
            process.waitForFinished(5000);
            result.timedOut = !cancel;
            result.cancelled = cancel;
            break;
        }
    }
    process.waitForFinished(5000);
    drainStdout();
    if (!pending.isEmpty() && options.onStdoutLine)
        options.onStdoutLine(pending);
    keepTail(result.stderrTail, process.readAllStandardError(), 16 * 1024);
    // Anything the child left behind in its group (a grandchild) goes too.
    ::kill(-static_cast<pid_t>(pid), SIGKILL);
    result.crashed = !result.timedOut && !result.cancelled && process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    if (result.timedOut)
        result.errorText =
            QStringLiteral("%1 did not finish within %2 s and was stopped").arg(program).arg(options.timeoutMs / 1000);
    else if (result.cancelled)
        result.errorText = QStringLiteral("cancelled");
    else if (result.crashed)
        result.errorText = QStringLiteral("%1 crashed (killed by a signal)").arg(program);
    else if (result.exitCode != 0)
        result.errorText = QStringLiteral("%1 exited with code %2").arg(program).arg(result.exitCode);
    return result;
}

} // namespace inferscope::process
