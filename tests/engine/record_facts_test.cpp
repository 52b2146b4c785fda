// The engine's typed facts and their JSON edge: generations summarised from typed runs, the native tool's lines read
// into its report and the native record written from it, and RunFacts written into a record's metadata.
#include "core/engine/generation_summary.h"
#include "core/engine/native_tool.h"
#include "core/engine/run_facts.h"

#include <fstream>
#include <gtest/gtest.h>
#include <set>

using namespace inferscope;
using nlohmann::json;

TEST(GenerationSummary, IdenticalGenerationsAreDeterministicAndTheirTimesAreSummarised)
{
    const auto runs = engine::reportedGenerations(json::parse(R"({"runs": [
        {"tokens": [5, 7, 9], "ttft_ms": 40, "decode_ms_total": 20, "start_t": 0, "end_t": 60,
         "heap_before": 1000, "heap_after": 1300},
        {"tokens": [5, 7, 9], "ttft_ms": 50, "decode_ms_total": 20, "start_t": 100, "end_t": 170},
        "not a generation"]})"));
    ASSERT_EQ(2u, runs.size()) << "an entry that is no object is skipped";
    EXPECT_EQ((std::optional<double>{1000.0}), runs[0].heapBefore);
    EXPECT_FALSE(runs[1].heapBefore);
    const auto s = engine::summarizeGenerations(runs, {10.0, 10.0, 12.0}, 0.0, {}, {});
    ASSERT_TRUE(s.available);
    EXPECT_TRUE(s.deterministic);
    EXPECT_EQ(45.0, s.ttftMs);
    EXPECT_EQ((std::vector<int>{5, 7, 9}), s.tokens);
    EXPECT_EQ(100.0, *s.tokensPerS); // 1000 / the median decode step
    EXPECT_EQ(100.0, *s.jsHeapPerTokenBytes) << "(1300 - 1000) / 3 tokens, from the one run that has both";
    EXPECT_NE(std::string::npos, s.pssPerTokenReason.find("not sampled"));
    json generation = {{"prompt_tokens", 8}};
    engine::writeGenerationSummary(s, generation);
    EXPECT_EQ(8, generation["prompt_tokens"]) << "the setting stays beside the summary";
    EXPECT_TRUE(generation["deterministic"].get<bool>());
    EXPECT_FALSE(generation.contains("pss_per_token_bytes"));
}

TEST(GenerationSummary, DifferingTokensAreNotDeterministicAndNoRunsSayWhy)
{
    const auto differ = engine::summarizeGenerations({{{1, 2}, 10, 5, 0, 20, {}, {}}, {{1, 3}, 10, 5, 30, 50, {}, {}}},
                                                     {}, 0.0, {}, {});
    EXPECT_FALSE(differ.deterministic);
    EXPECT_FALSE(differ.tokensPerS) << "no decode steps: no tokens per second";
    const auto none = engine::summarizeGenerations({}, {}, 0.0, {}, {});
    EXPECT_FALSE(none.available);
    json generation = json::object();
    engine::writeGenerationSummary(none, generation);
    EXPECT_EQ("no generation was completed", generation["reason"]);
    EXPECT_FALSE(generation["available"].get<bool>());
}

TEST(NativeTool, ItsLinesBecomeTheReportAndTheRecordSaysWhatHappened)
{
    engine::NativeToolReport report;
    EXPECT_FALSE(engine::applyToolLine(report, "node: warning, not JSON", 1.0, false));
    engine::applyToolLine(report, R"({"event": "start", "t": 5, "ort_version": "1.30.0", "node": "v20"})", 105.0,
                          false);
    const auto setup = engine::applyToolLine(report, R"({"event": "setup", "ms": 80})", 190.0, false);
    ASSERT_TRUE(setup);
    EXPECT_EQ("setup", setup->first);
    EXPECT_EQ(80.0, setup->second);
    engine::applyToolLine(report, R"({"event": "sample", "phase": "warmup", "ms": 12})", 200.0, false);
    engine::applyToolLine(report, R"({"event": "sample", "ms": 10})", 210.0, false);
    engine::applyToolLine(report, R"({"event": "done", "samples": 1, "cpu_ms": 20, "prediction_wall_ms": 10})", 220.0,
                          false);
    EXPECT_EQ(100.0, report.toolClockOffset);
    EXPECT_EQ(1u, report.latency.values.size());
    EXPECT_EQ(1u, report.warmup.values.size());

    zoo::ModelEntry entry;
    entry.id = "m";
    engine::NativeRunOptions options;
    engine::NativeRunOutcome ok;
    ok.status = "ok";
    ok.wallMs = 300;
    const json meta = engine::nativeRecordMeta(entry, options, report, ok);
    EXPECT_EQ("ok", meta["status"]);
    EXPECT_FALSE(meta.contains("error"));
    EXPECT_EQ("1.30.0", meta["runtime_version"]);
    EXPECT_EQ("v20", meta["node_version"]);
    EXPECT_EQ(80.0, meta["setup_ms"].get<double>());
    EXPECT_EQ(190.0, meta["marks"]["setup_end_ms"].get<double>());
    EXPECT_EQ(2.0, meta["cpu"]["cores_busy"].get<double>());
    EXPECT_EQ("native", meta["browser"]);

    engine::NativeRunOutcome failed;
    failed.status = "failed";
    failed.error = "the runner ended without reporting its samples";
    failed.crashed = true;
    const json broken = engine::nativeRecordMeta(entry, options, engine::NativeToolReport{}, failed);
    EXPECT_EQ(failed.error, broken["error"]);
    EXPECT_TRUE(broken["crashed"].get<bool>());
    EXPECT_FALSE(broken.contains("runtime_version")) << "the tool never started";
}

TEST(RunFacts, TheEngineFactsLandUnderTheirKeysOverWhatThePageReported)
{
    engine::RunFacts facts;
    facts.status = "failed";
    facts.error = "cannot store the trace: disk full";
    facts.eventsRejected.add("a negative sample");
    facts.eventsRejected.add("another");
    facts.remoteMemory = engine::RemoteMemory{};
    facts.remoteMemory->pageJsHeapReason = "this browser's pages cannot read their heap size";
    facts.trace = engine::TraceFacts{};
    facts.trace->storeError = true;
    facts.trace->reason = facts.error;
    facts.driver.node = "http://node:5555";
    json meta = {{"env", {{"threads_used", 2}}}, {"status", "ok"}};
    engine::writeRunFacts(facts, meta);
    EXPECT_EQ("failed", meta["status"]) << "the engine's verdict is the record's";
    EXPECT_EQ(2, meta["env"]["threads_used"]) << "what the page reported stays";
    EXPECT_EQ(2, meta["page_events_rejected"]["count"]);
    EXPECT_EQ("a negative sample", meta["page_events_rejected"]["first_reason"]);
    EXPECT_FALSE(meta.contains("page_batches_rejected"));
    EXPECT_FALSE(meta["memory"]["available"].get<bool>());
    EXPECT_EQ("this browser's pages cannot read their heap size", meta["memory"]["page_js_heap"]);
    EXPECT_TRUE(meta["trace"]["store_error"].get<bool>());
    EXPECT_EQ("http://node:5555", meta["node"]);
    EXPECT_FALSE(meta.contains("responsiveness")) << "not probed: no section";
    EXPECT_FALSE(meta.contains("wall_ms"));
}

TEST(RunFacts, TheProbesAnswerIsReadFromItsLineAndOtherLinesAreNot)
{
    const auto probe = engine::machineProbeOfLine(R"({"event": "probe", "ms": 33.5, "passes": [33, 34]})");
    ASSERT_TRUE(probe);
    EXPECT_EQ(33.5, *probe->ms);
    EXPECT_EQ(2u, probe->passes.size());
    EXPECT_FALSE(engine::machineProbeOfLine(R"({"event": "probe"})"));
    EXPECT_FALSE(engine::machineProbeOfLine("Segmentation fault"));
}

namespace {
/// Every key of `j` (objects nested within it included, arrays not entered), as "key".
void keysOf(const json &j, std::set<std::string> &out)
{
    if (!j.is_object())
        return;
    for (const auto &[key, value] : j.items()) {
        out.insert(key);
        keysOf(value, out);
    }
}

std::string bundleFormatDoc()
{
    std::ifstream in(std::string(INFERSCOPE_SOURCE_DIR) + "/docs/BUNDLE_FORMAT.md");
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

engine::RunFacts everyFact()
{
    engine::RunFacts f;
    f.status = "ok";
    f.error = "e";
    f.wallStartMs = f.wallEndMs = f.wallMs = f.pageClockOffsetMs = 1.0;
    f.samplesAsked = 5;
    f.machineProbe = engine::MachineProbe{1.0, json::array(), {}};
    f.startedAlongside = {"other"};
    f.kvCacheBytesPerToken = 1.0;
    f.quantization = json::object();
    f.browserVersion = "1";
    f.driver = {"node", 1.0, "problem"};
    f.eventsRejected.add("x");
    f.batchesRejected.add("x");
    f.remoteMemory = engine::RemoteMemory{1.0, 2.0, 3, {}};
    f.jsHeap = engine::JsHeapFacts{1.0, 2.0, "page"};
    f.pss = engine::PssFacts{};
    f.jsHeapScope = "main thread";
    engine::CpuPerInference cpu;
    cpu.available = true;
    f.cpu = cpu;
    f.guiWorkload = json::object();
    f.video = json::object();
    f.responsivenessProbed = true;
    f.clicks = engine::ClickFacts{1, 1, 10, "no input"};
    f.frames = json::object();
    f.trace = engine::storedTraceFacts(10, "attachments/r.trace.json.zst", "[]");
    f.browserLog = engine::BrowserLogFacts{"attachments/r.browser.log.zst", 1, 0, {}};
    return f;
}
} // namespace

TEST(RunFacts, EveryKeyTheEngineWritesIsDocumentedInTheBundleFormat)
{
    const std::string doc = bundleFormatDoc();
    ASSERT_FALSE(doc.empty()) << "docs/BUNDLE_FORMAT.md not found";
    json meta = json::object();
    engine::writeRunFacts(everyFact(), meta);
    engine::NativeToolReport report;
    for (const char *line : {R"({"event": "start", "ort_version": "1", "node": "v20"})",
                             R"({"event": "setup", "ms": 1})", R"({"event": "warmup", "ms": 1, "count": 2})",
                             R"({"event": "done", "samples": 1, "cpu_ms": 1, "prediction_wall_ms": 1})"})
        engine::applyToolLine(report, line, 1.0, false);
    zoo::ModelEntry entry;
    engine::NativeRunOutcome failed;
    failed.status = "failed";
    failed.setupIncludes = "x";
    failed.pss = engine::PssSummary{};
    meta.update(engine::nativeRecordMeta(entry, engine::NativeRunOptions{}, report, failed), true);
    std::set<std::string> keys;
    keysOf(meta, keys);
    // Names built from a phase's name ("setup" -> setup_ms, marks.setup_end_ms) are documented by their pattern.
    for (const char *patterned : {"setup_ms", "warmup_ms", "setup_end_ms", "warmup_end_ms", "per_inference_ms_by_type"})
        keys.erase(patterned);
    for (const auto &key : keys)
        EXPECT_NE(std::string::npos, doc.find("`" + key + "`"))
            << key << " is written but not in docs/BUNDLE_FORMAT.md";
}
