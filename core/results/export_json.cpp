#include "core/results/exports.h"

#include "core/store/atomic_file.h"

#include <cmath>

namespace inferscope::results {

void createParent(const std::filesystem::path &file)
{
    std::error_code ec;
    if (file.has_parent_path())
        std::filesystem::create_directories(file.parent_path(), ec);
    if (ec)
        throw store::StoreError(store::StoreErrc::Io,
                                "cannot create " + file.parent_path().string() + ": " + ec.message());
}

ExportResult exportJson(const std::filesystem::path &bundle, const std::filesystem::path &outFile)
{
    const auto contents = store::readBundle(bundle);
    createParent(outFile);
    nlohmann::json runs = nlohmann::json::array();
    for (const auto &r : contents.runs) {
        nlohmann::json series = nlohmann::json::object();
        for (const auto &s : r.series) {
            nlohmann::json values = nlohmann::json::array();
            for (double v : s.values) // JSON has no NaN or infinity: null stands for them
                values.push_back(std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr));
            series[s.name] = std::move(values);
        }
        runs.push_back({{"run_id", r.runId}, {"meta", r.meta}, {"series", std::move(series)}});
    }
    nlohmann::json problems = nlohmann::json::array();
    for (const auto &p : contents.problems)
        problems.push_back({{"file", p.fileName}, {"code", store::toString(p.code)}, {"message", p.message}});
    const nlohmann::json document = {{"format", "inferscope-bundle-json"},
                                     {"format_version", 1},
                                     {"manifest", contents.manifest},
                                     {"runs", std::move(runs)},
                                     {"problems", std::move(problems)}};
    // Invalid UTF-8 in a page's error text must not abort the export: replace it.
    const std::string text = document.dump(1, ' ', false, nlohmann::json::error_handler_t::replace);
    store::writeFileAtomically(outFile, std::as_bytes(std::span(text.data(), text.size())));
    return {{outFile}, contents.runs.size(), contents.problems};
}

} // namespace inferscope::results
