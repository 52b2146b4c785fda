#include "core/store/record_codec.h"

#include "core/json/untrusted_json.h"
#include "core/store/crc32.h"
#include "core/store/run_meta_check.h"
#include "core/store/store_error.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <memory>
#include <string>

#include <zstd.h>

static_assert(std::endian::native == std::endian::little, "the record codec assumes a little-endian host");

namespace inferscope::store {
namespace {
constexpr std::array<unsigned char, 8> kMagic{0x89, 'I', 'S', 'R', 0x0D, 0x0A, 0x1A, 0x0A};
// A header that passed its CRC can still claim absurd sizes if it was written that way on purpose.
// The largest real record (a 6 h run's memory timeline at 10 Hz, 100,000 samples) is tens of MB.
constexpr std::uint64_t kMaxPayload = 1ull << 30;

/// Decompresses one zstd frame into exactly `expected` bytes, growing the buffer only as data
/// arrives: a header (or frame) that claims gigabytes costs nothing until they really decompress.
std::vector<std::byte> decompressBounded(std::span<const std::byte> compressed, std::uint64_t expected)
{
    const unsigned long long frameSize = ZSTD_getFrameContentSize(compressed.data(), compressed.size());
    if (frameSize == ZSTD_CONTENTSIZE_ERROR)
        throw StoreError(StoreErrc::Corrupted, "payload is not a zstd frame");
    if (frameSize != ZSTD_CONTENTSIZE_UNKNOWN && frameSize != expected)
        throw StoreError(StoreErrc::Corrupted, "payload decompresses to a different size than its header says");
    std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)> dctx(ZSTD_createDCtx(), &ZSTD_freeDCtx);
    ZSTD_DCtx_setParameter(dctx.get(), ZSTD_d_windowLogMax,
                           27); // zstd's default cap: a frame may not ask for a 2 GB window
    std::vector<std::byte> raw;
    raw.resize(static_cast<std::size_t>(std::min<std::uint64_t>(expected, 1u << 20)));
    ZSTD_inBuffer in{compressed.data(), compressed.size(), 0};
    std::size_t produced = 0;
    for (;;) {
        if (produced == raw.size()) {
            if (raw.size() >= expected) {
                // Full: anything more is a size mismatch; one extra byte of room tells.
                std::byte probe[1];
                ZSTD_outBuffer out{probe, 1, 0};
                const std::size_t rc = ZSTD_decompressStream(dctx.get(), &out, &in);
                if (ZSTD_isError(rc))
                    throw StoreError(StoreErrc::Corrupted,
                                     std::string("payload does not decompress: ") + ZSTD_getErrorName(rc));
                if (out.pos > 0)
                    throw StoreError(StoreErrc::Corrupted, "payload decompresses to more than its header says");
                if (rc != 0)
                    throw StoreError(StoreErrc::Corrupted, "payload ends inside its zstd frame");
                break;
            }
            raw.resize(static_cast<std::size_t>(std::min<std::uint64_t>(expected, raw.size() * 2)));
        }
        ZSTD_outBuffer out{raw.data(), raw.size(), produced};
        const std::size_t rc = ZSTD_decompressStream(dctx.get(), &out, &in);
        if (ZSTD_isError(rc))
            throw StoreError(StoreErrc::Corrupted,
                             std::string("payload does not decompress: ") + ZSTD_getErrorName(rc));
        produced = out.pos;
        if (rc == 0) { // frame complete
            if (produced != expected || in.pos != in.size)
                throw StoreError(StoreErrc::Corrupted, "payload decompresses to a different size than its header says");
            break;
        }
        if (in.pos == in.size && out.pos < out.size)
            throw StoreError(StoreErrc::Corrupted, "payload ends inside its zstd frame");
    }
    raw.resize(produced);
    return raw;
}

class Writer {
public:
    template <typename T> void put(T value)
    {
        const auto *p = reinterpret_cast<const std::byte *>(&value);
        m_bytes.insert(m_bytes.end(), p, p + sizeof(T));
    }
    void putString(std::string_view s)
    {
        put(static_cast<std::uint32_t>(s.size()));
        const auto *p = reinterpret_cast<const std::byte *>(s.data());
        m_bytes.insert(m_bytes.end(), p, p + s.size());
    }
    void putValues(const std::vector<double> &values, bool shuffle)
    {
        put(static_cast<std::uint8_t>(shuffle ? SeriesLayout::BytePlanes : SeriesLayout::Plain));
        put(static_cast<std::uint64_t>(values.size()));
        const std::size_t start = m_bytes.size();
        m_bytes.resize(start + values.size() * sizeof(double));
        std::byte *out = m_bytes.data() + start;
        if (!shuffle) {
            std::memcpy(out, values.data(), values.size() * sizeof(double));
            return;
        }
        const auto *in = reinterpret_cast<const std::byte *>(values.data());
        const std::size_t n = values.size();
        for (std::size_t plane = 0; plane < sizeof(double); ++plane)
            for (std::size_t i = 0; i < n; ++i)
                out[plane * n + i] = in[i * sizeof(double) + plane];
    }
    std::vector<std::byte> take() { return std::move(m_bytes); }

private:
    std::vector<std::byte> m_bytes;
};

class Reader {
public:
    explicit Reader(std::span<const std::byte> bytes) : m_bytes(bytes) {}

    template <typename T> T get(const char *what)
    {
        need(sizeof(T), what);
        T value;
        std::memcpy(&value, m_bytes.data() + m_pos, sizeof(T));
        m_pos += sizeof(T);
        return value;
    }
    std::string getString(const char *what)
    {
        const auto size = get<std::uint32_t>(what);
        need(size, what);
        std::string s(reinterpret_cast<const char *>(m_bytes.data() + m_pos), size);
        m_pos += size;
        return s;
    }
    std::vector<double> getValues(const std::string &name)
    {
        const auto layout = get<std::uint8_t>("series layout");
        if (layout != static_cast<std::uint8_t>(SeriesLayout::Plain) &&
            layout != static_cast<std::uint8_t>(SeriesLayout::BytePlanes))
            throw StoreError(StoreErrc::Corrupted, "series '" + name + "' has an unknown layout");
        const bool shuffled = layout == static_cast<std::uint8_t>(SeriesLayout::BytePlanes);
        const auto count = get<std::uint64_t>("series length");
        if (count > (m_bytes.size() - m_pos) / sizeof(double))
            throw StoreError(StoreErrc::Corrupted, "series '" + name + "' claims more values than the payload holds");
        std::vector<double> values(static_cast<std::size_t>(count));
        auto *out = reinterpret_cast<std::byte *>(values.data());
        const std::byte *in = m_bytes.data() + m_pos;
        const std::size_t n = values.size();
        if (!shuffled) {
            std::memcpy(out, in, n * sizeof(double));
        } else {
            for (std::size_t plane = 0; plane < sizeof(double); ++plane)
                for (std::size_t i = 0; i < n; ++i)
                    out[i * sizeof(double) + plane] = in[plane * n + i];
        }
        m_pos += n * sizeof(double);
        // No writer stores NaN or infinity (JSON cannot carry them, /proc counts are integers): one in a
        // record is damage, and the analyses (sorting, ranking) must never see it.
        for (std::size_t i = 0; i < n; ++i)
            if (!std::isfinite(values[i]))
                throw StoreError(StoreErrc::Corrupted, "series '" + name +
                                                           "' holds a value that is not a finite number (at index " +
                                                           std::to_string(i) + ")");
        return values;
    }
    bool atEnd() const { return m_pos == m_bytes.size(); }

private:
    void need(std::size_t size, const char *what) const
    {
        if (size > m_bytes.size() - m_pos)
            throw StoreError(StoreErrc::Corrupted, std::string("payload ends inside the ") + what);
    }
    std::span<const std::byte> m_bytes;
    std::size_t m_pos = 0;
};

std::size_t probeSize(const std::vector<double> &values, std::size_t count, bool shuffle)
{
    Writer w;
    w.putValues(std::vector<double>(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(count)), shuffle);
    const auto bytes = w.take();
    std::vector<std::byte> out(ZSTD_compressBound(bytes.size()));
    const std::size_t size = ZSTD_compress(out.data(), out.size(), bytes.data(), bytes.size(), 1);
    return ZSTD_isError(size) ? bytes.size() : size;
}

/// The layout that compresses this series better, judged on its first 16 Ki values at zstd level 1.
bool chooseBytePlanes(const std::vector<double> &values, SeriesLayout requested)
{
    if (requested != SeriesLayout::Auto)
        return requested == SeriesLayout::BytePlanes;
    if (values.size() < 64)
        return false;
    const std::size_t count = std::min<std::size_t>(values.size(), 16384);
    return probeSize(values, count, true) < probeSize(values, count, false);
}

template <typename T> void storeAt(std::vector<std::byte> &bytes, std::size_t offset, T value)
{
    std::memcpy(bytes.data() + offset, &value, sizeof(T));
}

template <typename T> T loadAt(std::span<const std::byte> bytes, std::size_t offset)
{
    T value;
    std::memcpy(&value, bytes.data() + offset, sizeof(T));
    return value;
}
} // namespace

const char *zstdVersion()
{
    return ZSTD_versionString();
}

std::vector<std::byte> encodeRecord(const RunRecord &record, const EncodeOptions &options)
{
    if (!isValidRunId(record.runId))
        throw StoreError(StoreErrc::InvalidArgument, "invalid run id '" + record.runId + "'");
    if (!record.meta.is_object() && !record.meta.is_null())
        throw StoreError(StoreErrc::InvalidArgument, "run metadata must be a JSON object");

    Writer payload;
    payload.putString(record.runId);
    payload.putString(record.meta.is_null() ? std::string("{}") : record.meta.dump());
    payload.put(static_cast<std::uint32_t>(record.series.size()));
    for (const auto &s : record.series) {
        for (double v : s.values)
            if (!std::isfinite(v)) // the reader refuses them (damage); never write what cannot be read back
                throw StoreError(StoreErrc::InvalidArgument, "series '" + s.name + "' of run '" + record.runId +
                                                                 "' holds a value that is not a finite number");
        payload.putString(s.name);
        payload.putValues(s.values, chooseBytePlanes(s.values, options.layout));
    }
    const auto raw = payload.take();

    std::vector<std::byte> out(kRecordHeaderSize + ZSTD_compressBound(raw.size()));
    ZSTD_CCtx *cctx = ZSTD_createCCtx();
    ZSTD_CCtx_setParameter(cctx, ZSTD_c_compressionLevel, options.zstdLevel);
    ZSTD_CCtx_setParameter(cctx, ZSTD_c_checksumFlag, 1);
    const std::size_t compressed =
        ZSTD_compress2(cctx, out.data() + kRecordHeaderSize, out.size() - kRecordHeaderSize, raw.data(), raw.size());
    ZSTD_freeCCtx(cctx);
    if (ZSTD_isError(compressed))
        throw StoreError(StoreErrc::Io, std::string("zstd compression failed: ") + ZSTD_getErrorName(compressed));
    out.resize(kRecordHeaderSize + compressed);

    std::memcpy(out.data(), kMagic.data(), kMagic.size());
    storeAt<std::uint32_t>(out, 8, kRecordFormatVersion);
    storeAt<std::uint32_t>(out, 12, 0u);
    storeAt<std::uint64_t>(out, 16, raw.size());
    storeAt<std::uint64_t>(out, 24, compressed);
    storeAt<std::uint32_t>(out, 32, crc32(std::span(out).subspan(kRecordHeaderSize)));
    storeAt<std::uint32_t>(out, 36, crc32(std::span(out).first(36)));
    return out;
}

RunRecord decodeRecord(std::span<const std::byte> bytes)
{
    if (bytes.size() < kRecordHeaderSize)
        throw StoreError(StoreErrc::Truncated,
                         "record is " + std::to_string(bytes.size()) + " bytes, shorter than its 40-byte header");
    if (std::memcmp(bytes.data(), kMagic.data(), kMagic.size()) != 0)
        throw StoreError(StoreErrc::BadMagic, "not an InferScope run record (wrong magic bytes)");
    if (loadAt<std::uint32_t>(bytes, 36) != crc32(bytes.first(36)))
        throw StoreError(StoreErrc::Corrupted, "record header checksum mismatch");
    const auto version = loadAt<std::uint32_t>(bytes, 8);
    if (version > kRecordFormatVersion)
        throw StoreError(StoreErrc::NewerFormat, "record format version " + std::to_string(version) +
                                                     " is newer than this InferScope reads (" +
                                                     std::to_string(kRecordFormatVersion) + "); update InferScope");
    if (version == 0)
        throw StoreError(StoreErrc::Corrupted, "record format version 0 does not exist");
    const auto rawSize = loadAt<std::uint64_t>(bytes, 16);
    const auto compressedSize = loadAt<std::uint64_t>(bytes, 24);
    const std::uint64_t available = bytes.size() - kRecordHeaderSize;
    if (compressedSize > available)
        throw StoreError(StoreErrc::Truncated, "record is truncated: header announces " +
                                                   std::to_string(compressedSize) + " payload bytes, file holds " +
                                                   std::to_string(available));
    if (compressedSize < available)
        throw StoreError(StoreErrc::Corrupted,
                         std::to_string(available - compressedSize) + " unexpected bytes after the record's payload");
    if (rawSize > kMaxPayload)
        throw StoreError(StoreErrc::Corrupted, "record header claims an implausible payload size");
    const auto compressed = bytes.subspan(kRecordHeaderSize);
    if (loadAt<std::uint32_t>(bytes, 32) != crc32(compressed))
        throw StoreError(StoreErrc::Corrupted, "payload checksum mismatch (the file was damaged after writing)");

    const std::vector<std::byte> raw = decompressBounded(compressed, rawSize);

    Reader in(raw);
    RunRecord record;
    record.runId = in.getString("run id");
    if (!isValidRunId(record.runId))
        throw StoreError(StoreErrc::Corrupted, "record holds an invalid run id");
    const std::string metaText = in.getString("metadata");
    std::string why;
    record.meta = untrusted::parseUntrustedOrDiscard(metaText, &why);
    if (record.meta.is_discarded() || !record.meta.is_object())
        throw StoreError(StoreErrc::Corrupted,
                         "record metadata is not a JSON object" + (why.empty() ? std::string() : ": " + why));
    checkRunMeta(record.meta);
    checkRunIdentity(record.runId, record.meta);
    const auto seriesCount = in.get<std::uint32_t>("series count");
    for (std::uint32_t i = 0; i < seriesCount; ++i) {
        Series s;
        s.name = in.getString("series name");
        s.values = in.getValues(s.name);
        record.series.push_back(std::move(s));
    }
    if (!in.atEnd())
        throw StoreError(StoreErrc::Corrupted, "payload has trailing bytes after the last series");
    return record;
}

} // namespace inferscope::store
