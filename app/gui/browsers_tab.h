#pragma once
// The Results page's Browsers tab (issue 30): the plan's cells side by side as small multiples, one panel
// per model (or per any dimension), with the metric, the panels' dimension, each browser's best or every
// configuration, the scale, sorting, filters per dimension and failed cells chosen here. The choice is
// remembered per bundle and used by Export figure… and Export four panels….

#include "app/results/comparison_panels.h"

#include <QWidget>
#include <nlohmann/json.hpp>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QToolButton;

namespace inferscope::app {

class BrowsersTab : public QWidget {
    Q_OBJECT
public:
    explicit BrowsersTab(QWidget *parent = nullptr);

    /// The cells of the bundle at `bundleDir` (its saved selection comes back; a bundle opened the first time
    /// shows each browser's best configuration per model).
    void setCells(const std::vector<results::CellSummary> &cells, const QString &bundleDir);
    void clear();
    ComparisonSelection selection() const { return m_selection; }
    void setSelection(const ComparisonSelection &selection);
    ComparisonMetric metric() const;
    void setMetric(ComparisonMetric metric);
    widgets::ComparisonGridPlot *grid() const { return m_grid; }
    /// The panels as now chosen, at `preset`: FILE when one page holds them, else FILE-1, FILE-2, ... Returns the
    /// files written, or none with *error set.
    QStringList exportFigureTo(const QString &file, const widgets::FigurePreset &preset, QString *error) const;
    /// Latency, slowdown, peak memory and input delay of the chosen cells as panels (a) to (d).
    bool exportPanelsTo(const QString &file, QString *error) const;

Q_SIGNALS:
    void exportPanelsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();
    void rebuildFilterMenu();
    void save() const;
    void retranslate();

    std::vector<results::CellSummary> m_cells;
    QString m_bundleDir;
    ComparisonSelection m_selection;
    QLabel *m_metricLabel, *m_panelsLabel, *m_showLabel, *m_scaleLabel;
    QComboBox *m_metric, *m_panels, *m_show, *m_scale;
    QCheckBox *m_sort, *m_showFailed;
    QToolButton *m_filter;
    QLabel *m_hidden;
    QPushButton *m_previous, *m_next, *m_exportPanels;
    QLabel *m_page;
    widgets::ComparisonGridPlot *m_grid;
    bool m_updating = false;
};

} // namespace inferscope::app
