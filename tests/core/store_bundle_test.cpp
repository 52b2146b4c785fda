#include "core/store/atomic_file.h"
#include "core/store/attachment.h"
#include "core/store/bundle.h"
#include "core/store/record_codec.h"

#include <csignal>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace inferscope::store;
namespace fs = std::filesystem;

namespace {
class TempDir {
public:
    TempDir()
    {
        char pattern[] = "/tmp/inferscope-test-XXXXXX";
        m_path = ::mkdtemp(pattern);
    }
    ~TempDir() { fs::remove_all(m_path); }
    const fs::path &path() const { return m_path; }

private:
    fs::path m_path;
};

RunRecord run(int i)
{
    RunRecord r;
    char id[32];
    std::snprintf(id, sizeof id, "run-%04d", i);
    r.runId = id;
    r.meta = {{"index", i}, {"status", "ok"}};
    r.series.push_back({"latency_ms", std::vector<double>(static_cast<std::size_t>(100 + i), 1.0 * i)});
    return r;
}

void writeText(const fs::path &path, const std::string &text)
{
    std::ofstream(path, std::ios::binary) << text;
}
} // namespace

TEST(Bundle, WritesAndReadsEveryRunWithTheManifest)
{
    TempDir dir;
    auto writer = BundleWriter::open(dir.path() / "b", {{"plan", {{"name", "quick"}}}});
    for (int i = 0; i < 5; ++i)
        writer.writeRun(run(i));
    const auto contents = readBundle(dir.path() / "b");
    EXPECT_EQ("quick", contents.manifest["plan"]["name"]);
    EXPECT_EQ(kBundleFormatVersion, contents.manifest["format_version"]);
    ASSERT_EQ(5u, contents.runs.size());
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(run(i), contents.runs[static_cast<std::size_t>(i)]);
    EXPECT_TRUE(contents.problems.empty());
}

TEST(Bundle, ReopeningResumesAndRefusesDuplicateRuns)
{
    TempDir dir;
    {
        auto writer = BundleWriter::open(dir.path(), {{"plan", {{"name", "first"}}}});
        writer.writeRun(run(1));
    }
    auto writer = BundleWriter::open(dir.path(), {{"plan", {{"name", "ignored on resume"}}}});
    EXPECT_EQ("first", writer.manifest()["plan"]["name"]);
    EXPECT_TRUE(writer.hasRun("run-0001"));
    EXPECT_THROW(writer.writeRun(run(1)), StoreError);
    writer.writeRun(run(2));
    EXPECT_EQ(2u, readBundle(dir.path()).runs.size());
}

TEST(Bundle, ARecordWhoseIdentityDisagreesWithItselfIsADamagedRecord)
{
    // Issue 23: a record whose model contradicts its run id was accepted, its numbers filed under another
    // configuration. Its cell, run id and model must agree.
    TempDir dir;
    auto writer = BundleWriter::open(dir.path());
    const std::string cell = "mobilenetv2_ort-web_wasm_t1_chromium_main";
    RunRecord good{
        cell + "_r1", {{"status", "ok"}, {"cell", cell}, {"model", "mobilenetv2"}}, {{"latency_ms", {1.0, 2.0}}}};
    RunRecord otherModel{
        cell + "_r2", {{"status", "ok"}, {"cell", cell}, {"model", "resnet50"}}, {{"latency_ms", {1.0}}}};
    RunRecord otherCell{"resnet50_ort-web_wasm_t1_chromium_main_r1",
                        {{"status", "ok"}, {"cell", cell}, {"model", "mobilenetv2"}},
                        {{"latency_ms", {1.0}}}};
    RunRecord noRepetition{
        cell + "_rx", {{"status", "ok"}, {"cell", cell}, {"model", "mobilenetv2"}}, {{"latency_ms", {1.0}}}};
    for (const auto *r : {&good, &otherModel, &otherCell, &noRepetition})
        writer.writeRun(*r);
    const auto contents = readBundle(dir.path());
    ASSERT_EQ(1u, contents.runs.size());
    EXPECT_EQ(good.runId, contents.runs[0].runId);
    ASSERT_EQ(3u, contents.problems.size());
    std::string messages;
    for (const auto &p : contents.problems)
        messages += p.message + "\n";
    EXPECT_NE(std::string::npos, messages.find("the model resnet50 contradicts the record's cell")) << messages;
    EXPECT_NE(std::string::npos, messages.find("is not a repetition of its cell")) << messages;
}

TEST(Bundle, DamagedRecordsAreNamedAndTheRestStillLoads)
{
    TempDir dir;
    auto writer = BundleWriter::open(dir.path());
    for (int i = 0; i < 4; ++i)
        writer.writeRun(run(i));
    const auto runs = dir.path() / "runs";
    fs::resize_file(runs / "run-0001.isr", fs::file_size(runs / "run-0001.isr") - 7);
    {
        std::fstream f(runs / "run-0002.isr", std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(60);
        f.put('\x55');
    }
    fs::copy_file(runs / "run-0003.isr", runs / "run-0009.isr"); // right bytes, wrong name

    const auto contents = readBundle(dir.path());
    ASSERT_EQ(2u, contents.runs.size());
    EXPECT_EQ("run-0000", contents.runs[0].runId);
    EXPECT_EQ("run-0003", contents.runs[1].runId);
    ASSERT_EQ(3u, contents.problems.size());
    EXPECT_EQ("run-0001.isr", contents.problems[0].fileName);
    EXPECT_EQ(StoreErrc::Truncated, contents.problems[0].code);
    EXPECT_NE(std::string::npos, contents.problems[0].message.find("run-0001.isr"));
    EXPECT_EQ(StoreErrc::Corrupted, contents.problems[1].code);
    EXPECT_EQ(StoreErrc::Corrupted, contents.problems[2].code);
}

TEST(Bundle, ManifestProblemsAreClearErrors)
{
    TempDir dir;
    try {
        readBundle(dir.path());
        FAIL();
    } catch (const StoreError &e) {
        EXPECT_EQ(StoreErrc::NotABundle, e.code());
    }
    writeText(dir.path() / "manifest.json", "{\"magic\": \"inferscope-bundle\", \"format_version\": 99}");
    try {
        readBundle(dir.path());
        FAIL();
    } catch (const StoreError &e) {
        EXPECT_EQ(StoreErrc::NewerFormat, e.code());
        EXPECT_NE(std::string::npos, std::string(e.what()).find("99"));
    }
    EXPECT_THROW(BundleWriter::open(dir.path()), StoreError); // never appends to a bundle it cannot read
    writeText(dir.path() / "manifest.json", "{\"magic\": \"inferscope-bundle\", \"format_ver");
    try {
        readBundle(dir.path());
        FAIL();
    } catch (const StoreError &e) {
        EXPECT_EQ(StoreErrc::BadManifest, e.code());
    }
}

TEST(Bundle, AKilledWriterLosesAtMostTheRunInFlight)
{
    // A real SIGKILL of a process that writes large runs back to back: every record on disk must be
    // complete, and a resumed writer must carry on from there.
    TempDir dir;
    BundleWriter::open(dir.path());
    int fds[2];
    ASSERT_EQ(0, ::pipe(fds));
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        ::close(fds[0]);
        auto writer = BundleWriter::open(dir.path());
        for (int i = 0;; ++i) {
            RunRecord r = run(i);
            r.series[0].values.assign(400000, 1.0 * i); // ~3 MB raw: the kill lands mid-write often
            writer.writeRun(r);
            if (i == 2) {
                const char ready = 'r';
                (void)!::write(fds[1], &ready, 1);
            }
        }
    }
    ::close(fds[1]);
    char ready = 0;
    ASSERT_EQ(1, ::read(fds[0], &ready, 1));
    ::usleep(3000);
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    ::close(fds[0]);
    ASSERT_TRUE(WIFSIGNALED(status));

    const auto contents = readBundle(dir.path());
    EXPECT_TRUE(contents.problems.empty());
    ASSERT_GE(contents.runs.size(), 3u);
    for (std::size_t i = 0; i < contents.runs.size(); ++i)
        EXPECT_EQ(static_cast<double>(i), contents.runs[i].series[0].values.back());

    auto resumed = BundleWriter::open(dir.path());
    EXPECT_EQ(contents.runs.size(), resumed.runIds().size());
    resumed.writeRun(run(static_cast<int>(contents.runs.size())));
    const auto after = readBundle(dir.path());
    EXPECT_EQ(0u, after.abandonedWrites); // the resumed writer cleaned up the dead one's temp file
    EXPECT_EQ(contents.runs.size() + 1, after.runs.size());
}

TEST(Bundle, AttachmentsRoundTripAreListedAndDamageIsDetected)
{
    TempDir dir;
    auto writer = BundleWriter::open(dir.path(), {});
    std::string trace = R"({"traceEvents": [)";
    for (int i = 0; i < 2000; ++i)
        trace += R"({"name": "RunTask", "ph": "X", "ts": )" + std::to_string(i * 100) + R"(, "dur": 50},)";
    trace += "{}]}";
    writeAttachment(dir.path(), "r1", "trace.json", trace);
    EXPECT_EQ(trace, readAttachment(dir.path(), "r1", "trace.json"));
    EXPECT_LT(fs::file_size(attachmentPath(dir.path(), "r1", "trace.json")), trace.size() / 5); // compressed
    EXPECT_EQ(std::vector<std::string>{"trace.json"}, attachmentNames(dir.path(), "r1"));
    EXPECT_TRUE(attachmentNames(dir.path(), "r2").empty());
    EXPECT_THROW(writeAttachment(dir.path(), "r1", "../escape", "x"), StoreError);
    EXPECT_THROW(writeAttachment(dir.path(), "../r1", "trace.json", "x"), StoreError);
    // The bundle's records are unaffected by the attachments folder.
    EXPECT_TRUE(readBundle(dir.path()).problems.empty());
    // A flipped byte in the middle fails the frame's checksum; a truncated file is not a whole frame.
    const fs::path file = attachmentPath(dir.path(), "r1", "trace.json");
    auto bytes = readWholeFile(file);
    bytes[bytes.size() / 2] ^= std::byte{0x40};
    {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char *>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    }
    EXPECT_THROW(readAttachment(dir.path(), "r1", "trace.json"), StoreError);
    fs::resize_file(file, 10);
    EXPECT_THROW(readAttachment(dir.path(), "r1", "trace.json"), StoreError);
    EXPECT_THROW(readAttachment(dir.path(), "r1", "missing"), StoreError);
}
