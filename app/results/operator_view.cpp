#include "app/results/operator_view.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace inferscope::app {
namespace {
struct Ui {
    Q_DECLARE_TR_FUNCTIONS(OperatorView)
};

} // namespace

OperatorView operatorView(const results::CellSummary &cell, int maxBars)
{
    OperatorView view;
    if (!cell.operators || cell.operators->empty()) {
        view.note =
            !cell.operatorsNote.empty()
                ? Ui::tr("No operator profile: %1").arg(QString::fromStdString(cell.operatorsNote))
                : Ui::tr("No operator profile for this cell: tick \"Profile operators\" in New experiment… (plan field "
                         "\"profile\": true) to time each operator in a separate pass after the timed samples.");
        return view;
    }
    const QLocale locale;
    bool anyNative = false;
    for (const auto &row : *cell.operators) {
        anyNative = anyNative || !std::isnan(row.nativeMsPerInference);
        view.rows.push_back({QString::fromStdString(row.op), locale.toString(row.msPerInference, 'f', 3),
                             locale.toString(100.0 * row.share, 'f', 1) + QLatin1Char('%'),
                             std::isnan(row.nativeMsPerInference) ? QStringLiteral("–")
                                                                  : locale.toString(row.nativeMsPerInference, 'f', 3),
                             std::isnan(row.slowdown) ? QStringLiteral("–")
                                                      : locale.toString(row.slowdown, 'f', 2) + QStringLiteral("×")});
    }
    view.bars.metric = Ui::tr("Time per inference, profiling pass (ms)");
    view.bars.groupAxis = Ui::tr("Operator (fused variants with their family)");
    view.bars.browsers = {QString::fromStdString(cell.config.browser)};
    if (!cell.config.isNative() && anyNative)
        view.bars.browsers << QStringLiteral("native");
    view.bars.values.resize(static_cast<std::size_t>(view.bars.browsers.size())); // [browser][operator]
    for (const auto &row : *cell.operators) {
        if (view.bars.groups.size() >= maxBars)
            break;
        view.bars.groups << QString::fromStdString(row.op);
        view.bars.values[0].push_back({row.msPerInference, std::nan(""), std::nan("")});
        if (view.bars.values.size() > 1)
            view.bars.values[1].push_back({row.nativeMsPerInference, std::nan(""), std::nan("")});
    }
    return view;
}

} // namespace inferscope::app
