// The open exports (CSV, JSON, Chrome trace) and the study comparison, on a bundle written with the real store.
#include "core/results/csv_writer.h"
#include "core/results/exports.h"
#include "core/results/study.h"
#include "study_bundle.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <set>
#include <sstream>
#include <unistd.h>

using namespace inferscope;

namespace {
std::filesystem::path freshDir(const char *name)
{
    auto dir = std::filesystem::temp_directory_path() /
               ("inferscope-results-test-" + std::string(name) + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    return dir;
}

std::size_t dataRows(const std::filesystem::path &csv)
{
    std::ifstream in(csv, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), {});
    std::size_t lines = 0;
    bool quoted = false;
    for (char c : text) { // a line break inside a quoted field is not a row
        if (c == '"')
            quoted = !quoted;
        else if (c == '\n' && !quoted)
            ++lines;
    }
    return lines - 1; // the header
}
} // namespace

TEST(CsvWriter, QuotesWhatNeedsQuotingAndKeepsFullPrecision)
{
    std::ostringstream out;
    results::CsvWriter csv(out, {"a", "b,c"});
    csv.row({"x,y", 0.1 + 0.2});
    csv.row({"say \"hi\"\nthere", nullptr});
    csv.row({true, std::nan("")});
    EXPECT_EQ("a,\"b,c\"\r\n\"x,y\",0.30000000000000004\r\n\"say \"\"hi\"\"\nthere\",\r\ntrue,\r\n", out.str());
    EXPECT_THROW(csv.row({1}), std::logic_error);
}

TEST(CsvWriter, TextASpreadsheetWouldRunAsAFormulaIsWrittenAsText)
{
    // Issue 23: model names and error messages come from bundles; numbers (negative ones too) stay numbers.
    std::ostringstream out;
    results::CsvWriter csv(out, {"text", "number"});
    csv.row({"=HYPERLINK(\"http://x\",\"y\")", -5.0});
    csv.row({"+cmd|' /C calc'!A0", 1});
    csv.row({"-2+3", nullptr});
    csv.row({"@SUM(A1)", nullptr});
    csv.row({"mobilenetv2", nullptr});
    EXPECT_EQ("text,number\r\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-5\r\n'+cmd|' /C "
              "calc'!A0,1\r\n'-2+3,\r\n'@SUM(A1),\r\nmobilenetv2,\r\n",
              out.str());
}

TEST(Exports, CsvRowCountsMatchTheBundle)
{
    const auto bundle = freshDir("csv-bundle"), out = freshDir("csv-out");
    const auto counts = tests::writeStudyBundle(bundle);
    const auto result = results::exportCsv(bundle, out);
    EXPECT_EQ(counts.runs, result.runs);
    EXPECT_TRUE(result.problems.empty());
    EXPECT_EQ(counts.samples, dataRows(out / "samples.csv"));
    EXPECT_EQ(counts.runs, dataRows(out / "runs.csv"));
    EXPECT_EQ(counts.memoryRows + counts.heapRows, dataRows(out / "memory.csv"));
    EXPECT_EQ(counts.inputs + counts.frames + counts.workloadSteps, dataRows(out / "responsiveness.csv"));
    EXPECT_EQ(counts.cells, dataRows(out / "cells.csv"));
    std::ifstream runs(out / "runs.csv");
    std::string header;
    std::getline(runs, header);
    EXPECT_EQ(
        0u,
        header.find(
            "run_id,cell,model,runtime,backend,threads,simd,browser,placement,workload,harness,repetition,status,"));
    std::filesystem::remove_all(bundle);
    std::filesystem::remove_all(out);
}

TEST(Exports, ADamagedRecordIsSkippedAndNamedTheRestExported)
{
    const auto bundle = freshDir("damaged"), out = freshDir("damaged-out");
    const auto counts = tests::writeStudyBundle(bundle);
    const auto victim = bundle / "runs" / "mobilenetv2_ort-web_wasm_t1_chromium_main_r1.isr";
    std::filesystem::resize_file(victim, std::filesystem::file_size(victim) - 7);
    const auto result = results::exportJson(bundle, out / "bundle.json");
    ASSERT_EQ(1u, result.problems.size());
    EXPECT_EQ("mobilenetv2_ort-web_wasm_t1_chromium_main_r1.isr", result.problems[0].fileName);
    EXPECT_EQ(counts.runs - 1, result.runs);
    std::ifstream in(out / "bundle.json");
    const auto json = nlohmann::json::parse(in);
    EXPECT_EQ(counts.runs - 1, json["runs"].size());
    EXPECT_EQ(1u, json["problems"].size());
    EXPECT_EQ("inferscope-bundle", json["manifest"]["magic"]);
    EXPECT_EQ(40u, json["runs"][0]["series"]["latency_ms"].size());
    std::filesystem::remove_all(bundle);
    std::filesystem::remove_all(out);
}

TEST(Exports, TraceIsValidTraceEventJsonWithOneEventPerRecordedThing)
{
    const auto bundle = freshDir("trace");
    const auto counts = tests::writeStudyBundle(bundle);
    const auto contents = store::readBundle(bundle);
    const auto trace = results::traceOf(contents.runs);
    ASSERT_TRUE(trace["traceEvents"].is_array());
    std::map<std::string, std::size_t> byPhase;
    std::size_t inferences = 0, stages = 0, memory = 0, heap = 0, inputs = 0, frames = 0;
    std::set<int> pids;
    for (const auto &e : trace["traceEvents"]) {
        // Fields every event of its phase type needs (the Trace Event Format).
        ASSERT_TRUE(e.contains("ph") && e["ph"].is_string());
        ASSERT_TRUE(e.contains("pid") && e["pid"].is_number_integer());
        ASSERT_TRUE(e.contains("name") && e["name"].is_string());
        const std::string ph = e["ph"];
        ++byPhase[ph];
        pids.insert(e["pid"].get<int>());
        if (ph == "M") {
            ASSERT_TRUE(e["args"].contains("name"));
            continue;
        }
        ASSERT_TRUE(e.contains("ts") && e["ts"].is_number());
        if (ph == "X") {
            ASSERT_TRUE(e.contains("tid") && e.contains("dur") && e["dur"].is_number());
            EXPECT_GE(e["dur"].get<double>(), 0.0);
            (e["cat"] == "inference" ? inferences : stages) += 1;
        } else if (ph == "C") {
            ASSERT_TRUE(e["args"].is_object() && !e["args"].empty());
            for (const auto &[k, v] : e["args"].items())
                ASSERT_TRUE(v.is_number()) << k;
            const std::string name = e["name"];
            (name.find("PSS") != std::string::npos    ? memory
             : name.find("heap") != std::string::npos ? heap
                                                      : frames) += 1;
        } else if (ph == "i") {
            ASSERT_TRUE(e.contains("s") && e.contains("tid"));
            ++inputs;
        } else {
            FAIL() << "unexpected phase type " << ph;
        }
    }
    EXPECT_EQ(counts.runs, pids.size());
    // Browser runs' inferences from their sample times, native runs' laid end to end: every sample a span.
    EXPECT_EQ(counts.samples, inferences);
    EXPECT_EQ(counts.phases, stages);
    EXPECT_EQ(counts.memoryRows, memory);
    EXPECT_EQ(counts.heapRows, heap);
    EXPECT_EQ(counts.inputs, inputs);
    EXPECT_EQ(counts.frames, frames);
    // Microseconds on the page clock, each run shifted by one amount so that no timestamp is negative: the
    // steady samples of a browser run ended at page time t ms -> ts = (t - ms) * 1000 + shift, the same shift
    // for every sample of the run.
    std::map<int, double> earliest;
    for (const auto &e : trace["traceEvents"])
        if (e.contains("ts")) {
            EXPECT_GE(e["ts"].get<double>(), 0.0) << e.dump();
            auto [it, added] = earliest.try_emplace(e["pid"].get<int>(), e["ts"].get<double>());
            it->second = std::min(it->second, e["ts"].get<double>());
        }
    for (const auto &[pid, first] : earliest)
        EXPECT_NEAR(0.0, first, 1e-6) << "run " << pid << " does not start at 0";
    std::size_t index = 0;
    while (index < contents.runs.size() && !contents.runs[index].find("latency_t_ms"))
        ++index;
    ASSERT_LT(index, contents.runs.size());
    const auto *t = contents.runs[index].find("latency_t_ms");
    const auto *ms = contents.runs[index].find("latency_ms");
    ASSERT_TRUE(t && ms);
    std::set<long long> shifts; // in nanoseconds: one per run
    std::size_t spans = 0;
    const int pid = static_cast<int>(index) + 1;
    for (const auto &e : trace["traceEvents"])
        if (e["ph"] == "X" && e["pid"] == pid && e["name"] == "inference") {
            const std::size_t i = e["args"]["index"].get<std::size_t>();
            shifts.insert(std::llround((e["ts"].get<double>() - (t->values[i] - ms->values[i]) * 1000) * 1000));
            EXPECT_NEAR(ms->values[i] * 1000, e["dur"].get<double>(), 1e-3);
            ++spans;
        }
    EXPECT_EQ(ms->values.size(), spans);
    EXPECT_LE(shifts.size(), 2u) << "one shift per run (two values only from rounding)";
    const bool found = !shifts.empty() && *shifts.rbegin() - *shifts.begin() <= 1;
    EXPECT_TRUE(found);
    std::filesystem::remove_all(bundle);
}

TEST(Study, SlowdownAverageIsTheMeanOfPerModelRatiosAtFourThreads)
{
    const auto bundle = freshDir("study");
    tests::writeStudyBundle(bundle);
    const auto view = results::loadBundleView(bundle);
    const auto report = results::toJson(results::studyReport(*view));
    std::map<std::string, nlohmann::json> averages;
    for (const auto &a : report["slowdown"]["averages"])
        if (a["runtime"] == "ort-web")
            averages[a["browser"]] = a;
    ASSERT_TRUE(averages.count("chromium") && averages.count("firefox"));
    const auto &c = averages["chromium"];
    EXPECT_EQ(4, c["threads"]);
    EXPECT_EQ(2u, c["n"].get<std::size_t>());
    const double m1 = c["models"]["mobilenetv2"], m2 = c["models"]["resnet50"];
    EXPECT_NEAR((m1 + m2) / 2, c["mean"].get<double>(), 1e-12);
    EXPECT_NEAR(6.0, m1, 0.3); // the bundle's browsers run 6x (Chromium) and 7x (Firefox) native
    EXPECT_NEAR(7.0, averages["firefox"]["mean"].get<double>(), 0.3);
    // The headline sets the study's 16.9x beside ours, with the ratio of the two.
    bool headline = false;
    for (const auto &h : report["headline"])
        if (h["metric"].get<std::string>().find("chromium") != std::string::npos && h["study"] == 16.9) {
            headline = true;
            EXPECT_NEAR(c["mean"].get<double>() / 16.9, h["ours_over_study"].get<double>(), 1e-12);
        }
    EXPECT_TRUE(headline);
    // Memory: the study's metric is the peak JS heap over the model's bytes.
    ASSERT_FALSE(report["memory"]["rows"].empty());
    EXPECT_NEAR(63e6 / 14e6, report["memory"]["rows"][0]["js_heap_over_model"].get<double>(), 1e-9);
    // Failures: the unsupported and the failed run by reason, the planned run that never ran.
    EXPECT_EQ(2u, report["failures"]["runs"].size());
    ASSERT_EQ(1u, report["failures"]["not_run"].size());
    EXPECT_EQ("never_ran_r1", report["failures"]["not_run"][0]);
    EXPECT_NEAR(80.0, report["responsiveness"]["gui_increase_median_main_percent"].get<double>(), 1e-12);
    std::filesystem::remove_all(bundle);
}

TEST(Study, OrderDependentOutputsAreCountedApartAndDifferingOutputsSayWhy)
{
    // Issue 26: a detector's post-NMS indices differed (cosine 0.18-0.60) while its raw output agreed to 1.0, and
    // the summaries' min cosine showed the tie-breaking as an error. Marked outputs are counted apart.
    const auto bundle = freshDir("fidelity");
    std::mt19937_64 engine(3);
    tests::StudyBundleCounts counts;
    {
        auto writer = store::BundleWriter::open(bundle, {{"plan", {{"name", "fidelity"}, {"seed", 1}}}});
        auto chromium = tests::studyRun("detector", "chromium", 1, true, 20.0, engine, counts);
        chromium.meta["outputs"] = {{"fidelity",
                                     {{{"index", 0},
                                       {"name", "raw"},
                                       {"compared", true},
                                       {"cosine", 0.999999},
                                       {"max_abs_error", 1e-6},
                                       {"top1_agrees", true}},
                                      {{"index", 1},
                                       {"name", "indices"},
                                       {"compared", true},
                                       {"cosine", 0.4},
                                       {"max_abs_error", 7.0},
                                       {"top1_agrees", false},
                                       {"order_dependent", "integer"},
                                       {"set_overlap", 0.6}}}}};
        writer.writeRun(chromium);
        auto firefox = tests::studyRun("detector", "firefox", 1, true, 20.0, engine, counts);
        firefox.meta["outputs"] = {{"fidelity",
                                    {{{"index", 0},
                                      {"name", "raw"},
                                      {"compared", true},
                                      {"cosine", 0.95},
                                      {"max_abs_error", 0.3},
                                      {"top1_agrees", true}},
                                     {{"index", 1},
                                      {"name", "indices"},
                                      {"compared", true},
                                      {"cosine", 1.0},
                                      {"max_abs_error", 0.0},
                                      {"top1_agrees", true},
                                      {"order_dependent", "integer"},
                                      {"set_overlap", 1.0}}}}};
        writer.writeRun(firefox);
    }
    const auto view = results::loadBundleView(bundle);
    const auto fidelity = results::toJson(results::studyReport(*view))["fidelity"];
    std::map<std::string, nlohmann::json> rows;
    for (const auto &row : fidelity["rows"])
        rows[row["browser"]] = row;
    ASSERT_EQ(2u, rows.size()) << fidelity.dump();
    EXPECT_DOUBLE_EQ(0.999999, rows["chromium"]["min_cosine"].get<double>())
        << "the indices' 0.4 is tie-breaking, not an error";
    EXPECT_EQ(1u, rows["chromium"]["outputs_compared"].get<std::size_t>());
    EXPECT_EQ(1u, rows["chromium"]["order_dependent_outputs"].get<std::size_t>());
    EXPECT_DOUBLE_EQ(0.6, rows["chromium"]["min_set_overlap"].get<double>());
    EXPECT_DOUBLE_EQ(0.95, rows["firefox"]["min_cosine"].get<double>());
    // Which outputs differ, and why: Chromium's indices by tie-breaking, Firefox's raw output in its numbers.
    ASSERT_EQ(2u, fidelity["differing"].size()) << fidelity["differing"].dump();
    std::map<std::string, nlohmann::json> differing;
    for (const auto &row : fidelity["differing"])
        differing[row["browser"].get<std::string>() + "/" + row["output"].get<std::string>()] = row;
    EXPECT_EQ("order-dependent", differing["chromium/indices"]["reason"]);
    EXPECT_EQ("numbers", differing["firefox/raw"]["reason"]);
    EXPECT_EQ("detector", differing["firefox/raw"]["model"]);
    std::filesystem::remove_all(bundle);
}
