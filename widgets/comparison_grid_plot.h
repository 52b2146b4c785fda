#pragma once
// Small multiples of the browsers-side-by-side chart: one panel per model (or per any dimension the caller
// split the cells by), each with its own value scale, all sharing the browsers' colours and one legend
// above them. Panels wrap into a grid that fits the widget (or a figure preset's page); when there are more
// panels than fit, they are shown a page at a time.

#include "widgets/browser_comparison_plot.h"
#include "widgets/figure_preset.h"

#include <optional>
#include <vector>

class QCPMarginGroup;
class QCPLayoutGrid;

namespace inferscope::widgets {

struct ComparisonGridView {
    std::vector<BrowserComparisonView> panels; ///< each drawn by drawComparison(); every panel lists the same browsers
    QString emptyText;                         ///< said in the plot when there is no panel
};

/// Panels per row and rows per page.
struct GridShape {
    int columns = 1, rows = 1;
    int perPage() const { return columns * rows; }
};

/// The grid for `panelCount` panels of at most `maxGroups` groups each on a page `width` x `height` in points
/// at paper type (a panel wants about 50 pt of axis and 22 pt per group across, 160 pt down): as many columns
/// and rows as fit, never more than the panels need.
GridShape gridShape(int panelCount, int maxGroups, double width, double height);

class ComparisonGridPlot : public ChartWidget {
    Q_OBJECT
public:
    explicit ComparisonGridPlot(QWidget *parent = nullptr);

    void setView(const ComparisonGridView &view);
    /// Lays the panels out for a page of this preset (its size and type) rather than for the screen: for
    /// figures, drawn offscreen. Call before setView().
    void setFigurePreset(const FigurePreset &preset);

    int page() const { return m_page; }
    int pageCount() const;
    void setPage(int page);
    GridShape shape() const;
    /// The panels page `page` shows (for writing each page as a figure of its own).
    std::vector<BrowserComparisonView> panelsOfPage(int page) const;
    /// Every page as a figure at the preset set by setFigurePreset(): `file` itself when one page holds the
    /// panels, else FILE-1, FILE-2, ... (each with its CSV). Returns the files written, or none with *error set.
    QStringList writePages(const QString &file, int dpi, QString *error);

Q_SIGNALS:
    /// The page shown, or the number of pages, changed (0-based page).
    void pageChanged(int page, int pageCount);

protected:
    void redraw() override;
    void retranslateAxes() override {}
    void resizeEvent(QResizeEvent *event) override;

private:
    ComparisonGridView m_view;
    std::optional<FigurePreset> m_preset;
    int m_page = 0;
    GridShape m_drawnShape;
    QCPLayoutGrid *m_grid = nullptr;
    std::vector<QCPMarginGroup *> m_marginGroups;
};

} // namespace inferscope::widgets
