#pragma once
// Private folders for the processes InferScope starts (a helper's HOME, a browser's profile), under
// the temporary directory as inferscope-KIND-XXXXXX. Each records its owner (pid and start time): a
// SIGKILLed InferScope cannot remove its own, so every new one first removes those whose owner is gone.

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace inferscope::process {

/// A new private folder (removed when the returned object goes); invalid when it cannot be created.
std::unique_ptr<QTemporaryDir> makePrivateDir(const QString &kind);

/// Removes inferscope-*-XXXXXX folders in `tempDir` whose owning process no longer runs; returns how
/// many. Folders of live processes, of other users and without an owner record are left alone.
int removeStalePrivateDirs(const QString &tempDir);

} // namespace inferscope::process
