#include "core/engine/preflight.h"

#include "core/analysis/descriptive.h"
#include "core/store/atomic_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace inferscope::engine {
namespace {
constexpr std::size_t kKeptPerCell = 5;

/// model|browser of a cell key's cell: what a similar cell shares.
std::string similarKey(const experiment::Cell &cell)
{
    return cell.model + "|" + cell.browser;
}

/// The policy alone: start-up (a browser or node), the model's set-up, the minimum warm-up, and the samples at
/// a rough 30 ms each within the phase's cap. A guess, and said to be one.
double policySeconds(const experiment::Plan &plan, const experiment::Cell &cell)
{
    const double startup = cell.isNative() ? 1.5 : 4.0;
    const double samples = std::min(plan.policy.samples * 0.030, plan.policy.maxSampleMs / 1000.0);
    return startup + 1.0 + plan.policy.minWarmupMs / 1000.0 + samples;
}
} // namespace

namespace {
std::string formatIn(const zoo::Catalog &catalog, const std::string &id)
{
    const auto *m = catalog.find(id);
    return m ? m->format : std::string();
}

bool generatesIn(const zoo::Catalog &catalog, const std::string &id)
{
    const auto *m = catalog.find(id);
    return m && m->task == "text-generation";
}
} // namespace

experiment::Plan parsePlanFor(const nlohmann::json &json, const zoo::Catalog &catalog)
{
    return experiment::parsePlan(
        json, [&catalog](const std::string &id) { return formatIn(catalog, id); },
        [&catalog](const std::string &id) { return generatesIn(catalog, id); });
}

experiment::Plan parsePlanTextFor(std::string_view text, const zoo::Catalog &catalog)
{
    return experiment::parsePlanText(
        text, [&catalog](const std::string &id) { return formatIn(catalog, id); },
        [&catalog](const std::string &id) { return generatesIn(catalog, id); });
}

std::vector<const zoo::ModelEntry *> missingModels(const experiment::Plan &plan, const zoo::Catalog &catalog,
                                                   const zoo::ModelCache &cache)
{
    std::vector<const zoo::ModelEntry *> missing;
    for (const auto &id : plan.models)
        if (const auto *entry = catalog.find(id)) {
            const auto v = cache.verify(*entry, false);
            if (!v.filesPresent || !v.referenceReady)
                missing.push_back(entry);
        }
    return missing;
}

RunHistory::RunHistory(QString file) : m_file(std::move(file))
{
    QFile f(m_file);
    if (!f.open(QIODevice::ReadOnly) || f.size() > (4 << 20))
        return;
    const auto j = nlohmann::json::parse(f.readAll().toStdString(), nullptr, false);
    if (!j.is_object() || !j.contains("times") || !j["times"].is_object())
        return; // damaged: start again
    for (const auto &[key, values] : j["times"].items())
        if (values.is_array())
            for (const auto &v : values)
                if (v.is_number() && v.get<double>() > 0 && v.get<double>() < 86400)
                    m_times[key].push_back(v.get<double>());
    if (j.contains("unsupported") && j["unsupported"].is_object())
        for (const auto &[key, reason] : j["unsupported"].items())
            if (reason.is_string())
                m_unsupported[key] = reason.get<std::string>().substr(0, 500);
}

QString RunHistory::defaultFile(const zoo::ModelCache &cache)
{
    return QDir::cleanPath(QDir(cache.cacheDir()).filePath(QStringLiteral("../run-times.json")));
}

void RunHistory::add(const std::string &cellKey, double seconds, const std::string &status, const std::string &reason)
{
    if (!(seconds > 0) || cellKey.empty())
        return;
    auto &list = m_times[cellKey];
    list.push_back(seconds);
    if (list.size() > kKeptPerCell)
        list.erase(list.begin(), list.end() - static_cast<std::ptrdiff_t>(kKeptPerCell));
    if (status == "unsupported")
        m_unsupported[cellKey] = reason.substr(0, 500);
    else if (status == "ok")
        m_unsupported.erase(cellKey);
    const std::string text = nlohmann::json{{"times", m_times}, {"unsupported", m_unsupported}}.dump(
        -1, ' ', false, nlohmann::json::error_handler_t::replace);
    try {
        QDir().mkpath(QFileInfo(m_file).absolutePath());
        store::writeFileAtomically(m_file.toStdString(), std::as_bytes(std::span(text.data(), text.size())));
    } catch (const std::exception &) {
        // A read-only cache only costs the next estimate its precision.
    }
}

PlanEstimate estimateRuns(const experiment::Plan &plan, const std::vector<experiment::Run> &runs,
                          const RunHistory &history)
{
    std::map<std::string, std::vector<double>> similar;
    for (const auto &cell : plan.cells)
        if (const auto it = history.times().find(cell.key()); it != history.times().end())
            similar[similarKey(cell)].insert(similar[similarKey(cell)].end(), it->second.begin(), it->second.end());
    PlanEstimate e;
    for (const auto &run : runs) {
        if (const auto own = history.times().find(run.cell.key());
            own != history.times().end() && !own->second.empty()) {
            e.seconds += analysis::median(own->second);
            ++e.fromCell;
        } else if (const auto like = similar.find(similarKey(run.cell));
                   like != similar.end() && !like->second.empty()) {
            e.seconds += analysis::median(like->second);
            ++e.fromSimilar;
        } else {
            e.seconds += policySeconds(plan, run.cell);
            ++e.fromPolicy;
        }
    }
    return e;
}

} // namespace inferscope::engine
