#pragma once
// Import model…: a user's own ONNX file or TF.js model (graph or layers) into the zoo, point and click. Choosing
// the file asks its runtime what it takes (in the background); the inputs table then shows each input's type and
// shape, and lets the user fix dynamic dimensions, give a configuration input its value and mark recurrent state
// (the output fed back into it). Import copies, hashes and runs the reference off the GUI thread with Cancel;
// the same core::importModel as `inferscope models import`, so both refuse the same things with the same words.

#include "core/modelcache/model_import.h"

#include <QDialog>
#include <atomic>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace inferscope::app {

class JobProgress;

class ImportModelDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportModelDialog(QWidget *parent = nullptr);
    ~ImportModelDialog() override;

    /// Shows `path` and asks its runtime what the model takes (in the background).
    void setModelPath(const QString &path);
    bool isBusy() const { return m_busy; }
    /// Why Import is off ("" when it is on); also shown under the table.
    QString problem() const;

    // The table's columns.
    enum Column { InputColumn, TypeColumn, ShapeColumn, ValueColumn, StateColumn, ColumnCount };

Q_SIGNALS:
    void imported(const QString &id);

public Q_SLOTS:
    void reject() override;

private:
    void chooseFile();
    void chooseFolder();
    void inspect();
    void showInterface(const zoo::ModelInterface &model);
    void startImport();
    void finishImport(const zoo::ImportResult &result);
    /// The request the form describes; sets *error (naming the input) when a cell cannot be read.
    zoo::ImportRequest request(QString *error) const;
    void updateButtons();
    void retranslate();
    void changeEvent(QEvent *event) override;

    QLineEdit *m_path;
    QPushButton *m_fileButton;
    QPushButton *m_folderButton;
    QLabel *m_format;
    QLineEdit *m_id;
    QLineEdit *m_name;
    QComboBox *m_task;
    QTableWidget *m_inputs;
    QLabel *m_outputsLabel;
    QListWidget *m_outputs; ///< checked: order-dependent (compared as sets)
    QLabel *m_problem;
    JobProgress *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_importButton;
    zoo::ModelInterface m_model;
    QString m_inspectedPath;
    QString m_inspectError;
    bool m_busy = false;
    /// Set by Cancel or closing: the job's child process (the runtime) is stopped and nothing is imported.
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace inferscope::app
