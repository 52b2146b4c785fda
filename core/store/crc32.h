#pragma once
// CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320), as zlib's crc32(). Written here rather than
// linking zlib for 20 lines: the store's only other dependency is zstd, whose XXH64 is not public API.

#include <cstddef>
#include <cstdint>
#include <span>

namespace inferscope::store {

std::uint32_t crc32(std::span<const std::byte> data, std::uint32_t previous = 0);

} // namespace inferscope::store
