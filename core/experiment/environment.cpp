#include "core/experiment/environment.h"

#include <fstream>
#include <set>
#include <sstream>
#include <thread>

#include <nlohmann/json.hpp>
#include <sys/utsname.h>

namespace inferscope::experiment {
namespace {
std::string readFile(const char *path)
{
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string trim(const std::string &s)
{
    const auto first = s.find_first_not_of(" \t\"");
    if (first == std::string::npos)
        return {};
    const auto last = s.find_last_not_of(" \t\"");
    return s.substr(first, last - first + 1);
}
} // namespace

void parseCpuInfo(const std::string &text, MachineInfo &info)
{
    static const std::set<std::string> kSimd = {"sse4_1",      "sse4_2",   "avx",      "avx2",     "fma",
                                                "f16c",        "avx512f",  "avx512bw", "avx512vl", "avx512_vnni",
                                                "avx512_bf16", "amx_tile", "asimd",    "sve"};
    std::istringstream lines(text);
    std::string line;
    unsigned processors = 0;
    bool flagsDone = false;
    while (std::getline(lines, line)) {
        const auto colon = line.find(':');
        if (colon == std::string::npos)
            continue;
        const std::string key = trim(line.substr(0, colon));
        const std::string value = trim(line.substr(colon + 1));
        if (key == "processor")
            ++processors;
        else if (key == "model name" && info.cpuModel.empty())
            info.cpuModel = value;
        else if ((key == "flags" || key == "Features") && !flagsDone) {
            std::istringstream words(value);
            std::string flag;
            while (words >> flag)
                if (kSimd.contains(flag))
                    info.simdFlags.push_back(flag);
            flagsDone = true;
        }
    }
    if (processors > 0)
        info.logicalCores = processors;
}

MachineInfo captureMachine()
{
    MachineInfo info;
    parseCpuInfo(readFile("/proc/cpuinfo"), info);
    if (info.logicalCores == 0)
        info.logicalCores = std::thread::hardware_concurrency();
    std::istringstream meminfo(readFile("/proc/meminfo"));
    std::string key;
    std::uint64_t kib = 0;
    while (meminfo >> key >> kib) {
        if (key == "MemTotal:") {
            info.memoryBytes = kib * 1024;
            break;
        }
        meminfo.ignore(256, '\n');
    }
    std::istringstream osRelease(readFile("/etc/os-release"));
    std::string line;
    while (std::getline(osRelease, line))
        if (line.rfind("PRETTY_NAME=", 0) == 0)
            info.os = trim(line.substr(12));
    utsname names{};
    if (uname(&names) == 0)
        info.kernel = names.release;
    return info;
}

nlohmann::json toJson(const MachineInfo &info)
{
    return {{"cpu_model", info.cpuModel},
            {"logical_cores", info.logicalCores},
            {"simd_flags", info.simdFlags},
            {"memory_bytes", info.memoryBytes},
            {"os", info.os},
            {"kernel", info.kernel}};
}

} // namespace inferscope::experiment
