#pragma once
// Where InferScope finds its own files (the zoo catalog, build scripts, runtime tools, node_modules)
// and where it keeps built or fetched models.

#include <QString>

namespace inferscope::zoo {

/// INFERSCOPE_DATA_DIR if set, else the source tree this binary was built from.
QString projectDataDir();
/// INFERSCOPE_MODEL_CACHE if set, else $XDG_CACHE_HOME/inferscope/models (~/.cache/inferscope/models).
QString modelCacheDir();
/// The Node.js interpreter: INFERSCOPE_NODE if set, else `node` on PATH.
QString nodeProgram();
/// Debian's Python (a pyenv python3 earlier on PATH cannot import Debian's torch): INFERSCOPE_PYTHON or
/// /usr/bin/python3.
QString pythonProgram();

} // namespace inferscope::zoo
