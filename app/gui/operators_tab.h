#pragma once
// The Results page's Operators tab: the selected run's cell, its operators' time per inference as a table (with the
// native time and the ratio where a native cell ran) and as bars; a note says why when there is nothing to show.

#include "core/results/cell_summary.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace inferscope::widgets {
class BrowserComparisonPlot;
}

namespace inferscope::app {

class OperatorsTab : public QWidget {
    Q_OBJECT
public:
    explicit OperatorsTab(QWidget *parent = nullptr);

    /// The operators of `cell` (a default cell: none, with the reason).
    void setCell(const results::CellSummary &cell);
    QTableWidget *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_note;
    QTableWidget *m_table;
    widgets::BrowserComparisonPlot *m_bars;
};

} // namespace inferscope::app
