#include "core/browser/browser_process.h"

#include <QDir>
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace inferscope::browser {

std::unique_ptr<QProcess> startBrowserProcess(const QString &program, const QStringList &arguments, const QString &home, bool readStderr)
{
    QDir().mkpath(home);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(env);
    process->setStandardOutputFile(QProcess::nullDevice());
    if (!readStderr)
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->setChildProcessModifier([] {
        ::setpgid(0, 0);
        // If InferScope itself is killed (even with SIGKILL), the kernel ends the child with it; its own
        // children lose their parent's IPC and exit too, so nothing keeps running unowned.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
    process->start(program, arguments);
    return process;
}

QString programVersion(const QString &program)
{
    QProcess p;
    p.start(program, {QStringLiteral("--version")});
    if (!p.waitForFinished(20000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

void killProcessGroup(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    ::kill(-static_cast<pid_t>(process.processId()), SIGKILL);
    process.waitForFinished(10000);
}

} // namespace inferscope::browser
