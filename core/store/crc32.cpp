#include "core/store/crc32.h"

#include <array>

namespace inferscope::store {
namespace {
constexpr std::array<std::uint32_t, 256> makeTable()
{
    std::array<std::uint32_t, 256> table{};
    for (std::uint32_t i = 0; i < 256; ++i) {
        std::uint32_t c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1u) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    return table;
}
constexpr auto kTable = makeTable();
} // namespace

std::uint32_t crc32(std::span<const std::byte> data, std::uint32_t previous)
{
    std::uint32_t c = ~previous;
    for (std::byte b : data)
        c = kTable[(c ^ static_cast<std::uint32_t>(b)) & 0xFFu] ^ (c >> 8);
    return ~c;
}

} // namespace inferscope::store
