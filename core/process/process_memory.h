#pragma once
// Memory of a process and all its descendants, read from /proc. PSS is summed for the total (RSS
// double-counts shared pages: ~2.4x too high for a browser's process tree).

#include <QByteArray>
#include <QtGlobal>
#include <vector>

namespace inferscope::process {

struct ProcessMemory {
    qint64 rssBytes = 0;
    qint64 pssBytes = 0;
    int processes = 0; ///< how many processes were summed (0: the root is gone)
};

/// The fields of /proc/PID/stat that InferScope reads.
struct ProcStat {
    qint64 parentPid = -1; ///< -1 when the process is gone
    double cpuMs = -1;     ///< utime + stime, ms
    QByteArray startTicks; ///< start time since boot in clock ticks: tells a reused pid apart
};
ProcStat readProcStat(qint64 pid);

/// One process's PSS and RSS from /proc/PID/smaps_rollup (processes 0 when it is gone or unreadable).
ProcessMemory readProcessMemory(qint64 pid);

/// The pid and every process below it. Processes that vanish while being read are skipped.
ProcessMemory readProcessTreeMemory(qint64 rootPid);
/// Direct and indirect children of rootPid, rootPid first.
std::vector<qint64> processTree(qint64 rootPid);

} // namespace inferscope::process
