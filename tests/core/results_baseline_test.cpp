// Every configuration against a baseline: ratios, Holm-corrected significance and geometric means.
#include "core/analysis/multiple_comparisons.h"
#include "core/results/baseline_comparison.h"
#include "study_bundle.h"

#include <cmath>
#include <filesystem>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace inferscope;

TEST(MultipleComparisons, HolmStepsDownAndStaysMonotone)
{
    // By hand: sorted 0.005, 0.01, 0.03, 0.04 -> 4x, 3x, 2x, 1x = 0.02, 0.03, 0.06, 0.04 -> monotone 0.06.
    const std::vector<double> p{0.01, 0.04, 0.03, 0.005};
    const auto adjusted = analysis::holmAdjusted(p);
    ASSERT_EQ(4u, adjusted.size());
    EXPECT_DOUBLE_EQ(0.03, adjusted[0]);
    EXPECT_DOUBLE_EQ(0.06, adjusted[1]);
    EXPECT_DOUBLE_EQ(0.06, adjusted[2]);
    EXPECT_DOUBLE_EQ(0.02, adjusted[3]);
    EXPECT_DOUBLE_EQ(1.0, analysis::holmAdjusted(std::vector<double>{0.6, 0.7})[1]); // capped at 1
    EXPECT_NEAR(1.0, analysis::geometricMean(std::vector<double>{2.0, 0.5}), 1e-12);
    EXPECT_TRUE(std::isnan(analysis::geometricMean(std::vector<double>{2.0, -1.0})));
}

TEST(BaselineComparison, EveryBrowserCellAgainstNativeAndAgainstABrowser)
{
    const auto dir = std::filesystem::temp_directory_path() / ("inferscope-baseline-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    tests::writeStudyBundle(dir);
    const auto view = results::loadBundleView(dir);

    const auto native = results::compareAgainstBaseline(*view, "native");
    EXPECT_EQ("native", native["mode"]);
    std::size_t checked = 0;
    for (const auto &row : native["rows"]) {
        if (!row.contains("ratio"))
            continue; // the unsupported and failed runs have no samples
        const double expected = row["browser"] == "chromium" ? 6.0 : 7.0; // the bundle's browsers run 6x and 7x native
        EXPECT_NEAR(expected, row["ratio"].get<double>(), 0.4) << row["cell"];
        EXPECT_TRUE(row["significant"].get<bool>()) << row["cell"];
        EXPECT_EQ("slower", row["verdict"]);
        EXPECT_GE(row["p_holm"].get<double>(), row["p"].get<double>());
        EXPECT_LT(row["ci_low"].get<double>(), row["ratio"].get<double>());
        ++checked;
    }
    EXPECT_EQ(9u, checked); // 2 models x 2 thread counts x 2 browsers + the GUI-workload cell
    bool chromiumGroup = false;
    for (const auto &g : native["groups"])
        if (g["group"] == "chromium ort-web wasm") {
            chromiumGroup = true;
            EXPECT_NEAR(6.0, g["geometric_mean_ratio"].get<double>(), 0.4);
        }
    EXPECT_TRUE(chromiumGroup);

    const auto browser = results::compareAgainstBaseline(*view, "chromium");
    std::size_t firefox = 0;
    for (const auto &row : browser["rows"]) {
        EXPECT_EQ("firefox", row["browser"]);
        EXPECT_NEAR(7.0 / 6.0, row["ratio"].get<double>(), 0.1);
        ++firefox;
    }
    EXPECT_EQ(4u, firefox);

    // The same bundle as "after": every ratio is 1 and nothing is significant.
    const auto same = results::compareAgainstBaseline(*view, "", view.get());
    for (const auto &row : same["rows"])
        if (row.contains("ratio")) {
            EXPECT_DOUBLE_EQ(1.0, row["ratio"].get<double>());
            EXPECT_EQ("not significant", row["verdict"]);
        }
    EXPECT_THROW(results::compareAgainstBaseline(*view, "nosuchcell"), std::invalid_argument);
    EXPECT_THROW(results::compareAgainstBaseline(*view, "qtwebengine"), std::invalid_argument);
    std::filesystem::remove_all(dir);
}
