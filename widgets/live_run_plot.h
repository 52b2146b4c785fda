#pragma once
// The run in flight, live: its latency samples as the page reports them (warm-up and steady) and the
// memory timeline of its process tree, in two stacked panels. Data is appended as it arrives and the
// chart redraws at most four times a second, downsampled min/max per pixel column, so a fast stream
// never floods the GUI thread. reset() starts the next run.

#include "widgets/chart_widget.h"

#include <QString>
#include <QTimer>
#include <vector>

class QCPAxisRect;
class QCPTextElement;

namespace inferscope::widgets {

class LiveRunPlot : public ChartWidget {
    Q_OBJECT
public:
    explicit LiveRunPlot(QWidget *parent = nullptr);

    /// Empties both panels for a new run, titled by its id. `streams`: whether samples arrive while it
    /// runs (browser runs); a native run reports its samples when it ends, and the chart says so.
    void reset(const QString &runId, bool streams = true);
    void addSample(double ms, bool warmup);
    /// `atMs` on the run's clock; `pssBytes` the process tree's total PSS.
    void addMemory(double atMs, double pssBytes);
    std::size_t sampleCount() const { return m_samples.size(); }
    std::size_t memoryCount() const { return m_memoryT.size(); }

protected:
    void redraw() override;
    void retranslateAxes() override;

private:
    void scheduleRedraw();
    QCPAxisRect *m_memoryRect = nullptr;
    QCPTextElement *m_title = nullptr;
    QString m_runId;
    bool m_streams = true;
    std::vector<double> m_index, m_samples; ///< sample number (from 1), latency ms
    std::vector<bool> m_warmup;
    std::vector<double> m_memoryT, m_memoryMb;
    QTimer m_redraw;
};

} // namespace inferscope::widgets
