#pragma once
// The experiment builder: models x runtimes/backends x threads x placements x browsers, the native
// baseline, repetitions and the measurement policy, responsiveness and traces, point and click. The
// live summary validates the plan with the same parser the engine uses and counts its runs; Save and
// Load read and write ordinary plan files (docs/PLAN_FORMAT.md).

#include "app/engine/plan_form.h"
#include "core/engine/preflight.h"
#include "core/zoo/catalog.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace inferscope::app {

class PlanBuilderDialog : public QDialog {
    Q_OBJECT
public:
    /// `fetched`: ids of the models whose files are in the cache (others are listed, marked "not fetched").
    PlanBuilderDialog(const zoo::Catalog &catalog, const std::set<std::string> &fetched, QWidget *parent = nullptr);

    void setForm(const PlanForm &form);
    PlanForm form() const;
    /// The plan to run (valid once accepted).
    nlohmann::json plan() const { return form().toPlanJson(); }
    /// Marks a browser unavailable (greyed out, unchecked) with the reason as its tool tip.
    void setBrowserAvailable(const QString &id, bool available, const QString &reason);
    /// The summary line: "N cells, M runs" or the plan's error.
    QString summaryText() const;
    /// Where the bundle goes: a new folder NAME-TIME inside it (remembered between starts).
    QString outputFolder() const;
    void setOutputFolder(const QString &folder);
    /// The default results folder: Documents/InferScope (remembered as the user changes it).
    static QString defaultOutputFolder();

private:
    QFormLayout *buildNameRows(); ///< name, description, results folder
    QHBoxLayout *ortBackendsRow(QWidget *what);
    QHBoxLayout *threadsRow(QWidget *what);
    QHBoxLayout *workloadsRow(QWidget *what);
    QHBoxLayout *gridRow(QWidget *what);
    QGroupBox *buildWhatRuns();        ///< runtimes, backends, threads, placements, workloads, page, browsers, native
    QGroupBox *buildHowItIsMeasured(); ///< repetitions, policy, probes, traces, profiles
    void updateSummary();
    void save();
    void load();

    const zoo::Catalog &m_catalog;
    const std::set<std::string> m_fetched;
    QLineEdit *m_name, *m_description, *m_outputFolder;
    QListWidget *m_models;
    QMap<QString, QCheckBox *> m_ort, m_tfjs, m_placements, m_workloads, m_browsers;
    QMap<int, QCheckBox *> m_threads;
    QLineEdit *m_gridUrl, *m_serveAddress, *m_serveHost;
    QCheckBox *m_native, *m_nativePytorch, *m_responsiveness, *m_trace, *m_simdAblation, *m_profile, *m_realtime,
        *m_generation, *m_gridNodeChrome;
    QComboBox *m_harness, *m_ortVersion;
    QSpinBox *m_inputHz, *m_idle, *m_repetitions, *m_maxRepetitions, *m_ciPercent, *m_seed, *m_minWarmup, *m_maxWarmup,
        *m_samples, *m_maxSampleTime, *m_timeout, *m_promptTokens, *m_newTokens, *m_generations, *m_gridParallel;
    QPushButton *m_save = nullptr;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
    QPushButton *m_run;
    bool m_valid = false;
    engine::RunHistory m_history; ///< this machine's earlier run times, for the duration estimate
};

} // namespace inferscope::app
