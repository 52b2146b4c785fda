#include "core/runner/process_memory.h"

#include "core/runner/process_memory_types.h"

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
    const TypedMemory typed = readTypedMemory(rootPid); // one /proc reader for both views
    return {typed.rssTotal, typed.pssTotal, typed.processes};
}

} // namespace inferscope::runner
