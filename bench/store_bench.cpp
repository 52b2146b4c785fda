// Store throughput for 1 M samples, and the compressed size against the same samples as JSON text.
#include "core/store/bundle.h"
#include "core/store/record_codec.h"

#include <benchmark/benchmark.h>
#include <cmath>
#include <filesystem>
#include <random>
#include <unistd.h>

using namespace inferscope::store;

namespace {
RunRecord millionSampleRun()
{
    std::mt19937_64 engine(1);
    std::lognormal_distribution<double> d(std::log(30.0), 0.1);
    RunRecord r;
    r.runId = "bench";
    r.meta = {{"model", "mobilenetv2"}};
    Series s{"latency_ms", std::vector<double>(1'000'000)};
    // performance.now() in a cross-origin-isolated page has 5 us resolution: store what a browser gives.
    for (double &x : s.values)
        x = std::round(d(engine) * 200.0) / 200.0;
    r.series.push_back(std::move(s));
    return r;
}
const RunRecord &record()
{
    static const RunRecord r = millionSampleRun();
    return r;
}
} // namespace

static void BM_Encode1M(benchmark::State &state)
{
    const EncodeOptions options{.zstdLevel = static_cast<int>(state.range(0)),
                                .layout = static_cast<SeriesLayout>(state.range(1))};
    std::size_t size = 0;
    for (auto _ : state)
        size = encodeRecord(record(), options).size();
    const double rawBytes = 8.0 * 1'000'000;
    const double jsonBytes = static_cast<double>(nlohmann::json(record().series[0].values).dump().size());
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * rawBytes));
    state.counters["bytes"] = static_cast<double>(size);
    state.counters["vs_raw_json"] = static_cast<double>(size) / jsonBytes;
    state.counters["vs_float64"] = static_cast<double>(size) / rawBytes;
}
BENCHMARK(BM_Encode1M)->ArgsProduct({{1, 3, 9}, {0, 1, 0xFF}})->Unit(benchmark::kMillisecond);

static void BM_Decode1M(benchmark::State &state)
{
    const auto bytes = encodeRecord(record());
    for (auto _ : state)
        benchmark::DoNotOptimize(decodeRecord(bytes));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * 8'000'000));
}
BENCHMARK(BM_Decode1M)->Unit(benchmark::kMillisecond);

static void BM_WriteRunToBundle1M(benchmark::State &state)
{
    const auto dir = std::filesystem::temp_directory_path() / ("inferscope-bench-" + std::to_string(::getpid()));
    auto writer = BundleWriter::open(dir);
    int i = 0;
    for (auto _ : state) {
        RunRecord r = record();
        r.runId = "run-" + std::to_string(i++);
        writer.writeRun(r); // includes fsync of file and directory
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * 8'000'000));
    std::filesystem::remove_all(dir);
}
BENCHMARK(BM_WriteRunToBundle1M)->Unit(benchmark::kMillisecond);

static void BM_ReadBundle1M(benchmark::State &state)
{
    const auto dir = std::filesystem::temp_directory_path() / ("inferscope-bench-r-" + std::to_string(::getpid()));
    BundleWriter::open(dir).writeRun(record());
    for (auto _ : state)
        benchmark::DoNotOptimize(readBundle(dir));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * 8'000'000));
    std::filesystem::remove_all(dir);
}
BENCHMARK(BM_ReadBundle1M)->Unit(benchmark::kMillisecond);
