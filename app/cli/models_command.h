#pragma once

#include <QStringList>
#include <QTextStream>

namespace inferscope::app {

/// `inferscope models list|info|fetch|import|verify ...`: the model zoo from the command line.
int runModels(const QStringList &arguments, QTextStream &out, QTextStream &err);

/// `inferscope native MODEL [--threads 1,2] [--samples N] [--warmup-ms N] [--out BUNDLE]`: the native
/// baseline (ONNX Runtime via onnxruntime-node), one run per thread count, stored in a result bundle.
int runNative(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace inferscope::app
