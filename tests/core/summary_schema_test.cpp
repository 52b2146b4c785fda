// The typed cell summary against its documentation (docs/SUMMARY_SCHEMA.md): every field the schema's table names is
// a field the type writes, every field the type writes is documented, and a summary reads back from its JSON.
#include "core/results/cell_summary.h"
#include "core/store/atomic_file.h"

#include <gtest/gtest.h>
#include <regex>
#include <set>
#include <string>

using namespace inferscope;

namespace {

/// A summary with every optional part present, so its JSON holds every key the type can write.
results::CellSummary everyFieldPresent()
{
    results::CellSummary c;
    c.config = results::cellConfigOf({{"cell", "m_ort-web_wasm_t1_qtwebengine_main"},
                                      {"model", "m"},
                                      {"runtime", "ort-web"},
                                      {"backend", "wasm"},
                                      {"threads", 1},
                                      {"browser", "qtwebengine"},
                                      {"placement", "main"},
                                      {"runtime_version", "1.17"}});
    c.status = "ok";
    c.repetitions = c.okRepetitions = 3;
    c.fetchMs = c.setupMs = c.firstMs = c.warmupMs = c.medianMs = c.ciLowMs = c.ciHighMs = 1;
    c.ciScope = "repetitions";
    c.repetitionsFor5Percent = 4;
    c.samplesNote = c.slowdownNote = c.operatorsSource = c.operatorsNote = c.realtimeAccuracyMethod = "x";
    c.speedupNote = c.speedupOverFloatNote = c.speedupAdds = c.gpu = "x";
    const results::CellRatio ratio{true, 2, {1, 3}, "repetitions"};
    c.slowdownVsNative = c.slowdownVsPytorchEager = c.slowdownVsPytorchTorchscript = ratio;
    c.speedupOverPlainWasm = c.speedupOverFloat = ratio;
    c.operators = std::vector<results::OperatorRow>{{"Conv", 1, 1, 1, 1}};
    c.realtimeAccuracy = {{30, 0.5}};
    c.quantization = {{"scheme", "qdq-int8"}, {"from", "f"}};
    c.generation = results::GenerationCellSummary{};
    c.generation->tokensIdenticalToNative = false;
    c.generation->firstDivergenceFromNative = 3;
    c.generation->ttftCi = c.generation->tokensPerSCi = c.generation->pssPerTokenCi = results::Interval{1, 2};
    c.generation->pssPerTokenRange = results::Interval{1, 2};
    c.generation->pssPerTokenCiScope = "within-run";
    c.error = "failed: x";
    c.env = results::CellEnvironment{true, 2, "1.30.0"};
    return c;
}

std::string schemaText()
{
    return store::readWholeTextFile(std::string(INFERSCOPE_SOURCE_DIR) + "/docs/SUMMARY_SCHEMA.md", 1 << 20);
}

/// The names in backticks in the first column of the schema's table (a leading "_" is a suffix: "their `_ci`").
std::set<std::string> tableFields(const std::string &text)
{
    std::set<std::string> names;
    const std::regex row(R"(\n\| ([^|]+) \|)"), name("`([a-z0-9_]+)`");
    for (auto r = std::sregex_iterator(text.begin(), text.end(), row); r != std::sregex_iterator(); ++r) {
        const std::string column = (*r)[1];
        for (auto n = std::sregex_iterator(column.begin(), column.end(), name); n != std::sregex_iterator(); ++n)
            if (const std::string field = (*n)[1]; field.front() != '_')
                names.insert(field);
    }
    return names;
}

void collectKeys(const nlohmann::json &j, std::set<std::string> &keys)
{
    if (!j.is_object())
        return;
    for (const auto &[key, value] : j.items()) {
        keys.insert(key);
        if (key != "quantization" && key != "realtime_accuracy") // recorded as is, and keyed by frame rate
            collectKeys(value, keys);
    }
    if (j.contains("operators") && j["operators"].is_array())
        for (const auto &row : j["operators"])
            collectKeys(row, keys);
}

} // namespace

TEST(SummarySchema, EveryFieldTheSchemaTableNamesIsOneTheTypeWrites)
{
    const nlohmann::json written = results::toJson(everyFieldPresent());
    const auto documented = tableFields(schemaText());
    ASSERT_GT(documented.size(), 60u); // the table was read
    for (const auto &field : documented)
        EXPECT_TRUE(written.contains(field)) << "docs/SUMMARY_SCHEMA.md names `" << field << "`, the type lacks it";
}

TEST(SummarySchema, EveryFieldTheTypeWritesIsDocumented)
{
    const std::string text = schemaText();
    std::set<std::string> keys;
    collectKeys(results::toJson(everyFieldPresent()), keys);
    for (const auto &key : keys)
        EXPECT_NE(std::string::npos, text.find("`" + key + "`"))
            << "the cell summary writes `" << key << "`, docs/SUMMARY_SCHEMA.md does not say what it is";
}

TEST(SummarySchema, ASummaryReadsBackFromItsJson)
{
    const nlohmann::json once = results::toJson(everyFieldPresent());
    EXPECT_EQ(once, results::toJson(results::cellSummaryFromJson(once)));
    // A summary with nothing measured: nulls stay nulls, absent parts stay absent.
    results::CellSummary empty;
    empty.config = results::cellConfigOf({{"cell", "c"}, {"browser", "native"}});
    empty.status = "failed";
    const nlohmann::json bare = results::toJson(empty);
    EXPECT_TRUE(bare["median_ms"].is_null());
    EXPECT_TRUE(bare["slowdown_ci"].is_null());
    EXPECT_FALSE(bare.contains("generation"));
    EXPECT_FALSE(bare.contains("slowdown_vs_native_ci_scope"));
    EXPECT_EQ(bare, results::toJson(results::cellSummaryFromJson(bare)));
}

TEST(SummarySchema, ACellReadsItsVocabulariesOnceAndKeepsTheSpellingItDoesNotKnow)
{
    const auto c = results::cellConfigOf(
        {{"cell", "k"}, {"browser", "webkit"}, {"runtime", "ort-web"}, {"backend", "webgpu"}, {"threads", "two"}});
    EXPECT_EQ(experiment::BrowserKind::Unknown, c.browserKind);
    EXPECT_EQ("webkit", c.browser); // shown as recorded
    EXPECT_EQ(experiment::Runtime::OrtWeb, c.runtimeKind);
    EXPECT_TRUE(experiment::usesGpu(c.backendKind));
    EXPECT_EQ(1, c.threads); // a field of the wrong type reads as absent
    const auto native = results::cellConfigOf({{"cell", "n"}, {"browser", "native"}});
    EXPECT_TRUE(native.isNative());
    EXPECT_EQ(experiment::Runtime::OnnxRuntimeNode, native.runtimeKind); // records from before the runtime was named
    for (const auto status : {experiment::RunStatus::Ok, experiment::RunStatus::Failed,
                              experiment::RunStatus::Unsupported, experiment::RunStatus::Cancelled})
        EXPECT_EQ(status, experiment::parseRunStatus(experiment::name(status)));
    EXPECT_EQ(experiment::RunStatus::Unknown, experiment::parseRunStatus("OK"));
}
