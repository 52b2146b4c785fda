#pragma once
// The one place that writes figures: PNG, PDF and SVG. Every chart's "Export figure", the report and
// `inferscope figure` go through here so formats and sizes stay consistent.
//
// Two ways: at the chart's screen size (exportPlot), or at a publication preset (exportFigure): the plot
// is laid out in points at the preset's physical size with its type sizes, written as a PDF whose page is
// that size, an SVG of that size (text stays text in both), or a PNG at a chosen DPI with the DPI stored
// in the file; beside it a CSV of exactly the data drawn.

#include "widgets/figure_preset.h"

#include <QString>
#include <QStringList>
#include <vector>

class QCustomPlot;

namespace inferscope::widgets {

class FigureExporter {
public:
    /// Format chosen by the file's suffix: .png, .pdf or .svg. width/height in device-independent
    /// pixels (0 = the plot's current size). Returns false and sets *error when writing fails.
    static bool exportPlot(QCustomPlot *plot, const QString &fileName, int width = 0, int height = 0,
                           QString *error = nullptr);
    /// At a preset's size and type (PNG at `dpi`), then FILE.csv beside it with the data drawn
    /// (unless `withCsv` is false). The plot on screen keeps its own style.
    static bool exportFigure(QCustomPlot *plot, const QString &fileName, const FigurePreset &preset, int dpi = 300,
                             QString *error = nullptr, bool withCsv = true);
    /// Several plots as one figure of panels (`columns` per row) labelled (a), (b), ... at a preset's size,
    /// only the first panel's legend shown (the panels share their series); the CSV beside it has a
    /// `panel` column.
    static bool exportPanels(const std::vector<QCustomPlot *> &plots, const QString &fileName,
                             const FigurePreset &preset, int columns = 2, int dpi = 300, QString *error = nullptr);
    /// The data a plot draws, as CSV: series, x, x_label (category charts), y, error_minus, error_plus.
    static QString dataCsv(QCustomPlot *plot);
    /// FILE.csv beside a figure FILE.pdf: where exportFigure and exportPanels put the data drawn.
    static QString csvPathFor(const QString &fileName);
    /// Name filters for a file dialog, e.g. "PNG image (*.png)".
    static QStringList nameFilters();
    /// `fileName` with the suffix of the dialog's chosen `filter` ("PDF document (*.pdf)" -> ".pdf") when it
    /// has none of the figure suffixes: a name typed without one still writes the chosen type.
    static QString withSuffixOf(const QString &fileName, const QString &filter);
};

/// The QCustomPlot version this build uses (for the About dialog).
QString qcustomplotVersion();

} // namespace inferscope::widgets
