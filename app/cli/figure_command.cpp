#include "app/cli/figure_command.h"

#include "app/results/browser_comparison.h"
#include "app/results/chart_views.h"
#include "core/results/cell_summary.h"
#include "widgets/browser_comparison_plot.h"
#include "widgets/figure_exporter.h"

#include <QCoreApplication>
#include <QCommandLineParser>
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
        {QStringLiteral("gui-workload"), ComparisonMetric::GuiWorkloadIncrease}};
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
        {QStringLiteral("chart"), Cli::tr("latency, memory or responsiveness (one run), or browsers (every cell)."), QStringLiteral("chart")},
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
    const QStringList charts{QStringLiteral("latency"), QStringLiteral("memory"), QStringLiteral("responsiveness"), QStringLiteral("browsers")};
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
    if (chart == QLatin1String("browsers")) {
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
    plot->resize(static_cast<int>(preset->widthPt()), static_cast<int>(preset->heightPt()));
    QString error;
    if (!widgets::FigureExporter::exportFigure(plot->plot(), parser.value(QStringLiteral("out")), *preset, dpi, &error)) {
        err << error << Qt::endl;
        return 2;
    }
    out << parser.value(QStringLiteral("out")) << Qt::endl;
    return 0;
}

} // namespace inferscope::app
