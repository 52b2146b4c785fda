#include "core/store/atomic_file.h"
#include "core/store/bundle.h"
#include "core/store/record_codec.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace inferscope::store {
namespace fs = std::filesystem;

BundleWriter::BundleWriter(fs::path dir, nlohmann::json manifest)
    : m_dir(std::move(dir)), m_manifest(std::move(manifest))
{}

namespace {
/// Fails now, before anything is measured, when runs/ cannot take a file (read-only mount, permissions).
void checkWritable(const fs::path &runsDir)
{
    const auto probe = runsDir / (std::string(kTempPrefix) + "probe." + std::to_string(::getpid()));
    const int fd = ::open(probe.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        throw StoreError(StoreErrc::Io, "cannot write into '" + runsDir.string() + "': " + std::strerror(errno));
    ::close(fd);
    ::unlink(probe.c_str());
}
} // namespace

BundleWriter BundleWriter::open(const fs::path &dir, const nlohmann::json &manifestFields)
{
    std::error_code ec;
    const auto runsDir = dir / "runs";
    if (fs::exists(dir / "manifest.json", ec)) {
        BundleWriter writer(dir, readManifest(dir));
        fs::create_directories(runsDir, ec);
        std::vector<fs::path> records;
        for (const auto &entry : fs::directory_iterator(runsDir, ec)) {
            const auto name = entry.path().filename().string();
            if (name.starts_with(kTempPrefix))
                fs::remove(entry.path(), ec); // the run in flight when a writer died: it reruns on resume
            else if (entry.path().extension() == kRecordSuffix)
                records.push_back(entry.path());
        }
        for (const auto &path : records) {
            const auto name = path.filename().string();
            try {
                const auto record = decodeRecord(readWholeFile(path));
                if (record.runId != path.stem().string())
                    throw StoreError(StoreErrc::Corrupted, "holds run '" + record.runId + "' under another run's name");
                writer.m_runIds.insert(record.runId);
            } catch (const StoreError &e) {
                // Damaged: measured again on this resume; the file is kept aside, never overwritten.
                const auto aside = runsDir / "damaged";
                fs::create_directories(aside, ec);
                fs::path target = aside / name;
                for (int n = 1; fs::exists(target, ec); ++n)
                    target = aside / (name + "." + std::to_string(n));
                fs::rename(path, target, ec);
                if (ec)
                    throw StoreError(StoreErrc::Io,
                                     "cannot set the damaged record '" + path.string() + "' aside: " + ec.message());
                writer.m_setAside.push_back(name + ": " + e.what());
            }
        }
        checkWritable(runsDir);
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
    checkWritable(runsDir);
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
