// Issue 23: what a page (or a local process holding the token) posts is checked before it is stored: samples
// positive and within the run's timeout, no more than the policy asks, phases the harness has, environment
// fields written once; a page's error is recorded as the page's.
#include "core/engine/page_record.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cmath>
#include <gtest/gtest.h>

using namespace inferscope::engine;

namespace {
QJsonObject sample(double ms, const char *phase = "steady")
{
    return {{QStringLiteral("type"), QStringLiteral("sample")},
            {QStringLiteral("phase"), QString::fromLatin1(phase)},
            {QStringLiteral("ms"), ms},
            {QStringLiteral("t"), 100.0}};
}
} // namespace

TEST(PageRecord, ImplausibleSamplesAreRefusedAndNeverStored)
{
    PageRecord page({/*maxSteadySamples*/ 3, /*maxWarmupSamples*/ 5, /*maxMs*/ 90000});
    nlohmann::json meta;
    const std::vector<double> clicks;
    for (const double forged : {-5.0, 0.0, 424242.0, 1e308, std::nan(""), HUGE_VAL})
        EXPECT_FALSE(page.apply(sample(forged), meta, clicks).rejected.empty()) << forged;
    EXPECT_EQ(0u, page.steadyCount());
    for (int i = 0; i < 3; ++i)
        EXPECT_TRUE(page.apply(sample(42.0 + i), meta, clicks).rejected.empty());
    const auto fourth = page.apply(sample(0.001), meta, clicks);
    EXPECT_NE(std::string::npos, fourth.rejected.find("more prediction samples than the policy allows"))
        << fourth.rejected;
    EXPECT_EQ(3u, page.steadyCount());
    EXPECT_EQ(42.0, page.steadyValues().front());
    QJsonObject noTime = sample(7.0, "warmup");
    noTime.remove(QStringLiteral("t")); // the minimal harness posts none
    EXPECT_TRUE(page.apply(noTime, meta, clicks).rejected.empty());
    QJsonObject badRun = sample(7.0);
    badRun[QStringLiteral("run_ms")] = -1.0;
    EXPECT_FALSE(page.apply(badRun, meta, clicks).rejected.empty());
}

TEST(PageRecord, PhasesAreTheHarnessesAndTheEnvironmentIsWrittenOnce)
{
    PageRecord page;
    nlohmann::json meta;
    const std::vector<double> clicks;
    const auto phase = [](const char *name, double ms) {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("phase")},
                           {QStringLiteral("name"), QString::fromLatin1(name)},
                           {QStringLiteral("ms"), ms}};
    };
    EXPECT_TRUE(page.apply(phase("setup", 120.0), meta, clicks).rejected.empty());
    EXPECT_FALSE(page.apply(phase("invented", 1.0), meta, clicks).rejected.empty());
    EXPECT_FALSE(page.apply(phase("warmup", -3.0), meta, clicks).rejected.empty());
    EXPECT_FALSE(meta["phases"].contains("invented"));
    EXPECT_EQ(120.0, meta["setup_ms"].get<double>());
    const auto env = [](QJsonObject fields) {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("env")}, {QStringLiteral("env"), fields}};
    };
    EXPECT_TRUE(page.apply(env({{QStringLiteral("user_agent"), QStringLiteral("Chromium 156")}}), meta, clicks)
                    .rejected.empty());
    // The harness repeats its fields and adds the runtime's: allowed. Changing one is not.
    EXPECT_TRUE(page.apply(env({{QStringLiteral("user_agent"), QStringLiteral("Chromium 156")},
                                {QStringLiteral("threads_used"), 4}}),
                           meta, clicks)
                    .rejected.empty());
    EXPECT_FALSE(
        page.apply(env({{QStringLiteral("user_agent"), QStringLiteral("forged")}}), meta, clicks).rejected.empty());
    EXPECT_EQ("Chromium 156", meta["env"]["user_agent"]);
    EXPECT_EQ(4, meta["env"]["threads_used"]);
    const auto error = page.apply({{QStringLiteral("type"), QStringLiteral("error")},
                                   {QStringLiteral("stage"), QStringLiteral("warmup")},
                                   {QStringLiteral("message"), QStringLiteral("boom")}},
                                  meta, clicks);
    EXPECT_EQ(PageRecord::Signal::Failed, error.signal);
    EXPECT_EQ("page", meta["error_source"]) << "a failure the page reported says so";
}
