#pragma once
// All-or-nothing file writes: write a temporary file beside the target, fsync it, rename it over the
// target and fsync the directory. A reader (or a resumed plan) sees either the old file or the whole
// new one, also when the process is killed or the machine loses power in between.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace inferscope::store {

/// Prefix of temporary files; readers skip names that start with it.
inline constexpr std::string_view kTempPrefix = ".tmp-";

/// Why `target` cannot be written as an output file, or empty when it can: every writer's one policy (a
/// figure and its CSV, exports, the report, summary JSON, saved plans). A new file or a regular file is
/// replaced; never a symbolic link (that would overwrite what it points at), a folder, a device or a pipe;
/// the folder it goes into must exist.
std::string outputFileProblem(const std::filesystem::path &target);

/// Throws StoreError(Io) naming the path and the system's reason, or outputFileProblem's.
void writeFileAtomically(const std::filesystem::path &target, std::span<const std::byte> bytes);

/// Reads a whole regular file of at most `maxBytes`; throws StoreError(Io) naming the path otherwise.
/// Only regular files: a FIFO or a link to /dev/zero in place of a record, manifest or plan would
/// otherwise block or read forever (opened non-blocking, checked with fstat before any read).
std::vector<std::byte> readWholeFile(const std::filesystem::path &path, std::uint64_t maxBytes = 4ull << 30);

/// The same as text (for JSON documents).
std::string readWholeTextFile(const std::filesystem::path &path, std::uint64_t maxBytes);

} // namespace inferscope::store
