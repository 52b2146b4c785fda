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
    qint64 pssTotal = 0;
    qint64 rssTotal = 0;
    int processes = 0;
};

TypedMemory readTypedMemory(qint64 rootPid);

} // namespace inferscope::browser
