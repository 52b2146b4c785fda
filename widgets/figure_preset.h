#pragma once
// Paper- and slide-sized figures (issue: figures fit for a paper). A preset fixes the physical size and
// the type sizes a journal's column expects; FigureExporter lays the plot out in points at that size, so
// a PDF or SVG drops into a two-column paper unchanged and a PNG carries its DPI.

#include <QString>
#include <QStringList>
#include <optional>

namespace inferscope::widgets {

struct FigurePreset {
    QString id;            ///< single, double, slide, or custom
    double widthIn = 3.5;  ///< physical width, inches
    double heightIn = 2.4; ///< physical height, inches
    double labelPt = 8;    ///< axis labels
    double tickPt = 7;     ///< tick labels and the legend
    double lineWidthPt = 1.0;

    double widthPt() const { return widthIn * 72.0; }
    double heightPt() const { return heightIn * 72.0; }
};

/// single (252 x 173 pt: 3.5 in, one column), double (516 x 216 pt: two columns, IEEEtran's text width), slide
/// (720 x 405 pt: 10 x 5.625 in, 16:9), each exactly that in a PDF; or a custom
/// size "WxHin" / "WxHmm" (e.g. "4x3in", "120x80mm") with the paper type sizes. Empty when not recognised.
std::optional<FigurePreset> figurePreset(const QString &name);
/// Why `name` is no preset, in the current language: a custom size out of range (1 to 40 in a side) is said as
/// such, anything else is an unknown name.
QString figurePresetError(const QString &name);
/// The preset names for help texts and menus.
QStringList figurePresetNames();

} // namespace inferscope::widgets
