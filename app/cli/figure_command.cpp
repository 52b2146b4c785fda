#include "app/cli/figure_command.h"

#include "app/results/browser_comparison.h"
#include "app/results/chart_views.h"
#include "app/results/comparison_panels.h"
#include "core/results/baseline_comparison.h"
#include "core/results/cell_summary.h"
#include "widgets/browser_comparison_plot.h"
#include "widgets/comparison_grid_plot.h"
#include "widgets/distribution_plot.h"
#include "widgets/figure_exporter.h"
#include "widgets/forest_plot.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>
#include <cmath>
#include <map>
#include <optional>
#include <set>

namespace inferscope::app {
namespace {
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const std::map<QString, ComparisonMetric> &metrics()
{
    static const std::map<QString, ComparisonMetric> m{
        {QStringLiteral("latency"), ComparisonMetric::Latency},
        {QStringLiteral("slowdown"), ComparisonMetric::Slowdown},
        {QStringLiteral("memory"), ComparisonMetric::PeakMemory},
        {QStringLiteral("amplification"), ComparisonMetric::Amplification},
        {QStringLiteral("input-delay"), ComparisonMetric::InputDelayBusy},
        {QStringLiteral("fps"), ComparisonMetric::FpsBusy},
        {QStringLiteral("gui-workload"), ComparisonMetric::GuiWorkloadIncrease},
        {QStringLiteral("cpu"), ComparisonMetric::CpuPerInference},
        {QStringLiteral("speedup"), ComparisonMetric::SpeedupOverPlainWasm},
        {QStringLiteral("realtime-accuracy"), ComparisonMetric::RealtimeAccuracy30},
        {QStringLiteral("video-fps"), ComparisonMetric::VideoFpsBusy},
        {QStringLiteral("tokens-per-s"), ComparisonMetric::TokensPerSecond},
        {QStringLiteral("ttft"), ComparisonMetric::TimeToFirstToken},
        {QStringLiteral("quantized-speedup"), ComparisonMetric::SpeedupOverFloat}};
    return m;
}

QStringList metricNames()
{
    QStringList names;
    for (const auto &[name, metric] : metrics())
        names << name;
    return names;
}

QStringList dimensionKeys()
{
    QStringList keys;
    for (const auto d : kComparisonDimensions)
        keys << QString::fromStdString(comparisonDimensionKey(d));
    return keys;
}

/// The browsers view the options ask for: --panels, --best, --scale, --sort, --show-failed, --only and --hide
/// (DIMENSION=VALUE[,VALUE...], repeatable).
std::optional<ComparisonSelection> selectionFromOptions(const QCommandLineParser &parser, QString *problem)
{
    ComparisonSelection s;
    const QString panels = parser.value(QStringLiteral("panels"));
    if (panels == QLatin1String("none")) {
        s.panelsBy.reset();
    } else if (const auto d = comparisonDimensionFromKey(panels.toStdString())) {
        s.panelsBy = d;
    } else {
        *problem =
            Cli::tr("Unknown --panels \"%1\": use none or %2.").arg(panels, dimensionKeys().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    s.bestPerBrowser = parser.isSet(QStringLiteral("best"));
    s.sortByValue = parser.isSet(QStringLiteral("sort"));
    s.hideFailed = !parser.isSet(QStringLiteral("show-failed"));
    const QString scale = parser.value(QStringLiteral("scale"));
    if (scale == QLatin1String("auto") || scale == QLatin1String("linear") || scale == QLatin1String("log")) {
        s.scale = scale == QLatin1String("log")      ? ComparisonScale::Log
                  : scale == QLatin1String("linear") ? ComparisonScale::Linear
                                                     : ComparisonScale::Auto;
    } else {
        *problem = Cli::tr("Unknown --scale \"%1\": use auto, linear or log.").arg(scale);
        return std::nullopt;
    }
    for (const char *option : {"only", "hide"})
        for (const QString &filter : parser.values(QString::fromLatin1(option))) {
            const auto d = comparisonDimensionFromKey(filter.section(QLatin1Char('='), 0, 0).toStdString());
            const QStringList values = filter.section(QLatin1Char('='), 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (!d || !filter.contains(QLatin1Char('=')) || values.isEmpty()) {
                *problem = Cli::tr("--%1 needs DIMENSION=VALUE[,VALUE...] with a dimension of %2.")
                               .arg(QString::fromLatin1(option), dimensionKeys().join(QStringLiteral(", ")));
                return std::nullopt;
            }
            for (const QString &v : values)
                s.hidden[*d].insert(v.toStdString());
            if (QLatin1String(option) ==
                QLatin1String("only")) // keep these: hide every other value (filled in against the cells)
                s.hidden[*d].insert("\x01only");
        }
    return s;
}

/// Like `export` and `report`: a figure drawn without a damaged record names it and exits 3.
int damagedRecords(const results::BundleView &view, QTextStream &err)
{
    for (const auto &p : view.problems)
        err << Cli::tr("damaged record skipped: %1").arg(QString::fromStdString(p.message)) << Qt::endl;
    return view.problems.empty() ? 0 : 3;
}

/// --only keeps the listed values: every value of that dimension the cells have but those is hidden.
void resolveOnly(ComparisonSelection &s, const std::vector<results::CellSummary> &cells)
{
    for (auto &[dimension, values] : s.hidden) {
        if (!values.erase("\x01only"))
            continue;
        std::set<std::string> hide;
        for (const auto &v : comparisonDimensionValues(cells, dimension))
            if (!values.count(v))
                hide.insert(v);
        values = std::move(hide);
    }
}

/// The panels a page of `preset` holds, each page a figure of its own: FILE itself when one page is enough,
/// else FILE-1, FILE-2, ... (the CSV of each page's data beside it).
int writeComparisonPages(const ComparisonPanels &panels, const widgets::FigurePreset &preset, const QString &file,
                         int dpi, QTextStream &out, QTextStream &err)
{
    widgets::ComparisonGridPlot grid;
    grid.setFigurePreset(preset);
    grid.setView(panels.grid);
    QString error;
    const QStringList files = grid.writePages(file, dpi, &error);
    if (files.isEmpty()) {
        err << error << Qt::endl;
        return 2;
    }
    for (const QString &name : files)
        out << name << Qt::endl;
    const auto pages = files.size();
    if (pages > 1)
        out << Cli::tr("%1 panels on %2 pages of %3 x %4 pt.")
                   .arg(panels.grid.panels.size())
                   .arg(pages)
                   .arg(std::lround(preset.widthPt()))
                   .arg(std::lround(preset.heightPt()))
            << Qt::endl;
    if (panels.hiddenFailed > 0)
        out << Cli::tr("%n failed or unsupported cell(s) not drawn (--show-failed draws them).", nullptr,
                       panels.hiddenFailed)
            << Qt::endl;
    return 0;
}
} // namespace

namespace {
/// A chart to export, or the exit code that says why there is none.
struct ChartOrExit {
    std::unique_ptr<widgets::ChartWidget> plot;
    int code = 0;
};

void addFigureOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("chart"),
         Cli::tr("latency, memory or responsiveness (one run), browsers (every cell), compare (every cell against "
                 "--baseline: a forest plot) or ecdf (the latency distributions of --run and --against)."),
         QStringLiteral("chart")},
        {QStringLiteral("baseline"), Cli::tr("For compare: native, a browser or a cell (default native)."),
         QStringLiteral("baseline"), QStringLiteral("native")},
        {QStringLiteral("against"), Cli::tr("For ecdf: the second run (default: the next run with samples)."),
         QStringLiteral("id")},
        {QStringLiteral("run"),
         Cli::tr("The run to draw (latency, memory, responsiveness); default: the first run that has the data."),
         QStringLiteral("id")},
        {QStringLiteral("metric"), Cli::tr("For browsers: %1.").arg(metricNames().join(QStringLiteral(", "))),
         QStringLiteral("name"), QStringLiteral("latency")},
        {QStringLiteral("preset"), Cli::tr("single (3.5 in), double (7.16 in), slide (10 in, 16:9), or WxHin / WxHmm."),
         QStringLiteral("preset"), QStringLiteral("single")},
        {QStringLiteral("dpi"), Cli::tr("PNG resolution (default 300)."), QStringLiteral("dpi"), QStringLiteral("300")},
        {QStringLiteral("out"),
         Cli::tr(
             "The figure: .pdf, .svg or .png (FILE.csv is written beside it); browsers panels that need more than one "
             "page are written as FILE-1, FILE-2, ..."),
         QStringLiteral("file")},
        {QStringLiteral("panels"),
         Cli::tr("For browsers: one panel per value of %1, or none (default model).")
             .arg(dimensionKeys().join(QStringLiteral(", "))),
         QStringLiteral("dimension"), QStringLiteral("model")},
        {QStringLiteral("best"), Cli::tr("For browsers: each browser's best configuration per panel, against native.")},
        {QStringLiteral("scale"),
         Cli::tr("For browsers: auto (logarithmic where a panel spans more than a decade), linear or log."),
         QStringLiteral("scale"), QStringLiteral("auto")},
        {QStringLiteral("sort"), Cli::tr("For browsers: configurations ordered by value, best first.")},
        {QStringLiteral("show-failed"),
         Cli::tr("For browsers: draw failed and unsupported configurations as empty slots named by their status.")},
        {QStringLiteral("only"),
         Cli::tr("For browsers: keep only these values, e.g. browser=chromium,firefox (repeatable)."),
         QStringLiteral("dimension=values")},
        {QStringLiteral("hide"), Cli::tr("For browsers: leave these values out, e.g. backend=webgl (repeatable)."),
         QStringLiteral("dimension=values")},
    });
}

/// Every cell against --baseline as a forest plot, grown taller than the preset to keep one readable row per cell.
ChartOrExit comparePlot(const results::BundleView &view, const QCommandLineParser &parser, widgets::FigurePreset &size,
                        QTextStream &out, QTextStream &err)
{
    results::BaselineComparison comparison;
    try {
        comparison = results::compareAgainstBaseline(view, parser.value(QStringLiteral("baseline")).toStdString());
    } catch (const std::invalid_argument &e) {
        err << QString::fromUtf8(e.what()) << Qt::endl;
        return {nullptr, 1};
    }
    const auto forest = forestView(comparison);
    if (forest.rows.empty()) {
        err << Cli::tr("No cell has samples on both sides of the comparison against %1.")
                   .arg(parser.value(QStringLiteral("baseline")))
            << Qt::endl;
        return {nullptr, 1};
    }
    // One readable row per cell (about 11 pt each at the 7 pt tick font, in proportion at the preset's own: the slide
    // preset's is larger): a figure with many cells grows taller than the preset rather than printing labels on top of
    // each other.
    const double rowPt = 11.0 * size.tickPt / 7.0;
    const double needed = 60.0 + rowPt * static_cast<double>(forest.rows.size());
    if (size.heightPt() < needed) {
        size.heightIn = needed / 72.0;
        out << Cli::tr("%n cell(s): the figure is %1 pt tall to keep one readable row per cell.", nullptr,
                       static_cast<int>(forest.rows.size()))
                   .arg(std::lround(needed))
            << Qt::endl;
    }
    auto p = std::make_unique<widgets::ForestPlot>();
    p->setView(forest);
    return {std::move(p), 0};
}

/// The latency distributions of --run and --against (or the first two runs with samples).
ChartOrExit ecdfPlot(const results::BundleView &view, const QCommandLineParser &parser, QTextStream &err)
{
    const QString first = parser.value(QStringLiteral("run")), second = parser.value(QStringLiteral("against"));
    const results::RunSummary *a = nullptr, *b = nullptr;
    for (const auto &r : view.runs) {
        const QString id = QString::fromStdString(r.runId);
        if (!a && (first.isEmpty() ? !r.steadySamples.empty() : id == first))
            a = &r;
        else if (!b && (second.isEmpty() ? !r.steadySamples.empty() : id == second))
            b = &r;
    }
    if (!a || !b || a->steadySamples.empty() || b->steadySamples.empty()) {
        err << Cli::tr("The ecdf chart needs two runs with samples (--run and --against; `inferscope inspect` "
                       "lists them).")
            << Qt::endl;
        return {nullptr, 1};
    }
    // Legend names: the parts of the two runs' configurations that differ (the run ids when none does).
    const QStringList partsA = QString::fromStdString(a->label).split(QStringLiteral(" / ")),
                      partsB = QString::fromStdString(b->label).split(QStringLiteral(" / "));
    QStringList nameA, nameB;
    for (qsizetype i = 0; i < std::max(partsA.size(), partsB.size()); ++i)
        if (partsA.value(i) != partsB.value(i)) {
            nameA << partsA.value(i);
            nameB << partsB.value(i);
        }
    widgets::DistributionView distributions;
    distributions.series = {ecdfSeries(a->steadySamples, nameA.isEmpty() ? QString::fromStdString(a->runId)
                                                                         : nameA.join(QStringLiteral(" / "))),
                            ecdfSeries(b->steadySamples, nameB.isEmpty() ? QString::fromStdString(b->runId)
                                                                         : nameB.join(QStringLiteral(" / ")))};
    auto p = std::make_unique<widgets::DistributionPlot>();
    p->setView(distributions);
    return {std::move(p), 0};
}

/// One run's latency, memory or responsiveness chart.
ChartOrExit runPlot(const results::BundleView &view, const QString &chart, const QCommandLineParser &parser,
                    QTextStream &err)
{
    const QString wanted = parser.value(QStringLiteral("run"));
    auto hasData = [&chart](const results::RunSummary &r) {
        return chart == QLatin1String("latency") ? !r.plotSamples.empty()
               : chart == QLatin1String("memory")
                   ? !r.memoryPlot.empty()
                   : !(r.inputIdle.empty() && r.inputBusy.empty() && r.frameIntervals.empty());
    };
    const results::RunSummary *run = nullptr;
    for (const auto &r : view.runs)
        if (wanted.isEmpty() ? hasData(r) : QString::fromStdString(r.runId) == wanted) {
            run = &r;
            break;
        }
    if (!run) {
        err << (wanted.isEmpty()
                    ? Cli::tr("No run in this bundle has data for the %1 chart.").arg(chart)
                    : Cli::tr("No run \"%1\" in this bundle (`inferscope inspect` lists them).").arg(wanted))
            << Qt::endl;
        return {nullptr, 1};
    }
    if (!hasData(*run)) {
        err << Cli::tr("The run %1 recorded nothing for the %2 chart.").arg(wanted, chart) << Qt::endl;
        return {nullptr, 1};
    }
    if (chart == QLatin1String("latency")) {
        auto p = std::make_unique<widgets::LatencySeriesPlot>();
        p->setView(latencyView(*run));
        return {std::move(p), 0};
    } else if (chart == QLatin1String("memory")) {
        auto p = std::make_unique<widgets::MemoryTimelinePlot>();
        p->setView(memoryView(*run));
        return {std::move(p), 0};
    } else {
        auto p = std::make_unique<widgets::ResponsivenessPlot>();
        p->setView(responsivenessView(*run));
        return {std::move(p), 0};
    }
}

/// Every cell's browsers side by side, in as many pages as the panels need.
int writeBrowsersFigure(const results::BundleView &view, const QCommandLineParser &parser,
                        const widgets::FigurePreset &size, int dpi, QTextStream &out, QTextStream &err)
{
    const auto metric = metrics().find(parser.value(QStringLiteral("metric")));
    if (metric == metrics().end()) {
        err << Cli::tr("Unknown metric \"%1\": use %2.")
                   .arg(parser.value(QStringLiteral("metric")), metricNames().join(QStringLiteral(", ")))
            << Qt::endl;
        return 1;
    }
    QString problem;
    const auto selection = selectionFromOptions(parser, &problem);
    if (!selection) {
        err << problem << Qt::endl;
        return 1;
    }
    const std::vector<results::CellSummary> cells = results::summarizeCells(view);
    auto chosen = *selection;
    resolveOnly(chosen, cells);
    const auto panels = buildComparisonPanels(cells, metric->second, chosen);
    if (panels.grid.panels.empty()) {
        err << panels.grid.emptyText << Qt::endl;
        return 1;
    }
    const int written = writeComparisonPages(panels, size, parser.value(QStringLiteral("out")), dpi, out, err);
    return written != 0 ? written : damagedRecords(view, err);
}

} // namespace

int runFigure(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Write a chart of a result bundle at a publication size (PDF, SVG or PNG), "
                "with the data drawn as CSV beside it."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("bundle"), Cli::tr("The bundle directory."));
    addFigureOptions(parser);
    if (!parser.parse(args)) {
        err << parser.errorText() << Qt::endl;
        return 1;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("out")) ||
        !parser.isSet(QStringLiteral("chart"))) {
        err << Cli::tr("figure needs one bundle, --chart and --out FILE.") << Qt::endl;
        return 1;
    }
    const QString chart = parser.value(QStringLiteral("chart"));
    const QStringList charts{QStringLiteral("latency"),  QStringLiteral("memory"),  QStringLiteral("responsiveness"),
                             QStringLiteral("browsers"), QStringLiteral("compare"), QStringLiteral("ecdf")};
    if (!charts.contains(chart)) {
        err << Cli::tr("Unknown chart \"%1\": use %2.").arg(chart, charts.join(QStringLiteral(", "))) << Qt::endl;
        return 1;
    }
    const auto preset = widgets::figurePreset(parser.value(QStringLiteral("preset")));
    if (!preset) {
        err << widgets::figurePresetError(parser.value(QStringLiteral("preset"))) << Qt::endl;
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

    auto size = *preset;
    if (chart == QLatin1String("browsers"))
        return writeBrowsersFigure(*view, parser, size, dpi, out, err);
    ChartOrExit made = chart == QLatin1String("compare") ? comparePlot(*view, parser, size, out, err)
                       : chart == QLatin1String("ecdf")  ? ecdfPlot(*view, parser, err)
                                                         : runPlot(*view, chart, parser, err);
    if (!made.plot)
        return made.code;
    auto &plot = made.plot;
    plot->resize(static_cast<int>(size.widthPt()), static_cast<int>(size.heightPt()));
    QString error;
    if (!widgets::FigureExporter::exportFigure(plot->plot(), parser.value(QStringLiteral("out")), size, dpi, &error)) {
        err << error << Qt::endl;
        return 2;
    }
    out << parser.value(QStringLiteral("out")) << Qt::endl;
    return damagedRecords(*view, err);
}

} // namespace inferscope::app
