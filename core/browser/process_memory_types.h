#pragma once
// A browser's process tree split by process type, for per-type memory timelines.

#include <QString>
#include <map>

namespace inferscope::browser {

/// "browser", "renderer", "gpu" or "utility", from /proc/PID/cmdline (Chromium and QtWebEngine's
/// rewritten, space-separated argv: --type=...; QtWebEngine renderers are forked from the zygote) or
/// /proc/PID/comm (Firefox: "Isolated Web Co", "Web Content", "GPU Process", ...).
QString processType(qint64 pid);

struct TypedMemory {
    std::map<QString, qint64> pssByType;
    std::map<QString, double> cpuMsByType; ///< cumulative CPU time (utime + stime) of the live processes, ms
    double cpuMsTotal = 0;
    qint64 pssTotal = 0;
    qint64 rssTotal = 0;
    int processes = 0;
};

TypedMemory readTypedMemory(qint64 rootPid);

/// Samples a process tree's memory at 10 Hz without stalling it. Reading a process's smaps_rollup walks
/// all its mappings under the process's mmap lock (a browser's 13 processes: ~10 ms a sweep here, up to
/// ~200 ms on a busy renderer), while statm's RSS is a counter read (~0.3 ms for all 13). So every sweep
/// reads RSS from statm, and a process's PSS from smaps_rollup only when its RSS moved by more than
/// 1 MiB since that process's last PSS read, or 1 s passed; otherwise its last PSS stands. PSS can
/// change without RSS (when a process sharing pages comes or goes): the 1 s refresh bounds that.
/// docs/INSTRUMENT_COST.md has the measured effect.
class TypedMemorySampler {
public:
    TypedMemory sample(qint64 rootPid, qint64 nowMs);
    int pssReads() const { return m_reads; }   ///< smaps_rollup reads so far
    int pssReused() const { return m_reused; } ///< times a process's last PSS stood in

private:
    struct Known {
        QString type;
        qint64 pss = 0, rssAtPss = 0, pssAtMs = -1;
    };
    std::map<qint64, Known> m_known;
    int m_reads = 0, m_reused = 0;
};

} // namespace inferscope::browser
