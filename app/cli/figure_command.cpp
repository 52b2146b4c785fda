#include "app/cli/figure_command.h"

#include "app/results/browser_comparison.h"
#include "app/results/chart_views.h"
#include "widgets/distribution_plot.h"
#include "widgets/forest_plot.h"
#include "core/results/baseline_comparison.h"
#include "core/results/cell_summary.h"
#include "widgets/browser_comparison_plot.h"
#include "widgets/figure_exporter.h"

#include <QCoreApplication>
#include <QCommandLineParser>
#include <cmath>
#include <QTextStream>
#include <map>

namespace inferscope::app {
namespace {
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const std::map<QString, ComparisonMetric> &metrics()
{
    static const std::map<QString, ComparisonMetric> m{
        {QStringLiteral("latency"), ComparisonMetric::Latency},          {QStringLiteral("slowdown"), ComparisonMetric::Slowdown},
        {QStringLiteral("memory"), ComparisonMetric::PeakMemory},        {QStringLiteral("amplification"), ComparisonMetric::Amplification},
        {QStringLiteral("input-delay"), ComparisonMetric::InputDelayBusy}, {QStringLiteral("fps"), ComparisonMetric::FpsBusy},
        {QStringLiteral("gui-workload"), ComparisonMetric::GuiWorkloadIncrease}, {QStringLiteral("cpu"), ComparisonMetric::CpuPerInference},
        {QStringLiteral("speedup"), ComparisonMetric::SpeedupOverPlainWasm}, {QStringLiteral("realtime-accuracy"), ComparisonMetric::RealtimeAccuracy30},
        {QStringLiteral("video-fps"), ComparisonMetric::VideoFpsBusy}, {QStringLiteral("tokens-per-s"), ComparisonMetric::TokensPerSecond},
        {QStringLiteral("ttft"), ComparisonMetric::TimeToFirstToken}};
    return m;
}

QStringList metricNames()
{
    QStringList names;
    for (const auto &[name, metric] : metrics())
        names << name;
    return names;
}
} // namespace

int runFigure(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Write a chart of a result bundle at a publication size (PDF, SVG or PNG), "
                                             "with the data drawn as CSV beside it."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("bundle"), Cli::tr("The bundle directory."));
    parser.addOptions({
        {QStringLiteral("chart"), Cli::tr("latency, memory or responsiveness (one run), browsers (every cell), compare (every cell against "
                                          "--baseline: a forest plot) or ecdf (the latency distributions of --run and --against)."),
         QStringLiteral("chart")},
        {QStringLiteral("baseline"), Cli::tr("For compare: native, a browser or a cell (default native)."), QStringLiteral("baseline"), QStringLiteral("native")},
        {QStringLiteral("against"), Cli::tr("For ecdf: the second run (default: the next run with samples)."), QStringLiteral("id")},
        {QStringLiteral("run"), Cli::tr("The run to draw (latency, memory, responsiveness); default: the first run that has the data."), QStringLiteral("id")},
        {QStringLiteral("metric"), Cli::tr("For browsers: %1.").arg(metricNames().join(QStringLiteral(", "))), QStringLiteral("name"), QStringLiteral("latency")},
        {QStringLiteral("preset"), Cli::tr("single (3.5 in), double (7.16 in), slide (10 in, 16:9), or WxHin / WxHmm."), QStringLiteral("preset"), QStringLiteral("single")},
        {QStringLiteral("dpi"), Cli::tr("PNG resolution (default 300)."), QStringLiteral("dpi"), QStringLiteral("300")},
        {QStringLiteral("out"), Cli::tr("The figure: .pdf, .svg or .png (FILE.csv is written beside it)."), QStringLiteral("file")},
    });
    if (!parser.parse(args)) {
        err << parser.errorText() << Qt::endl;
        return 1;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("out")) || !parser.isSet(QStringLiteral("chart"))) {
        err << Cli::tr("figure needs one bundle, --chart and --out FILE.") << Qt::endl;
        return 1;
    }
    const QString chart = parser.value(QStringLiteral("chart"));
    const QStringList charts{QStringLiteral("latency"), QStringLiteral("memory"), QStringLiteral("responsiveness"), QStringLiteral("browsers"),
                             QStringLiteral("compare"), QStringLiteral("ecdf")};
    if (!charts.contains(chart)) {
        err << Cli::tr("Unknown chart \"%1\": use %2.").arg(chart, charts.join(QStringLiteral(", "))) << Qt::endl;
        return 1;
    }
    const auto preset = widgets::figurePreset(parser.value(QStringLiteral("preset")));
    if (!preset) {
        err << Cli::tr("Unknown preset \"%1\": use single, double, slide, or a size such as 4x3in or 120x80mm.")
                   .arg(parser.value(QStringLiteral("preset")))
            << Qt::endl;
        return 1;
    }
    bool dpiOk = false;
    const int dpi = parser.value(QStringLiteral("dpi")).toInt(&dpiOk);
    if (!dpiOk) {
        err << Cli::tr("--dpi needs a whole number.") << Qt::endl;
        return 1;
    }
    std::shared_ptr<const results::BundleView> view;
    try {
        view = results::loadBundleView(parser.positionalArguments().constFirst().toStdString());
    } catch (const std::exception &e) {
        err << Cli::tr("Cannot open the bundle: %1").arg(QString::fromStdString(e.what())) << Qt::endl;
        return 2;
    }

    std::unique_ptr<widgets::ChartWidget> plot;
    auto size = *preset;
    if (chart == QLatin1String("compare")) {
        nlohmann::json comparison;
        try {
            comparison = results::compareAgainstBaseline(*view, parser.value(QStringLiteral("baseline")).toStdString());
        } catch (const std::invalid_argument &e) {
            err << QString::fromUtf8(e.what()) << Qt::endl;
            return 1;
        }
        const auto forest = forestView(comparison);
        if (forest.rows.empty()) {
            err << Cli::tr("No cell has samples on both sides of the comparison against %1.").arg(parser.value(QStringLiteral("baseline"))) << Qt::endl;
            return 1;
        }
        // One readable row per cell (about 11 pt each at the 7 pt tick font): a figure with many cells grows
        // taller than the preset rather than printing labels on top of each other.
        const double needed = 60.0 + 11.0 * static_cast<double>(forest.rows.size());
        if (size.heightPt() < needed) {
            size.heightIn = needed / 72.0;
            out << Cli::tr("%n cell(s): the figure is %1 pt tall to keep one readable row per cell.", nullptr, static_cast<int>(forest.rows.size()))
                       .arg(std::lround(needed))
                << Qt::endl;
        }
        auto p = std::make_unique<widgets::ForestPlot>();
        p->setView(forest);
        plot = std::move(p);
    } else if (chart == QLatin1String("ecdf")) {
        const QString first = parser.value(QStringLiteral("run")), second = parser.value(QStringLiteral("against"));
        const results::RunSummary *a = nullptr, *b = nullptr;
        for (const auto &r : view->runs) {
            const QString id = QString::fromStdString(r.runId);
            if (!a && (first.isEmpty() ? !r.steadySamples.empty() : id == first))
                a = &r;
            else if (!b && (second.isEmpty() ? !r.steadySamples.empty() : id == second))
                b = &r;
        }
        if (!a || !b || a->steadySamples.empty() || b->steadySamples.empty()) {
            err << Cli::tr("The ecdf chart needs two runs with samples (--run and --against; `inferscope inspect` lists them).") << Qt::endl;
            return 1;
        }
        // Legend names: the parts of the two runs' configurations that differ (the run ids when none does).
        const QStringList partsA = QString::fromStdString(a->label).split(QStringLiteral(" / ")), partsB = QString::fromStdString(b->label).split(QStringLiteral(" / "));
        QStringList nameA, nameB;
        for (qsizetype i = 0; i < std::max(partsA.size(), partsB.size()); ++i)
            if (partsA.value(i) != partsB.value(i)) {
                nameA << partsA.value(i);
                nameB << partsB.value(i);
            }
        widgets::DistributionView distributions;
        distributions.series = {ecdfSeries(a->steadySamples, nameA.isEmpty() ? QString::fromStdString(a->runId) : nameA.join(QStringLiteral(" / "))),
                                ecdfSeries(b->steadySamples, nameB.isEmpty() ? QString::fromStdString(b->runId) : nameB.join(QStringLiteral(" / ")))};
        auto p = std::make_unique<widgets::DistributionPlot>();
        p->setView(distributions);
        plot = std::move(p);
    } else if (chart == QLatin1String("browsers")) {
        const auto metric = metrics().find(parser.value(QStringLiteral("metric")));
        if (metric == metrics().end()) {
            err << Cli::tr("Unknown metric \"%1\": use %2.").arg(parser.value(QStringLiteral("metric")), metricNames().join(QStringLiteral(", ")))
                << Qt::endl;
            return 1;
        }
        auto comparison = std::make_unique<widgets::BrowserComparisonPlot>();
        comparison->setView(buildBrowserComparison(results::summarizeCells(*view), metric->second));
        plot = std::move(comparison);
    } else {
        const QString wanted = parser.value(QStringLiteral("run"));
        auto hasData = [&chart](const results::RunSummary &r) {
            return chart == QLatin1String("latency")  ? !r.plotSamples.empty()
                   : chart == QLatin1String("memory") ? !r.memoryPlot.empty()
                                                      : !(r.inputIdle.empty() && r.inputBusy.empty() && r.frameIntervals.empty());
        };
        const results::RunSummary *run = nullptr;
        for (const auto &r : view->runs)
            if (wanted.isEmpty() ? hasData(r) : QString::fromStdString(r.runId) == wanted) {
                run = &r;
                break;
            }
        if (!run) {
            err << (wanted.isEmpty() ? Cli::tr("No run in this bundle has data for the %1 chart.").arg(chart)
                                     : Cli::tr("No run \"%1\" in this bundle (`inferscope inspect` lists them).").arg(wanted))
                << Qt::endl;
            return 1;
        }
        if (!hasData(*run)) {
            err << Cli::tr("The run %1 recorded nothing for the %2 chart.").arg(wanted, chart) << Qt::endl;
            return 1;
        }
        if (chart == QLatin1String("latency")) {
            auto p = std::make_unique<widgets::LatencySeriesPlot>();
            p->setView(latencyView(*run));
            plot = std::move(p);
        } else if (chart == QLatin1String("memory")) {
            auto p = std::make_unique<widgets::MemoryTimelinePlot>();
            p->setView(memoryView(*run));
            plot = std::move(p);
        } else {
            auto p = std::make_unique<widgets::ResponsivenessPlot>();
            p->setView(responsivenessView(*run));
            plot = std::move(p);
        }
    }
    plot->resize(static_cast<int>(size.widthPt()), static_cast<int>(size.heightPt()));
    QString error;
    if (!widgets::FigureExporter::exportFigure(plot->plot(), parser.value(QStringLiteral("out")), size, dpi, &error)) {
        err << error << Qt::endl;
        return 2;
    }
    out << parser.value(QStringLiteral("out")) << Qt::endl;
    return 0;
}

} // namespace inferscope::app
