#include "core/results/exports.h"
#include "core/results/json_number.h"

#include "core/results/cell_summary.h"
#include "core/results/csv_writer.h"
#include "core/store/atomic_file.h"

#include <cmath>
#include <cstring>
#include <sstream>

namespace inferscope::results {
namespace {
using nlohmann::json;

/// A nested number of the metadata, null when absent.
json at(const json &meta, std::initializer_list<const char *> path)
{
    const json *node = &meta;
    for (const char *key : path) {
        if (!node->is_object() || !node->contains(key))
            return nullptr;
        node = &(*node)[key];
    }
    return node->is_primitive() ? *node : json(nullptr);
}

void writeText(const std::filesystem::path &file, const std::string &text)
{
    store::writeFileAtomically(file, std::as_bytes(std::span(text.data(), text.size())));
}

const std::vector<double> *values(const store::RunRecord &r, const char *name)
{
    const store::Series *s = r.find(name);
    return s ? &s->values : nullptr;
}

double valueAt(const std::vector<double> *v, std::size_t i)
{
    return v && i < v->size() ? (*v)[i] : std::nan("");
}

std::string samples(const std::vector<store::RunRecord> &runs)
{
    std::ostringstream out;
    auto header = std::vector<std::string>{"run_id"};
    header.insert(header.end(), cellColumns().begin(), cellColumns().end());
    for (const char *c : {"phase", "index", "t_ms", "latency_ms", "run_only_ms"})
        header.emplace_back(c);
    CsvWriter csv(out, header);
    for (const auto &r : runs) {
        const auto cell = cellFields(r.meta);
        for (const auto &[phase, name, clock] : {std::tuple{"warmup", "warmup_latency_ms", "warmup_latency_t_ms"},
                                                 std::tuple{"steady", "latency_ms", "latency_t_ms"}}) {
            const auto *v = values(r, name);
            const auto *t = values(r, clock);
            const auto *runOnly = std::strcmp(phase, "steady") == 0 ? values(r, "run_only_ms") : nullptr;
            for (std::size_t i = 0; v && i < v->size(); ++i) {
                std::vector<json> row{r.runId};
                row.insert(row.end(), cell.begin(), cell.end());
                row.insert(row.end(), {phase, i, number(valueAt(t, i)), (*v)[i], number(valueAt(runOnly, i))});
                csv.row(row);
            }
        }
    }
    return out.str();
}

/// The runs table's own columns after the cell's.
const std::vector<std::string> &runColumns()
{
    static const std::vector<std::string> columns{"status",
                                                  "error",
                                                  "browser_version",
                                                  "runtime_version",
                                                  "threads_used",
                                                  "simd_used",
                                                  "gpu",
                                                  "fetch_ms",
                                                  "setup_ms",
                                                  "first_ms",
                                                  "warmup_ms",
                                                  "warmup_samples",
                                                  "steady_samples",
                                                  "transient_end",
                                                  "warmup_held",
                                                  "median_ms",
                                                  "ci_low_ms",
                                                  "ci_high_ms",
                                                  "mean_ms",
                                                  "p90_ms",
                                                  "p95_ms",
                                                  "p99_ms",
                                                  "cv",
                                                  "outliers",
                                                  "model_bytes",
                                                  "baseline_pss_bytes",
                                                  "peak_pss_bytes",
                                                  "pss_amplification",
                                                  "js_heap_first_bytes",
                                                  "js_heap_peak_bytes",
                                                  "cpu_ms_per_inference",
                                                  "cpu_cores_busy",
                                                  "input_e2e_idle_p95_ms",
                                                  "input_e2e_busy_p95_ms",
                                                  "input_delay_idle_p95_ms",
                                                  "input_delay_busy_p95_ms",
                                                  "fps_idle",
                                                  "fps_busy",
                                                  "dropped_share_busy",
                                                  "gui_workload_idle_median_ms",
                                                  "gui_workload_busy_median_ms",
                                                  "gui_workload_increase_percent",
                                                  "video_fps_idle",
                                                  "video_fps_busy",
                                                  "video_callback_fps_busy",
                                                  "video_dropped_busy",
                                                  "generation_ttft_ms",
                                                  "generation_tokens_per_s",
                                                  "generation_e2e_tokens_per_s",
                                                  "generation_pss_per_token_bytes",
                                                  "long_tasks",
                                                  "blocking_ms",
                                                  "max_abs_error",
                                                  "min_cosine",
                                                  "top1_agrees",
                                                  "wall_ms"};
    return columns;
}

/// Fidelity over every output: the worst error, the lowest cosine, top-1 agreement of all; outputs whose values
/// depend on tie-breaking (marked order_dependent by the page) are left out: their cosine is not an error.
struct WorstFidelity {
    double maxAbs = std::nan("");
    double minCos = std::nan("");
    json top1 = nullptr;
};

WorstFidelity worstFidelity(const json &m)
{
    WorstFidelity w;
    if (m.contains("outputs") && m["outputs"].is_object() && m["outputs"].contains("fidelity") &&
        m["outputs"]["fidelity"].is_array())
        for (const auto &f : m["outputs"]["fidelity"]) {
            if (!f.is_object() || !f.value("compared", false) ||
                (f.contains("order_dependent") && !f["order_dependent"].is_null() && f["order_dependent"] != false))
                continue;
            const double a = f.value("max_abs_error", std::nan("")), c = f.value("cosine", std::nan(""));
            w.maxAbs = std::isnan(w.maxAbs) ? a : std::max(w.maxAbs, a);
            w.minCos = std::isnan(w.minCos) ? c : std::min(w.minCos, c);
            const bool agrees = f.value("top1_agrees", false);
            w.top1 = w.top1.is_null() ? json(agrees) : json(w.top1.get<bool>() && agrees);
        }
    return w;
}

std::vector<json> runRow(const RunSummary &r)
{
    const json &m = r.meta;
    const auto stat = [&r](double v) { return r.stats.count > 0 ? number(v) : json(nullptr); }; // no samples: none
    std::vector<json> row{r.runId};
    const auto cell = cellFields(m);
    row.insert(row.end(), cell.begin(), cell.end());
    const WorstFidelity fidelity = worstFidelity(m);
    row.insert(row.end(), {r.status,
                           r.error.empty() ? json(nullptr) : json(r.error),
                           at(m, {"browser_version"}),
                           at(m, {"env", "runtime_version"}),
                           at(m, {"env", "threads_used"}),
                           at(m, {"env", "simd"}),
                           gpuKind(m).empty() ? json(nullptr) : json(gpuKind(m)),
                           at(m, {"fetch_ms"}),
                           at(m, {"setup_ms"}),
                           at(m, {"first_ms"}),
                           at(m, {"warmup_ms"}),
                           at(m, {"phases", "warmup", "count"}),
                           r.stats.count,
                           r.driftEnd,
                           r.warmupHeld,
                           stat(r.stats.median),
                           stat(r.medianCi.low),
                           stat(r.medianCi.high),
                           stat(r.stats.mean),
                           stat(r.stats.p90),
                           stat(r.stats.p95),
                           stat(r.stats.p99),
                           stat(r.stats.cv),
                           r.outliers,
                           at(m, {"memory", "model_bytes"}),
                           at(m, {"memory", "baseline_pss_bytes"}),
                           at(m, {"memory", "peak_pss_bytes"}),
                           at(m, {"memory", "amplification"}),
                           at(m, {"memory", "js_heap_first_bytes"}),
                           at(m, {"memory", "js_heap_peak_bytes"}),
                           at(m, {"cpu", "per_inference_ms"}),
                           at(m, {"cpu", "cores_busy"}),
                           at(m, {"responsiveness", "input_e2e_ms", "idle", "p95"}),
                           at(m, {"responsiveness", "input_e2e_ms", "busy", "p95"}),
                           at(m, {"responsiveness", "input_delay_ms", "idle", "p95"}),
                           at(m, {"responsiveness", "input_delay_ms", "busy", "p95"}),
                           at(m, {"responsiveness", "frames", "idle", "fps"}),
                           at(m, {"responsiveness", "frames", "busy", "fps"}),
                           at(m, {"responsiveness", "frames", "busy", "dropped_share"}),
                           at(m, {"gui_workload", "idle", "median_ms"}),
                           at(m, {"gui_workload", "busy", "median_ms"}),
                           at(m, {"gui_workload", "increase_percent"}),
                           at(m, {"video", "idle", "fps"}),
                           at(m, {"video", "busy", "fps"}),
                           at(m, {"video", "busy", "callback_fps"}),
                           at(m, {"video", "busy", "dropped_frames"}),
                           at(m, {"generation", "ttft_ms"}),
                           at(m, {"generation", "tokens_per_s"}),
                           at(m, {"generation", "e2e_tokens_per_s"}),
                           at(m, {"generation", "pss_per_token_bytes"}),
                           at(m, {"trace", "summary", "long_tasks"}),
                           at(m, {"trace", "summary", "blocking_ms"}),
                           number(fidelity.maxAbs),
                           number(fidelity.minCos),
                           fidelity.top1,
                           at(m, {"wall_ms"})});
    return row;
}

std::string runsTable(const BundleView &view)
{
    std::ostringstream out;
    auto header = std::vector<std::string>{"run_id"};
    header.insert(header.end(), cellColumns().begin(), cellColumns().end());
    header.insert(header.end(), runColumns().begin(), runColumns().end());
    CsvWriter csv(out, header);
    for (const auto &r : view.runs)
        csv.row(runRow(r));
    return out.str();
}

std::string memoryTable(const std::vector<store::RunRecord> &runs)
{
    std::ostringstream out;
    CsvWriter csv(out, {"run_id", "source", "t_ms", "pss_bytes", "rss_bytes", "browser_pss_bytes", "renderer_pss_bytes",
                        "gpu_pss_bytes", "utility_pss_bytes", "js_heap_used_bytes", "js_heap_total_bytes"});
    for (const auto &r : runs) {
        if (const auto *t = values(r, "memory_t_ms")) {
            const auto *pss = values(r, "memory_pss_bytes"), *rss = values(r, "memory_rss_bytes");
            const auto *browser = values(r, "memory_browser_pss_bytes"),
                       *renderer = values(r, "memory_renderer_pss_bytes");
            const auto *gpu = values(r, "memory_gpu_pss_bytes"), *utility = values(r, "memory_utility_pss_bytes");
            for (std::size_t i = 0; i < t->size(); ++i)
                csv.row({r.runId, "process", (*t)[i], number(valueAt(pss, i)), number(valueAt(rss, i)),
                         number(valueAt(browser, i)), number(valueAt(renderer, i)), number(valueAt(gpu, i)),
                         number(valueAt(utility, i)), nullptr, nullptr});
        }
        // The JS heap comes from CDP on the run clock, or from the page itself on the page clock (remote runs).
        for (const auto &[source, clock, used, total] :
             {std::tuple{"js_heap_cdp", "js_heap_t_ms", "js_heap_used_bytes", "js_heap_total_bytes"},
              std::tuple{"js_heap_page", "page_heap_t_ms", "page_heap_used_bytes", "page_heap_total_bytes"}}) {
            const auto *t = values(r, clock);
            const auto *u = values(r, used), *a = values(r, total);
            for (std::size_t i = 0; t && i < t->size(); ++i)
                csv.row({r.runId, source, (*t)[i], nullptr, nullptr, nullptr, nullptr, nullptr, nullptr,
                         number(valueAt(u, i)), number(valueAt(a, i))});
        }
    }
    return out.str();
}

std::string responsivenessTable(const std::vector<store::RunRecord> &runs)
{
    std::ostringstream out;
    CsvWriter csv(out, {"run_id", "kind", "t_ms", "phase", "value_ms", "e2e_ms", "work_ms"});
    for (const auto &r : runs) {
        if (const auto *t = values(r, "input_t_ms")) {
            const auto *delay = values(r, "input_delay_ms"), *e2e = values(r, "input_e2e_ms"),
                       *phase = values(r, "input_phase");
            for (std::size_t i = 0; i < t->size(); ++i) {
                const double end = valueAt(e2e, i);
                csv.row({r.runId, "input", (*t)[i], phaseName(valueAt(phase, i)), number(valueAt(delay, i)),
                         end >= 0 ? number(end) : json(nullptr), nullptr});
            }
        }
        if (const auto *t = values(r, "frame_t_ms")) {
            const auto *interval = values(r, "frame_interval_ms"), *phase = values(r, "frame_phase");
            for (std::size_t i = 0; i < t->size(); ++i)
                csv.row({r.runId, "frame", (*t)[i], phaseName(valueAt(phase, i)), number(valueAt(interval, i)), nullptr,
                         nullptr});
        }
        if (const auto *t = values(r, "workload_t_ms")) {
            const auto *ms = values(r, "workload_ms"), *work = values(r, "workload_work_ms"),
                       *phase = values(r, "workload_phase");
            for (std::size_t i = 0; i < t->size(); ++i)
                csv.row({r.runId, "gui_step", (*t)[i], phaseName(valueAt(phase, i)), number(valueAt(ms, i)), nullptr,
                         number(valueAt(work, i))});
        }
    }
    return out.str();
}
} // namespace

const std::vector<std::string> &cellColumns()
{
    static const std::vector<std::string> columns{"cell",    "model",     "runtime",  "backend", "threads",   "simd",
                                                  "browser", "placement", "workload", "harness", "repetition"};
    return columns;
}

std::vector<json> cellFields(const json &meta)
{
    std::vector<json> out;
    for (const auto &column : cellColumns()) {
        const auto it = meta.find(column);
        out.push_back(it == meta.end() || !it->is_primitive() ? json(nullptr) : *it);
    }
    return out;
}

std::string phaseName(double code)
{
    static const char *names[] = {"idle", "loading", "warmup", "prediction", "done"};
    if (!(code >= 0 && code <= 4))
        return "";
    return names[static_cast<int>(code)];
}

ExportResult exportCsv(const std::filesystem::path &bundle, const std::filesystem::path &outDir)
{
    const auto contents = store::readBundle(bundle);
    const auto view = makeBundleView(bundle, contents);
    std::error_code ec;
    std::filesystem::create_directories(outDir, ec);
    if (ec)
        throw store::StoreError(store::StoreErrc::Io, "cannot create " + outDir.string() + ": " + ec.message());
    ExportResult result;
    result.runs = contents.runs.size();
    result.problems = contents.problems;
    const std::pair<const char *, std::string> files[] = {{"samples.csv", samples(contents.runs)},
                                                          {"runs.csv", runsTable(*view)},
                                                          {"cells.csv", csvOfRows(toJson(summarizeCells(*view)))},
                                                          {"memory.csv", memoryTable(contents.runs)},
                                                          {"responsiveness.csv", responsivenessTable(contents.runs)}};
    for (const auto &[name, text] : files) {
        writeText(outDir / name, text);
        result.files.push_back(outDir / name);
    }
    return result;
}

} // namespace inferscope::results
