#pragma once
// The one place that writes figures: PNG (at a chosen scale for print), PDF and SVG (vector, for
// papers). Every chart's "Export figure" goes through here so formats and sizes stay consistent.

#include <QString>
#include <QStringList>

class QCustomPlot;

namespace inferscope::widgets {

class FigureExporter {
public:
    /// Format chosen by the file's suffix: .png, .pdf or .svg. width/height in device-independent
    /// pixels (0 = the plot's current size). Returns false and sets *error when writing fails.
    static bool exportPlot(QCustomPlot *plot, const QString &fileName, int width = 0, int height = 0,
                           QString *error = nullptr);
    /// Name filters for a file dialog, e.g. "PNG image (*.png)".
    static QStringList nameFilters();
};

/// The QCustomPlot version this build uses (for the About dialog).
QString qcustomplotVersion();

} // namespace inferscope::widgets
