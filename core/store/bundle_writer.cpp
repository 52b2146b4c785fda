#include "core/store/atomic_file.h"
#include "core/store/bundle.h"
#include "core/store/record_codec.h"

namespace inferscope::store {
namespace fs = std::filesystem;

BundleWriter::BundleWriter(fs::path dir, nlohmann::json manifest) : m_dir(std::move(dir)), m_manifest(std::move(manifest)) {}

BundleWriter BundleWriter::open(const fs::path &dir, const nlohmann::json &manifestFields)
{
    std::error_code ec;
    const auto runsDir = dir / "runs";
    if (fs::exists(dir / "manifest.json", ec)) {
        BundleWriter writer(dir, readManifest(dir));
        fs::create_directories(runsDir, ec);
        for (const auto &entry : fs::directory_iterator(runsDir, ec)) {
            const auto name = entry.path().filename().string();
            if (name.starts_with(kTempPrefix))
                fs::remove(entry.path(), ec); // the run in flight when a writer died: it reruns on resume
            else if (entry.path().extension() == kRecordSuffix)
                writer.m_runIds.insert(entry.path().stem().string());
        }
        return writer;
    }
    if (!manifestFields.is_null() && !manifestFields.is_object())
        throw StoreError(StoreErrc::InvalidArgument, "manifest fields must be a JSON object");
    fs::create_directories(runsDir, ec);
    if (ec)
        throw StoreError(StoreErrc::Io, "cannot create '" + runsDir.string() + "': " + ec.message());
    nlohmann::json manifest = manifestFields.is_null() ? nlohmann::json::object() : manifestFields;
    manifest["magic"] = kBundleMagic;
    manifest["format_version"] = kBundleFormatVersion;
    const std::string text = manifest.dump(2) + "\n";
    writeFileAtomically(dir / "manifest.json", std::as_bytes(std::span(text.data(), text.size())));
    return BundleWriter(dir, std::move(manifest));
}

void BundleWriter::writeRun(const RunRecord &record)
{
    if (hasRun(record.runId))
        throw StoreError(StoreErrc::InvalidArgument, "run '" + record.runId + "' is already in the bundle");
    const auto bytes = encodeRecord(record); // validates the run id before it becomes a file name
    writeFileAtomically(m_dir / "runs" / (record.runId + kRecordSuffix), bytes);
    m_runIds.insert(record.runId);
}

} // namespace inferscope::store
