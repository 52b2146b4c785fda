#include "core/results/bundle_view.h"
#include "core/results/json_number.h"

#include "core/analysis/descriptive.h"
#include "core/analysis/outliers.h"
#include "core/analysis/steady_state.h"
#include "core/results/parallel_for.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace inferscope::results {
namespace {
constexpr std::size_t kPlotBuckets = 1500; // ~ a chart's width in pixels: more points draw nothing new

std::string metaString(const nlohmann::json &meta, const char *key)
{
    const auto it = meta.find(key);
    if (it == meta.end() || it->is_null())
        return {};
    return it->is_string() ? it->get<std::string>() : it->dump();
}
} // namespace

namespace {
/// The prediction samples the plan asked of a run: recorded by the engine (browser runs), or in the native
/// runner's policy; 0 when the record predates both.
std::size_t askedSamples(const nlohmann::json &meta)
{
    if (const auto it = meta.find("samples_asked"); it != meta.end() && it->is_number_unsigned())
        return it->get<std::size_t>();
    if (const auto p = meta.find("policy");
        p != meta.end() && p->is_object() && p->contains("samples") && (*p)["samples"].is_number_unsigned())
        return (*p)["samples"].get<std::size_t>();
    return 0;
}
} // namespace

RunSummary summarizeRun(const store::RunRecord &record)
{
    RunSummary s;
    s.runId = record.runId;
    s.status = metaString(record.meta, "status");
    if (s.status.empty())
        s.status = "unknown";
    s.statusKind = experiment::parseRunStatus(s.status);
    s.error = metaString(record.meta, "error");
    s.meta = record.meta;
    s.cell = cellConfigOf(record.meta, record.runId);
    for (const char *key : {"model", "runtime", "backend", "browser", "placement"}) {
        const std::string part = metaString(record.meta, key);
        if (!part.empty())
            s.label += (s.label.empty() ? "" : " / ") + part;
    }
    if (const std::string workload = metaString(record.meta, "workload"); !workload.empty() && workload != "none")
        s.label += " + " + workload;
    if (const store::Series *t = record.find("memory_t_ms"); t && t->values.size() > 1) {
        std::vector<double> seconds(t->values.size());
        for (std::size_t i = 0; i < seconds.size(); ++i)
            seconds[i] = t->values[i] / 1000.0;
        for (const char *type : {"total", "renderer", "browser", "gpu", "utility"}) {
            const std::string name =
                std::string(type) == "total" ? "memory_pss_bytes" : "memory_" + std::string(type) + "_pss_bytes";
            const store::Series *pss = record.find(name);
            if (!pss || pss->values.size() != seconds.size() ||
                *std::max_element(pss->values.begin(), pss->values.end()) <= 0)
                continue;
            std::vector<double> mb(pss->values.size());
            for (std::size_t i = 0; i < mb.size(); ++i)
                mb[i] = pss->values[i] / 1e6;
            s.memoryPlot.emplace_back(type, analysis::minMaxDownsample(seconds, mb, kPlotBuckets));
        }
        const nlohmann::json memory = record.meta.value("memory", nlohmann::json::object());
        s.memoryBaselineMb = memory.value("baseline_pss_bytes", record.meta.value("baseline_pss_bytes", 0.0)) / 1e6;
        s.memoryPeakMb = memory.value("peak_pss_bytes", record.meta.value("peak_pss_bytes", 0.0)) / 1e6;
    }
    if (const store::Series *t = record.find("input_t_ms"); t) {
        const store::Series *e2e = record.find("input_e2e_ms"), *delay = record.find("input_delay_ms"),
                            *phase = record.find("input_phase");
        for (std::size_t i = 0;
             delay && phase && i < t->values.size() && i < delay->values.size() && i < phase->values.size(); ++i) {
            const double ms = e2e && i < e2e->values.size() && e2e->values[i] >= 0 ? e2e->values[i] : delay->values[i];
            const double p = phase->values[i];
            (p >= 1 && p <= 3 ? s.inputBusy : s.inputIdle).push_back({t->values[i] / 1000.0, ms});
        }
    }
    if (const store::Series *t = record.find("frame_t_ms"), *interval = record.find("frame_interval_ms");
        t && interval && t->values.size() == interval->values.size() && !t->values.empty()) {
        std::vector<double> seconds(t->values.size());
        for (std::size_t i = 0; i < seconds.size(); ++i)
            seconds[i] = t->values[i] / 1000.0;
        s.frameIntervals = analysis::minMaxDownsample(seconds, interval->values, kPlotBuckets);
    }
    const store::Series *latency = record.find(kLatencySeries);
    if (!latency || latency->values.empty())
        return s;
    const auto &values = latency->values;
    // The page's warm-up (until steady, by a 5% CV rule, at most max_warmup_ms; native: by time) ends the
    // transient, so the steady samples are every prediction sample: the count the plan asked for is the count
    // every statistic and view uses (METRICS.md). MSER-5 checks that warm-up: a transient it still finds in
    // the prediction phase is flagged (warm up longer), not cut. A generation run's samples are decode steps
    // whose latency follows the position in the sequence (the cache grows): no check, it would read as drift.
    const bool generation = record.meta.contains("generation") && record.meta["generation"].is_object();
    const auto check = generation ? analysis::SteadyState{0, true} : analysis::detectSteadyState(values);
    s.driftEnd = check.start;
    s.warmupHeld = check.converged && check.start == 0;
    s.steadySamples = values;
    if (const auto asked = askedSamples(record.meta); !generation && asked > 0 && values.size() < asked)
        s.samplesNote = "the prediction phase's time cap (policy.max_sample_ms) ended it after " +
                        std::to_string(values.size()) + " of the " + std::to_string(asked) + " samples asked";
    // Sorted once for every order statistic below (each sees sorted input and skips its own sort).
    std::vector<double> sorted(s.steadySamples);
    analysis::sortSamples(sorted);
    s.stats = analysis::summarize(sorted);
    s.medianCi = analysis::bootstrapMedianCi(sorted);

    std::vector<double> index(values.size());
    for (std::size_t i = 0; i < index.size(); ++i)
        index[i] = static_cast<double>(i);
    s.plotSamples = analysis::minMaxDownsample(index, values, kPlotBuckets);
    const auto flags = analysis::flagOutliers(s.steadySamples, analysis::OutlierRule::TukeyFences, 0, sorted);
    s.outliers = flags.low + flags.high;
    for (std::size_t i = 0; i < flags.flags.size(); ++i)
        if (flags.flags[i] != analysis::OutlierFlag::None)
            s.plotOutliers.push_back({static_cast<double>(i), s.steadySamples[i]});
    s.steadySamples = std::move(sorted); // every later use is order-free, and sorted input spares each its sort
    return s;
}

std::vector<double> mergeSorted(std::vector<const std::vector<double> *> parts)
{
    // Pairwise rounds: each value is moved log2(parts) times, not once per later part as appending would.
    std::vector<std::vector<double>> merged;
    while (parts.size() > 1) {
        std::vector<std::vector<double>> round;
        round.reserve(parts.size() / 2 + 1);
        for (std::size_t i = 0; i + 1 < parts.size(); i += 2) {
            std::vector<double> both(parts[i]->size() + parts[i + 1]->size());
            std::merge(parts[i]->begin(), parts[i]->end(), parts[i + 1]->begin(), parts[i + 1]->end(), both.begin());
            round.push_back(std::move(both));
        }
        if (parts.size() % 2 == 1)
            round.push_back(*parts.back());
        merged = std::move(round);
        parts.clear();
        for (const auto &m : merged)
            parts.push_back(&m);
    }
    return parts.empty() ? std::vector<double>() : *parts.front();
}

std::shared_ptr<const BundleView> loadBundleView(const std::filesystem::path &dir, const store::ReadProgress &progress)
{
    // Reading is most of the work for big bundles; the analysis of each run is fast next to decompression.
    const auto contents = store::readBundle(dir, progress);
    if (contents.cancelled)
        return nullptr;
    return makeBundleView(dir, contents);
}

std::shared_ptr<const BundleView> makeBundleView(const std::filesystem::path &dir,
                                                 const store::BundleContents &contents)
{
    auto view = std::make_shared<BundleView>();
    view->directory = dir;
    view->manifest = contents.manifest;
    view->problems = contents.problems;
    view->abandonedWrites = contents.abandonedWrites;
    // Each run's statistics are independent (each CI seeds its own resampling): the cores share them out.
    view->runs.resize(contents.runs.size());
    parallelFor(contents.runs.size(), [&](std::size_t i) { view->runs[i] = summarizeRun(contents.runs[i]); });
    return view;
}

namespace {

/// A statistic of a run without samples (failed, unsupported) is null, never 0.
nlohmann::json statistic(const RunSummary &r, double v)
{
    return r.stats.count > 0 ? number(v) : nlohmann::json(nullptr);
}
} // namespace

nlohmann::json inspectJson(const BundleView &view)
{
    nlohmann::json runs = nlohmann::json::array();
    for (const auto &r : view.runs)
        runs.push_back(
            {{"run_id", r.runId},
             {"status", r.status},
             {"label", r.label},
             {"error", r.error},
             {"samples", r.stats.count},
             {"transient_end", r.stats.count > 0 ? nlohmann::json(r.driftEnd) : nlohmann::json(nullptr)},
             {"warmup_held", r.warmupHeld},
             {"samples_note", r.samplesNote.empty() ? nlohmann::json(nullptr) : nlohmann::json(r.samplesNote)},
             {"median_ms", statistic(r, r.stats.median)},
             {"ci_low_ms", statistic(r, r.medianCi.low)},
             {"ci_high_ms", statistic(r, r.medianCi.high)},
             {"p95_ms", statistic(r, r.stats.p95)},
             {"cv", statistic(r, r.stats.cv)},
             {"outliers", r.outliers},
             {"meta", r.meta}}); // everything recorded: phases, environment, memory, responsiveness, trace
    nlohmann::json problems = nlohmann::json::array();
    for (const auto &p : view.problems)
        problems.push_back({{"file", p.fileName}, {"code", store::toString(p.code)}, {"message", p.message}});
    const auto version = view.manifest.find("format_version");
    return {{"bundle", view.directory.string()},
            {"format_version",
             version != view.manifest.end() && version->is_number_integer() ? *version : nlohmann::json(nullptr)},
            {"runs", runs},
            {"problems", problems},
            {"abandoned_writes", view.abandonedWrites}};
}

std::string dumpJson(const nlohmann::json &json, int indent)
{
    return json.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace inferscope::results
