#include "app/report/report_writer.h"

#include "app/report/report_figures.h"
#include "core/results/csv_writer.h"
#include "core/results/json_number.h"
#include "core/results/study.h"
#include "core/store/atomic_file.h"

#include <QCoreApplication>
#include <QDir>
#include <algorithm>
#include <cmath>
#include <string_view>

namespace inferscope::app {
namespace {
using nlohmann::json;

struct Report {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// A column: the row key, its header, and how its value is shown.
enum class Fmt { Text, Ms, Ratio, Mb, Percent, Plain, Ci, Sci };
struct Column {
    const char *key;
    QString header;
    Fmt fmt;
};
struct Table {
    QString title;
    std::vector<Column> columns;
    json rows;
    QString note;
};

QString number(double v, int decimals)
{
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("–");
}

QString show(const json &row, const Column &c)
{
    const auto it = row.find(c.key);
    if (it == row.end() || it->is_null())
        return QStringLiteral("–");
    const json &v = *it;
    switch (c.fmt) {
    case Fmt::Text:
        return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString::fromStdString(v.dump());
    case Fmt::Plain:
        return v.is_number() ? QString::number(v.get<double>())
                             : QString::fromStdString(v.is_string() ? v.get<std::string>() : v.dump());
    case Fmt::Ms: // a word in place of a number ("not resolved") is shown as it is
        return v.is_number()   ? number(v.get<double>(), v.get<double>() < 10 ? 2 : 1)
               : v.is_string() ? QString::fromStdString(v.get<std::string>())
                               : QStringLiteral("–");
    case Fmt::Ratio: // significant digits: a small ratio is never "0.00x"
        if (!v.is_number() || !std::isfinite(v.get<double>()))
            return QStringLiteral("–");
        if (const double x = std::fabs(v.get<double>()); x >= 10)
            return number(v.get<double>(), 1) + QStringLiteral("x");
        else if (x >= 0.995 || x == 0)
            return number(v.get<double>(), 2) + QStringLiteral("x");
        return QString::number(v.get<double>(), 'g', 3) + QStringLiteral("x");
    case Fmt::Mb:
        return v.is_number() ? number(v.get<double>() / 1e6, 1) : QStringLiteral("–");
    case Fmt::Percent:
        return v.is_number() ? number(v.get<double>(), 1) + QStringLiteral("%") : QStringLiteral("–");
    case Fmt::Sci: // three significant digits, never an exponent for the magnitudes a report shows
        if (!v.is_number())
            return QStringLiteral("–");
        if (const double x = std::fabs(v.get<double>()); x >= 100 || x == 0)
            return number(v.get<double>(), 0);
        return QString::number(v.get<double>(), 'g', 3); // small errors read best as 3.8e-05
    case Fmt::Ci:
        return v.is_array() && v.size() == 2 && v[0].is_number() && v[1].is_number()
                   ? QStringLiteral("[%1, %2]").arg(number(v[0].get<double>(), 2), number(v[1].get<double>(), 2))
                   : QStringLiteral("–");
    }
    return {};
}

/// How a table's intervals were computed, and a warning where a row has only one run: its interval is that
/// run's own and says nothing of how the machine varied between runs.
QString repetitionNote(bool withinRun)
{
    QString note =
        Report::tr("Each median is the geometric mean of its runs' medians; the 95% CI treats the run as the unit "
                   "(two-level bootstrap with Student's t, docs/STATISTICS.md).");
    if (withinRun)
        note +=
            QLatin1Char(' ') +
            Report::tr("Rows with 1 run: the interval is within that run only and leaves out run-to-run variation.");
    return note;
}

/// Whether some cell of `cells` has only one run behind its interval.
template <typename Scope>
bool anyWithinRun(const results::StudyReport &r, const std::vector<std::size_t> &cells, Scope scope)
{
    return std::any_of(cells.begin(), cells.end(), [&](std::size_t i) { return scope(r.cells[i]) == "within-run"; });
}

json rows(const results::StudyReport &r, results::StudyTable table)
{
    return results::tableRows(r, table);
}

/// The stages with their interval as one "ci" column.
json stageRowsWithCi(const results::StudyReport &r)
{
    json out = rows(r, results::StudyTable::Stages);
    for (std::size_t i = 0; i < r.stages.size(); ++i) {
        const results::CellSummary &c = r.cells[r.stages[i]];
        out[i]["ci"] = results::bounds(c.ciLowMs, c.ciHighMs);
    }
    return out;
}

/// The columns that name a cell, then `extra`.
std::vector<Column> cellColumns(std::vector<Column> extra)
{
    std::vector<Column> c{{"model", Report::tr("model"), Fmt::Text},
                          {"runtime", Report::tr("runtime"), Fmt::Text},
                          {"runtime_version", Report::tr("version"), Fmt::Text},
                          {"backend", Report::tr("backend"), Fmt::Text},
                          {"threads", Report::tr("threads"), Fmt::Plain},
                          {"simd", Report::tr("SIMD"), Fmt::Plain},
                          {"browser", Report::tr("browser"), Fmt::Text},
                          {"placement", Report::tr("placement"), Fmt::Text}};
    c.insert(c.end(), extra.begin(), extra.end());
    return c;
}

/// The headline beside the study, and latency by stage.
void headlineAndStages(const results::StudyReport &d, std::vector<Table> &out)
{
    out.push_back({Report::tr("Headline: ours beside the study"),
                   {{"metric", Report::tr("metric"), Fmt::Text},
                    {"ours", Report::tr("ours"), Fmt::Sci},
                    {"study", Report::tr("study"), Fmt::Sci},
                    {"ours_over_study", Report::tr("ours / study"), Fmt::Ratio},
                    {"study_source", Report::tr("study source"), Fmt::Text},
                    {"note", Report::tr("note"), Fmt::Text}},
                   rows(d, results::StudyTable::Headline),
                   QString()});
    out.push_back({Report::tr("Latency by stage"),
                   cellColumns({{"workload", Report::tr("workload"), Fmt::Text},
                                {"gpu", Report::tr("GPU"), Fmt::Text},
                                {"fetch_ms", Report::tr("fetch ms"), Fmt::Ms},
                                {"setup_ms", Report::tr("setup ms"), Fmt::Ms},
                                {"first_ms", Report::tr("first inference ms"), Fmt::Ms},
                                {"warmup_ms", Report::tr("warm-up to steady ms"), Fmt::Ms},
                                {"median_ms", Report::tr("prediction median ms"), Fmt::Ms},
                                {"ci", Report::tr("95% CI"), Fmt::Ci},
                                {"repetitions", Report::tr("runs"), Fmt::Plain},
                                {"samples", Report::tr("samples"), Fmt::Plain},
                                {"first_over_prediction", Report::tr("first / prediction"), Fmt::Ratio}}),
                   stageRowsWithCi(d),
                   Report::tr("The study's warm-up is the first inference; here warm-up runs until the series is "
                              "steady, timed separately. ") +
                       repetitionNote(anyWithinRun(d, d.stages, [](const auto &c) { return c.ciScope; }))});
}

/// The slowdown against native, averaged as the study did, and the SIMD x threads ablation.
void slowdownAndAblation(const results::StudyReport &d, std::vector<Table> &out)
{
    out.push_back({Report::tr("Slowdown against native ONNX Runtime"),
                   cellColumns({{"workload", Report::tr("workload"), Fmt::Text},
                                {"slowdown", Report::tr("slowdown"), Fmt::Ratio},
                                {"ci", Report::tr("95% CI"), Fmt::Ci},
                                {"repetitions", Report::tr("runs"), Fmt::Plain}}),
                   rows(d, results::StudyTable::Slowdown),
                   Report::tr("Every browser cell's median over the native ONNX Runtime median of the same model at "
                              "the same thread count.") +
                       QLatin1Char(' ') + repetitionNote(anyWithinRun(d, d.slowdown, [](const auto &c) {
                           return c.slowdownVsNative.scope;
                       }))});
    out.push_back({Report::tr("Average slowdown, computed the way the study did"),
                   {{"browser", Report::tr("browser"), Fmt::Text},
                    {"runtime", Report::tr("runtime"), Fmt::Text},
                    {"threads", Report::tr("threads"), Fmt::Plain},
                    {"n", Report::tr("models"), Fmt::Plain},
                    {"mean", Report::tr("mean"), Fmt::Ratio},
                    {"geomean", Report::tr("geometric mean"), Fmt::Ratio},
                    {"min", Report::tr("min"), Fmt::Ratio},
                    {"max", Report::tr("max"), Fmt::Ratio}},
                   rows(d, results::StudyTable::SlowdownAverages),
                   QString::fromLatin1(results::kSlowdownMethod) + QStringLiteral(". ") +
                       Report::tr("The study: 16.9x on average over both frameworks (50 PCs, Chrome, 4 threads); per "
                                  "model 2.1x to 36.4x for ONNX "
                                  "Runtime Web and 3.7x to 18.4x for TF.js.")});
    out.push_back({Report::tr("SIMD x threads ablation (prediction medians)"),
                   {{"runtime", Report::tr("runtime"), Fmt::Text},
                    {"runtime_version", Report::tr("version"), Fmt::Text},
                    {"browser", Report::tr("browser"), Fmt::Text},
                    {"model", Report::tr("model"), Fmt::Text},
                    {"threads", Report::tr("threads"), Fmt::Plain},
                    {"plain_ms", Report::tr("plain ms"), Fmt::Ms},
                    {"threads_ms", Report::tr("+threads ms"), Fmt::Ms},
                    {"simd_ms", Report::tr("+SIMD ms"), Fmt::Ms},
                    {"both_ms", Report::tr("+both ms"), Fmt::Ms},
                    {"threads_speedup", Report::tr("threads speed-up"), Fmt::Ratio},
                    {"simd_speedup", Report::tr("SIMD speed-up"), Fmt::Ratio},
                    {"both_speedup", Report::tr("both speed-up"), Fmt::Ratio},
                    {"threads_speedup_with_simd", Report::tr("threads speed-up with SIMD"), Fmt::Ratio},
                    {"plain_missing", Report::tr("why no plain wasm"), Fmt::Text}},
                   rows(d, results::StudyTable::Ablation),
                   Report::tr("The study's ResNet50 (4 threads): TF.js threads 1.21x, SIMD 3.17x, both 5.69x; ONNX "
                              "Runtime Web threads 0.31x, "
                              "SIMD 1.10x, both 2.30x over plain wasm.")});
}

/// Memory, and responsiveness and smoothness.
void memoryAndResponsiveness(const results::StudyReport &d, std::vector<Table> &out)
{
    out.push_back(
        {Report::tr("Memory"),
         cellColumns({{"workload", Report::tr("workload"), Fmt::Text},
                      {"model_bytes", Report::tr("model MB"), Fmt::Mb},
                      {"baseline_pss_bytes", Report::tr("baseline PSS MB"), Fmt::Mb},
                      {"peak_pss_bytes", Report::tr("peak PSS MB"), Fmt::Mb},
                      {"pss_amplification", Report::tr("PSS growth / model"), Fmt::Ratio},
                      {"js_heap_peak_bytes", Report::tr("peak JS heap MB"), Fmt::Mb},
                      {"js_heap_over_model", Report::tr("peak JS heap / model (study's metric)"), Fmt::Ratio}}),
         rows(d, results::StudyTable::Memory),
         Report::tr("The study: up to 334.6x (ESRGAN on TF.js wasm, JS heap); MobileNetV2 7.2x, ResNet50 3.0x, MoveNet "
                    "10.7x. The JS "
                    "heap of a Web Worker placement is not included (the page's main thread only).")});
    out.push_back(
        {Report::tr("Responsiveness and smoothness"),
         {{"model", Report::tr("model"), Fmt::Text},
          {"runtime", Report::tr("runtime"), Fmt::Text},
          {"browser", Report::tr("browser"), Fmt::Text},
          {"placement", Report::tr("placement"), Fmt::Text},
          {"workload", Report::tr("workload"), Fmt::Text},
          {"input_idle_p95_ms", Report::tr("input p95 idle ms"), Fmt::Ms},
          {"input_busy_p95_ms", Report::tr("input p95 busy ms"), Fmt::Ms},
          {"fps_idle", Report::tr("fps idle"), Fmt::Ms},
          {"fps_busy", Report::tr("fps busy"), Fmt::Ms},
          {"gui_workload_increase_percent", Report::tr("GUI workload increase"), Fmt::Percent},
          {"video_fps_idle", Report::tr("video fps idle"), Fmt::Ms},
          {"video_fps_busy", Report::tr("video fps busy"), Fmt::Ms}},
         rows(d, results::StudyTable::Responsiveness),
         Report::tr(
             "The study: GUI components took 67.2% longer to render while inference ran. Video fps: frames of the "
             "video workload's 30 fps clip the browser presented per second.")});
}

/// Generation and quantized models, where the bundle has them.
void beyondTheStudy(const results::StudyReport &d, std::vector<Table> &out)
{
    if (!d.generation.empty())
        out.push_back(
            {Report::tr("Generative decoding (token by token with a KV cache)"),
             cellColumns({{"prompt_tokens", Report::tr("prompt"), Fmt::Plain},
                          {"new_tokens", Report::tr("new tokens"), Fmt::Plain},
                          {"ttft_ms", Report::tr("time to first token ms"), Fmt::Ms},
                          {"ttft_ci", Report::tr("95% CI"), Fmt::Ci},
                          {"tokens_per_s", Report::tr("tokens/s"), Fmt::Ms},
                          {"tokens_per_s_ci", Report::tr("95% CI"), Fmt::Ci},
                          {"e2e_tokens_per_s", Report::tr("end-to-end tokens/s"), Fmt::Ms},
                          {"decode_slowdown", Report::tr("decode slowdown vs native"), Fmt::Ratio},
                          {"pss_per_token_kb", Report::tr("PSS KB per token"), Fmt::Ms},
                          {"pss_per_token_ci_kb", Report::tr("95% CI"), Fmt::Ci},
                          {"tokens_vs_native", Report::tr("tokens vs native"), Fmt::Text}}),
             rows(d, results::StudyTable::Generation),
             Report::tr(
                 "Beyond the study, which measured one-shot models. Greedy decoding of one seeded prompt; wasm must "
                 "give the native ids token for token, and a divergence names its first position.")});
    // Only a bundle with quantized models has this section.
    if (!d.quantized.empty())
        out.push_back(
            {Report::tr("Quantized models against their float models"),
             {{"model", Report::tr("model"), Fmt::Text},
              {"scheme", Report::tr("scheme"), Fmt::Text},
              {"from", Report::tr("float model"), Fmt::Text},
              {"runtime", Report::tr("runtime"), Fmt::Text},
              {"backend", Report::tr("backend"), Fmt::Text},
              {"threads", Report::tr("threads"), Fmt::Plain},
              {"browser", Report::tr("browser"), Fmt::Text},
              {"median_ms", Report::tr("median ms"), Fmt::Ms},
              {"speedup_over_float", Report::tr("speed-up over float"), Fmt::Ratio},
              {"speedup_over_float_ci", Report::tr("95% CI"), Fmt::Ci},
              {"min_cosine_vs_float", Report::tr("min cosine vs float"), Fmt::Sci},
              {"top1_agreement_vs_float", Report::tr("top-1 agreement vs float"), Fmt::Sci}},
             rows(d, results::StudyTable::Quantized),
             Report::tr(
                 "Each quantized cell's median against the float model's cell of the same configuration (above 1: "
                 "faster), "
                 "with the repetition as the unit; the outputs against the float model's on 20 seeded inputs, from the "
                 "model's reference run (native ONNX Runtime). The zoo's networks have random weights, whose class "
                 "scores "
                 "lie close together: the arg max changes with small errors, the cosine says how close the scores "
                 "stay.")});
}

/// Fidelity against the reference, and the outputs that differ.
void fidelity(const results::StudyReport &d, std::vector<Table> &out)
{
    out.push_back(
        {Report::tr("Fidelity against the reference outputs"),
         {{"runtime", Report::tr("runtime"), Fmt::Text},
          {"backend", Report::tr("backend"), Fmt::Text},
          {"browser", Report::tr("browser"), Fmt::Text},
          {"gpu", Report::tr("GPU"), Fmt::Text},
          {"runs", Report::tr("runs"), Fmt::Plain},
          {"outputs_compared", Report::tr("outputs"), Fmt::Plain},
          {"max_abs_error", Report::tr("max abs error"), Fmt::Sci},
          {"min_cosine", Report::tr("min cosine"), Fmt::Sci},
          {"top1_agreement", Report::tr("top-1 agreement"), Fmt::Sci},
          {"order_dependent_outputs", Report::tr("order-dependent outputs"), Fmt::Plain},
          {"min_set_overlap", Report::tr("min set overlap"), Fmt::Sci}},
         rows(d, results::StudyTable::Fidelity),
         QString::fromLatin1(results::kFidelityReference) + QStringLiteral(". ") +
             Report::tr(
                 "Integer outputs (indices) and outputs the catalog marks order-dependent (after non-maximum "
                 "suppression) are counted apart: tie-breaking among near-equal scores decides them, so they are "
                 "compared as sets.")});
    // Only outputs that differ get a table, each with why: a difference in the numbers, or tie-breaking.
    if (!d.differing.empty()) {
        json differing = rows(d, results::StudyTable::Differing);
        for (std::size_t i = 0; i < d.differing.size(); ++i)
            differing[i]["why"] =
                (d.differing[i].reason == results::DifferingOutput::Reason::OrderDependent
                     ? Report::tr("tie-breaking among near-equal scores chose other values (an order-dependent output)")
                     : Report::tr("the numbers differ (cosine under 0.999)"))
                    .toStdString();
        out.push_back({Report::tr("Outputs that differ from the reference"),
                       {{"model", Report::tr("model"), Fmt::Text},
                        {"output", Report::tr("output"), Fmt::Text},
                        {"runtime", Report::tr("runtime"), Fmt::Text},
                        {"backend", Report::tr("backend"), Fmt::Text},
                        {"browser", Report::tr("browser"), Fmt::Text},
                        {"runs", Report::tr("runs"), Fmt::Plain},
                        {"min_cosine", Report::tr("min cosine"), Fmt::Sci},
                        {"min_set_overlap", Report::tr("min set overlap"), Fmt::Sci},
                        {"why", Report::tr("why"), Fmt::Text}},
                       differing,
                       Report::tr("Each output compared by name with the reference output of the same name.")});
    }
}

/// Cells measured while the machine drifted, and runs without a measurement.
void driftAndFailures(const results::StudyReport &d, std::vector<Table> &out)
{
    out.push_back({Report::tr("Cells measured while the machine drifted"),
                   cellColumns({{"repetitions", Report::tr("runs"), Fmt::Plain},
                                {"machine_drift_percent", Report::tr("probe moved"), Fmt::Percent},
                                {"ci_half_width_percent", Report::tr("95% CI ± %"), Fmt::Percent}}),
                   rows(d, results::StudyTable::Drift),
                   Report::tr("A fixed memory-bound probe is timed before every run; these cells' repetitions saw it "
                              "move by more than 10%, so "
                              "part of their spread is the machine's (their intervals over repetitions include it).")});
    // Only a bundle with failures has a failures section: an empty one would speak of failures that did not happen.
    if (!d.failures.byReason.empty())
        out.push_back({Report::tr("Runs that did not produce a measurement, by reason"),
                       {{"runs", Report::tr("runs"), Fmt::Plain}, {"reason", Report::tr("reason"), Fmt::Text}},
                       rows(d, results::StudyTable::FailuresByReason),
                       QString()});
}

std::vector<Table> tables(const results::StudyReport &d)
{
    std::vector<Table> out;
    headlineAndStages(d, out);
    slowdownAndAblation(d, out);
    memoryAndResponsiveness(d, out);
    beyondTheStudy(d, out);
    fidelity(d, out);
    driftAndFailures(d, out);
    // The runtime version column only where some row ran a non-pinned runtime (ONNX Runtime Web 1.17.3's ablation).
    for (Table &t : out) {
        const bool versioned = std::any_of(t.rows.begin(), t.rows.end(), [](const json &r) {
            return r.is_object() && r.contains("runtime_version") && !r["runtime_version"].is_null();
        });
        if (!versioned)
            std::erase_if(t.columns, [](const Column &c) { return std::string_view(c.key) == "runtime_version"; });
    }
    return out;
}

/// A text a bundle carries as Markdown text, never markup: HTML's < > & as entities, Markdown's emphasis, code,
/// link and table characters backslash-escaped, line breaks as spaces (a plan name must not start a heading
/// or a table).
QString mdEscape(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar ch : s) {
        switch (ch.unicode()) {
        case '<':
            out += QStringLiteral("&lt;");
            break;
        case '>':
            out += QStringLiteral("&gt;");
            break;
        case '&':
            out += QStringLiteral("&amp;");
            break;
        case '\n':
        case '\r':
        case '\t':
            out += QLatin1Char(' ');
            break;
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '|':
        case '#':
        case '!':
            out += QLatin1Char('\\');
            out += ch;
            break;
        default:
            if (ch.category() != QChar::Other_Control)
                out += ch;
        }
    }
    return out;
}

QString asIs(const QString &s)
{
    return s;
}

QString htmlEscape(const QString &s)
{
    return s.toHtmlEscaped();
}

QString markdownTable(const Table &t)
{
    QString md = QStringLiteral("## %1\n\n").arg(t.title);
    if (!t.note.isEmpty())
        md += t.note + QStringLiteral("\n\n");
    if (t.rows.empty())
        return md + Report::tr("Nothing in this bundle measured it.") + QStringLiteral("\n\n");
    QStringList header, rule;
    for (const auto &c : t.columns) {
        header << mdEscape(c.header);
        rule << (c.fmt == Fmt::Text ? QStringLiteral("---") : QStringLiteral("---:"));
    }
    md += QStringLiteral("| %1 |\n|%2|\n").arg(header.join(QStringLiteral(" | ")), rule.join(QLatin1Char('|')));
    for (const auto &row : t.rows) {
        QStringList cells;
        for (const auto &c : t.columns)
            cells << mdEscape(show(row, c));
        md += QStringLiteral("| %1 |\n").arg(cells.join(QStringLiteral(" | ")));
    }
    return md + QLatin1Char('\n');
}

QString htmlTable(const Table &t)
{
    QString html = QStringLiteral("<h2>%1</h2>\n").arg(htmlEscape(t.title));
    if (!t.note.isEmpty())
        html += QStringLiteral("<p class=\"note\">%1</p>\n").arg(htmlEscape(t.note));
    if (t.rows.empty())
        return html + QStringLiteral("<p>%1</p>\n").arg(htmlEscape(Report::tr("Nothing in this bundle measured it.")));
    html += QStringLiteral("<table><thead><tr>");
    for (const auto &c : t.columns)
        html += QStringLiteral("<th>%1</th>").arg(htmlEscape(c.header));
    html += QStringLiteral("</tr></thead><tbody>\n");
    for (const auto &row : t.rows) {
        html += QStringLiteral("<tr>");
        for (const auto &c : t.columns)
            html += QStringLiteral("<td%1>%2</td>")
                        .arg(c.fmt == Fmt::Text ? QString() : QStringLiteral(" class=\"n\""), htmlEscape(show(row, c)));
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</tbody></table>\n");
}

/// The introduction's paragraphs; every value the bundle carries goes through `escape` (Markdown's or none: the
/// HTML escapes whole paragraphs).
QString intro(const results::StudyReport &d, QString (*escape)(const QString &))
{
    const results::StudyEnvironment &env = d.environment;
    const auto text = [escape](const std::optional<std::string> &t) {
        return t ? escape(QString::fromStdString(*t)) : QStringLiteral("–");
    };
    const auto listed = [](const std::map<std::string, std::string> &versions) {
        QString out;
        for (const auto &[name, version] : versions)
            out += QStringLiteral("%1%2 %3").arg(out.isEmpty() ? QString() : QStringLiteral(", "),
                                                 QString::fromStdString(name), QString::fromStdString(version));
        return out;
    };
    QString flags;
    for (const auto &f : env.simdFlags)
        flags += (flags.isEmpty() ? QString() : QStringLiteral(" ")) + QString::fromStdString(f);
    const QString browsers = escape(listed(env.browserVersions));
    const QString runtimes = escape(listed(env.runtimeVersions));
    flags = escape(flags);
    QStringList lines;
    const auto recorded = [escape](const json &v) {
        return escape(QString::fromStdString(results::recordedValueText(v)));
    };
    lines << Report::tr("Plan: %1 (seed %2, %3 repetition(s) per cell, %4 runs in the bundle).")
                 .arg(escape(QString::fromStdString(env.planName)), recorded(env.seed), recorded(env.repetitions),
                      QString::number(env.runs));
    lines << Report::tr("Sample policy: warm-up at least %1 ms and until the last 10 samples vary less than 5% (at "
                        "most %2 ms), then %3 "
                        "prediction samples (at most %4 ms); a run times out after %5 ms.")
                 .arg(text(env.minWarmupMs), text(env.maxWarmupMs), text(env.samples), text(env.maxSampleMs),
                      text(env.timeoutMs));
    // The machine's memory in GiB, as Setup shows it (docs/USER_GUIDE.md, Units).
    lines << Report::tr("Machine: %1, %2 logical cores, %3 GiB memory, %4; SIMD extensions: %5.")
                 .arg(text(env.cpuModel), text(env.logicalCores),
                      std::isfinite(env.memoryBytes)
                          ? QString::number(env.memoryBytes / (1024.0 * 1024.0 * 1024.0), 'f', 2)
                          : QStringLiteral("–"),
                      text(env.os), flags);
    lines << Report::tr("Browsers: %1. Runtimes: %2. InferScope %3, bundle created %4.")
                 .arg(browsers, runtimes, escape(QString::fromStdString(env.inferscopeVersion)),
                      escape(QString::fromStdString(env.createdUtc)));
    if (const auto &drift = env.drift;
        drift && std::isfinite(drift->minMs) && std::isfinite(drift->maxMs) && std::isfinite(drift->medianMs))
        lines << Report::tr("Machine drift: a fixed memory-bound probe timed before each of %1 runs took %2 to %3 ms "
                            "(median %4 ms); "
                            "a cell whose repetitions saw it move by more than 10% is flagged in the summary "
                            "(machine_drift_flag).")
                     .arg(drift->runs)
                     .arg(drift->minMs, 0, 'f', 1)
                     .arg(drift->maxMs, 0, 'f', 1)
                     .arg(drift->medianMs, 0, 'f', 1);
    // Only what this bundle ran: its browsers by name, and software GPUs only where it has GPU cells.
    QStringList used;
    bool gpuCells = false;
    for (const auto &c : d.cells) {
        const std::string &b = c.config.browser;
        const QString name = b == "chromium"      ? Report::tr("Debian's Chromium")
                             : b == "firefox"     ? Report::tr("Firefox ESR")
                             : b == "qtwebengine" ? Report::tr("the embedded QtWebEngine")
                             : b == "grid"        ? Report::tr("a remote WebDriver browser")
                                                  : QString();
        if (!name.isEmpty() && !used.contains(name))
            used << name;
        gpuCells = gpuCells || !c.gpu.empty();
    }
    lines << Report::tr("What differs from the study: it ran Chrome (TF.js 4.2, ONNX Runtime Web 1.14) on 50 PCs and "
                        "trained models; this "
                        "report is one machine, %1, current runtimes, and the zoo's models (several with random "
                        "weights: speed and memory do "
                        "not depend on the weights' values).")
                 .arg(used.isEmpty() ? Report::tr("no browser") : used.join(QStringLiteral(", ")));
    if (gpuCells)
        lines << Report::tr("WebGL and WebGPU here run on software rasterisers (marked \"software\"): they show the "
                            "backends work, not GPU speed.");
    return lines.join(QStringLiteral("\n\n"));
}

void writeText(const QString &path, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    store::writeFileAtomically(path.toStdString(),
                               std::as_bytes(std::span(bytes.constData(), static_cast<std::size_t>(bytes.size()))));
}
} // namespace

QString reportMarkdown(const results::StudyReport &d, const std::vector<std::pair<QString, QString>> &figures)
{
    QString md =
        QStringLiteral("# %1\n\n")
            .arg(Report::tr("InferScope report: %1").arg(mdEscape(QString::fromStdString(d.environment.planName))));
    md += Report::tr("Beside: %1").arg(QString::fromLatin1(results::kStudyCitation)) + QStringLiteral("\n\n");
    md += intro(d, &mdEscape) + QStringLiteral("\n\n");
    for (const auto &t : tables(d))
        md += markdownTable(t);
    if (!figures.empty()) {
        md += QStringLiteral("## %1\n\n").arg(Report::tr("Figures"));
        for (const auto &[name, caption] : figures)
            md +=
                QStringLiteral("![%1](figures/%1.svg)\n\n%2 ([PDF](figures/%1.pdf))\n\n").arg(name, mdEscape(caption));
    }
    if (!d.failures.notRun.empty()) {
        md += QStringLiteral("## %1\n\n").arg(Report::tr("Runs the plan asked for that are not in the bundle"));
        for (const auto &id : d.failures.notRun)
            md += QStringLiteral("- %1\n").arg(mdEscape(QString::fromStdString(id)));
        md += QLatin1Char('\n');
    }
    return md;
}

ReportOutcome writeReport(const results::BundleView &view, const QString &outDir)
{
    ReportOutcome outcome;
    outcome.data = results::studyReport(view);
    outcome.files = writeReportFiles(outcome.data, outDir, &view);
    return outcome;
}

QStringList writeReportFiles(const results::StudyReport &d, const QString &outDir, const results::BundleView *view)
{
    const json data = results::toJson(d);
    QStringList files;
    if (!QDir().mkpath(outDir + QStringLiteral("/tables")))
        throw std::runtime_error("cannot create " + outDir.toStdString());
    const QString dir = QDir(outDir).absolutePath();
    // Tables: the rows each section holds, as tidy CSV.
    using results::StudyTable;
    const std::pair<const char *, StudyTable> csvs[] = {{"headline", StudyTable::Headline},
                                                        {"cells", StudyTable::Cells},
                                                        {"runs", StudyTable::Runs},
                                                        {"stages", StudyTable::Stages},
                                                        {"slowdown", StudyTable::Slowdown},
                                                        {"slowdown_averages", StudyTable::SlowdownAverages},
                                                        {"ablation", StudyTable::Ablation},
                                                        {"memory", StudyTable::Memory},
                                                        {"responsiveness", StudyTable::Responsiveness},
                                                        {"generation", StudyTable::Generation},
                                                        {"quantized", StudyTable::Quantized},
                                                        {"fidelity", StudyTable::Fidelity},
                                                        {"fidelity_differing", StudyTable::Differing},
                                                        {"failures", StudyTable::FailedRuns}};
    for (const auto &[name, table] : csvs) {
        const QString path = dir + QStringLiteral("/tables/%1.csv").arg(QString::fromLatin1(name));
        writeText(path, QString::fromStdString(results::csvOfRows(rows(d, table))));
        files << path;
    }
    const auto figures = renderReportFigures(d.cells, dir + QStringLiteral("/figures"), view);
    std::vector<std::pair<QString, QString>> names;
    for (const auto &f : figures) {
        names.emplace_back(f.name, f.caption);
        files << dir + QStringLiteral("/figures/%1.svg").arg(f.name)
              << dir + QStringLiteral("/figures/%1.pdf").arg(f.name);
    }
    writeText(dir + QStringLiteral("/report.md"), reportMarkdown(d, names));
    files << dir + QStringLiteral("/report.md");
    writeText(dir + QStringLiteral("/report.json"),
              QString::fromStdString(data.dump(1, ' ', false, json::error_handler_t::replace)));
    files << dir + QStringLiteral("/report.json");

    // One self-contained HTML file: no scripts or styles fetched, figures inline, the data as JSON.
    QString html =
        QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n<style>"
                       "body{font-family:sans-serif;max-width:1200px;margin:2em auto;padding:0 1em;color:#222}"
                       "table{border-collapse:collapse;font-size:13px;margin-bottom:1em;display:block;max-width:100%;"
                       "overflow-x:auto}" // a wide table scrolls itself, not the page
                       "th,td{border:1px solid #ccc;padding:3px "
                       "6px}th{background:#f2f2f2}td.n{text-align:right;font-variant-numeric:tabular-nums}"
                       ".note{color:#555;font-size:14px}figure{margin:1em 0}figure "
                       "svg{max-width:100%;height:auto}</style></head><body>\n")
            .arg(htmlEscape(Report::tr("InferScope report: %1").arg(QString::fromStdString(d.environment.planName))));
    html +=
        QStringLiteral("<h1>%1</h1>\n")
            .arg(htmlEscape(Report::tr("InferScope report: %1").arg(QString::fromStdString(d.environment.planName))));
    html += QStringLiteral("<p>%1</p>\n")
                .arg(htmlEscape(Report::tr("Beside: %1").arg(QString::fromLatin1(results::kStudyCitation))));
    for (const auto &paragraph : intro(d, &asIs).split(QStringLiteral("\n\n")))
        html += QStringLiteral("<p>%1</p>\n").arg(htmlEscape(paragraph));
    for (const auto &t : tables(d))
        html += htmlTable(t);
    if (!figures.empty()) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(htmlEscape(Report::tr("Figures")));
        for (const auto &f : figures) {
            QString svg = f.svg;
            svg.remove(0,
                       std::max<qsizetype>(0, svg.indexOf(QStringLiteral("<svg")))); // drop the XML prolog inside HTML
            html += QStringLiteral("<figure>%1<figcaption>%2</figcaption></figure>\n").arg(svg, htmlEscape(f.caption));
        }
    }
    // Nothing in the data can end the script early or open a comment ("</script>", "<!--"): every "<" (which
    // JSON holds only inside strings) is written as its \u003c escape, the same string to a JSON parser.
    QString dataText = QString::fromStdString(data.dump(-1, ' ', false, json::error_handler_t::replace));
    dataText.replace(QLatin1Char('<'), QStringLiteral("\\u003c"))
        .replace(QLatin1Char('>'), QStringLiteral("\\u003e"))
        .replace(QLatin1Char('&'), QStringLiteral("\\u0026"));
    html +=
        QStringLiteral("<script type=\"application/json\" id=\"inferscope-report-data\">%1</script>\n</body></html>\n")
            .arg(dataText);
    writeText(dir + QStringLiteral("/report.html"), html);
    files.prepend(dir + QStringLiteral("/report.html"));
    return files;
}

} // namespace inferscope::app
