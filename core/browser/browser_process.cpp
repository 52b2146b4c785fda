#include "core/browser/browser_process.h"

#include <QDir>
#include <csignal>
#include <fcntl.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace inferscope::browser {

std::unique_ptr<QProcess> startBrowserProcess(const QString &program, const QStringList &arguments, const QString &home,
                                              bool readStderr, std::vector<std::pair<int, int>> inherit)
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
    process->setChildProcessModifier([inherit] {
        // Out of the way first (a source may sit on another's target number), then onto the numbers the
        // child expects; dup2 clears close-on-exec on the copies.
        int moved[8];
        for (std::size_t i = 0; i < inherit.size() && i < 8; ++i)
            moved[i] = ::fcntl(inherit[i].first, F_DUPFD_CLOEXEC, 100);
        for (std::size_t i = 0; i < inherit.size() && i < 8; ++i)
            if (moved[i] >= 0)
                ::dup2(moved[i], inherit[i].second);
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
