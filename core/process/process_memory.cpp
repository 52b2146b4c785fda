#include "core/process/process_memory.h"

#include <QDir>
#include <QFile>
#include <map>

#include <unistd.h>

namespace inferscope::process {
ProcStat readProcStat(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = stat.readAll();
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so split after the last ')'.
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return {};
    const QList<QByteArray> fields = text.mid(close + 2).split(' '); // fields[0] is field 3 (state)
    if (fields.size() < 20)
        return {};
    static const double msPerTick = 1000.0 / static_cast<double>(::sysconf(_SC_CLK_TCK));
    return {fields.at(1).toLongLong(),
            static_cast<double>(fields.at(11).toLongLong() + fields.at(12).toLongLong()) * msPerTick, fields.at(19)};
}

std::vector<qint64> processTree(qint64 rootPid)
{
    std::multimap<qint64, qint64> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (numeric)
            children.insert({readProcStat(pid).parentPid, pid});
    }
    std::vector<qint64> tree{rootPid};
    for (std::size_t i = 0; i < tree.size(); ++i) {
        const auto range = children.equal_range(tree[i]);
        for (auto it = range.first; it != range.second; ++it)
            tree.push_back(it->second);
    }
    return tree;
}

ProcessMemory readProcessMemory(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    ProcessMemory m;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("Pss:"))
            m.pssBytes = line.simplified().split(' ').value(1).toLongLong() * 1024;
        else if (line.startsWith("Rss:"))
            m.rssBytes = line.simplified().split(' ').value(1).toLongLong() * 1024;
    }
    m.processes = 1;
    return m;
}

ProcessMemory readProcessTreeMemory(qint64 rootPid)
{
    ProcessMemory total;
    for (qint64 pid : processTree(rootPid)) {
        const ProcessMemory m = readProcessMemory(pid);
        total.pssBytes += m.pssBytes;
        total.rssBytes += m.rssBytes;
        total.processes += m.processes;
    }
    return total;
}

} // namespace inferscope::process
