#include "core/store/atomic_file.h"
#include "core/store/bundle.h"
#include "core/store/record_codec.h"

#include <algorithm>

namespace inferscope::store {
namespace fs = std::filesystem;

BundleContents readBundle(const fs::path &dir, const ReadProgress &progress)
{
    BundleContents contents;
    contents.manifest = readManifest(dir);

    std::vector<fs::path> files;
    std::error_code ec;
    // Every writer creates runs/ with the manifest: without it the bundle is damaged, not empty.
    if (!fs::is_directory(dir / "runs", ec))
        throw StoreError(StoreErrc::BadManifest, "'" + dir.string() + "' has no runs/ folder: the bundle is damaged");
    for (const auto &entry : fs::directory_iterator(dir / "runs", ec)) {
        const auto name = entry.path().filename().string();
        if (name.starts_with(kTempPrefix))
            ++contents.abandonedWrites;
        else if (entry.path().extension() == kRecordSuffix)
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    std::size_t done = 0;
    for (const auto &file : files) {
        if (progress && !progress(done++, files.size())) {
            contents.cancelled = true;
            break;
        }
        const auto name = file.filename().string();
        try {
            auto record = decodeRecord(readWholeFile(file));
            if (record.runId != file.stem().string())
                throw StoreError(StoreErrc::Corrupted, "holds run '" + record.runId + "' under another run's name");
            contents.runs.push_back(std::move(record));
        } catch (const StoreError &e) {
            contents.problems.push_back({name, e.code(), name + ": " + e.what()});
        }
    }
    return contents;
}

} // namespace inferscope::store
