#include "core/process/private_dir.h"

#include "core/process/process_memory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <atomic>
#include <unistd.h>

namespace inferscope::process {
namespace {
const QString kOwnerFile = QStringLiteral(".inferscope-owner");

/// "PID STARTTIME": the start time tells a reused pid apart.
QByteArray identity(qint64 pid)
{
    const ProcStat stat = readProcStat(pid);
    return stat.parentPid < 0 ? QByteArray() : QByteArray::number(pid) + ' ' + stat.startTicks;
}
} // namespace

int removeStalePrivateDirs(const QString &tempDir)
{
    int removed = 0;
    const auto entries = QDir(tempDir).entryInfoList({QStringLiteral("inferscope-*-??????")},
                                                     QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QFileInfo &dir : entries) {
        if (dir.ownerId() != ::getuid())
            continue;
        QFile owner(dir.filePath() + QLatin1Char('/') + kOwnerFile);
        if (!owner.open(QIODevice::ReadOnly))
            continue; // not ours to judge (or from a version that wrote no owner)
        const QByteArray recorded = owner.readAll().trimmed();
        const qint64 pid = recorded.split(' ').value(0).toLongLong();
        if (pid <= 0 || identity(pid) == recorded)
            continue; // the owner still runs
        if (QDir(dir.filePath()).removeRecursively())
            ++removed;
    }
    return removed;
}

std::unique_ptr<QTemporaryDir> makePrivateDir(const QString &kind)
{
    static std::atomic<bool> swept{false};
    if (!swept.exchange(true))
        removeStalePrivateDirs(QDir::tempPath());
    auto dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/inferscope-%1-XXXXXX").arg(kind));
    if (dir->isValid()) {
        QFile owner(dir->filePath(kOwnerFile));
        if (owner.open(QIODevice::WriteOnly))
            owner.write(identity(::getpid()) + '\n');
    }
    return dir;
}

} // namespace inferscope::process
