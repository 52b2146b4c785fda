#pragma once
// /proc reading for the tests that kill browser processes InferScope started.
#include <QByteArray>
#include <QFile>
#include <QString>
#include <unistd.h>

namespace inferscope::tests {

/// Field `index` after the command name in /proc/PID/stat (0: state, 1: parent, 2: process group);
/// 0 when the process is gone.
inline qint64 statField(qint64 pid, int index)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    return text.mid(text.lastIndexOf(')') + 2).split(' ').value(index).toLongLong();
}

inline qint64 parentOf(qint64 pid)
{
    return statField(pid, 1);
}
inline qint64 processGroupOf(qint64 pid)
{
    return statField(pid, 2);
}

/// CPU seconds a process has used (user + system), 0 when it is gone: "the page is measuring" is a
/// page process that has used some CPU, an event the kill tests wait for instead of a guessed delay.
inline double cpuSeconds(qint64 pid)
{
    return static_cast<double>(statField(pid, 11) + statField(pid, 12)) / static_cast<double>(::sysconf(_SC_CLK_TCK));
}

inline QByteArray cmdlineOf(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace inferscope::tests
