#include "core/runner/process_memory.h"

#include <QDir>
#include <QFile>
#include <map>

namespace inferscope::runner {
namespace {
qint64 parentOf(const QString &pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so split after the last ')'.
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() : -1;
}
} // namespace

std::vector<qint64> processTree(qint64 rootPid)
{
    std::multimap<qint64, qint64> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (numeric)
            children.insert({parentOf(entry), pid});
    }
    std::vector<qint64> tree{rootPid};
    for (std::size_t i = 0; i < tree.size(); ++i) {
        const auto range = children.equal_range(tree[i]);
        for (auto it = range.first; it != range.second; ++it)
            tree.push_back(it->second);
    }
    return tree;
}

ProcessMemory readProcessTreeMemory(qint64 rootPid)
{
    ProcessMemory total;
    for (qint64 pid : processTree(rootPid)) {
        QFile rollup(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
        if (!rollup.open(QIODevice::ReadOnly))
            continue;
        bool counted = false;
        const QList<QByteArray> lines = rollup.readAll().split('\n');
        for (const QByteArray &line : lines) {
            const bool rss = line.startsWith("Rss:");
            const bool pss = line.startsWith("Pss:");
            if (!rss && !pss)
                continue;
            const QList<QByteArray> parts = line.simplified().split(' ');
            const qint64 bytes = parts.size() >= 2 ? parts.at(1).toLongLong() * 1024 : 0;
            (rss ? total.rssBytes : total.pssBytes) += bytes;
            counted = true;
        }
        total.processes += counted ? 1 : 0;
    }
    return total;
}

} // namespace inferscope::runner
