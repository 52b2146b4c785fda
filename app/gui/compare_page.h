#pragma once
// Compare: two runs of the loaded bundle side by side (ratio of medians with its bootstrap 95% CI and a
// Mann-Whitney U test of "A is slower than B"), and every cell against a chosen baseline (native, a
// browser, a cell, or the same cells of a second bundle) as a table and a forest plot, with Holm-corrected
// significance (core/results/baseline_comparison). Computed in worker threads.

#include "core/results/baseline_comparison.h"
#include "core/results/bundle_view.h"

#include "widgets/distribution_plot.h"
#include <QFutureWatcher>

#include <QWidget>
#include <nlohmann/json.hpp>

class QComboBox;
class QLabel;
class QScrollArea;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace inferscope::widgets {
class ForestPlot;
}

namespace inferscope::app {

struct Comparison {
    QString text;                            ///< already formatted, in the language of the moment it was computed
    widgets::DistributionView distributions; ///< both runs' ECDFs, names filled in on the GUI thread
};

/// A comparison against a baseline as the worker thread hands it over: the rows, or why there are none.
struct BaselineOutcome {
    results::BaselineComparison comparison;
    QString error;
};

class ComparePage : public QWidget {
    Q_OBJECT
public:
    explicit ComparePage(QWidget *parent = nullptr);
    ~ComparePage() override;

    void setView(std::shared_ptr<const results::BundleView> view);
    QLabel *resultLabel() const { return m_result; }
    QComboBox *first() const { return m_a; }
    QComboBox *second() const { return m_b; }
    QComboBox *baseline() const { return m_baseline; }
    QTableWidget *baselineTable() const { return m_table; }
    widgets::DistributionPlot *rowDistributions() const { return m_rowDistributions; }
    /// 0: forest plot, 1: distributions of the selected rows and their baselines.
    void showBaselineChart(int index);
    /// Loads a second bundle in the background; its cells are then compared with the same cells of this one.
    void setSecondBundle(const QString &directory);
    /// 0: two runs, 1: against a baseline.
    void showTab(int index);

Q_SIGNALS:
    void baselineComparisonAvailable();

protected:
    void changeEvent(QEvent *event) override;

private:
    void recompute();
    void recomputeBaseline();
    void showBaseline(const BaselineOutcome &result);
    void retranslate();
    QLabel *m_intro;
    QLabel *m_labelA;
    QLabel *m_labelB;
    QComboBox *m_a;
    QComboBox *m_b;
    QLabel *m_result;
    widgets::DistributionPlot *m_plot;
    QTabWidget *m_tabs;
    QLabel *m_baselineIntro;
    QLabel *m_baselineLabel;
    QComboBox *m_baseline;
    QPushButton *m_secondButton;
    QLabel *m_secondLabel;
    QTableWidget *m_table;
    QLabel *m_groups;
    widgets::ForestPlot *m_forest;
    QScrollArea *m_forestScroll = nullptr;
    QTabWidget *m_baselineCharts = nullptr; ///< the forest plot, and the selected rows' distributions
    widgets::DistributionPlot *m_rowDistributions = nullptr;
    QFutureWatcher<widgets::DistributionView> m_rowWatcher;
    results::BaselineComparison m_baselineResult; ///< the rows the table shows
    void showSelectedDistributions();
    std::shared_ptr<const results::BundleView> m_view;
    std::shared_ptr<const results::BundleView> m_after; ///< the second bundle, when one is open
    QFutureWatcher<Comparison> m_watcher;
    QFutureWatcher<BaselineOutcome> m_baselineWatcher;
    QFutureWatcher<std::shared_ptr<const results::BundleView>> m_secondWatcher;
};

} // namespace inferscope::app
