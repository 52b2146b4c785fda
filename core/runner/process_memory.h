#pragma once
// Memory of a process and all its descendants, read from /proc. PSS is summed for the total (RSS
// double-counts shared pages: ~2.4x too high for a browser's process tree).

#include <QtGlobal>
#include <vector>

namespace inferscope::runner {

struct ProcessMemory {
    qint64 rssBytes = 0;
    qint64 pssBytes = 0;
    int processes = 0; ///< how many processes were summed (0: the root is gone)
};

/// The pid and every process below it. Processes that vanish while being read are skipped.
ProcessMemory readProcessTreeMemory(qint64 rootPid);
/// Direct and indirect children of rootPid, rootPid first.
std::vector<qint64> processTree(qint64 rootPid);

} // namespace inferscope::runner
