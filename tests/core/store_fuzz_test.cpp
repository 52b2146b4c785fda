// Fuzzing the readers with damaged bundles (issue 13): every bundle tests/core/bundle_fuzz.h derives goes
// through everything that reads a bundle without a GUI (the store, the run summaries, `inspect --json`, the
// cell summaries, the study report, the baseline comparison and the CSV, JSON and trace exports).
#include "bundle_fuzz.h"

using namespace inferscope::tests::fuzz;

TEST(BundleFuzz, DamagedBundlesNeverCrashAndKeepTheIntactRecords)
{
    BundleFuzzer fuzzer(&exercise);
    fuzzer.checkSeed();
    fuzzer.damageEveryWay();
    std::printf(
        "%zu damaged bundles: %zu refused as a whole with a StoreError, %zu damaged records reported as problems, "
        "%zu unexpected exceptions, %zu intact records lost\n",
        fuzzer.cases, fuzzer.refusedBundles, fuzzer.recordsRefused, fuzzer.failures, fuzzer.lost);
    EXPECT_GE(fuzzer.cases, 2000u);
    EXPECT_EQ(0u, fuzzer.failures);
    EXPECT_EQ(0u, fuzzer.lost);
}
