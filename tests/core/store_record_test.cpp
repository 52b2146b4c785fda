#include "core/store/crc32.h"
#include "core/store/record_codec.h"
#include "core/store/store_error.h"

#include <cstring>
#include <gtest/gtest.h>

#include <cmath>
#include <random>

using namespace inferscope::store;

namespace {
RunRecord sampleRecord(std::size_t samples = 500)
{
    RunRecord r;
    r.runId = "0007-mobilenetv2-ort-wasm-t1";
    r.meta = {{"status", "ok"}, {"model", "mobilenetv2"}, {"threads", 1}, {"note", "ünïcode ✓"}};
    Series latency{"latency_ms", {}};
    for (std::size_t i = 0; i < samples; ++i)
        latency.values.push_back(30.0 + static_cast<double>(i % 17) * 0.125);
    r.series.push_back(latency);
    r.series.push_back({"empty", {}});
    r.series.push_back({"special", {0.0, -0.0, 1e308, -1e-308, std::numeric_limits<double>::denorm_min()}});
    return r;
}

StoreErrc decodeError(std::span<const std::byte> bytes)
{
    try {
        decodeRecord(bytes);
    } catch (const StoreError &e) {
        return e.code();
    }
    return static_cast<StoreErrc>(-1);
}
} // namespace

TEST(Crc32, MatchesTheStandardCheckValue)
{
    const char *text = "123456789";
    EXPECT_EQ(0xCBF43926u, crc32(std::as_bytes(std::span(text, 9))));
}

TEST(RecordCodec, NonFiniteValuesAreNeitherWrittenNorRead)
{
    // Series hold finite numbers only: a NaN would break every sort and rank the analyses do.
    for (const double bad :
         {std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(), std::nan("")}) {
        auto r = sampleRecord();
        r.series.back().values.push_back(bad);
        try {
            encodeRecord(r);
            ADD_FAILURE() << "encoded " << bad;
        } catch (const StoreError &e) {
            EXPECT_EQ(StoreErrc::InvalidArgument, e.code());
            EXPECT_NE(std::string::npos, std::string(e.what()).find("special"));
        }
    }
}

TEST(RecordCodec, RoundTripsShuffledAndPlain)
{
    const auto r = sampleRecord();
    EXPECT_EQ(r, decodeRecord(encodeRecord(r)));
    EXPECT_EQ(r, decodeRecord(encodeRecord(r, {.zstdLevel = 1, .layout = SeriesLayout::Plain})));
    EXPECT_EQ(r, decodeRecord(encodeRecord(r, {.zstdLevel = 1, .layout = SeriesLayout::BytePlanes})));
}

TEST(RecordCodec, RefusesInvalidRunIds)
{
    for (const char *bad : {"", "../escape", "a/b", ".hidden", "spaces here"}) {
        auto r = sampleRecord(1);
        r.runId = bad;
        EXPECT_THROW(encodeRecord(r), StoreError) << bad;
    }
}

TEST(RecordCodec, EveryTruncationIsReportedAsSuch)
{
    const auto bytes = encodeRecord(sampleRecord());
    for (std::size_t len = 0; len < bytes.size(); ++len) {
        const auto code = decodeError(std::span(bytes).first(len));
        EXPECT_EQ(StoreErrc::Truncated, code) << "length " << len;
    }
}

TEST(RecordCodec, EverySingleBitFlipIsDetected)
{
    // Fuzz-style: flip each bit of a small record in turn. CRCs over header and payload catch all
    // single-bit errors; what matters here is that none crashes, loops or decodes into wrong data.
    const auto bytes = encodeRecord(sampleRecord(40));
    for (std::size_t bit = 0; bit < bytes.size() * 8; ++bit) {
        auto damaged = bytes;
        damaged[bit / 8] ^= static_cast<std::byte>(1u << (bit % 8));
        const auto code = decodeError(damaged);
        EXPECT_TRUE(code == StoreErrc::Corrupted || code == StoreErrc::BadMagic) << "bit " << bit;
    }
}

TEST(RecordCodec, RandomDamageNeverCrashes)
{
    const auto bytes = encodeRecord(sampleRecord());
    std::mt19937_64 engine(1234);
    for (int trial = 0; trial < 2000; ++trial) {
        auto damaged = bytes;
        const int flips = 1 + static_cast<int>(engine() % 8);
        for (int i = 0; i < flips; ++i)
            damaged[engine() % damaged.size()] ^= static_cast<std::byte>(1u << (engine() % 8));
        damaged.resize(damaged.size() - engine() % 3);
        EXPECT_NE(static_cast<StoreErrc>(-1), decodeError(damaged)) << "trial " << trial;
    }
}

TEST(RecordCodec, RefusesNewerVersionsAndForeignFiles)
{
    auto bytes = encodeRecord(sampleRecord(3));
    // Rewrite the version and the header CRC as a future InferScope would write them.
    const std::uint32_t future = kRecordFormatVersion + 1;
    std::memcpy(bytes.data() + 8, &future, 4);
    const std::uint32_t crc = crc32(std::span(bytes).first(36));
    std::memcpy(bytes.data() + 36, &crc, 4);
    try {
        decodeRecord(bytes);
        FAIL() << "a newer record decoded";
    } catch (const StoreError &e) {
        EXPECT_EQ(StoreErrc::NewerFormat, e.code());
        EXPECT_NE(std::string::npos, std::string(e.what()).find("newer"));
    }
    std::string text = "{\"this is\": \"json, not a record\", \"padding\": \"................\"}";
    EXPECT_EQ(StoreErrc::BadMagic, decodeError(std::as_bytes(std::span(text.data(), text.size()))));
}

TEST(RecordCodec, AutoLayoutIsNeverWorseThanEitherFixedLayout)
{
    // Quantised latencies favour plain doubles, smooth timestamps favour byte planes: Auto must
    // pick the better one for each kind of series.
    std::mt19937_64 engine(8);
    std::lognormal_distribution<double> d(std::log(30.0), 0.1);
    RunRecord latency{"latency", {}, {{"latency_ms", {}}}};
    RunRecord clock{"clock", {}, {{"t_ms", {}}}};
    double now = 0;
    for (int i = 0; i < 20000; ++i) {
        latency.series[0].values.push_back(std::round(d(engine) * 1e4) / 1e4); // 100 ns timer resolution
        now += 100 + static_cast<double>(engine() % 50) / 10;
        clock.series[0].values.push_back(now);
    }
    for (const RunRecord *r : {&latency, &clock}) {
        const auto autoSize = encodeRecord(*r).size();
        const auto plain = encodeRecord(*r, {.layout = SeriesLayout::Plain}).size();
        const auto planes = encodeRecord(*r, {.layout = SeriesLayout::BytePlanes}).size();
        EXPECT_LE(autoSize, std::min(plain, planes) + 64) << r->runId;
        EXPECT_NE(plain, planes) << r->runId;
    }
}
