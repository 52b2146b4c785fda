#include "core/browser/process_memory_types.h"

#include "core/process/process_memory.h"

#include <QFile>

namespace inferscope::browser {
namespace {
QByteArray readProc(qint64 pid, const char *file)
{
    QFile f(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(file)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

QString processType(qint64 pid)
{
    QByteArray cmdline = readProc(pid, "cmdline");
    cmdline.replace('\0', ' ');
    if (cmdline.contains("--type=renderer") || cmdline.contains("--type=zygote"))
        return QStringLiteral("renderer");
    if (cmdline.contains("--type=gpu-process"))
        return QStringLiteral("gpu");
    if (cmdline.contains("--type="))
        return QStringLiteral("utility");
    const QByteArray comm = readProc(pid, "comm").trimmed();
    if (comm.startsWith("Isolated Web") || comm.startsWith("Web Content") || comm.startsWith("WebExtensions") ||
        comm == "QtWebEngineProc")
        return QStringLiteral("renderer");
    if (comm.startsWith("GPU Process"))
        return QStringLiteral("gpu");
    if (comm.startsWith("RDD Process") || comm.startsWith("Socket Process") || comm.startsWith("Utility Process") ||
        comm.startsWith("Privileged Cont") || comm.startsWith("Web Content"))
        return QStringLiteral("utility");
    return QStringLiteral("browser");
}

TypedMemory readTypedMemory(qint64 rootPid)
{
    TypedMemory total;
    for (qint64 pid : process::processTree(rootPid)) {
        const process::ProcessMemory m = process::readProcessMemory(pid);
        if (m.processes == 0)
            continue; // gone meanwhile, or not ours to read
        total.pssByType[processType(pid)] += m.pssBytes;
        total.pssTotal += m.pssBytes;
        total.rssTotal += m.rssBytes;
        ++total.processes;
    }
    return total;
}

} // namespace inferscope::browser
