#pragma once
// Colours shared by every chart. Series colours come from the Okabe-Ito palette so that series stay
// distinguishable for colour-blind readers and in greyscale print. The neutral colours (background,
// axes, text, whiskers, reference lines) follow a theme: the screen's palette (light or dark) on
// screen, always black on white in a figure export.

#include <QColor>

class QCustomPlot;
class QObject;
class QPalette;

namespace inferscope::widgets {

QColor seriesColor(int index);
QColor outlierColor();
QColor bandColor(); ///< confidence-interval and steady-state bands, translucent

struct ChartTheme {
    QColor background;
    QColor foreground; ///< axes, tick labels, legend text, whiskers
    QColor muted;      ///< reference lines and their labels
    QColor grid;
    bool dark = false;
};

/// Black on white, whatever the screen shows: every figure export.
ChartTheme paperTheme();
/// The screen's colours: dark when the palette's window is dark (a dark desktop or View > Theme > Dark).
ChartTheme screenTheme(const QPalette &palette);

/// What a neutral plottable or item is drawn in; applyTheme recolours marked ones and nothing else.
enum class NeutralRole { Foreground, Muted };
void markNeutral(QObject *plottableOrItem, NeutralRole role);

/// Puts `theme` on the plot's background, axes, grid, legend and marked plottables and items (no replot).
void applyTheme(QCustomPlot *plot, const ChartTheme &theme);

} // namespace inferscope::widgets
