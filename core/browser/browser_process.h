#pragma once
// What every external browser launch shares: its own process group (ended as a group, never by name),
// a private HOME and XDG tree inside the run's temporary directory (browsers write into HOME), and
// output kept out of the way.

#include <QProcess>
#include <QString>
#include <QStringList>
#include <memory>
#include <utility>
#include <vector>

namespace inferscope::browser {

/// Starts `program` with `arguments`; HOME and XDG_* point below `home`. `readStderr`: keep stderr
/// readable (Firefox prints its BiDi address there) instead of forwarding it.
/// `inherit`: descriptors the child gets at fixed numbers ({our fd, its fd}), e.g. Chromium's DevTools pipes on 3
/// and 4.
std::unique_ptr<QProcess> startBrowserProcess(const QString &program, const QStringList &arguments, const QString &home,
                                              bool readStderr = false, std::vector<std::pair<int, int>> inherit = {});

/// `PROGRAM --version`'s first output, trimmed; empty when it is not installed or fails.
QString programVersion(const QString &program);

/// SIGKILL to the whole process group, then reap the leader.
void killProcessGroup(QProcess &process);

} // namespace inferscope::browser
