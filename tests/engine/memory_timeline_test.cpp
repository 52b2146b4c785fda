// The run's memory timeline and what the record says of it (core/engine/memory_timeline): series named as the bundle
// names them, one value per sweep even for a process type that appears late, no series for what was never sampled,
// the PSS baseline at the page's first event, and CPU time per inference over the prediction phase.
#include "core/engine/memory_timeline.h"
#include "core/engine/run_facts.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace inferscope;
using engine::MemoryTimeline;

namespace {
browser::TypedMemory sweep(qint64 pss, double cpuMs, bool withGpu)
{
    browser::TypedMemory m;
    m.processes = withGpu ? 3 : 2;
    m.pssTotal = pss;
    m.rssTotal = 2 * pss;
    m.cpuMsTotal = cpuMs;
    m.pssByType[QStringLiteral("browser")] = pss / 2;
    m.pssByType[QStringLiteral("renderer")] = pss / 2;
    m.cpuMsByType[QStringLiteral("renderer")] = cpuMs;
    if (withGpu)
        m.pssByType[QStringLiteral("gpu")] = 7;
    return m;
}
} // namespace

TEST(MemoryTimeline, EverySeriesHasOneValuePerSweepAndNothingIsAddedByReading)
{
    MemoryTimeline t;
    EXPECT_TRUE(t.values("memory_pss_bytes").empty());
    EXPECT_TRUE(t.series().empty());       // reading added nothing
    t.addSweep(0, browser::TypedMemory{}); // a sweep that found no process
    EXPECT_FALSE(t.hasPss());
    t.addSweep(100, sweep(1000, 10, false));
    t.addSweep(200, sweep(1200, 20, true)); // the GPU process appears late
    const auto &gpu = t.values("memory_gpu_pss_bytes");
    ASSERT_EQ(2u, gpu.size());
    EXPECT_EQ(0.0, gpu[0]); // before it existed
    EXPECT_EQ(7.0, gpu[1]);
    for (const auto &s : t.series()) {
        EXPECT_FALSE(s.name.empty());
        EXPECT_EQ(2u, s.values.size()) << s.name;
    }
    EXPECT_FALSE(t.hasJsHeap());
    EXPECT_TRUE(t.jsHeapSeries().empty());
    t.addJsHeap(150, 5e6, 8e6);
    ASSERT_EQ(3u, t.jsHeapSeries().size());
    EXPECT_EQ("js_heap_t_ms", t.jsHeapSeries().front().name);
}

TEST(MemoryTimeline, TheBaselineIsTheLastSweepBeforeThePagesFirstEvent)
{
    const std::vector<double> t{0, 100, 200, 300}, pss{50, 60, 90, 80};
    const auto s = engine::summarizePss(t, pss, 150, 10);
    ASSERT_TRUE(s);
    EXPECT_EQ(60.0, s->baselineBytes);
    EXPECT_EQ(100.0, s->baselineTMs);
    EXPECT_EQ(90.0, s->peakBytes);
    EXPECT_DOUBLE_EQ(3.0, s->amplification); // (90 - 60) / 10
    EXPECT_EQ(4u, s->samples);
    EXPECT_EQ(50.0, engine::summarizePss(t, pss, -1, 10)->baselineBytes); // no event: the first sweep
    EXPECT_EQ(0.0, engine::summarizePss(t, pss, 150, 0)->amplification);  // no model bytes: no ratio
    EXPECT_FALSE(engine::summarizePss({}, {}, 0, 10));
    EXPECT_FALSE(engine::summarizePss({0, 1}, {5}, 0, 10)); // damaged: series of different lengths
}

TEST(MemoryTimeline, CpuPerInferenceOverThePredictionPhaseOrWhyNot)
{
    MemoryTimeline t;
    for (int i = 0; i <= 20; ++i) // 2 s of sweeps; the tree burns 1 ms of CPU per 1 ms of wall time
        t.addSweep(100.0 * i, sweep(1000, 100.0 * i, false));
    // Prediction: 10 inferences ending at page time 1500, lasting 1000 ms; the page clock is 300 ms behind.
    engine::PredictionPhase phase{1500.0, 1000.0, 10};
    const auto cpu = engine::cpuPerInference(t, phase, 300.0, 100);
    ASSERT_TRUE(cpu.available) << cpu.reason;
    EXPECT_NEAR(100.0, cpu.perInferenceMs, 1e-6);
    EXPECT_NEAR(1.0, cpu.coresBusy, 1e-6);
    EXPECT_NEAR(100.0, cpu.perInferenceMsByType.at("renderer"), 1e-6);
    EXPECT_FALSE(cpu.perInferenceMsByType.contains("gpu")); // no CPU time: not listed
    const auto json = engine::toJson(cpu);
    EXPECT_NEAR(100.0, json["per_inference_ms_by_type"]["renderer"].get<double>(), 1e-6);
    // Too short a phase for the sampler's period, no phase at all, no page clock: said, not guessed.
    phase.ms = 300.0;
    EXPECT_NE(std::string::npos, engine::cpuPerInference(t, phase, 300.0, 100).reason.find("shorter than five sweeps"));
    EXPECT_FALSE(engine::cpuPerInference(t, std::nullopt, 300.0, 100).available);
    EXPECT_FALSE(engine::cpuPerInference(t, engine::PredictionPhase{1500.0, 1000.0, 10}, std::nullopt, 100).available)
        << "without the page clock's offset the phase is not on the run clock";
    EXPECT_FALSE(engine::toJson(engine::cpuPerInference(t, std::nullopt, 300.0, 100)).value("available", true));
}
