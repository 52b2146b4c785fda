#pragma once
// The on-disk form of one run record. Layout (little-endian):
//
//   offset size  field
//    0      8    magic 89 'I' 'S' 'R' 0D 0A 1A 0A  (PNG-style: catches text-mode and 7-bit mangling)
//    8      4    record format version (kRecordFormatVersion)
//   12      4    flags: reserved, 0
//   16      8    payload size before compression
//   24      8    payload size after compression (the file is exactly 40 + this long)
//   32      4    CRC-32 of the compressed payload
//   36      4    CRC-32 of bytes 0..35
//   40      ...  one zstd frame, with zstd's own content checksum
//
// Payload: u32 len + run id, u32 len + metadata JSON text, u32 series count, then per series
// u32 len + name, u8 layout, u64 count, count float64 values. Layout 1 stores the values' bytes plane by
// plane (all first bytes, then all second bytes, ...), layout 0 as plain doubles. Neither wins always
// (measured, 20 000 values, zstd 3): timer-quantised latencies repeat whole doubles, so plain is 2x
// smaller (75 KB vs 135 KB); timestamps and memory counters change smoothly, so planes are 15-25%
// smaller. The encoder therefore picks per series by compressing a probe of both layouts.

#include "core/store/run_record.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace inferscope::store {

inline constexpr std::uint32_t kRecordFormatVersion = 1;
inline constexpr std::size_t kRecordHeaderSize = 40;

enum class SeriesLayout : unsigned char { Plain = 0, BytePlanes = 1, Auto = 0xFF };

struct EncodeOptions {
    int zstdLevel = 3; ///< zstd's default; higher levels gain little on floats
    SeriesLayout layout = SeriesLayout::Auto;
};

/// Throws StoreError(InvalidArgument) for an invalid run id or non-object metadata.
std::vector<std::byte> encodeRecord(const RunRecord &record, const EncodeOptions &options = {});

/// The zstd library version linked at run time (for the About dialog and recorded environments).
const char *zstdVersion();

/// Throws StoreError (Truncated, BadMagic, NewerFormat, Corrupted) saying what is wrong; never reads
/// outside `bytes`, whatever they contain.
RunRecord decodeRecord(std::span<const std::byte> bytes);

} // namespace inferscope::store
