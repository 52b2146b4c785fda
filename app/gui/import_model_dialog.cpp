#include "app/gui/import_model_dialog.h"

#include "app/gui/job_progress.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>

namespace inferscope::app {
namespace {
QString shapeText(const std::vector<std::int64_t> &shape)
{
    QStringList dims;
    for (const std::int64_t d : shape)
        dims << (d < 1 ? QStringLiteral("?") : QString::number(d));
    return dims.join(QLatin1Char('x'));
}
} // namespace

ImportModelDialog::ImportModelDialog(QWidget *parent)
    : QDialog(parent), m_path(new QLineEdit(this)), m_fileButton(new QPushButton(this)),
      m_folderButton(new QPushButton(this)), m_format(new QLabel(this)), m_id(new QLineEdit(this)),
      m_name(new QLineEdit(this)), m_task(new QComboBox(this)), m_inputs(new QTableWidget(0, ColumnCount, this)),
      m_outputsLabel(new QLabel(this)), m_outputs(new QListWidget(this)), m_problem(new QLabel(this)),
      m_progress(new JobProgress(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_cancel(std::make_shared<std::atomic_bool>(false))
{
    setObjectName(QStringLiteral("importModelDialog"));
    m_path->setObjectName(QStringLiteral("importPath"));
    m_id->setObjectName(QStringLiteral("importId"));
    m_inputs->setObjectName(QStringLiteral("importInputs"));
    m_outputs->setObjectName(QStringLiteral("importOutputs"));
    m_outputs->setMaximumHeight(90);
    m_outputsLabel->setWordWrap(true);
    m_task->setEditable(true);
    for (const char *task :
         {"custom", "image-classification", "object-detection", "segmentation", "text-classification", "speech",
          "voice-activity-detection", "pose-estimation", "text-generation"})
        m_task->addItem(QString::fromLatin1(task));
    m_inputs->verticalHeader()->hide();
    m_inputs->horizontalHeader()->setStretchLastSection(true);
    m_inputs->setMinimumHeight(140);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_format->setWordWrap(true);
    m_importButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_fileButton);
    pathRow->addWidget(m_folderButton);
    auto *form = new QFormLayout;
    form->addRow(QString(), pathRow); // labels are set in retranslate()
    form->addRow(QString(), m_format);
    form->addRow(QString(), m_id);
    form->addRow(QString(), m_name);
    form->addRow(QString(), m_task);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_inputs, 1);
    layout->addWidget(m_outputsLabel);
    layout->addWidget(m_outputs);
    layout->addWidget(m_problem);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    resize(760, 480);

    connect(m_fileButton, &QPushButton::clicked, this, &ImportModelDialog::chooseFile);
    connect(m_folderButton, &QPushButton::clicked, this, &ImportModelDialog::chooseFolder);
    connect(m_path, &QLineEdit::editingFinished, this, &ImportModelDialog::inspect);
    connect(m_id, &QLineEdit::textChanged, this, &ImportModelDialog::updateButtons);
    connect(m_inputs, &QTableWidget::itemChanged, this, &ImportModelDialog::updateButtons);
    connect(m_importButton, &QPushButton::clicked, this, &ImportModelDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportModelDialog::reject);
    connect(m_progress, &JobProgress::cancelRequested, this, [this] { m_cancel->store(true); });
    retranslate();
}

ImportModelDialog::~ImportModelDialog()
{
    m_cancel->store(true); // a job still running stops its runtime process and changes nothing
}

void ImportModelDialog::reject()
{
    if (m_busy) { // first Cancel stops the job; the dialog stays to say so
        m_cancel->store(true);
        return;
    }
    QDialog::reject();
}

void ImportModelDialog::setModelPath(const QString &path)
{
    m_path->setText(path);
    inspect();
}

void ImportModelDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a model"), QFileInfo(m_path->text()).path(),
                                                      tr("Models (*.onnx *.json);;All files (*)"));
    if (!path.isEmpty())
        setModelPath(path);
}

void ImportModelDialog::chooseFolder()
{
    const QString path =
        QFileDialog::getExistingDirectory(this, tr("Choose the folder holding a model"), m_path->text());
    if (!path.isEmpty())
        setModelPath(path);
}

void ImportModelDialog::inspect()
{
    const QString path = m_path->text().trimmed();
    if (m_busy || path.isEmpty() || path == m_inspectedPath)
        return;
    m_inspectedPath = path;
    m_model = {};
    m_inspectError.clear();
    m_inputs->setRowCount(0);
    m_busy = true;
    m_cancel->store(false);
    m_progress->start(tr("Asking the runtime what the model takes…"));
    updateButtons();
    auto cancel = m_cancel;
    auto *watcher = new QFutureWatcher<zoo::ModelInterface>(this);
    connect(watcher, &QFutureWatcher<zoo::ModelInterface>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_busy = false;
        m_progress->finish();
        showInterface(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(
        [path, cancel] { return zoo::inspectModel(zoo::ModelCache(), path, [cancel] { return cancel->load(); }); }));
}

void ImportModelDialog::showInterface(const zoo::ModelInterface &model)
{
    m_model = model;
    m_inspectError = model.ok() ? QString() : (m_cancel->load() ? tr("Cancelled.") : model.error);
    const QSignalBlocker blocker(m_inputs);
    m_inputs->setRowCount(static_cast<int>(model.inputs.size()));
    const QStringList outputs = model.outputNames();
    for (int row = 0; row < static_cast<int>(model.inputs.size()); ++row) {
        const auto &in = model.inputs[static_cast<std::size_t>(row)];
        auto fixed = [](const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            return item;
        };
        m_inputs->setItem(row, InputColumn, fixed(in.name));
        m_inputs->setItem(row, TypeColumn, fixed(in.dtype));
        auto *shape = new QTableWidgetItem(in.rankKnown ? shapeText(in.shape) : QString());
        if (in.isDynamic())
            shape->setToolTip(tr("The model leaves some dimensions open (?): give each a size, e.g. 1x3x224x224."));
        m_inputs->setItem(row, ShapeColumn, shape);
        auto *value = new QTableWidgetItem;
        value->setToolTip(
            tr("Leave empty for seeded random values; a number here is fed in every element of this input "
               "in the reference and every run (a configuration input such as a sample rate)."));
        m_inputs->setItem(row, ValueColumn, value);
        auto *state = new QComboBox(m_inputs);
        state->addItem(tr("(not recurrent)"));
        state->addItems(outputs);
        state->setToolTip(
            tr("Recurrent state: the output fed back as this input after every inference. The input starts "
               "each run at its value (zeros when empty)."));
        connect(state, &QComboBox::currentIndexChanged, this, &ImportModelDialog::updateButtons);
        m_inputs->setCellWidget(row, StateColumn, state);
    }
    m_outputs->clear();
    for (const QString &name : outputs) {
        auto *item = new QListWidgetItem(name, m_outputs);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_inputs->resizeColumnsToContents();
    // Room to type a shape and a value; the state column takes the rest.
    m_inputs->setColumnWidth(ShapeColumn, std::max(m_inputs->columnWidth(ShapeColumn), 160));
    m_inputs->setColumnWidth(ValueColumn, std::max(m_inputs->columnWidth(ValueColumn), 110));
    m_inputs->setColumnWidth(InputColumn, std::max(m_inputs->columnWidth(InputColumn), 120));
    if (model.ok()) {
        m_format->setText(
            model.format == QLatin1String("onnx")
                ? tr("ONNX model, %n file(s)", nullptr, static_cast<int>(model.files.size()))
            : model.format == QLatin1String("tfjs")
                ? tr("TF.js graph model, %n file(s)", nullptr, static_cast<int>(model.files.size()))
                : tr("TF.js layers model (Keras-style), %n file(s)", nullptr, static_cast<int>(model.files.size())));
        if (m_id->text().isEmpty())
            m_id->setText(model.suggestedId);
        if (m_name->text().isEmpty())
            m_name->setText(model.suggestedName);
    } else {
        m_format->clear();
    }
    updateButtons();
}

zoo::ImportRequest ImportModelDialog::request(QString *error) const
{
    zoo::ImportRequest r;
    r.path = m_inspectedPath;
    r.id = m_id->text().trimmed();
    r.name = m_name->text().trimmed();
    r.task = m_task->currentText().trimmed().isEmpty() ? QStringLiteral("custom") : m_task->currentText().trimmed();
    for (int row = 0; row < m_inputs->rowCount(); ++row) {
        const auto &in = m_model.inputs[static_cast<std::size_t>(row)];
        const QString shapeCell = m_inputs->item(row, ShapeColumn)->text().trimmed();
        const auto shape = zoo::parseShape(shapeCell);
        if (shape.empty()) {
            *error = shapeCell.contains(QLatin1Char('?'))
                         ? tr("Input %1 needs a shape: the model leaves the dimensions marked ? open; type a size for "
                              "each (e.g. 1x3x224x224).")
                               .arg(in.name)
                         : tr("Input %1 needs a shape of positive sizes such as 1x3x224x224, not \"%2\".")
                               .arg(in.name, shapeCell);
            return r;
        }
        if (in.isDynamic())
            r.shapes[in.name] = shape;
        else if (shape != in.shape) {
            *error = tr("Input %1 has the fixed shape %2; the model cannot take %3.")
                         .arg(in.name, shapeText(in.shape), shapeCell);
            return r;
        }
        const QString valueCell = m_inputs->item(row, ValueColumn)->text().trimmed();
        if (!valueCell.isEmpty()) {
            bool ok = false;
            const double value = valueCell.toDouble(&ok);
            if (!ok || !std::isfinite(value)) {
                *error = tr("The value of input %1 must be a number, not \"%2\".").arg(in.name, valueCell);
                return r;
            }
            r.values[in.name] = value;
        }
        const auto *state = qobject_cast<QComboBox *>(m_inputs->cellWidget(row, StateColumn));
        if (state && state->currentIndex() > 0)
            r.states[in.name] = state->currentText();
    }
    for (int row = 0; row < m_outputs->count(); ++row)
        if (m_outputs->item(row)->checkState() == Qt::Checked)
            r.orderDependent << m_outputs->item(row)->text();
    return r;
}

QString ImportModelDialog::problem() const
{
    if (m_busy)
        return {};
    if (m_inspectedPath.isEmpty())
        return tr("Choose an .onnx file, a TF.js model.json, or a folder holding one.");
    if (!m_inspectError.isEmpty())
        return m_inspectError;
    if (!zoo::isValidModelId(m_id->text().trimmed().toStdString()))
        return tr("The id may hold lower-case letters, digits and '-' (at most 64).");
    QString error;
    request(&error);
    return error;
}

void ImportModelDialog::updateButtons()
{
    const QString why = problem();
    m_importButton->setEnabled(!m_busy && m_model.ok() && !m_inspectedPath.isEmpty() && why.isEmpty());
    for (QWidget *w : std::initializer_list<QWidget *>{m_path, m_fileButton, m_folderButton, m_id, m_name, m_task,
                                                       m_inputs, m_outputs})
        w->setEnabled(!m_busy);
    m_problem->setText(why);
}

void ImportModelDialog::startImport()
{
    QString error;
    zoo::ImportRequest r = request(&error);
    if (!error.isEmpty() || m_busy)
        return;
    m_busy = true;
    m_cancel->store(false);
    auto cancel = m_cancel;
    r.cancelled = [cancel] { return cancel->load(); };
    m_progress->start(tr("Copying the model into the cache and running its reference inference…"));
    updateButtons();
    auto *watcher = new QFutureWatcher<zoo::ImportResult>(this);
    connect(watcher, &QFutureWatcher<zoo::ImportResult>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_busy = false;
        m_progress->finish();
        finishImport(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([r] { return zoo::importModel(zoo::ModelCache(), r); }));
}

void ImportModelDialog::finishImport(const zoo::ImportResult &result)
{
    if (!result.ok()) {
        updateButtons();
        m_problem->setText(m_cancel->load() ? tr("Cancelled: nothing was imported.")
                                            : tr("Import refused, nothing changed: %1").arg(result.error));
        return;
    }
    Q_EMIT imported(QString::fromStdString(result.entry.id));
    accept();
}

void ImportModelDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ImportModelDialog::retranslate()
{
    setWindowTitle(tr("Import Model"));
    auto *form = qobject_cast<QFormLayout *>(static_cast<QVBoxLayout *>(layout())->itemAt(0)->layout());
    const QStringList labels{tr("Model:"), tr("Format:"), tr("Id:"), tr("Name:"), tr("Task:")};
    for (int row = 0; row < labels.size(); ++row)
        if (auto *label = qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)
                                                     ? form->itemAt(row, QFormLayout::LabelRole)->widget()
                                                     : nullptr))
            label->setText(labels.at(row));
        else
            form->setWidget(row, QFormLayout::LabelRole, new QLabel(labels.at(row), this));
    m_path->setPlaceholderText(tr("An .onnx file, a TF.js model.json, or a folder holding one"));
    m_fileButton->setText(tr("File…"));
    m_folderButton->setText(tr("Folder…"));
    m_id->setToolTip(tr("How plans name the model: lower-case letters, digits and '-'."));
    m_inputs->setHorizontalHeaderLabels({tr("Input"), tr("Type"), tr("Shape"), tr("Value"), tr("Fed back from")});
    m_outputsLabel->setText(
        tr("Outputs whose values depend on tie-breaking (boxes, scores or classes after non-maximum suppression): "
           "tick them to compare them with the reference as sets. Integer outputs are treated so anyway."));
    m_importButton->setText(tr("Import"));
    m_importButton->setToolTip(
        tr("Copies the files into the model cache, hashes them and runs one reference inference; "
           "only a model that runs is added to the zoo."));
    updateButtons();
}

} // namespace inferscope::app
