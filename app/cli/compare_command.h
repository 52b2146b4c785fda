#pragma once
// `inferscope compare BUNDLE [BUNDLE2] --baseline native|BROWSER|CELL [--format table|csv|md|json]`: every
// cell against a baseline (core/results/baseline_comparison.h), as the Compare page shows it.

#include <QStringList>
#include <QTextStream>

namespace inferscope::app {

int runCompare(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace inferscope::app
