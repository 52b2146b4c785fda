#pragma once
// The Results page's Details tab: everything the selected run recorded, as a tree; what a reader looks for first
// (status, error, browser, environment, phases, outputs, memory, responsiveness, trace) on top, readable values
// (bytes in MiB/GiB, ms with their unit) with the value exactly as recorded on hover.

#include "core/results/bundle_view.h"

#include <QTreeWidget>

namespace inferscope::app {

class RunDetailsTab : public QTreeWidget {
    Q_OBJECT
public:
    explicit RunDetailsTab(QWidget *parent = nullptr);

    /// The record of `run`; none clears the tree.
    void showRun(const results::RunSummary *run);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
};

} // namespace inferscope::app
