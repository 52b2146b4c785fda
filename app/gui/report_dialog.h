#pragma once
// Results > Report…: the study report of the open bundle, computed on a worker thread (bootstrap CIs
// for every cell), written into a temporary folder, shown in an embedded browser view; Save… copies
// the whole report (HTML, Markdown, figures, tables) to a folder of the user's choice.

#include "core/results/bundle_view.h"
#include "core/results/study_report.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QTemporaryDir>
#include <memory>

#include <nlohmann/json.hpp>

class QLabel;
class QPushButton;
class QWebEngineView;

namespace inferscope::app {

class JobProgress;

class ReportDialog : public QDialog {
    Q_OBJECT
public:
    ReportDialog(std::shared_ptr<const results::BundleView> view, QWidget *parent = nullptr);
    ~ReportDialog() override;

    /// The folder the report was written to (empty until it is ready).
    QString reportDir() const;
    /// Copies the report to `target` (created if needed); false with *error when a file cannot be copied.
    bool saveTo(const QString &target, QString *error);

Q_SIGNALS:
    void reportReady(const QString &htmlFile);

private:
    void onComputed();
    void save();

    std::shared_ptr<const results::BundleView> m_view;
    QTemporaryDir m_dir;
    bool m_ready = false;
    JobProgress *m_progress;
    QLabel *m_status;
    QWebEngineView *m_web;
    QPushButton *m_save;
    QFutureWatcher<results::StudyReport> m_watcher;
};

} // namespace inferscope::app
