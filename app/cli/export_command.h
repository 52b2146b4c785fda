#pragma once
// `inferscope export BUNDLE --format csv|json|trace --out PATH`: the bundle in open formats
// (core/results/exports.h, docs/EXPORT_FORMATS.md).

#include <QStringList>
#include <QTextStream>

namespace inferscope::app {

int runExport(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace inferscope::app
