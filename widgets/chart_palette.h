#pragma once
// Colours shared by every chart, chosen from the Okabe-Ito palette so that series stay distinguishable
// for colour-blind readers and in greyscale print.

#include <QColor>

namespace inferscope::widgets {

QColor seriesColor(int index);
QColor outlierColor();
QColor bandColor(); ///< confidence-interval and steady-state bands, translucent

} // namespace inferscope::widgets
