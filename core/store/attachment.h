#pragma once
// Large per-run artefacts that are not series (a browser trace): one zstd file each,
//
//   DIR/attachments/<run id>.<name>.zst   a standard zstd frame with its content checksum
//
// so `zstd -d` (or any zstd tool) opens them without InferScope. An attachment is written atomically
// before its run's record: a record on disk implies its attachments are complete.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace inferscope::store {

/// `name`: letters, digits, '.', '-' and '_' (e.g. "trace.json"). Throws StoreError: InvalidArgument for
/// a bad run id or name, Io when the disk refuses.
void writeAttachment(const std::filesystem::path &bundleDir, const std::string &runId, const std::string &name,
                     std::string_view bytes, int zstdLevel = 3);

/// The attachment's bytes; throws StoreError: Io when it is missing, Corrupted when it does not decode.
std::string readAttachment(const std::filesystem::path &bundleDir, const std::string &runId, const std::string &name);

/// Names of the run's attachments (without the ".zst"), sorted.
std::vector<std::string> attachmentNames(const std::filesystem::path &bundleDir, const std::string &runId);

std::filesystem::path attachmentPath(const std::filesystem::path &bundleDir, const std::string &runId,
                                     const std::string &name);

} // namespace inferscope::store
