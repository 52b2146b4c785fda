#pragma once
// The damaged-bundle generator (issue 13), shared by the core fuzz test (every reader without a GUI) and the
// app fuzz test (the report and figures, issue 23). A seeded generator derives thousands of bundles from a
// real one (tests/core/fixtures/seed_bundle, measured with seed_bundle.plan.json): byte damage, structural
// edits with valid checksums, every metadata field given every wrong type, deep nesting, huge size claims,
// odd file kinds. `BundleFuzzer::damageEveryWay` hands each to an exerciser; passing means no crash, no hang
// (the ctest timeout), no exception other than a StoreError for a bundle that cannot be opened, and every
// record the mutation did not touch still reported.

#include "core/results/baseline_comparison.h"
#include "core/results/bundle_view.h"
#include "core/results/cell_summary.h"
#include "core/results/exports.h"
#include "core/results/study.h"
#include "core/store/bundle.h"
#include "core/store/crc32.h"
#include "core/store/record_codec.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <set>
#include <string>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>
#include <zstd.h>

namespace inferscope::tests::fuzz {
namespace fs = std::filesystem;
using namespace inferscope;
using nlohmann::json;

inline const fs::path kSeed = fs::path(INFERSCOPE_FIXTURES_DIR) / "seed_bundle";

inline std::vector<std::byte> readBytes(const fs::path &p)
{
    std::ifstream in(p, std::ios::binary);
    std::string s((std::istreambuf_iterator<char>(in)), {});
    std::vector<std::byte> out(s.size());
    std::memcpy(out.data(), s.data(), s.size());
    return out;
}

inline void writeBytes(const fs::path &p, const std::vector<std::byte> &bytes)
{
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char *>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
}

inline void writeText(const fs::path &p, const std::string &text)
{
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out << text;
}

/// A record built byte by byte, so the test can write what the encoder refuses to (bad run ids,
/// deep or non-UTF-8 metadata, lying counts), with valid checksums around it.
struct Forge {
    std::string runId;
    std::string metaText = "{}";
    struct RawSeries {
        std::string name;
        std::uint8_t layout = 0;
        std::uint64_t count = 0;
        std::vector<double> values;
    };
    std::vector<RawSeries> series;
    std::uint32_t seriesCount = 0xFFFFFFFF; ///< as written; default: series.size()
    std::uint32_t version = 1;
    std::uint32_t flags = 0;
    std::int64_t rawSizeDelta = 0;     ///< added to the true payload size in the header
    std::uint64_t rawSizeOverride = 0; ///< when non-zero, the header's payload size
    std::string trailing;              ///< bytes after the last series, inside the payload
};

template <typename T> void put(std::vector<std::byte> &out, T v)
{
    const auto *p = reinterpret_cast<const std::byte *>(&v);
    out.insert(out.end(), p, p + sizeof v);
}
inline void putString(std::vector<std::byte> &out, const std::string &s)
{
    put(out, static_cast<std::uint32_t>(s.size()));
    const auto *p = reinterpret_cast<const std::byte *>(s.data());
    out.insert(out.end(), p, p + s.size());
}

inline std::vector<std::byte> forge(const Forge &f)
{
    std::vector<std::byte> raw;
    putString(raw, f.runId);
    putString(raw, f.metaText);
    put(raw, f.seriesCount == 0xFFFFFFFF ? static_cast<std::uint32_t>(f.series.size()) : f.seriesCount);
    for (const auto &s : f.series) {
        putString(raw, s.name);
        put(raw, s.layout);
        put(raw, s.count);
        for (double v : s.values)
            put(raw, v);
    }
    for (char c : f.trailing)
        raw.push_back(static_cast<std::byte>(c));
    std::vector<std::byte> out(40 + ZSTD_compressBound(raw.size()));
    const std::size_t n = ZSTD_compress(out.data() + 40, out.size() - 40, raw.data(), raw.size(), 3);
    out.resize(40 + n);
    const unsigned char magic[8] = {0x89, 'I', 'S', 'R', 0x0D, 0x0A, 0x1A, 0x0A};
    std::memcpy(out.data(), magic, 8);
    auto at = [&](std::size_t off, auto v) { std::memcpy(out.data() + off, &v, sizeof v); };
    at(8, f.version);
    at(12, f.flags);
    at(16, f.rawSizeOverride ? f.rawSizeOverride
                             : static_cast<std::uint64_t>(static_cast<std::int64_t>(raw.size()) + f.rawSizeDelta));
    at(24, static_cast<std::uint64_t>(n));
    at(32, store::crc32(std::span<const std::byte>(out).subspan(40)));
    at(36, store::crc32(std::span<const std::byte>(out).first(36)));
    return out;
}

/// Every path into a JSON value (objects by key, the first three elements of arrays).
inline void paths(const json &j, const json::json_pointer &at, std::vector<json::json_pointer> &out)
{
    if (j.is_object())
        for (const auto &[k, v] : j.items()) {
            out.push_back(at / k);
            paths(v, at / k, out);
        }
    else if (j.is_array())
        for (std::size_t i = 0; i < j.size() && i < 3; ++i) {
            out.push_back(at / i);
            paths(j[i], at / i, out);
        }
}

struct Outcome {
    bool opened = false;
    std::set<std::string> runs, problemFiles;
    std::string unexpected; ///< an exception no reader should let out
};

/// Everything that reads a bundle without a GUI, in the order the CLI and the report use it.
inline Outcome exercise(const fs::path &dir, const fs::path &scratch)
{
    Outcome o;
    try {
        const auto contents = store::readBundle(dir);
        o.opened = true;
        for (const auto &r : contents.runs)
            o.runs.insert(r.runId);
        for (const auto &p : contents.problems)
            o.problemFiles.insert(p.fileName);
        const auto view = results::makeBundleView(dir, contents);
        std::size_t bytes = results::dumpJson(results::inspectJson(*view)).size();
        bytes += results::dumpJson(results::toJson(results::summarizeCells(*view))).size();
        bytes += results::dumpJson(results::toJson(results::studyReport(*view))).size();
        for (const char *baseline : {"native", "qtwebengine"}) {
            try {
                bytes += results::dumpJson(results::toJson(results::compareAgainstBaseline(*view, baseline))).size();
            } catch (const std::invalid_argument &) {
                // "the bundle has no native run to compare with": the answer when that run is damaged
            }
        }
        bytes += results::dumpJson(results::traceOf(contents.runs)).size();
        EXPECT_GT(bytes, 0u);
        results::exportCsv(dir, scratch / "csv");
        results::exportJson(dir, scratch / "all.json");
        results::exportTrace(dir, scratch / "trace.json");
    } catch (const store::StoreError &) {
        // A bundle that cannot be opened (or an export that cannot write): a clear error is the right answer.
    } catch (const std::exception &e) {
        o.unexpected = e.what();
    }
    return o;
}

inline std::string runIdOf(const std::string &file)
{
    return file.substr(0, file.size() - 4);
}

/// Hands every damaged bundle to `exercise` (every `stride`-th case only, for exercisers that draw).
class BundleFuzzer {
public:
    using Exerciser = std::function<Outcome(const fs::path &dir, const fs::path &scratch)>;
    BundleFuzzer(Exerciser exercise, std::size_t stride = 1)
        : m_exercise(std::move(exercise)), m_stride(std::max<std::size_t>(1, stride))
    {
        m_root = fs::temp_directory_path() / ("inferscope-fuzz-" + std::to_string(::getpid()));
        fs::remove_all(m_root);
        fs::create_directories(m_root);
        for (const auto &e : fs::directory_iterator(kSeed / "runs"))
            m_records.push_back(e.path().filename().string());
        std::sort(m_records.begin(), m_records.end());
    }
    ~BundleFuzzer() { fs::remove_all(m_root); }
    BundleFuzzer(const BundleFuzzer &) = delete;
    BundleFuzzer &operator=(const BundleFuzzer &) = delete;

    /// The intact seed must load whole, with nothing unexpected.
    void checkSeed()
    {
        ASSERT_TRUE(fs::exists(kSeed / "manifest.json")) << kSeed;
        ASSERT_GE(m_records.size(), 3u);
        const auto intact = m_exercise(kSeed, m_root / "scratch-seed");
        ASSERT_TRUE(intact.opened);
        ASSERT_TRUE(intact.unexpected.empty()) << intact.unexpected;
        ASSERT_EQ(m_records.size(), intact.runs.size());
    }

    /// Every damage, each on a fresh copy of the seed; then the counts.
    void damageEveryWay();

    std::size_t cases = 0, exercised = 0, failures = 0, refusedBundles = 0, recordsRefused = 0, lost = 0;

private:
    /// A fresh copy of the seed bundle to damage.
    fs::path fresh()
    {
        const fs::path dir = m_root / "bundle";
        fs::remove_all(dir);
        fs::create_directories(dir / "runs");
        fs::copy_file(kSeed / "manifest.json", dir / "manifest.json");
        for (const auto &r : m_records)
            fs::copy_file(kSeed / "runs" / r, dir / "runs" / r);
        return dir;
    }

    /// Runs one case: `damage` edits a fresh copy and returns the record file it touched ("" when it
    /// touched the manifest or the layout). Records it did not touch must all still be reported.
    void run(const std::string &what, const std::function<std::string(const fs::path &)> &damage)
    {
        if (cases++ % m_stride != 0)
            return;
        ++exercised;
        const fs::path dir = fresh();
        const std::string touched = damage(dir);
        fs::remove_all(m_root / "scratch");
        const Outcome o = m_exercise(dir, m_root / "scratch");
        if (!o.unexpected.empty()) {
            ++failures;
            ADD_FAILURE() << what << ": a reader threw " << o.unexpected;
            return;
        }
        if (!o.opened) {
            ++refusedBundles;
            return;
        }
        for (const auto &r : m_records) {
            const std::string id = r.substr(0, r.size() - 4);
            if (r == touched) {
                if (o.problemFiles.contains(r))
                    ++recordsRefused;
                continue;
            }
            if (!o.runs.contains(id)) {
                ++lost;
                ADD_FAILURE() << what << ": the intact record " << id << " was not reported";
            }
        }
    }

    Exerciser m_exercise;
    std::size_t m_stride;
    fs::path m_root;
    std::vector<std::string> m_records;
};

inline void BundleFuzzer::damageEveryWay()
{
    std::mt19937_64 rng(20261202);
    auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };

    // 1. Every metadata field of every record given every other JSON type, re-encoded with valid checksums.
    const std::vector<json> replacements{"x",          7, -2.5, true, nullptr, json::object(), json::array({1, "a"}),
                                         4294967297ull};
    for (const auto &file : m_records) {
        const auto record = store::decodeRecord(readBytes(kSeed / "runs" / file));
        std::vector<json::json_pointer> all;
        paths(record.meta, json::json_pointer(), all);
        for (const auto &p : all)
            for (const auto &v : replacements) {
                if (record.meta.at(p).type() == v.type())
                    continue;
                run("meta " + file + p.to_string() + " = " + v.dump(), [&](const fs::path &dir) {
                    auto edited = record;
                    edited.meta[p] = v;
                    writeBytes(dir / "runs" / file, store::encodeRecord(edited));
                    return file;
                });
            }
    }

    // 2. Raw byte damage of records and the manifest.
    for (int i = 0; i < 700; ++i) {
        const bool manifest = pick(6) == 0;
        const std::size_t index = pick(m_records.size());
        const std::string file = m_records[index];
        const std::string other = m_records[(index + 1 + pick(m_records.size() - 1)) % m_records.size()];
        const int op = static_cast<int>(pick(7));
        run("bytes op " + std::to_string(op) + " on " + (manifest ? std::string("manifest") : file),
            [&](const fs::path &dir) {
                const fs::path target = manifest ? dir / "manifest.json" : dir / "runs" / file;
                auto bytes = readBytes(target);
                switch (op) {
                case 0: // flip bits
                    for (std::size_t k = 0, n = 1 + pick(8); k < n && !bytes.empty(); ++k)
                        bytes[pick(bytes.size())] ^= static_cast<std::byte>(1u << pick(8));
                    break;
                case 1: // truncate
                    bytes.resize(pick(bytes.size() + 1));
                    break;
                case 2: // append garbage
                    for (std::size_t k = 0, n = 1 + pick(100); k < n; ++k)
                        bytes.push_back(static_cast<std::byte>(rng()));
                    break;
                case 3: // overwrite a run of bytes
                    for (std::size_t k = pick(bytes.size()), n = k + pick(64); k < n && k < bytes.size(); ++k)
                        bytes[k] = static_cast<std::byte>(rng());
                    break;
                case 4: // zero the file
                    std::fill(bytes.begin(), bytes.end(), std::byte{0});
                    break;
                case 5: // insert bytes in the middle
                    bytes.insert(bytes.begin() + static_cast<std::ptrdiff_t>(pick(bytes.size() + 1)),
                                 static_cast<std::byte>(rng()));
                    break;
                default: // another record's bytes under this name
                    bytes = readBytes(dir / "runs" / other);
                    break;
                }
                writeBytes(target, bytes);
                return manifest ? std::string() : file;
            });
    }

    // 3. Structural edits behind valid checksums.
    for (int i = 0; i < 500; ++i) {
        const std::string file = m_records[pick(m_records.size())];
        const auto record = store::decodeRecord(readBytes(kSeed / "runs" / file));
        const int op = static_cast<int>(pick(20));
        run("forged op " + std::to_string(op) + " on " + file, [&](const fs::path &dir) {
            Forge f;
            f.runId = record.runId;
            f.metaText = record.meta.dump();
            for (const auto &s : record.series)
                f.series.push_back({s.name, 0, s.values.size(), s.values});
            auto anySeries = [&]() -> Forge::RawSeries & { return f.series[pick(f.series.size())]; };
            switch (op) {
            case 0:
                f.runId = "../../etc/x";
                break;
            case 1:
                f.runId = std::string(5000, 'a');
                break;
            case 2:
                f.runId = m_records[0] == file ? runIdOf(m_records[1]) : runIdOf(m_records[0]);
                break;
            case 3:
                f.metaText = std::string(100000, '[') + std::string(100000, ']');
                break;
            case 4: {
                std::string deep = "{\"status\": \"ok\", \"x\": ";
                for (int d = 0; d < 100000; ++d)
                    deep += "{\"a\":";
                f.metaText = deep + "1" + std::string(100001, '}');
                break;
            }
            case 5:
                f.metaText = "{\"status\": \"ok\", \"status\": \"failed\"}";
                break;
            case 6:
                f.metaText = "{\"status\": \"\xff\xfe\"}";
                break;
            case 7:
                f.metaText = "[1, 2, 3]";
                break;
            case 8:
                f.metaText = "{\"status\": \"ok\", \"error\": \"" + std::string(4u << 20, 'e') + "\"}";
                break;
            case 9:
                anySeries().count += 1u + pick(1000000);
                break;
            case 10:
                anySeries().count = ~0ull;
                break;
            case 11:
                anySeries().layout = static_cast<std::uint8_t>(2 + pick(250));
                break;
            case 12: // non-finite and absurd values in a series
                for (auto &v : anySeries().values)
                    v = std::array<double, 5>{std::nan(""), INFINITY, -INFINITY, -1e308, 1e308}[pick(5)];
                break;
            case 13: // series of different lengths that readers pair up (memory time vs PSS, input time vs delay)
                for (auto &s : f.series)
                    if (!s.values.empty() && pick(2)) {
                        s.values.resize(pick(s.values.size()));
                        s.count = s.values.size();
                    }
                break;
            case 14:
                f.seriesCount = static_cast<std::uint32_t>(f.series.size() + 1 + pick(1000));
                break;
            case 15:
                f.rawSizeOverride = 16ull << 30;
                break; // a header that claims 16 GiB
            case 16:
                f.rawSizeDelta = pick(2) ? 1 : -1;
                break;
            case 17:
                f.version = pick(2) ? 0 : 2 + static_cast<std::uint32_t>(pick(1000));
                break;
            case 18:
                f.trailing = "tail";
                break;
            default: // the same series name twice, and an empty one
                if (!f.series.empty())
                    f.series.push_back(f.series.front());
                f.series.push_back({"latency_ms", 0, 0, {}});
                break;
            }
            writeBytes(dir / "runs" / file, forge(f));
            return file;
        });
    }

    // 4. Manifest edits: types, sizes, nesting, versions.
    const json manifest = json::parse(std::ifstream(kSeed / "manifest.json"));
    std::vector<json::json_pointer> manifestPaths;
    paths(manifest, json::json_pointer(), manifestPaths);
    for (const auto &p : manifestPaths)
        for (const auto &v : {json(5), json("x"), json(nullptr), json::object(), json::array()}) {
            if (manifest.at(p).type() == v.type())
                continue;
            run("manifest " + p.to_string() + " = " + v.dump(), [&](const fs::path &dir) {
                auto m = manifest;
                m[p] = v;
                writeText(dir / "manifest.json", m.dump());
                return std::string();
            });
        }
    for (const std::string &text :
         {std::string("{\"magic\": \"inferscope-bundle\", \"format_version\": 4294967297}"),
          std::string("{\"magic\": \"inferscope-bundle\", \"format_version\": -1}"),
          std::string("{\"magic\": \"inferscope-bundle\", \"format_version\": 1, \"format_version\": 2}"),
          std::string("{\"magic\": 7, \"format_version\": 1}"), std::string(""), std::string("nul\0l", 5),
          "{\"magic\": \"inferscope-bundle\", \"format_version\": 1, \"plan\": " + std::string(100000, '[') +
              std::string(100000, ']') + "}"})
        run("manifest text " + text.substr(0, 60), [&](const fs::path &dir) {
            writeText(dir / "manifest.json", text);
            return std::string();
        });

    // 5. Odd file kinds and layouts.
    const std::string victim = m_records[1];
    const std::vector<std::pair<std::string, std::function<std::string(const fs::path &)>>> layouts{
        {"record is a FIFO",
         [&](const fs::path &d) {
             fs::remove(d / "runs" / victim);
             ::mkfifo((d / "runs" / victim).c_str(), 0644);
             return victim;
         }},
        {"record links to /dev/zero",
         [&](const fs::path &d) {
             fs::remove(d / "runs" / victim);
             fs::create_symlink("/dev/zero", d / "runs" / victim);
             return victim;
         }},
        {"record is a folder",
         [&](const fs::path &d) {
             fs::remove(d / "runs" / victim);
             fs::create_directory(d / "runs" / victim);
             return victim;
         }},
        {"record is a dangling link",
         [&](const fs::path &d) {
             fs::remove(d / "runs" / victim);
             fs::create_symlink(d / "nowhere", d / "runs" / victim);
             return victim;
         }},
        {"record links to itself",
         [&](const fs::path &d) {
             fs::remove(d / "runs" / victim);
             fs::create_symlink(d / "runs" / victim, d / "runs" / victim);
             return victim;
         }},
        {"manifest is a FIFO",
         [&](const fs::path &d) {
             fs::remove(d / "manifest.json");
             ::mkfifo((d / "manifest.json").c_str(), 0644);
             return std::string();
         }},
        {"manifest links to /dev/zero",
         [&](const fs::path &d) {
             fs::remove(d / "manifest.json");
             fs::create_symlink("/dev/zero", d / "manifest.json");
             return std::string();
         }},
        {"manifest is a folder",
         [&](const fs::path &d) {
             fs::remove(d / "manifest.json");
             fs::create_directory(d / "manifest.json");
             return std::string();
         }},
        {"manifest missing",
         [&](const fs::path &d) {
             fs::remove(d / "manifest.json");
             return std::string();
         }},
        {"runs missing",
         [&](const fs::path &d) {
             fs::remove_all(d / "runs");
             return std::string();
         }},
        {"runs is a file",
         [&](const fs::path &d) {
             fs::remove_all(d / "runs");
             writeText(d / "runs", "x");
             return std::string();
         }},
        {"a non-UTF-8 record name",
         [&](const fs::path &d) {
             fs::copy_file(d / "runs" / victim, d / "runs" / "\xff\xfe.isr");
             return std::string();
         }},
        {"a leftover temporary file",
         [&](const fs::path &d) {
             writeText(d / "runs" / ".tmp-x.isr.1", "partial");
             return std::string();
         }},
        {"an empty record",
         [&](const fs::path &d) {
             writeText(d / "runs" / victim, "");
             return victim;
         }},
        {"a FIFO attachment",
         [&](const fs::path &d) {
             fs::create_directories(d / "attachments");
             ::mkfifo((d / "attachments" / (runIdOf(victim) + ".trace.json.zst")).c_str(), 0644);
             return std::string();
         }},
        {"a damaged attachment",
         [&](const fs::path &d) {
             fs::create_directories(d / "attachments");
             writeText(d / "attachments" / (runIdOf(victim) + ".trace.json.zst"), "not zstd");
             return std::string();
         }},
    };
    for (const auto &[what, damage] : layouts)
        run(what, damage);
}

} // namespace inferscope::tests::fuzz
