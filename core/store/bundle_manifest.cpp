#include "core/store/atomic_file.h"
#include "core/store/bundle.h"
#include "core/store/run_meta_check.h"

#include "core/json/untrusted_json.h"

#include <cstdint>
#include <string>

namespace inferscope::store {

nlohmann::json readManifest(const std::filesystem::path &dir)
{
    const auto path = dir / "manifest.json";
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        throw StoreError(StoreErrc::NotABundle,
                         "'" + dir.string() + "' is not an InferScope result bundle (no manifest.json)");
    // A manifest holds the plan and the planned run ids: a few MB for the largest plans allowed.
    const std::string text = readWholeTextFile(path, 256ull << 20);
    std::string why;
    auto manifest = untrusted::parseUntrustedOrDiscard(text, &why);
    if (manifest.is_discarded() || !manifest.is_object())
        throw StoreError(StoreErrc::BadManifest,
                         "'" + path.string() + "' is not a valid JSON object" + (why.empty() ? "" : ": " + why));
    const auto magic = manifest.find("magic");
    if (magic == manifest.end() || !magic->is_string() || magic->get<std::string>() != kBundleMagic)
        throw StoreError(StoreErrc::NotABundle, "'" + path.string() + "' is not an InferScope manifest (wrong magic)");
    const auto version = manifest.find("format_version");
    if (version == manifest.end() || !version->is_number_integer())
        throw StoreError(StoreErrc::BadManifest, "'" + path.string() + "' has no integer format_version");
    // Read wide: 2^32 + 1 must not wrap to 1 and pass as a version this reader knows.
    const std::int64_t v =
        version->is_number_unsigned() && version->get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX)
            ? INT64_MAX
            : version->get<std::int64_t>();
    if (v > kBundleFormatVersion)
        throw StoreError(StoreErrc::NewerFormat, "bundle '" + dir.string() + "' has format version " +
                                                     std::to_string(v) + "; this InferScope reads up to version " +
                                                     std::to_string(kBundleFormatVersion) +
                                                     ". Update InferScope to open it.");
    if (v < 1)
        throw StoreError(StoreErrc::BadManifest, "'" + path.string() + "' has an invalid format_version");
    checkManifestFields(manifest);
    return manifest;
}

} // namespace inferscope::store
