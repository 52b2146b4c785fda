#include "core/modelcache/data_paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace inferscope::zoo {
namespace {
QString fromEnv(const char *name)
{
    return qEnvironmentVariable(name);
}
} // namespace

QString projectDataDir()
{
    const QString env = fromEnv("INFERSCOPE_DATA_DIR");
    if (!env.isEmpty())
        return env;
    // An installed InferScope (the .deb) carries the catalog, tools and runtimes in share/inferscope beside
    // bin/, and uses them even where the checkout it was built from still exists (a build machine): the
    // package must run alone. A binary in a build tree has no share/inferscope beside it.
    const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/inferscope");
    if (QCoreApplication::instance() && QFileInfo::exists(installed + QStringLiteral("/models/catalog.json")))
        return QDir(installed).canonicalPath();
    return QStringLiteral(INFERSCOPE_SOURCE_DIR);
}

QString modelCacheDir()
{
    const QString env = fromEnv("INFERSCOPE_MODEL_CACHE");
    if (!env.isEmpty())
        return env;
    QString base = fromEnv("XDG_CACHE_HOME");
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.cache");
    return base + QStringLiteral("/inferscope/models");
}

QString nodeProgram()
{
    const QString env = fromEnv("INFERSCOPE_NODE");
    return env.isEmpty() ? QStringLiteral("node") : env;
}

QString pythonProgram()
{
    const QString env = fromEnv("INFERSCOPE_PYTHON");
    return env.isEmpty() ? QStringLiteral("/usr/bin/python3") : env;
}

} // namespace inferscope::zoo
