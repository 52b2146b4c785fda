#pragma once
// A result bundle: one directory per plan.
//
//   DIR/manifest.json     {"magic": "inferscope-bundle", "format_version": 1, ...caller's fields (plan, ...)}
//   DIR/runs/<run id>.isr one record per run (record_codec.h), written atomically as each run ends
//
// Runs are files rather than entries of one growing file so that a killed process loses at most the
// run in flight, a damaged record damages nothing else, and resuming a plan is a directory listing.

#include "core/store/run_record.h"
#include "core/store/store_error.h"

#include <filesystem>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace inferscope::store {

inline constexpr const char *kBundleMagic = "inferscope-bundle";
inline constexpr int kBundleFormatVersion = 1;
inline constexpr const char *kRecordSuffix = ".isr";

class BundleWriter {
public:
    /// Creates DIR with a manifest holding `manifestFields` (an object; magic and version are added),
    /// or reopens an existing bundle to resume it (its manifest is kept, stale temporary files of an
    /// interrupted write are removed). Throws StoreError: NotABundle, NewerFormat, BadManifest, Io.
    static BundleWriter open(const std::filesystem::path &dir, const nlohmann::json &manifestFields = {});

    const std::filesystem::path &directory() const { return m_dir; }
    const nlohmann::json &manifest() const { return m_manifest; }
    /// Runs already on disk and intact. A record that does not decode is moved to runs/damaged/ when
    /// the bundle is reopened (kept as evidence, not counted as done), so resuming measures it again.
    const std::set<std::string> &runIds() const { return m_runIds; }
    /// The records set aside when this writer opened the bundle: "file: why".
    const std::vector<std::string> &setAside() const { return m_setAside; }
    bool hasRun(const std::string &runId) const { return m_runIds.contains(runId); }

    /// Writes the run completely or not at all. Throws StoreError: InvalidArgument for a bad or
    /// duplicate run id, Io when the disk refuses.
    void writeRun(const RunRecord &record);

private:
    BundleWriter(std::filesystem::path dir, nlohmann::json manifest);
    std::filesystem::path m_dir;
    nlohmann::json m_manifest;
    std::set<std::string> m_runIds;
    std::vector<std::string> m_setAside;
};

/// A record that could not be loaded, and why.
struct RecordProblem {
    std::string fileName;
    StoreErrc code;
    std::string message;
};

struct BundleContents {
    nlohmann::json manifest;
    std::vector<RunRecord> runs;         ///< every record that decoded, ordered by run id
    std::vector<RecordProblem> problems; ///< every record that did not
    std::size_t abandonedWrites = 0;     ///< temporary files of runs in flight when a writer was killed
    bool cancelled = false;              ///< the progress callback asked to stop; `runs` is partial
};

/// Called after each record with (records done, records in all); return false to stop reading.
using ReadProgress = std::function<bool(std::size_t done, std::size_t total)>;

/// Reads the manifest (throws StoreError when it is missing, damaged or newer than this build reads)
/// and then every record, collecting damaged ones in `problems` instead of failing the whole bundle.
BundleContents readBundle(const std::filesystem::path &dir, const ReadProgress &progress = {});

/// Reads and validates only the manifest.
nlohmann::json readManifest(const std::filesystem::path &dir);

} // namespace inferscope::store
