#include "app/results/chart_views.h"

#include "core/analysis/descriptive.h"

#include <QCoreApplication>
#include <algorithm>

namespace inferscope::app {

widgets::LatencySeriesView latencyView(const results::RunSummary &r)
{
    widgets::LatencySeriesView view;
    view.title = QString::fromStdString(r.runId);
    view.samples = r.plotSamples;
    view.outliers = r.plotOutliers;
    view.driftEnd = static_cast<double>(r.driftEnd);
    view.median = r.stats.median;
    view.ciLow = r.medianCi.low;
    view.ciHigh = r.medianCi.high;
    // A generation run's samples are its decode steps: the chart is per token, with what a user of the model
    // feels first (time to first token) and the rate after it written in its corner.
    if (const auto g = r.meta.find("generation"); g != r.meta.end() && g->is_object() && g->value("available", false)) {
        view.perToken = true;
        view.note =
            QCoreApplication::translate("inferscope::app::ResultsPage",
                                        "Time to first token %1 ms (median of %2 generations), then %3 tokens/s")
                .arg(g->value("ttft_ms", 0.0), 0, 'f', 1)
                .arg(g->contains("ttft_ms_each") ? (*g)["ttft_ms_each"].size() : 0)
                .arg(g->value("tokens_per_s", 0.0), 0, 'f', 1);
    }
    return view;
}

widgets::MemoryTimelineView memoryView(const results::RunSummary &r)
{
    widgets::MemoryTimelineView memory;
    for (const auto &[type, points] : r.memoryPlot)
        memory.series.emplace_back(type == "total"
                                       ? QCoreApplication::translate("inferscope::app::ResultsPage", "total PSS")
                                       : QCoreApplication::translate("inferscope::app::ResultsPage", "%1 processes")
                                             .arg(QString::fromStdString(type)),
                                   points);
    memory.baselineMb = r.memoryBaselineMb;
    memory.peakMb = r.memoryPeakMb;
    return memory;
}

widgets::ResponsivenessView responsivenessView(const results::RunSummary &r)
{
    return {r.inputIdle, r.inputBusy, r.frameIntervals};
}

widgets::DistributionView::Series ecdfSeries(const std::vector<double> &samples, const QString &name)
{
    widgets::DistributionView::Series s;
    s.name = name;
    std::vector<double> sorted = samples;
    std::sort(sorted.begin(), sorted.end());
    const std::size_t n = sorted.size(), step = std::max<std::size_t>(1, n / 500);
    for (std::size_t i = 0; i < n; i += step)
        s.ecdf.push_back({sorted[i], static_cast<double>(i + 1) / static_cast<double>(n)});
    if (n > 0 && s.ecdf.back().y < 1.0)
        s.ecdf.push_back({sorted.back(), 1.0});
    s.median = analysis::median(sorted);
    return s;
}

widgets::ForestView forestView(const results::BaselineComparison &comparison)
{
    widgets::ForestView forest;
    // Cell keys are long (model_runtime_backend_tN_browser_placement...): a figure names each row by the
    // dimensions that differ between its rows only, so the labels leave room for the plot.
    enum class Dimension { Model, Browser, Runtime, Backend, Threads, Simd, Placement, Workload };
    const auto text = [](const results::CellConfig &c, Dimension d) -> std::string {
        switch (d) {
        case Dimension::Model:
            return c.model;
        case Dimension::Browser:
            return c.browser;
        case Dimension::Runtime:
            return c.runtime;
        case Dimension::Backend:
            return c.backend;
        case Dimension::Threads:
            return "t" + std::to_string(c.threads);
        case Dimension::Simd:
            return c.simd ? "" : "no SIMD";
        case Dimension::Placement:
            return c.placement;
        case Dimension::Workload:
            return c.workloadKind == experiment::Workload::None ? "" : "+" + c.workload;
        }
        return {};
    };
    std::vector<const results::ComparisonRow *> rows; // the measured rows: the ones drawn
    for (const auto &row : comparison.rows)
        if (row.measured)
            rows.push_back(&row);
    if (rows.empty())
        return forest;
    std::vector<Dimension> varying;
    for (const auto d : {Dimension::Model, Dimension::Browser, Dimension::Runtime, Dimension::Backend,
                         Dimension::Threads, Dimension::Simd, Dimension::Placement, Dimension::Workload})
        if (std::any_of(rows.begin(), rows.end(),
                        [&](const auto *row) { return text(row->cell, d) != text(rows.front()->cell, d); }))
            varying.push_back(d);
    if (varying.empty())
        varying = {Dimension::Model, Dimension::Browser, Dimension::Backend};
    for (const auto *row : rows) {
        QStringList parts;
        for (const auto d : varying)
            if (const std::string t = text(row->cell, d); !t.empty())
                parts << QString::fromStdString(t);
        forest.rows.push_back(
            {parts.isEmpty() ? QString::fromStdString(row->cell.key) : parts.join(QStringLiteral(" ")), row->ratio,
             row->ciLow, row->ciHigh, row->significant});
    }
    return forest;
}

namespace {
QString say(const char *text)
{
    return QCoreApplication::translate("inferscope::app::ResultsPage", text);
}

/// "This run ended failed: <error>." for a run that did not finish; empty for an ok run.
QString endedWithout(const results::RunSummary &run)
{
    if (run.status == "ok")
        return {};
    QString text = say(QT_TRANSLATE_NOOP("inferscope::app::ResultsPage", "This run ended %1"))
                       .arg(QString::fromStdString(run.status));
    if (!run.error.empty())
        text += QStringLiteral(": ") + QString::fromStdString(run.error);
    return text + QLatin1Char('.');
}
} // namespace

QString noLatencyReason(const results::RunSummary *run)
{
    if (!run)
        return say(QT_TRANSLATE_NOOP("inferscope::app::ResultsPage",
                                     "Select a run in the table above to see its latency series."));
    if (!run->plotSamples.empty())
        return {};
    const QString ended = endedWithout(*run);
    return ended.isEmpty()
               ? say(QT_TRANSLATE_NOOP("inferscope::app::ResultsPage", "This run recorded no latency samples."))
               : ended + QLatin1Char(' ') +
                     say(QT_TRANSLATE_NOOP("inferscope::app::ResultsPage", "It has no latency samples."));
}

QString noMemoryReason(const results::RunSummary *run)
{
    if (!run)
        return say(QT_TRANSLATE_NOOP("inferscope::app::ResultsPage",
                                     "Select a run in the table above to see its memory timeline."));
    if (!run->memoryPlot.empty())
        return {};
    const auto memory = run->meta.value("memory", nlohmann::json::object());
    if (memory.is_object() && memory.contains("reason") && memory["reason"].is_string())
        return say(QT_TRANSLATE_NOOP("inferscope::app::ResultsPage", "No memory timeline: %1."))
            .arg(QString::fromStdString(memory["reason"].get<std::string>()));
    const QString ended = endedWithout(*run);
    return ended.isEmpty()
               ? say(QT_TRANSLATE_NOOP("inferscope::app::ResultsPage", "This run recorded no memory timeline."))
               : ended + QLatin1Char(' ') +
                     say(QT_TRANSLATE_NOOP("inferscope::app::ResultsPage", "It has no memory timeline."));
}

QString noResponsivenessReason(const results::RunSummary *run)
{
    if (!run)
        return say(QT_TRANSLATE_NOOP("inferscope::app::ResultsPage",
                                     "Select a run in the table above to see its responsiveness."));
    if (!run->frameIntervals.empty() || !run->inputIdle.empty() || !run->inputBusy.empty())
        return {};
    if (run->meta.value("browser", "") == "native")
        return say(
            QT_TRANSLATE_NOOP("inferscope::app::ResultsPage",
                              "Native runs have no page: input delay and frames are measured in browsers only."));
    const bool probed = run->meta.value("responsiveness_probe", false) || run->meta.value("workload", "none") != "none";
    if (!probed)
        return say(QT_TRANSLATE_NOOP(
            "inferscope::app::ResultsPage",
            "Responsiveness was not measured in this run. Tick \"Responsiveness\" or a page workload in New "
            "experiment… "
            "(plan fields \"responsiveness\", \"workloads\") to time clicks and frames while the model runs."));
    const QString ended = endedWithout(*run);
    return ended.isEmpty()
               ? say(QT_TRANSLATE_NOOP("inferscope::app::ResultsPage",
                                       "The responsiveness probe ran but recorded no clicks or frames."))
               : ended + QLatin1Char(' ') +
                     say(QT_TRANSLATE_NOOP("inferscope::app::ResultsPage", "It has no responsiveness data."));
}

} // namespace inferscope::app
