// Every configuration against a baseline: ratios, Holm-corrected significance and geometric means.
#include "core/analysis/multiple_comparisons.h"
#include "core/results/baseline_comparison.h"
#include "core/results/bundle_view.h"
#include "core/results/cell_summary.h"
#include "core/results/operator_profile.h"
#include "core/results/repetition_policy.h"
#include "core/store/bundle.h"
#include "study_bundle.h"

#include <cmath>
#include <filesystem>
#include <gtest/gtest.h>
#include <map>
#include <random>
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
    EXPECT_EQ("native", native.mode);
    std::size_t checked = 0;
    for (const auto &row : native.rows) {
        if (!row.measured)
            continue; // the unsupported and failed runs have no samples
        const double expected = row.cell.browser == "chromium" ? 6.0 : 7.0; // the browsers run 6x and 7x native
        EXPECT_NEAR(expected, row.ratio, 0.4) << row.cell.key;
        EXPECT_TRUE(row.significant) << row.cell.key;
        EXPECT_EQ("slower", row.verdict);
        ASSERT_TRUE(row.p && row.pHolm);
        EXPECT_GE(*row.pHolm, *row.p);
        EXPECT_LT(row.ciLow, row.ratio);
        // Three repetitions a side: the verdict rests on them, and the exact permutation p of 3 vs 3 separated
        // groups is 2 of 20 splits.
        EXPECT_EQ("repetitions", row.ciScope);
        EXPECT_EQ(3u, row.repetitions);
        EXPECT_NEAR(0.1, row.pPermutation, 1e-12);
        ++checked;
    }
    EXPECT_EQ(9u, checked); // 2 models x 2 thread counts x 2 browsers + the GUI-workload cell
    bool chromiumGroup = false;
    for (const auto &g : native.groups)
        if (g.group == "chromium ort-web wasm") {
            chromiumGroup = true;
            EXPECT_NEAR(6.0, g.geometricMeanRatio, 0.4);
        }
    EXPECT_TRUE(chromiumGroup);
    // The JSON of `compare --format json` holds the same rows.
    const nlohmann::json json = results::toJson(native);
    ASSERT_EQ(native.rows.size(), json["rows"].size());
    EXPECT_EQ(native.rows.front().cell.key, json["rows"][0]["cell"]);

    const auto browser = results::compareAgainstBaseline(*view, "chromium");
    std::size_t firefox = 0;
    for (const auto &row : browser.rows) {
        EXPECT_EQ("firefox", row.cell.browser);
        EXPECT_NEAR(7.0 / 6.0, row.ratio, 0.1);
        ++firefox;
    }
    EXPECT_EQ(4u, firefox);

    // The same bundle as "after": every ratio is 1 and nothing is significant.
    const auto same = results::compareAgainstBaseline(*view, "", view.get());
    for (const auto &row : same.rows)
        if (row.measured) {
            EXPECT_DOUBLE_EQ(1.0, row.ratio);
            EXPECT_EQ("not significant", row.verdict);
        }
    EXPECT_THROW(results::compareAgainstBaseline(*view, "nosuchcell"), std::invalid_argument);
    EXPECT_THROW(results::compareAgainstBaseline(*view, "qtwebengine"), std::invalid_argument);
    std::filesystem::remove_all(dir);
}

TEST(CellSummary, ACellsIntervalRestsOnItsRepetitionsAndHoldsEachRepetitionsMedian)
{
    const auto dir = std::filesystem::temp_directory_path() / ("inferscope-repetitions-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    tests::writeStudyBundle(dir, 3);
    const auto view = results::loadBundleView(dir);
    const auto cells = results::toJson(results::summarizeCells(*view));
    std::size_t checked = 0;
    for (const auto &c : cells) {
        if (c["status"] != "ok")
            continue;
        EXPECT_EQ("repetitions", c["ci_scope"]) << c["cell"];
        std::vector<double> medians;
        for (const auto &r : view->runs)
            if (r.meta.value("cell", "") == c["cell"].get<std::string>())
                medians.push_back(r.stats.median);
        ASSERT_EQ(3u, medians.size());
        double logSum = 0;
        for (double m : medians) {
            EXPECT_GE(m, c["ci_low_ms"].get<double>()) << c["cell"];
            EXPECT_LE(m, c["ci_high_ms"].get<double>()) << c["cell"];
            logSum += std::log(m);
        }
        EXPECT_NEAR(std::exp(logSum / 3), c["median_ms"].get<double>(), 1e-9)
            << "the geometric mean of the repetitions' medians";
        EXPECT_EQ(120, c["samples"].get<int>()) << "every prediction sample the plan asked for (40 per run)";
        EXPECT_TRUE(c["between_run_share"].is_number());
        EXPECT_GE(c["repetitions_for_5_percent"].get<int>(), 2);
        if (c["browser"] == "native")
            EXPECT_TRUE(c["model_bytes"].is_null() || c["model_bytes"].is_number());
        else
            EXPECT_EQ("repetitions", c["slowdown_vs_native_ci_scope"]) << c["cell"];
        ++checked;
    }
    EXPECT_EQ(13u, checked);

    // One repetition: every interval says it is within that run only, and no comparison gives a verdict.
    const auto single =
        std::filesystem::temp_directory_path() / ("inferscope-repetitions-one-" + std::to_string(::getpid()));
    std::filesystem::remove_all(single);
    tests::writeStudyBundle(single, 1);
    const auto one = results::loadBundleView(single);
    for (const auto &c : results::toJson(results::summarizeCells(*one)))
        if (c["status"] == "ok") {
            EXPECT_EQ("within-run", c["ci_scope"]) << c["cell"];
            EXPECT_TRUE(c["between_run_share"].is_null());
        }
    for (const auto &row : results::compareAgainstBaseline(*one, "native").rows)
        if (row.measured) {
            EXPECT_EQ("within-run", row.ciScope);
            EXPECT_EQ("one repetition: no verdict", row.verdict);
            EXPECT_FALSE(row.pHolm);
            EXPECT_FALSE(
                results::toJson(results::BaselineComparison{"", "", {row}, {}, ""})["rows"][0].contains("p_holm"));
        }
    std::filesystem::remove_all(dir);
    std::filesystem::remove_all(single);
}

TEST(CellSummary, ANativeCellHasItsModelsBytes)
{
    const auto dir = std::filesystem::temp_directory_path() / ("inferscope-native-bytes-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    {
        auto writer = store::BundleWriter::open(dir);
        store::RunRecord r;
        r.runId = "m_onnxruntime-node_cpu_t1_native_process_r1";
        r.meta = {{"cell", "m_onnxruntime-node_cpu_t1_native_process"},
                  {"status", "ok"},
                  {"model", "m"},
                  {"runtime", "onnxruntime-node"},
                  {"backend", "cpu"},
                  {"threads", 1},
                  {"browser", "native"},
                  {"placement", "process"},
                  {"model_bytes", 14e6},
                  {"memory", {{"baseline_pss_bytes", 50e6}, {"peak_pss_bytes", 90e6}, {"amplification", 40e6 / 14e6}}}};
        r.series.push_back({"latency_ms", std::vector<double>(20, 5.0)});
        writer.writeRun(r);
    }
    const auto cells = results::toJson(results::summarizeCells(*results::loadBundleView(dir)));
    ASSERT_EQ(1u, cells.size());
    EXPECT_DOUBLE_EQ(14e6, cells[0]["model_bytes"].get<double>());
    std::filesystem::remove_all(dir);
}

TEST(CellSummary, TheAblationGivesEachWasmCellItsSpeedUpOverPlainWasm)
{
    // TF.js in one browser: plain wasm (1 thread, SIMD off) at 100 ms, +SIMD at 50 ms, +threads+SIMD at 30 ms;
    // an ONNX Runtime Web cell whose plain cell is in the plan but unsupported; a WebGL cell (not wasm).
    const auto dir = std::filesystem::temp_directory_path() / ("inferscope-ablation-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    {
        auto writer = store::BundleWriter::open(dir);
        std::mt19937_64 engine(5);
        auto add = [&](const std::string &runtime, const std::string &backend, int threads, bool simd, double medianMs,
                       const std::string &status, const std::string &version = "") {
            store::RunRecord r;
            const std::string cell = "m_" + runtime + "_" + backend + "_t" + std::to_string(threads) +
                                     (simd ? "" : "_nosimd") + "_chromium_main" +
                                     (version.empty() ? "" : "_v" + version);
            r.runId = cell + "_r1";
            r.meta = {{"cell", cell},       {"status", status},      {"model", "m"},
                      {"runtime", runtime}, {"backend", backend},    {"threads", threads},
                      {"simd", simd},       {"browser", "chromium"}, {"placement", "main"}};
            if (!version.empty())
                r.meta["runtime_version"] = version;
            if (status == "ok") {
                std::lognormal_distribution<double> d(std::log(medianMs), 0.05);
                std::vector<double> v(400);
                for (double &x : v)
                    x = d(engine);
                r.series.push_back({"latency_ms", v});
            } else {
                r.meta["error"] = "setup: ONNX Runtime Web ships only a SIMD build";
            }
            writer.writeRun(r);
        };
        add("tfjs", "wasm", 1, false, 100, "ok");
        add("tfjs", "wasm", 1, true, 50, "ok");
        add("tfjs", "wasm", 2, true, 30, "ok");
        add("ort-web", "wasm", 1, false, 0, "unsupported");
        add("ort-web", "wasm", 1, true, 40, "ok");
        add("tfjs", "webgl", 1, true, 80, "ok");
        // ONNX Runtime Web 1.17.3 beside 1.30: its plain cell is the reference of its own cells only.
        add("ort-web", "wasm", 1, false, 120, "ok", "1.17");
        add("ort-web", "wasm", 2, false, 80, "ok", "1.17");
    }
    const auto cells = results::toJson(results::summarizeCells(*results::loadBundleView(dir)));
    std::map<std::string, nlohmann::json> byCell;
    for (const auto &c : cells)
        byCell[c["cell"]] = c;
    const auto &simd = byCell["m_tfjs_wasm_t1_chromium_main"];
    EXPECT_EQ("simd", simd["speedup_adds"]);
    EXPECT_NEAR(2.0, simd["speedup_over_plain_wasm"].get<double>(), 0.1);
    EXPECT_LT(simd["speedup_ci"][0].get<double>(), simd["speedup_over_plain_wasm"].get<double>());
    EXPECT_GT(simd["speedup_ci"][1].get<double>(), simd["speedup_over_plain_wasm"].get<double>());
    const auto &both = byCell["m_tfjs_wasm_t2_chromium_main"];
    EXPECT_EQ("threads+simd", both["speedup_adds"]);
    EXPECT_NEAR(100.0 / 30.0, both["speedup_over_plain_wasm"].get<double>(), 0.15);
    EXPECT_TRUE(
        byCell["m_tfjs_wasm_t1_nosimd_chromium_main"]["speedup_over_plain_wasm"].is_null()); // the reference itself
    const auto &ort = byCell["m_ort-web_wasm_t1_chromium_main"];
    EXPECT_TRUE(ort["speedup_over_plain_wasm"].is_null());
    EXPECT_NE(std::string::npos,
              ort.value("speedup_note", "").find("unsupported: setup: ONNX Runtime Web ships only a SIMD build"));
    const auto &threadsOnly = byCell["m_ort-web_wasm_t2_nosimd_chromium_main_v1.17"];
    EXPECT_EQ("threads", threadsOnly["speedup_adds"]);
    EXPECT_NEAR(1.5, threadsOnly["speedup_over_plain_wasm"].get<double>(), 0.08);
    EXPECT_EQ("1.17", threadsOnly["runtime_version"]);
    EXPECT_TRUE(ort["runtime_version"].is_null());
    EXPECT_TRUE(byCell["m_tfjs_webgl_t1_chromium_main"]["speedup_over_plain_wasm"].is_null());
    EXPECT_FALSE(byCell["m_tfjs_webgl_t1_chromium_main"].contains("speedup_note"));
    std::filesystem::remove_all(dir);
}

TEST(OperatorProfile, FamiliesAveragesAndTheSlowdownPerOperator)
{
    EXPECT_EQ("Conv", results::operatorFamily("FusedConv"));
    EXPECT_EQ("MatMul", results::operatorFamily("FusedMatMul"));
    EXPECT_EQ("Conv", results::operatorFamily("Conv"));
    EXPECT_EQ("Fused", results::operatorFamily("Fused"));
    // Two repetitions of 10 runs: FusedConv+Conv are one family; a profile with an error is left out.
    const auto a = nlohmann::json::parse(
        R"({"runs": 10, "ops": {"FusedConv": {"count": 520, "us": 700000}, "Conv": {"count": 40, "us": 100000},
                                             "Gemm": {"count": 10, "us": 10000}}})");
    const auto b = nlohmann::json::parse(
        R"({"runs": 10, "ops": {"FusedConv": {"count": 520, "us": 900000}, "Conv": {"count": 40, "us": 100000},
                                             "Gemm": {"count": 10, "us": 10000}}})");
    const auto broken = nlohmann::json::parse(R"({"runs": 0, "ops": {}, "error": "printed nothing"})");
    const auto cell = results::operatorMsPerInference({&a, &b, &broken});
    ASSERT_EQ(2u, cell.size());
    EXPECT_DOUBLE_EQ(90.0, cell.at("Conv")); // (80 + 100) / 2 ms per inference
    EXPECT_DOUBLE_EQ(1.0, cell.at("Gemm"));
    const std::map<std::string, double> native{{"Conv", 10.0}};
    const auto rows = results::operatorRows(cell, &native);
    ASSERT_EQ(2u, rows.size());
    EXPECT_EQ("Conv", rows[0].op); // by time, descending
    EXPECT_NEAR(90.0 / 91.0, rows[0].share, 1e-12);
    EXPECT_DOUBLE_EQ(9.0, rows[0].slowdown);
    EXPECT_TRUE(std::isnan(rows[1].slowdown)); // no native Gemm: no ratio
    EXPECT_TRUE(std::isnan(results::operatorRows(cell, nullptr)[0].nativeMsPerInference));
}

TEST(RepetitionPolicy, ACellContinuesUntilItsIntervalMeetsTheTargetOrTheMaximum)
{
    std::mt19937_64 engine(11);
    auto runs = [&](int count, double drift) {
        std::normal_distribution<double> between(0.0, drift), within(0.0, 0.01);
        std::vector<std::vector<double>> out;
        for (int r = 0; r < count; ++r) {
            const double level = std::log(20.0) + between(engine);
            std::vector<double> run;
            for (int i = 0; i < 50; ++i)
                run.push_back(std::exp(level + within(engine)));
            out.push_back(run);
        }
        return out;
    };
    const auto spans = [](const std::vector<std::vector<double>> &v) {
        return std::vector<analysis::RunSamples>(v.begin(), v.end());
    };
    const auto quiet = runs(3, 0.002), drifting = runs(3, 0.3), one = runs(1, 0.0);
    EXPECT_EQ(results::RepetitionState::Fixed, results::decideRepetitions(spans(drifting), 3, 3, 0).state);
    EXPECT_EQ(results::RepetitionState::TargetMet, results::decideRepetitions(spans(quiet), 3, 10, 5).state);
    EXPECT_EQ(results::RepetitionState::Continue, results::decideRepetitions(spans(drifting), 3, 10, 5).state);
    EXPECT_EQ(results::RepetitionState::MaxReached, results::decideRepetitions(spans(drifting), 10, 10, 5).state);
    EXPECT_EQ(results::RepetitionState::Continue, results::decideRepetitions(spans(one), 3, 10, 5).state)
        << "one ok run: no between-run variance yet";
    EXPECT_EQ(results::RepetitionState::NoOkRepetition,
              results::decideRepetitions(std::vector<analysis::RunSamples>{}, 3, 10, 5).state);
    const auto d = results::decideRepetitions(spans(quiet), 3, 10, 5);
    EXPECT_LT(d.halfWidthPercent, 5.0);
    EXPECT_STREQ("target met", results::repetitionStateName(d.state));
}

TEST(CellSummary, AQuantizedCellHasItsSpeedUpOverTheFloatModelInTheSameConfiguration)
{
    // Issue 26: int8 and uint8 models beside the float one; the Browsers view shows how much faster (or slower) the
    // quantized kernels run in each browser, with the repetition as the unit.
    const auto dir = std::filesystem::temp_directory_path() / ("inferscope-quantized-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    std::mt19937_64 engine(5);
    tests::StudyBundleCounts counts;
    {
        auto writer = store::BundleWriter::open(dir);
        for (int repetition = 1; repetition <= 3; ++repetition) {
            writer.writeRun(
                tests::studyRun("mobilenetv2", "chromium", 1, true, 20.0, engine, counts, "none", repetition));
            auto quantized =
                tests::studyRun("mobilenetv2-int8", "chromium", 1, true, 10.0, engine, counts, "none", repetition);
            quantized.meta["quantization"] = {
                {"scheme", "qdq-int8"},
                {"from", "mobilenetv2"},
                {"vs_float", {{"inputs", 20}, {"outputs", {{{"name", "logits"}, {"min_cosine", 0.97}}}}}}};
            writer.writeRun(quantized);
            auto lonely =
                tests::studyRun("mobilenetv2-int8", "firefox", 1, true, 12.0, engine, counts, "none", repetition);
            lonely.meta["quantization"] = quantized.meta["quantization"];
            writer.writeRun(lonely);
        }
    }
    std::map<std::string, nlohmann::json> byCell;
    for (const auto &c : results::toJson(results::summarizeCells(*results::loadBundleView(dir))))
        byCell[c["cell"]] = c;
    const auto &q = byCell.at("mobilenetv2-int8_ort-web_wasm_t1_chromium_main");
    ASSERT_TRUE(q["speedup_over_float"].is_number()) << q.dump();
    EXPECT_NEAR(2.0, q["speedup_over_float"].get<double>(), 0.2);
    EXPECT_LT(q["speedup_over_float_ci"][0].get<double>(), q["speedup_over_float"].get<double>());
    EXPECT_GT(q["speedup_over_float_ci"][1].get<double>(), q["speedup_over_float"].get<double>());
    EXPECT_EQ("repetitions", q["speedup_over_float_ci_scope"]);
    EXPECT_EQ("qdq-int8", q["quantization"]["scheme"]);
    // No float cell in Firefox: no ratio, and the note says why.
    const auto &lonely = byCell.at("mobilenetv2-int8_ort-web_wasm_t1_firefox_main");
    EXPECT_TRUE(lonely["speedup_over_float"].is_null());
    EXPECT_NE(std::string::npos,
              lonely.value("speedup_over_float_note", "").find("no cell of the float model mobilenetv2"));
    EXPECT_TRUE(byCell.at("mobilenetv2_ort-web_wasm_t1_chromium_main")["quantization"].is_null());
    std::filesystem::remove_all(dir);
}
