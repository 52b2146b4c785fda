#pragma once
// The machine a run measured on, read from /proc: the study's slowdowns depend on SIMD width (AVX2,
// AVX-512 vs 128-bit wasm SIMD), core count and memory, so every result carries them.

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace inferscope::experiment {

struct MachineInfo {
    std::string cpuModel;
    unsigned logicalCores = 0;
    std::vector<std::string>
        simdFlags; ///< the SIMD-relevant subset of /proc/cpuinfo flags (sse4_2, avx2, fma, avx512f...)
    std::uint64_t memoryBytes = 0;
    std::string os;     ///< PRETTY_NAME from /etc/os-release
    std::string kernel; ///< release from uname(2)
};

/// Reads the running machine; fields it cannot read stay empty or zero.
MachineInfo captureMachine();
/// Parses /proc/cpuinfo text (split out so tests can feed known text).
void parseCpuInfo(const std::string &text, MachineInfo &info);

nlohmann::json toJson(const MachineInfo &info);

} // namespace inferscope::experiment
