#include "core/experiment/environment.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace inferscope::experiment;

TEST(Environment, ParsesCpuInfoText)
{
    const std::string text = "processor\t: 0\nmodel name\t: Intel(R) Xeon(R) Gold 6248\n"
                             "flags\t\t: fpu sse4_1 sse4_2 avx avx2 fma avx512f hypervisor\n\n"
                             "processor\t: 1\nmodel name\t: Intel(R) Xeon(R) Gold 6248\n"
                             "flags\t\t: fpu sse4_1 sse4_2 avx avx2 fma avx512f hypervisor\n";
    MachineInfo info;
    parseCpuInfo(text, info);
    EXPECT_EQ("Intel(R) Xeon(R) Gold 6248", info.cpuModel);
    EXPECT_EQ(2u, info.logicalCores);
    EXPECT_EQ((std::vector<std::string>{"sse4_1", "sse4_2", "avx", "avx2", "fma", "avx512f"}), info.simdFlags);
}

TEST(Environment, CapturesThisMachine)
{
    const auto info = captureMachine();
    EXPECT_GT(info.logicalCores, 0u);
    EXPECT_GT(info.memoryBytes, 0u);
    EXPECT_FALSE(info.kernel.empty());
    EXPECT_EQ(info.logicalCores, toJson(info)["logical_cores"].get<unsigned>());
}
