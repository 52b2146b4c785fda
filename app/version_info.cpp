#include "app/version_info.h"

#include "core/experiment/build_info.h"
#include "core/modelcache/data_paths.h"
#include "core/store/record_codec.h"
#include "widgets/figure_exporter.h"

#include <QCoreApplication>
#include <QtWebEngineCore/qtwebenginecoreglobal.h>

namespace inferscope::app {
namespace {
QString orMissing(const char *version)
{
    const QString v = QString::fromUtf8(version);
    return v.isEmpty() ? QCoreApplication::translate("VersionInfo", "not installed (run scripts/setup.sh)") : v;
}
} // namespace

QList<QPair<QString, QString>> componentVersions()
{
    return {
        {QStringLiteral("InferScope"), QString::fromUtf8(build::kVersion)},
        {QStringLiteral("Qt"), QString::fromUtf8(qVersion())},
        {QStringLiteral("QtWebEngine Chromium"), QString::fromUtf8(qWebEngineChromiumVersion())},
        {QStringLiteral("QCustomPlot"), widgets::qcustomplotVersion()},
        {QStringLiteral("zstd"), QString::fromUtf8(store::zstdVersion())},
        {QStringLiteral("ONNX Runtime Web"), orMissing(build::kOrtWebVersion)},
        {QStringLiteral("ONNX Runtime (native, onnxruntime-node)"), orMissing(build::kOrtNodeVersion)},
        {QStringLiteral("TensorFlow.js"), orMissing(build::kTfjsVersion)},
    };
}

QString versionText()
{
    QString text;
    for (const auto &[name, version] : componentVersions())
        text += name + QStringLiteral(": ") + version + QLatin1Char('\n');
    // Where this binary reads its catalog, harness and runtimes (the package's share/inferscope, or the
    // checkout it was built from) and keeps models: what a user asks first when an install misbehaves.
    text += QStringLiteral("Data: ") + zoo::projectDataDir() + QLatin1Char('\n');
    text += QStringLiteral("Model cache: ") + zoo::modelCacheDir() + QLatin1Char('\n');
    return text;
}

} // namespace inferscope::app
