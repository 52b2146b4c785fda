#pragma once
// The model cache: where zoo models are built or fetched to (outside git), verified by sha256, and
// given their reference input and native reference output. Blocking calls: the CLI calls them
// directly, the GUI from a worker thread.

#include "core/zoo/catalog.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace inferscope::zoo {

QString sha256OfFile(const QString &path);

using ProgressFn = std::function<void(const QString &message)>;
using CancelFn = std::function<bool()>;

struct Verification {
    bool filesPresent = false; ///< every file exists with its catalog size
    bool hashesMatch = false;  ///< and its sha256 (only checked when asked)
    bool referenceReady = false;
    QStringList problems; ///< one line per problem, naming the file
};

class ModelCache {
public:
    explicit ModelCache(QString cacheDir, QString dataDir);
    ModelCache(); ///< modelCacheDir(), projectDataDir()

    const QString &cacheDir() const { return m_cacheDir; }
    const QString &dataDir() const { return m_dataDir; }
    QString builtinCatalogPath() const;
    QString userCatalogPath() const;

    /// Built-in catalog plus the user's imports. Throws zoo::CatalogError.
    zoo::Catalog loadCatalog() const;
    zoo::Catalog loadUserCatalog() const;
    /// Replaces the user catalog atomically. Throws store::StoreError.
    void saveUserCatalog(const zoo::Catalog &catalog) const;

    QString modelDir(const zoo::ModelEntry &entry) const;
    QString filePath(const zoo::ModelEntry &entry, const zoo::ModelFile &file) const;
    QString entryFilePath(const zoo::ModelEntry &entry) const;
    QString referenceDir(const zoo::ModelEntry &entry) const;

    Verification verify(const zoo::ModelEntry &entry, bool checkHashes) const;

    /// Builds or fetches the model's files (verifying each sha256), then makes its reference data.
    /// Returns an empty string on success, else what went wrong. Does nothing for files already valid.
    QString fetch(const zoo::ModelEntry &entry, const ProgressFn &progress = {}, const CancelFn &cancelled = {}) const;
    /// Writes the seeded reference input and the reference output (native ORT for ONNX, TF.js cpu in
    /// Node for TF.js). Returns an empty string on success.
    QString makeReference(const zoo::ModelEntry &entry, const CancelFn &cancelled = {}) const;
    /// A quantized model's scheme, its float model and how its outputs compare with the float model's (the reference
    /// run's `vs_float`); null for any other model. Runs record it, so a bundle says what it measured.
    nlohmann::json quantizationOf(const zoo::ModelEntry &entry) const;

    QString nativeToolPath() const;
    QString tfjsToolPath() const;
    /// The PyTorch baseline (resources/native/torch_native.py) and the build script whose weights it runs.
    QString torchToolPath() const;
    QString buildScriptPath(const zoo::ModelEntry &entry) const;
    /// The machine-drift probe (resources/native/drift_probe.mjs), timed before every local run.
    QString driftProbePath() const;

private:
    QString buildTorchvision(const zoo::ModelEntry &entry, const CancelFn &cancelled) const;
    QString fetchFromNpm(const zoo::ModelEntry &entry, const ProgressFn &progress, const CancelFn &cancelled) const;
    QString buildQuantized(const zoo::ModelEntry &entry, const ProgressFn &progress, const CancelFn &cancelled) const;
    /// Moves a built model.onnx from `staging` into the model's folder when its sha256 is the catalog's.
    QString installBuilt(const zoo::ModelEntry &entry, const QString &staging, const QString &whyItMayDiffer) const;

    QString m_cacheDir;
    QString m_dataDir;
};

} // namespace inferscope::zoo
