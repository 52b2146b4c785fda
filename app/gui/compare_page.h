#pragma once
// Compare: two runs of the loaded bundle side by side: ratio of medians with its bootstrap 95% CI and
// a Mann-Whitney U test of "A is slower than B". Computed in a worker thread.

#include "core/results/bundle_view.h"

#include <QFutureWatcher>
#include "widgets/distribution_plot.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace inferscope::app {

struct Comparison {
    QString text; ///< already formatted, in the language of the moment it was computed
    widgets::DistributionView distributions; ///< both runs' ECDFs, names filled in on the GUI thread
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

protected:
    void changeEvent(QEvent *event) override;

private:
    void recompute();
    void retranslate();
    QLabel *m_intro;
    QLabel *m_labelA;
    QLabel *m_labelB;
    QComboBox *m_a;
    QComboBox *m_b;
    QLabel *m_result;
    widgets::DistributionPlot *m_plot;
    std::shared_ptr<const results::BundleView> m_view;
    QFutureWatcher<Comparison> m_watcher;
};

} // namespace inferscope::app
