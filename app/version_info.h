#pragma once
// The versions of everything InferScope is built from, for the About dialog, `--version` and the
// environment recorded with each run.

#include <QList>
#include <QPair>
#include <QString>

namespace inferscope::app {

/// (component, version) pairs; a missing JS runtime reads "not installed".
QList<QPair<QString, QString>> componentVersions();
QString versionText(); ///< multi-line, for --version

} // namespace inferscope::app
