#include "app/results/browser_comparison.h"
#include "app/results/detail_text.h"
#include "app/results/run_table_model.h"
#include "core/results/bundle_view.h"
#include "core/results/cell_summary.h"
#include "test_bundles.h"

#include <QLocale>
#include <gtest/gtest.h>

using namespace inferscope;

TEST(BundleView, SummarisesEverySampleThePlanAskedForAndChecksTheWarmUp)
{
    QTemporaryDir dir;
    tests::writeLatencyBundle(dir.path(), {30.0, 45.0});
    const auto view = results::loadBundleView(dir.path().toStdString());
    ASSERT_EQ(2u, view->runs.size());
    const auto &r = view->runs[0];
    EXPECT_EQ("ok", r.status);
    EXPECT_EQ("mobilenetv2 / ort-web / wasm", r.label);
    EXPECT_NEAR(30.0, r.stats.median, 0.5);
    EXPECT_TRUE(r.medianCi.contains(r.stats.median));
    // The 30 slow samples at the start are a transient the page's warm-up missed: the check finds it and
    // flags the run, and every sample the plan asked for is still counted (nothing is cut after the warm-up).
    EXPECT_GE(r.driftEnd, 25u);
    EXPECT_LE(r.driftEnd, 35u);
    EXPECT_FALSE(r.warmupHeld);
    EXPECT_GE(r.outliers, 1u); // the spike is flagged, and kept
    EXPECT_EQ(300u, r.stats.count);
    EXPECT_EQ(300u, r.steadySamples.size());
    EXPECT_NEAR(45.0, view->runs[1].stats.median, 0.8);
}

TEST(BundleView, FailedRunWithoutSamplesStillListed)
{
    QTemporaryDir dir;
    auto writer = store::BundleWriter::open(dir.path().toStdString());
    writer.writeRun({"failed-run", {{"status", "failed"}, {"error", "model failed to load: bad magic"}}, {}});
    const auto view = results::loadBundleView(dir.path().toStdString());
    ASSERT_EQ(1u, view->runs.size());
    EXPECT_EQ("failed", view->runs[0].status);
    EXPECT_EQ("model failed to load: bad magic", view->runs[0].error);
    EXPECT_EQ(0u, view->runs[0].stats.count);
}

TEST(BundleView, CancellingTheLoadGivesNoView)
{
    QTemporaryDir dir;
    tests::writeLatencyBundle(dir.path(), {30.0, 31.0, 32.0});
    std::size_t calls = 0;
    const auto view = results::loadBundleView(dir.path().toStdString(), [&](std::size_t, std::size_t total) {
        EXPECT_EQ(3u, total);
        return ++calls < 2;
    });
    EXPECT_EQ(nullptr, view);
}

TEST(BundleView, MemoryTimelineBecomesChartSeriesInSecondsAndMegabytes)
{
    store::RunRecord r{
        "mem", {{"status", "ok"}, {"memory", {{"baseline_pss_bytes", 100e6}, {"peak_pss_bytes", 300e6}}}}, {}};
    r.series.push_back({"memory_t_ms", {0, 100, 200, 300}});
    r.series.push_back({"memory_pss_bytes", {100e6, 200e6, 300e6, 250e6}});
    r.series.push_back({"memory_renderer_pss_bytes", {50e6, 150e6, 250e6, 200e6}});
    r.series.push_back({"memory_gpu_pss_bytes", {0, 0, 0, 0}}); // an absent process type draws nothing
    const auto s = results::summarizeRun(r);
    ASSERT_EQ(2u, s.memoryPlot.size());
    EXPECT_EQ("total", s.memoryPlot[0].first);
    EXPECT_EQ("renderer", s.memoryPlot[1].first);
    EXPECT_DOUBLE_EQ(0.3, s.memoryPlot[0].second.back().x);
    EXPECT_DOUBLE_EQ(250.0, s.memoryPlot[0].second.back().y);
    EXPECT_DOUBLE_EQ(100.0, s.memoryBaselineMb);
    EXPECT_DOUBLE_EQ(300.0, s.memoryPeakMb);
}

TEST(BundleView, ResponsivenessSplitsIdleFromBusyAndPrefersTheEndToEndDelay)
{
    store::RunRecord r{"resp", {{"status", "ok"}}, {}};
    r.series.push_back({"input_t_ms", {500, 1500, 2500, 3500}});
    r.series.push_back({"input_delay_ms", {0.2, 0.3, 0.2, 0.1}});   // Firefox: stamped at dispatch
    r.series.push_back({"input_e2e_ms", {2.0, -1.0, 180.0, 40.0}}); // click 2: send time unknown
    r.series.push_back({"input_phase", {0, 0, 3, 4}});              // idle, idle, prediction, done
    r.series.push_back({"frame_t_ms", {16, 33, 250}});
    r.series.push_back({"frame_interval_ms", {16, 17, 217}});
    const auto s = results::summarizeRun(r);
    ASSERT_EQ(3u, s.inputIdle.size()); // "done" counts as idle again
    ASSERT_EQ(1u, s.inputBusy.size());
    EXPECT_DOUBLE_EQ(2.0, s.inputIdle[0].y);
    EXPECT_DOUBLE_EQ(0.3, s.inputIdle[1].y); // no send time: the page's own delay
    EXPECT_DOUBLE_EQ(1.5, s.inputIdle[1].x);
    EXPECT_DOUBLE_EQ(180.0, s.inputBusy[0].y);
    ASSERT_EQ(3u, s.frameIntervals.size());
    EXPECT_DOUBLE_EQ(0.25, s.frameIntervals.back().x);
    EXPECT_DOUBLE_EQ(217.0, s.frameIntervals.back().y);
}

/// Cells written as summary JSON (every one measured unless it says otherwise) as the typed summaries.
std::vector<results::CellSummary> typed(nlohmann::json cells)
{
    for (auto &c : cells)
        if (!c.contains("status"))
            c["status"] = "ok";
    return results::cellSummariesFromJson(cells);
}

TEST(BrowserComparison, GroupsConfigurationsWithOneBarPerBrowserAndNativeAsAGroupOfItsOwn)
{
    const auto cells = nlohmann::json::parse(R"([
        {"model": "m", "runtime": "ort-web", "backend": "wasm", "threads": 1, "placement": "main", "browser": "firefox",
         "median_ms": 30, "ci_low_ms": 29, "ci_high_ms": 31, "fps_busy": 20},
        {"model": "m", "runtime": "ort-web", "backend": "wasm", "threads": 1, "placement": "main", "browser": "chromium",
         "median_ms": 25, "ci_low_ms": 24, "ci_high_ms": 26, "fps_busy": 40},
        {"model": "m", "runtime": "ort-web", "backend": "wasm", "threads": 1, "placement": "worker", "browser": "chromium",
         "median_ms": 26, "ci_low_ms": 25, "ci_high_ms": 27, "fps_busy": 60},
        {"model": "m", "runtime": "onnxruntime-node", "backend": "cpu", "threads": 1, "placement": "process", "browser": "native",
         "median_ms": 7, "ci_low_ms": 6.9, "ci_high_ms": 7.1}])");
    auto view = app::buildBrowserComparison(typed(cells), app::ComparisonMetric::Latency);
    // main, worker, then native under a label of its own: never a bar under a browser configuration's label.
    ASSERT_EQ(3, view.groups.size());
    EXPECT_EQ((QStringList{QStringLiteral("chromium"), QStringLiteral("firefox"), QStringLiteral("native")}),
              view.browsers);
    // Labels name what differs (placement); what every browser group shares is in the axis title.
    EXPECT_EQ(QStringLiteral("main"), view.groups[0]);
    EXPECT_EQ(QStringLiteral("worker"), view.groups[1]);
    EXPECT_TRUE(view.groups[2].startsWith(QStringLiteral("native"))) << view.groups[2].toStdString();
    EXPECT_TRUE(view.groupAxis.contains(QStringLiteral("ort-web wasm t1"))) << view.groupAxis.toStdString();
    EXPECT_FALSE(view.groupAxis.contains(QStringLiteral("within one run")));
    auto oneRun = cells;
    oneRun[0]["ci_scope"] = "within-run"; // a cell with one repetition: its whisker is that run's own interval
    EXPECT_TRUE(app::buildBrowserComparison(typed(oneRun), app::ComparisonMetric::Latency)
                    .groupAxis.contains(QStringLiteral("95% CI within one run")));
    EXPECT_DOUBLE_EQ(25.0, view.values[0][0].value);
    EXPECT_DOUBLE_EQ(26.0, view.values[0][1].value);
    EXPECT_DOUBLE_EQ(31.0, view.values[1][0].high);
    EXPECT_TRUE(std::isnan(view.values[1][1].value)); // Firefox did not run the worker cell
    EXPECT_TRUE(std::isnan(view.values[2][0].value)); // native only in its own group
    EXPECT_TRUE(std::isnan(view.values[2][1].value));
    EXPECT_DOUBLE_EQ(7.0, view.values[2][2].value);
    EXPECT_TRUE(std::isnan(view.values[0][2].value));
    // A page metric has no native bar: there is no page.
    view = app::buildBrowserComparison(typed(cells), app::ComparisonMetric::FpsBusy);
    EXPECT_EQ((QStringList{QStringLiteral("chromium"), QStringLiteral("firefox")}), view.browsers);
    EXPECT_EQ(2, view.groups.size());
    EXPECT_TRUE(std::isnan(view.values[0][0].high)); // no CI for fps
    // The ablation's ONNX Runtime Web 1.17.3 is a group of its own, never drawn over 1.30's bar.
    auto withOlder = cells;
    withOlder.push_back(cells[1]);
    withOlder.back()["runtime_version"] = "1.17";
    withOlder.back()["median_ms"] = 40;
    view = app::buildBrowserComparison(typed(withOlder), app::ComparisonMetric::Latency);
    ASSERT_EQ(4, view.groups.size());
    EXPECT_TRUE(view.groups[2].contains(QStringLiteral("ort-web\u00a01.17"))) << view.groups[2].toStdString();
    EXPECT_DOUBLE_EQ(25.0, view.values[0][0].value);
    EXPECT_DOUBLE_EQ(40.0, view.values[0][2].value);
}

TEST(CellSummary, RepetitionsOnAMachineThatChangedSpeedAreFlagged)
{
    QTemporaryDir dir;
    auto writer = store::BundleWriter::open(dir.path().toStdString());
    auto run = [&](const std::string &cell, int rep, double probeMs) {
        store::RunRecord r{cell + "_r" + std::to_string(rep),
                           {{"status", "ok"}, {"cell", cell}, {"machine_probe", {{"ms", probeMs}}}},
                           {}};
        r.series.push_back({"latency_ms", std::vector<double>(50, 10.0 + rep)});
        writer.writeRun(r);
    };
    run("steady", 1, 33.0);
    run("steady", 2, 34.0);
    run("steady", 3, 33.5);
    run("drifted", 1, 33.0);
    run("drifted", 2, 47.0); // the machine slowed down by 42% before this repetition
    const auto cells = results::toJson(results::summarizeCells(*results::loadBundleView(dir.path().toStdString())));
    ASSERT_EQ(2u, cells.size());
    for (const auto &c : cells) {
        if (c["cell"] == "steady") {
            EXPECT_FALSE(c["machine_drift_flag"].get<bool>()) << c.dump();
            EXPECT_NEAR(1.0 / 33.0, c["machine_drift"].get<double>(), 1e-9);
            EXPECT_DOUBLE_EQ(33.5, c["machine_probe_ms"].get<double>());
        } else {
            EXPECT_TRUE(c["machine_drift_flag"].get<bool>()) << c.dump();
            EXPECT_NEAR(14.0 / 33.0, c["machine_drift"].get<double>(), 1e-9);
        }
    }
}

TEST(RunTable, ShowsCpuPerInferenceAndNoStatisticsForARunWithoutSamples)
{
    QTemporaryDir dir;
    auto writer = store::BundleWriter::open(dir.path().toStdString());
    store::RunRecord ok{"ok-run", {{"status", "ok"}, {"cpu", {{"per_inference_ms", 12.34}, {"cores_busy", 1.5}}}}, {}};
    ok.series.push_back({"latency_ms", std::vector<double>(40, 10.0)});
    writer.writeRun(ok);
    writer.writeRun({"unsupported-run", {{"status", "unsupported"}, {"error", "no WebNN"}}, {}});
    app::RunTableModel model;
    model.setView(results::loadBundleView(dir.path().toStdString()));
    ASSERT_EQ(2, model.rowCount());
    const int okRow = model.run(0)->runId == "ok-run" ? 0 : 1;
    const int none = 1 - okRow;
    EXPECT_EQ(QStringLiteral("12.3 (1.50 cores)"),
              model.data(model.index(okRow, app::RunTableModel::CpuPerInference), Qt::DisplayRole).toString());
    EXPECT_EQ(QStringLiteral("–"),
              model.data(model.index(none, app::RunTableModel::CpuPerInference), Qt::DisplayRole).toString());
    for (int column :
         {app::RunTableModel::Median, app::RunTableModel::Ci, app::RunTableModel::P95, app::RunTableModel::Cv})
        EXPECT_EQ(QStringLiteral("–"), model.data(model.index(none, column), Qt::DisplayRole).toString()) << column;
}

TEST(CellSummary, AGenerationCellComparesItsTokensWithTheNativeCellThatGeneratesTheSameWay)
{
    QTemporaryDir dir;
    auto writer = store::BundleWriter::open(dir.path().toStdString());
    auto run = [&](const std::string &browser, const std::string &generation, int rep, std::vector<int> tokens,
                   double stepMs) {
        nlohmann::json meta = {{"status", "ok"},
                               {"model", "decoder-small"},
                               {"browser", browser},
                               {"threads", 1},
                               {"backend", browser == "native" ? "cpu" : "wasm"}};
        if (!generation.empty()) {
            meta["generation"] = {{"prompt_tokens", 8},
                                  {"new_tokens", static_cast<int>(tokens.size())},
                                  {"generations", 2},
                                  {"available", true},
                                  {"tokens", tokens},
                                  {"ttft_ms_each", {20.0 + rep, 21.0 + rep}},
                                  {"e2e_tokens_per_s", 50.0},
                                  {"pss_per_token_bytes", 18000.0 + rep},
                                  {"pss_per_token_each", {17000.0 + rep, 19000.0 + rep}}};
        }
        const std::string cell = "decoder-small_" + browser + generation;
        meta["cell"] = cell;
        store::RunRecord r{cell + "_r" + std::to_string(rep), meta, {}};
        r.series.push_back({"latency_ms", std::vector<double>(60, stepMs + 0.01 * rep)});
        writer.writeRun(r);
    };
    for (int rep = 1; rep <= 2; ++rep) {
        run("native", "_g8x4", rep, {7, 3, 3, 9}, 2.0);
        run("native", "", rep, {}, 30.0); // one-shot (prefill): never the baseline of a generation cell
        run("chromium", "_g8x4", rep, {7, 3, 3, 9}, 8.0);
        run("firefox", "_g8x4", rep, rep == 1 ? std::vector<int>{7, 3, 3, 9} : std::vector<int>{7, 3, 4, 4}, 10.0);
    }
    const auto cells = results::toJson(results::summarizeCells(*results::loadBundleView(dir.path().toStdString())));
    ASSERT_EQ(4u, cells.size());
    for (const auto &c : cells) {
        if (c["cell"] == "decoder-small_chromium_g8x4") {
            const auto &g = c["generation"];
            EXPECT_TRUE(g["tokens_identical_to_native"].get<bool>()) << g.dump();
            EXPECT_TRUE(g["first_divergence_from_native"].is_null());
            EXPECT_TRUE(g["same_tokens_across_repetitions"].get<bool>());
            EXPECT_NEAR(4.0, c["slowdown_vs_native"].get<double>(), 0.05)
                << "against the generating native cell, not the one-shot one";
            EXPECT_NEAR(1000.0 / 8.01, g["tokens_per_s"].get<double>(), 1.0) << g.dump();
            EXPECT_LE(g["tokens_per_s_ci"][0].get<double>(), g["tokens_per_s"].get<double>());
            EXPECT_NEAR(22.0, g["ttft_ms"].get<double>(), 1e-9); // the median of 21, 22, 22, 23
            EXPECT_NEAR(18001.5, g["pss_per_token_bytes"].get<double>(), 1e-9);
            // The repetition is the unit: two runs (windows 17001/19001 and 17002/19002) give Student's t at one
            // degree of freedom, wider than the four windows pooled as if independent ([17001, 19002]).
            ASSERT_TRUE(g["pss_per_token_ci"].is_array()) << g.dump();
            EXPECT_EQ("repetitions", g["pss_per_token_ci_scope"]);
            EXPECT_LT(g["pss_per_token_ci"][0].get<double>(), 17001.0) << g.dump();
            EXPECT_GT(g["pss_per_token_ci"][1].get<double>(), 19002.0) << g.dump();
            EXPECT_LE(g["pss_per_token_ci"][0].get<double>(), 18001.5);
            EXPECT_GE(g["pss_per_token_ci"][1].get<double>(), 18001.5);
        } else if (c["cell"] == "decoder-small_firefox_g8x4") {
            const auto &g = c["generation"];
            EXPECT_FALSE(g["tokens_identical_to_native"].get<bool>()) << g.dump();
            EXPECT_EQ(2, g["first_divergence_from_native"].get<int>());
            EXPECT_FALSE(g["same_tokens_across_repetitions"].get<bool>());
        } else if (c["cell"] == "decoder-small_native") {
            EXPECT_FALSE(c.contains("generation")) << c.dump();
        } else {
            EXPECT_TRUE(c["generation"]["tokens_identical_to_native"].is_null())
                << "native has no native to compare with";
        }
    }
}

TEST(DetailText, BytesInBinaryUnitsMillisecondsWithTheirUnitAndWholeNumbersWithoutAFraction)
{
    // Issue 24: the Details tab showed 249836544.0 for a byte count.
    const QLocale before;
    QLocale::setDefault(QLocale::c()); // numbers as the C locale writes them (no group separator)
    EXPECT_EQ(QStringLiteral("238.3 MiB"), app::detailText(QStringLiteral("peak_pss_bytes"), 249836544.0));
    EXPECT_EQ(QStringLiteral("23.54 GiB"), app::detailText(QStringLiteral("memory_bytes"), 25275469824.0));
    EXPECT_EQ(QStringLiteral("512 B"), app::detailText(QStringLiteral("model_bytes"), 512));
    EXPECT_EQ(QStringLiteral("1200 ms"), app::detailText(QStringLiteral("setup_ms"), 1200.0));
    EXPECT_EQ(QStringLiteral("3.14159 ms"), app::detailText(QStringLiteral("first_ms"), 3.14159265));
    EXPECT_EQ(QStringLiteral("4"), app::detailText(QStringLiteral("threads"), 4));
    EXPECT_EQ(QStringLiteral("ok"), app::detailText(QStringLiteral("status"), "ok"));
    EXPECT_EQ(QStringLiteral("true"), app::detailText(QStringLiteral("simd"), true));
    QLocale::setDefault(before);
}
