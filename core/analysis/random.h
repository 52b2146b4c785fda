#pragma once
// A reproducible random source for resampling.
//
// std::mt19937_64 is specified bit for bit by the standard, but std::uniform_int_distribution is not
// (libstdc++ and libc++ differ), so bounded integers use Lemire's multiply-shift with rejection here:
// the same seed gives the same confidence interval on every platform.

#include <cstdint>
#include <random>

namespace inferscope::analysis {

// GCC/Clang extension, spelled once; __extension__ keeps -Wpedantic quiet about it.
__extension__ using Uint128 = unsigned __int128;

class SeededRandom {
public:
    explicit SeededRandom(std::uint64_t seed) : m_engine(seed) {}

    /// Uniform integer in [0, bound), bound > 0, without modulo bias.
    std::uint64_t below(std::uint64_t bound)
    {
        auto product = static_cast<Uint128>(m_engine()) * bound;
        auto low = static_cast<std::uint64_t>(product);
        if (low < bound) {
            const std::uint64_t threshold = (0 - bound) % bound;
            while (low < threshold) {
                product = static_cast<Uint128>(m_engine()) * bound;
                low = static_cast<std::uint64_t>(product);
            }
        }
        return static_cast<std::uint64_t>(product >> 64);
    }

    /// Uniform double in [0, 1) from the top 53 bits of one draw.
    double unit() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }

private:
    std::mt19937_64 m_engine;
};

} // namespace inferscope::analysis
