// Statistics over 1 M latency samples: the size of an hour-long soak test at ~3 ms per inference.
#include "core/analysis/bootstrap.h"
#include "core/analysis/descriptive.h"
#include "core/analysis/downsample.h"
#include "core/analysis/mann_whitney.h"
#include "core/analysis/steady_state.h"

#include <benchmark/benchmark.h>
#include <cmath>
#include <random>

using namespace inferscope::analysis;

namespace {
const std::vector<double> &samples()
{
    static const std::vector<double> v = [] {
        std::mt19937_64 engine(1);
        std::lognormal_distribution<double> d(std::log(30.0), 0.1);
        std::vector<double> out(1'000'000);
        for (double &x : out)
            x = d(engine);
        return out;
    }();
    return v;
}
} // namespace

static void BM_Summarize1M(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(summarize(samples()));
    state.SetItemsProcessed(state.iterations() * 1'000'000);
}
BENCHMARK(BM_Summarize1M)->Unit(benchmark::kMillisecond);

static void BM_Quantiles1M(benchmark::State &state)
{
    const double ps[] = {0.5, 0.9, 0.95, 0.99};
    for (auto _ : state)
        benchmark::DoNotOptimize(quantiles(samples(), ps));
    state.SetItemsProcessed(state.iterations() * 1'000'000);
}
BENCHMARK(BM_Quantiles1M)->Unit(benchmark::kMillisecond);

static void BM_BootstrapMedian(benchmark::State &state)
{
    const auto n = static_cast<std::size_t>(state.range(0));
    const std::span<const double> x(samples().data(), n);
    for (auto _ : state)
        benchmark::DoNotOptimize(bootstrapMedianCi(x, {.resamples = 2000}));
    state.counters["resamples/s"] =
        benchmark::Counter(2000.0 * static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_BootstrapMedian)->Arg(1000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->Iterations(1);

static void BM_MannWhitney(benchmark::State &state)
{
    const std::span<const double> all(samples());
    for (auto _ : state)
        benchmark::DoNotOptimize(mannWhitneyU(all.first(500'000), all.last(500'000)));
}
BENCHMARK(BM_MannWhitney)->Unit(benchmark::kMillisecond);

static void BM_SteadyState1M(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(detectSteadyState(samples()));
}
BENCHMARK(BM_SteadyState1M)->Unit(benchmark::kMillisecond);

static void BM_Downsample1MTo2000(benchmark::State &state)
{
    std::vector<double> xs(samples().size());
    for (std::size_t i = 0; i < xs.size(); ++i)
        xs[i] = static_cast<double>(i);
    for (auto _ : state)
        benchmark::DoNotOptimize(minMaxDownsample(xs, samples(), 1000));
}
BENCHMARK(BM_Downsample1MTo2000)->Unit(benchmark::kMillisecond);
