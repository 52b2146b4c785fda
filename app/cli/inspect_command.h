#pragma once

#include <QStringList>
#include <QTextStream>

namespace inferscope::app {

/// `inferscope inspect BUNDLE [--json]`: verifies every record of a result bundle and prints each run's
/// statistics. Exit codes: 0 all records fine, 1 usage, 2 the bundle cannot be opened, 3 some records
/// are damaged (they are listed; the others are still reported).
int runInspect(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace inferscope::app
