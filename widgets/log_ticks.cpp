#include "widgets/log_ticks.h"

#include <cmath>
#include <qcustomplot.h>
#include <vector>

namespace inferscope::widgets {
namespace {
QString tickText(double v)
{
    // Whole numbers as such (20000, not 2e+04); fractions with up to 3 significant digits.
    return v >= 1 && v < 1e7 ? QString::number(v, 'f', 0) : QString::number(v, 'g', 3);
}

std::vector<double> ticksWithin(double low, double high, const std::vector<double> &steps, int everyDecade)
{
    std::vector<double> ticks;
    for (int decade = -6; decade <= 8; ++decade) {
        if (((decade % everyDecade) + everyDecade) % everyDecade != 0)
            continue;
        for (double step : steps)
            if (const double v = step * std::pow(10.0, decade); v >= low * (1 - 1e-9) && v <= high * (1 + 1e-9))
                ticks.push_back(v);
    }
    return ticks;
}

QSharedPointer<QCPAxisTickerText> tickerOf(const std::vector<double> &ticks)
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (double v : ticks)
        ticker->addTick(v, tickText(v));
    ticker->setSubTickCount(0);
    return ticker;
}
} // namespace

QSharedPointer<QCPAxisTickerText> oneTwoFiveTicks(double low, double high)
{
    std::vector<double> steps{1, 2, 5};
    if (high / low < 2.5)
        steps = {1, 1.1, 1.25, 1.5, 2, 5, 1 / 1.1, 1 / 1.25, 1 / 1.5};
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (double v : ticksWithin(low, high, steps, 1))
        ticker->addTick(v, QString::number(v, 'g', 3));
    ticker->setSubTickCount(0);
    return ticker;
}

QSharedPointer<QCPAxisTickerText> logTicks(double low, double high, int maxTicks)
{
    maxTicks = std::max(2, maxTicks);
    if (ticksWithin(low, high, {1, 2, 5}, 1).size() < 2) // less than a decade (a log scale the user chose)
        return tickerOf(ticksWithin(low, high, {1, 1.5, 2, 3, 4, 5, 6, 7, 8, 9}, 1));
    if (auto ticks = ticksWithin(low, high, {1, 2, 5}, 1);
        static_cast<int>(ticks.size()) <= maxTicks && ticks.size() >= 2)
        return tickerOf(ticks);
    for (int every = 1; every <= 4; ++every)
        if (auto ticks = ticksWithin(low, high, {1}, every); static_cast<int>(ticks.size()) <= maxTicks)
            return tickerOf(ticks);
    return tickerOf(ticksWithin(low, high, {1}, 5));
}

} // namespace inferscope::widgets
