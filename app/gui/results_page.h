#pragma once
// Results: open a result bundle (in the background, with progress and cancel), see every run with its
// steady-state statistics, a run's whole latency series, and every damaged record with the reason.

#include "core/results/bundle_view.h"
#include "core/results/cell_summary.h"

#include <QFutureWatcher>
#include <QWidget>
#include <atomic>
#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QTableView;

class QTabWidget;

class QComboBox;

namespace inferscope::widgets {
class LatencySeriesPlot;
class MemoryTimelinePlot;
class ResponsivenessPlot;
class BrowserComparisonPlot;
} // namespace inferscope::widgets

namespace inferscope::app {

class JobProgress;
class RunTableModel;

/// What a background load hands back to the GUI thread: a view, or why there is none.
struct BundleLoadOutcome {
    std::shared_ptr<const results::BundleView> view;
    std::vector<results::CellSummary>
        cells; ///< the per-cell summary (core/results/cell_summary), computed in the worker too
    QString error;
    bool cancelled = false;
};

class ResultsPage : public QWidget {
    Q_OBJECT
public:
    explicit ResultsPage(QWidget *parent = nullptr);
    ~ResultsPage() override;

    /// Loads in a worker thread; bundleLoaded or loadFailed follows.
    void openBundle(const QString &directory);
    void chooseAndOpenBundle();
    std::shared_ptr<const results::BundleView> view() const { return m_view; }
    QTableView *table() const { return m_table; }
    QPushButton *reportButton() const { return m_report; }
    QPushButton *exportDataButton() const { return m_exportData; }
    /// CSV tables, one JSON document, a Chrome trace: the Export data button's menu, also File > Export Data.
    QMenu *exportDataMenu() const;
    class BrowsersTab *browsersTab() const { return m_browsersTab; }
    /// The Browsers tab's four-panel figure (latency, slowdown, peak memory, input delay) to `file`.
    bool exportPanelsTo(const QString &file, QString *error);
    /// 0: latency, 1: memory, 2: responsiveness, 3: browsers side by side, 4: the run's recorded details,
    /// 5: the cell's operators (a profiled plan).
    void showChart(int index);
    /// Results > Report…: the report of the open bundle in its own window (null when nothing is open).
    class ReportDialog *openReport();
    /// Export figure… of the chart shown (the latency chart's button): asks for a file.
    void exportFigure();
    /// The Browsers tab's four panels at a publication preset: asks for a file and the size.
    void exportPanels();
    /// format: "csv" (a folder), "json" or "trace" (a file): asks where, then runs on a worker thread.
    void exportData(const QString &format);
    /// File > Save Plan…: the plan the open bundle was run with, as a plan file to run again.
    void savePlanOfBundle();
    bool canExportFigure() const;
    /// The run to select once the next bundle has loaded (instead of the first).
    void selectRunAfterLoad(const QString &runId) { m_pendingRun = runId; }

Q_SIGNALS:
    void bundleLoaded(std::shared_ptr<const inferscope::results::BundleView> view);
    void loadFailed(const QString &message);
    /// A bundle loaded from `directory` (for File > Recent Bundles).
    void bundleOpened(const QString &directory);
    /// Something was written where the user asked (the status bar confirms it, with Show in folder).
    void filesWritten(const QString &message, const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showRun(int row);
    void retranslate();
    void updateSummary();
    void updateComparison();
    void showLoadedBundle(); ///< the bundle the background load read, or why it could not

    QPushButton *m_open;
    QPushButton *m_export;
    QPushButton *m_report;
    QPushButton *m_exportData;
    QFutureWatcher<std::pair<QString, bool>> m_exportWatcher; ///< the message, and whether it was written
    QString m_exportTarget;
    QLabel *m_summary;
    JobProgress *m_progress;
    QTableView *m_table;
    RunTableModel *m_model;
    QTabWidget *m_charts;
    widgets::LatencySeriesPlot *m_plot;
    widgets::MemoryTimelinePlot *m_memory;
    widgets::ResponsivenessPlot *m_responsiveness;
    class RunDetailsTab *m_details;
    void showOperators(const results::RunSummary *run);
    class BrowsersTab *m_browsersTab;
    class OperatorsTab *m_operators;
    std::vector<results::CellSummary> m_cells;
    QString m_pendingRun;
    QString m_loadingDir; ///< the bundle being loaded
    QLabel *m_problemsTitle;
    QListWidget *m_problems;
    QWidget *m_problemsBox = nullptr;
    std::shared_ptr<const results::BundleView> m_view;
    QString m_error;
    QFutureWatcher<BundleLoadOutcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace inferscope::app
