#pragma once
// Ticks for logarithmic value axes that a reader can read: round numbers (1-2-5 per decade, or decades
// alone, or every other decade when the axis is short), never QCustomPlot's "10^2" notation.

#include <QSharedPointer>

class QCPAxisTickerText;

namespace inferscope::widgets {

/// Ticks for a log axis of ratios: 1-2-5 per decade, 1 always among them where the range holds it; where the
/// range spans less than a factor of 2.5, 1.1, 1.25, 1.5 and their inverses too.
QSharedPointer<QCPAxisTickerText> oneTwoFiveTicks(double low, double high);
/// At most `maxTicks` round ticks between low and high: 1-2-5 per decade when they fit, else each decade, else
/// every second (third, ...) decade.
QSharedPointer<QCPAxisTickerText> logTicks(double low, double high, int maxTicks);

} // namespace inferscope::widgets
