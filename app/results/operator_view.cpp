#include "app/results/operator_view.h"

#include <QCoreApplication>
#include <QLocale>

namespace inferscope::app {
namespace {
struct Ui {
    Q_DECLARE_TR_FUNCTIONS(OperatorView)
};

double number(const nlohmann::json &j, const char *key)
{
    return j.contains(key) && j[key].is_number() ? j[key].get<double>() : std::nan("");
}
} // namespace

OperatorView operatorView(const nlohmann::json &cell, int maxBars)
{
    OperatorView view;
    if (!cell.is_object() || !cell.contains("operators") || !cell["operators"].is_array() ||
        cell["operators"].empty()) {
        view.note =
            cell.is_object() && cell.contains("operators_note")
                ? Ui::tr("No operator profile: %1").arg(QString::fromStdString(cell.value("operators_note", "")))
                : Ui::tr("No operator profile for this cell: tick \"Profile operators\" in New experiment… (plan field "
                         "\"profile\": true) to time each operator in a separate pass after the timed samples.");
        return view;
    }
    const QLocale locale;
    const bool native = cell.value("browser", "") == "native";
    bool anyNative = false;
    for (const auto &row : cell["operators"]) {
        const double ms = number(row, "ms_per_inference"), nat = number(row, "native_ms_per_inference"),
                     slow = number(row, "slowdown");
        anyNative = anyNative || !std::isnan(nat);
        view.rows.push_back(
            {QString::fromStdString(row.value("op", "")), locale.toString(ms, 'f', 3),
             locale.toString(100.0 * number(row, "share"), 'f', 1) + QLatin1Char('%'),
             std::isnan(nat) ? QStringLiteral("–") : locale.toString(nat, 'f', 3),
             std::isnan(slow) ? QStringLiteral("–") : locale.toString(slow, 'f', 2) + QStringLiteral("×")});
    }
    view.bars.metric = Ui::tr("Time per inference, profiling pass (ms)");
    view.bars.groupAxis = Ui::tr("Operator (fused variants with their family)");
    view.bars.browsers = {QString::fromStdString(cell.value("browser", ""))};
    if (!native && anyNative)
        view.bars.browsers << QStringLiteral("native");
    view.bars.values.resize(static_cast<std::size_t>(view.bars.browsers.size())); // [browser][operator]
    for (const auto &row : cell["operators"]) {
        if (view.bars.groups.size() >= maxBars)
            break;
        view.bars.groups << QString::fromStdString(row.value("op", ""));
        view.bars.values[0].push_back({number(row, "ms_per_inference"), std::nan(""), std::nan("")});
        if (view.bars.values.size() > 1)
            view.bars.values[1].push_back({number(row, "native_ms_per_inference"), std::nan(""), std::nan("")});
    }
    return view;
}

} // namespace inferscope::app
