#include "core/browser/process_memory_types.h"

#include "core/process/process_memory.h"

#include <QFile>

#include <cstdlib>
#include <unistd.h>

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

namespace {
/// Resident bytes from /proc/PID/statm (a counter read, no walk of the mappings); -1 when gone.
qint64 residentBytes(qint64 pid)
{
    const QByteArray statm = readProc(pid, "statm");
    const QList<QByteArray> fields = statm.split(' ');
    if (fields.size() < 2)
        return -1;
    static const qint64 pageSize = ::sysconf(_SC_PAGESIZE);
    return fields.at(1).toLongLong() * pageSize;
}
} // namespace

TypedMemory TypedMemorySampler::sample(qint64 rootPid, qint64 nowMs)
{
    constexpr qint64 kRssMoved = 1 << 20, kRefreshMs = 1000;
    TypedMemory total;
    std::map<qint64, Known> seen;
    for (qint64 pid : process::processTree(rootPid)) {
        const qint64 rss = residentBytes(pid);
        if (rss < 0)
            continue; // gone meanwhile
        auto it = m_known.find(pid);
        Known known = it != m_known.end() ? it->second : Known{processType(pid)};
        if (known.pssAtMs < 0 || std::abs(rss - known.rssAtPss) > kRssMoved || nowMs - known.pssAtMs >= kRefreshMs) {
            const process::ProcessMemory m = process::readProcessMemory(pid);
            if (m.processes == 0)
                continue; // gone, or not ours to read
            known.pss = m.pssBytes;
            known.rssAtPss = rss;
            known.pssAtMs = nowMs;
            ++m_reads;
        } else {
            ++m_reused;
        }
        total.pssByType[known.type] += known.pss;
        total.pssTotal += known.pss;
        if (const double cpu = process::readProcStat(pid).cpuMs; cpu >= 0) {
            total.cpuMsByType[known.type] += cpu;
            total.cpuMsTotal += cpu;
        }
        total.rssTotal += rss;
        ++total.processes;
        seen.emplace(pid, known);
    }
    m_known = std::move(seen); // forget the processes that ended
    return total;
}

} // namespace inferscope::browser
