#pragma once
// Runs: start a plan (or resume an interrupted one) and watch it: each run as it ends, progress with
// an estimate of the time left, Cancel, and optionally the harness page itself while it measures.
// The plan runs on the GUI thread's event loop (the embedded browser lives there) but never blocks it:
// pages report over the local server, native runs happen in a worker thread.

#include "core/zoo/catalog.h"

#include <QWidget>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QWebEngineView;

namespace inferscope::widgets {
class LiveRunPlot;
}

namespace inferscope::store {
class BundleWriter;
}
namespace inferscope::engine {
class HarnessServer;
class Orchestrator;
} // namespace inferscope::engine
namespace inferscope::zoo {
class Catalog;
class ModelCache;
} // namespace inferscope::zoo

namespace inferscope::app {

class JobProgress;

class RunsPage : public QWidget {
    Q_OBJECT
public:
    explicit RunsPage(QWidget *parent = nullptr);
    ~RunsPage() override;

    /// Starts `planFile` into `outDir` (resumed when it holds a bundle). Returns false with a message box on errors.
    bool startPlan(const QString &planFile, const QString &outDir);
    /// Starts a plan given as JSON (from the experiment builder) into `outDir`.
    bool startPlanJson(const nlohmann::json &planJson, const QString &outDir);
    bool isRunning() const;
    /// Cancels the plan in flight: the runs it finished stay in the bundle, the run in flight is stored as
    /// cancelled, and the bundle resumes later. planFinished follows.
    void stop();
    void setShowPage(bool show);
    /// File > New experiment…: the experiment builder, then the plan runs.
    void buildAndStart();
    /// File > Run plan file…
    void chooseAndStart();
    /// File > Resume…: an interrupted bundle (the one just cancelled is offered first).
    void chooseAndResume();
    /// Where new bundles go (the builder's "Results folder", remembered; Documents/InferScope at first).
    static QString resultsFolder();
    /// FOLDER/NAME-yyyyMMdd-HHmmss.
    static QString newBundleFolder(const QString &folder, const QString &name);
    /// The bundle of the plan running or last run; empty before the first.
    QString lastBundle() const { return m_outDir; }
    /// Whether the plan that finished last was cancelled (it resumes later).
    bool lastPlanCancelled() const { return m_lastCancelled; }

Q_SIGNALS:
    /// The plan ended (completed or cancelled); its bundle is ready to open.
    void planFinished(const QString &bundleDir);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Models a plan needs that the cache lacks: built or fetched first on a worker thread (progress, Cancel),
    /// then the plan starts; a model that cannot be fetched stops it with its reason.
    void fetchThenStart(const nlohmann::json &plan, std::vector<zoo::ModelEntry> missing, const QString &out);
    void finished(bool cancelled);
    QWebEngineView *hiddenView();
    bool refuseStart(const QString &message); ///< says why in a message box; always false
    void retranslate();

    QLabel *m_intro;
    QPushButton *m_build;
    QPushButton *m_start;
    QPushButton *m_resume;
    QCheckBox *m_showPage;
    JobProgress *m_progress;
    QTreeWidget *m_runs;
    widgets::LiveRunPlot *m_live; ///< the run in flight: its samples and memory as they arrive
    QString m_liveRun;            ///< the run the live plot shows (the latest started)
    QWebEngineView *m_view;
    /// Renders the embedded page when it is not shown: a page without a view gets no animation frames.
    std::unique_ptr<QWebEngineView> m_hiddenView;
    QLabel *m_status;

    std::unique_ptr<zoo::ModelCache> m_cache;
    std::unique_ptr<zoo::Catalog> m_catalog;
    std::unique_ptr<store::BundleWriter> m_writer;
    std::unique_ptr<engine::HarnessServer> m_server;
    std::unique_ptr<engine::Orchestrator> m_orchestrator;
    QString m_outDir;
    bool m_lastCancelled = false;
};

} // namespace inferscope::app
