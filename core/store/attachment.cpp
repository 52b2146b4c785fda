#include "core/store/attachment.h"

#include "core/store/atomic_file.h"
#include "core/store/run_record.h"
#include "core/store/store_error.h"

#include <algorithm>
#include <zstd.h>

namespace inferscope::store {
namespace fs = std::filesystem;
namespace {
bool validName(const std::string &name)
{
    return !name.empty() && name.size() <= 64 && name.front() != '.' &&
           std::all_of(name.begin(), name.end(), [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                      c == '-' || c == '_';
           });
}
} // namespace

fs::path attachmentPath(const fs::path &bundleDir, const std::string &runId, const std::string &name)
{
    return bundleDir / "attachments" / (runId + "." + name + ".zst");
}

void writeAttachment(const fs::path &bundleDir, const std::string &runId, const std::string &name,
                     std::string_view bytes, int zstdLevel)
{
    if (!isValidRunId(runId) || !validName(name))
        throw StoreError(StoreErrc::InvalidArgument, "attachment '" + name + "' of run '" + runId + "': invalid name");
    std::vector<std::byte> out(ZSTD_compressBound(bytes.size()));
    ZSTD_CCtx *cctx = ZSTD_createCCtx();
    ZSTD_CCtx_setParameter(cctx, ZSTD_c_compressionLevel, zstdLevel);
    ZSTD_CCtx_setParameter(cctx, ZSTD_c_checksumFlag, 1);
    const std::size_t size = ZSTD_compress2(cctx, out.data(), out.size(), bytes.data(), bytes.size());
    ZSTD_freeCCtx(cctx);
    if (ZSTD_isError(size))
        throw StoreError(StoreErrc::Io,
                         std::string("cannot compress attachment '") + name + "': " + ZSTD_getErrorName(size));
    out.resize(size);
    std::error_code ec;
    fs::create_directories(bundleDir / "attachments", ec);
    if (ec)
        throw StoreError(StoreErrc::Io,
                         "cannot create '" + (bundleDir / "attachments").string() + "': " + ec.message());
    writeFileAtomically(attachmentPath(bundleDir, runId, name), out);
}

std::string readAttachment(const fs::path &bundleDir, const std::string &runId, const std::string &name)
{
    const fs::path path = attachmentPath(bundleDir, runId, name);
    const auto compressed = readWholeFile(path);
    const unsigned long long size = ZSTD_getFrameContentSize(compressed.data(), compressed.size());
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > (1ull << 34))
        throw StoreError(StoreErrc::Corrupted, path.filename().string() + ": not a complete zstd frame");
    std::string out(static_cast<std::size_t>(size), '\0');
    const std::size_t got = ZSTD_decompress(out.data(), out.size(), compressed.data(), compressed.size());
    if (ZSTD_isError(got) || got != size)
        throw StoreError(StoreErrc::Corrupted, path.filename().string() + ": " +
                                                   (ZSTD_isError(got) ? ZSTD_getErrorName(got) : "short frame"));
    return out;
}

std::vector<std::string> attachmentNames(const fs::path &bundleDir, const std::string &runId)
{
    std::vector<std::string> names;
    std::error_code ec;
    const std::string prefix = runId + ".";
    for (const auto &entry : fs::directory_iterator(bundleDir / "attachments", ec)) {
        const std::string file = entry.path().filename().string();
        if (file.starts_with(prefix) && file.ends_with(".zst") && file.size() > prefix.size() + 4)
            names.push_back(file.substr(prefix.size(), file.size() - prefix.size() - 4));
    }
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace inferscope::store
