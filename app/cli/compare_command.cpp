#include "app/cli/compare_command.h"

#include "core/results/baseline_comparison.h"
#include "core/results/csv_writer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace inferscope::app {
namespace {
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString fixed(double v, int decimals)
{
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("-");
}

QString pValue(const std::optional<double> &p)
{
    return p && std::isfinite(*p) ? QString::number(*p, 'g', 3) : QStringLiteral("-");
}

/// The verdict in the reader's language.
QString verdictText(const results::ComparisonRow &row)
{
    if (row.verdict == "slower")
        return Cli::tr("slower");
    if (row.verdict == "faster")
        return Cli::tr("faster");
    if (row.verdict == "not significant")
        return Cli::tr("not significant");
    if (row.ciScope == "within-run")
        return Cli::tr("one repetition: no verdict");
    return QString::fromStdString(row.verdict);
}

/// One row of the plain table, its columns padded to their widths.
QString plainRow(const QStringList &cells)
{
    return QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
        .arg(cells[0], -56)
        .arg(cells[1], -50)
        .arg(cells[2], 7)
        .arg(cells[3], 5)
        .arg(cells[4], -18)
        .arg(cells[5], 9)
        .arg(cells[6]);
}

/// The comparison as a plain table (`md` false) or Markdown, with the notes that explain it under it.
void printComparisonTable(const results::BaselineComparison &result, bool md, QTextStream &out)
{
    const QStringList header{Cli::tr("cell"),   Cli::tr("baseline"), Cli::tr("ratio"),  Cli::tr("runs"),
                             Cli::tr("95% CI"), Cli::tr("p (Holm)"), Cli::tr("verdict")};
    if (md)
        out << QStringLiteral("| %1 |\n|---|---|---:|---:|---:|---:|---|\n").arg(header.join(QStringLiteral(" | ")));
    else
        out << plainRow(header) << Qt::endl;
    for (const auto &row : result.rows) {
        QString ci = row.measured ? QStringLiteral("[%1, %2]").arg(fixed(row.ciLow, 3), fixed(row.ciHigh, 3))
                                  : QStringLiteral("-");
        if (row.ciScope == "within-run")
            ci += QLatin1Char('*'); // explained under the table
        const QStringList cells{QString::fromStdString(row.cell.key),
                                QString::fromStdString(row.baselineCell),
                                row.measured ? fixed(row.ratio, 3) + QLatin1Char('x') : QStringLiteral("-"),
                                QStringLiteral("%1/%2").arg(row.repetitions).arg(row.baselineRepetitions),
                                ci,
                                pValue(row.pHolm),
                                verdictText(row)};
        if (md)
            out << QStringLiteral("| %1 |\n").arg(cells.join(QStringLiteral(" | ")));
        else
            out << plainRow(cells) << Qt::endl;
    }
    out << (md ? QStringLiteral("\n") : QString());
    if (std::any_of(result.rows.begin(), result.rows.end(), [](const auto &r) { return r.ciScope == "within-run"; }))
        out << (md ? QStringLiteral("- ") : QString())
            << Cli::tr("* one repetition on a side: the interval is within that run only and says nothing of "
                       "run-to-run variation; no verdict")
            << Qt::endl;
    for (const auto &g : result.groups)
        out << (md ? QStringLiteral("- ") : QString())
            << Cli::tr("geometric mean ratio, %1: %2x over %n cell(s)", nullptr, static_cast<int>(g.cells))
                   .arg(QString::fromStdString(g.group), fixed(g.geometricMeanRatio, 3))
            << Qt::endl;
}

} // namespace

int runCompare(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Compare every cell of a bundle with a baseline: ratio of medians with its 95% CI, "
                "Welch's t over the repetitions' medians with Holm's correction, geometric mean per group."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("bundle"),
                                 Cli::tr("The bundle (the baseline's, with a second bundle)."));
    parser.addPositionalArgument(
        QStringLiteral("bundle2"),
        Cli::tr("Optional: a second bundle whose cells are compared with the same cells of the first."),
        QStringLiteral("[bundle2]"));
    parser.addOptions({{QStringLiteral("baseline"),
                        Cli::tr("native, a browser (qtwebengine, chromium, firefox, grid) or a cell key."),
                        QStringLiteral("baseline"), QStringLiteral("native")},
                       {QStringLiteral("format"), Cli::tr("table, csv, md or json."), QStringLiteral("format"),
                        QStringLiteral("table")}});
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return 1;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QStringList bundles = parser.positionalArguments();
    const QString format = parser.value(QStringLiteral("format"));
    if (bundles.isEmpty() || bundles.size() > 2 ||
        !QStringList{QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("md"), QStringLiteral("json")}
             .contains(format)) {
        err << Cli::tr("compare needs one or two bundles and --format table|csv|md|json.") << Qt::endl;
        return 1;
    }
    results::BaselineComparison result;
    std::size_t problems = 0;
    try {
        const auto first = results::loadBundleView(bundles.at(0).toStdString());
        const auto second = bundles.size() > 1 ? results::loadBundleView(bundles.at(1).toStdString()) : nullptr;
        problems = first->problems.size() + (second ? second->problems.size() : 0);
        result = results::compareAgainstBaseline(*first, parser.value(QStringLiteral("baseline")).toStdString(),
                                                 second.get());
    } catch (const std::exception &e) {
        err << Cli::tr("Cannot compare: %1").arg(QString::fromStdString(e.what())) << Qt::endl;
        return 2;
    }
    if (result.rows.empty()) { // an empty table would read as "nothing differs"
        err << (bundles.size() > 1 ? Cli::tr("No cell of %1 has a counterpart with samples in %2: nothing to compare "
                                             "(their cells differ in model, "
                                             "runtime, backend, threads, SIMD, placement or workload).")
                                         .arg(bundles.at(0), bundles.at(1))
                                   : Cli::tr("No cell has samples on both sides of the comparison against %1.")
                                         .arg(parser.value(QStringLiteral("baseline"))))
            << Qt::endl;
        return 1;
    }
    if (format == QLatin1String("json")) {
        out << QString::fromStdString(results::toJson(result).dump(2)) << Qt::endl;
    } else if (format == QLatin1String("csv")) {
        out << QString::fromStdString(results::csvOfRows(results::toJson(result)["rows"]));
    } else {
        printComparisonTable(result, format == QLatin1String("md"), out);
    }
    return problems == 0 ? 0 : 3;
}

} // namespace inferscope::app
