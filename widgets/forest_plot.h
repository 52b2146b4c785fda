#pragma once
// A forest plot: one row per configuration, its ratio against the baseline as a marker with the 95% CI as
// a horizontal whisker on a logarithmic axis, and the line of no difference at 1. Significant rows are
// filled markers, the others hollow, so a greyscale print keeps the distinction. The numbers come from
// core/results (baseline_comparison); this only draws them.

#include "widgets/chart_widget.h"

#include <QSharedPointer>
#include <QString>
#include <QStringList>
#include <vector>

class QCPAxisTickerText;

namespace inferscope::widgets {

struct ForestRow {
    QString label;
    double ratio = 1, low = 1, high = 1;
    bool significant = false;
};

struct ForestView {
    QString axisLabel; ///< e.g. "median / baseline median (x)"
    std::vector<ForestRow> rows;
};

class ForestPlot : public ChartWidget {
    Q_OBJECT
public:
    explicit ForestPlot(QWidget *parent = nullptr);
    void setView(const ForestView &view);

protected:
    void redraw() override;
    void retranslateAxes() override;

private:
    ForestView m_view;
};

} // namespace inferscope::widgets
