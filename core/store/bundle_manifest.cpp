#include "core/store/atomic_file.h"
#include "core/store/bundle.h"

#include <string>

namespace inferscope::store {

nlohmann::json readManifest(const std::filesystem::path &dir)
{
    const auto path = dir / "manifest.json";
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        throw StoreError(StoreErrc::NotABundle, "'" + dir.string() + "' is not an InferScope result bundle (no manifest.json)");
    const auto bytes = readWholeFile(path);
    const std::string text(reinterpret_cast<const char *>(bytes.data()), bytes.size());
    auto manifest = nlohmann::json::parse(text, nullptr, false);
    if (manifest.is_discarded() || !manifest.is_object())
        throw StoreError(StoreErrc::BadManifest, "'" + path.string() + "' is not a valid JSON object");
    if (manifest.value("magic", std::string()) != kBundleMagic)
        throw StoreError(StoreErrc::NotABundle, "'" + path.string() + "' is not an InferScope manifest (wrong magic)");
    const auto version = manifest.find("format_version");
    if (version == manifest.end() || !version->is_number_integer())
        throw StoreError(StoreErrc::BadManifest, "'" + path.string() + "' has no integer format_version");
    const int v = version->get<int>();
    if (v > kBundleFormatVersion)
        throw StoreError(StoreErrc::NewerFormat, "bundle '" + dir.string() + "' has format version " + std::to_string(v) +
                                                     "; this InferScope reads up to version " +
                                                     std::to_string(kBundleFormatVersion) + ". Update InferScope to open it.");
    if (v < 1)
        throw StoreError(StoreErrc::BadManifest, "'" + path.string() + "' has an invalid format_version");
    return manifest;
}

} // namespace inferscope::store
