#pragma once
// /proc reading for the tests that kill browser processes InferScope started.
#include <QByteArray>
#include <QFile>
#include <QString>

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

inline qint64 parentOf(qint64 pid) { return statField(pid, 1); }
inline qint64 processGroupOf(qint64 pid) { return statField(pid, 2); }

inline QByteArray cmdlineOf(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace inferscope::tests
