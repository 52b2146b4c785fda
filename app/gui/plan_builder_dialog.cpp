#include "app/gui/plan_builder_dialog.h"

#include "core/experiment/plan.h"
#include "core/json/untrusted_json.h"
#include "core/modelcache/data_paths.h"
#include "core/engine/preflight.h"
#include "core/store/atomic_file.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <cmath>
#include <QFile>
#include <span>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace inferscope::app {
namespace {
QCheckBox *addBox(QMap<QString, QCheckBox *> &boxes, const QString &id, const QString &text, QWidget *parent, QLayout *layout)
{
    auto *box = new QCheckBox(text, parent);
    boxes.insert(id, box);
    layout->addWidget(box);
    return box;
}

/// Checks the boxes whose id is in `ids` and clears the others.
template <typename Key, typename Set>
void checkFrom(const QMap<Key, QCheckBox *> &boxes, const Set &ids, std::function<typename Set::key_type(const Key &)> toId)
{
    for (auto it = boxes.begin(); it != boxes.end(); ++it)
        it.value()->setChecked(ids.contains(toId(it.key())));
}

/// The ids of the checked boxes.
template <typename Key, typename Set>
Set checkedIn(const QMap<Key, QCheckBox *> &boxes, std::function<typename Set::key_type(const Key &)> toId)
{
    Set ids;
    for (auto it = boxes.begin(); it != boxes.end(); ++it)
        if (it.value()->isChecked())
            ids.insert(toId(it.key()));
    return ids;
}

const std::function<std::string(const QString &)> kText = [](const QString &id) { return id.toStdString(); };
const std::function<int(const int &)> kNumber = [](const int &t) { return t; };

QSpinBox *spin(int min, int max, int value, const QString &suffix, QWidget *parent)
{
    auto *s = new QSpinBox(parent);
    s->setRange(min, max);
    s->setValue(value);
    s->setSuffix(suffix);
    return s;
}
} // namespace

PlanBuilderDialog::PlanBuilderDialog(const zoo::Catalog &catalog, const std::set<std::string> &fetched, QWidget *parent)
    : QDialog(parent), m_catalog(catalog), m_fetched(fetched), m_name(new QLineEdit(this)), m_models(new QListWidget(this)), m_gridUrl(new QLineEdit(this)),
      m_native(new QCheckBox(tr("Native baseline (ONNX Runtime on the CPU) for every ONNX model"), this)),
      m_nativePytorch(new QCheckBox(tr("Also PyTorch (eager and TorchScript) for the zoo's generated models"), this)),
      m_responsiveness(new QCheckBox(tr("Responsiveness: inject clicks and time animation frames"), this)),
      m_trace(new QCheckBox(tr("Record a browser trace per run (Chromium, embedded, Grid)"), this)),
      m_simdAblation(new QCheckBox(tr("also without SIMD"), this)),
      m_inputHz(spin(1, 100, 10, tr(" clicks/s"), this)), m_repetitions(spin(1, 50, 1, QString(), this)),
      m_maxRepetitions(spin(1, 50, 1, QString(), this)), m_ciPercent(spin(1, 100, 5, QStringLiteral(" %"), this)),
      m_seed(spin(0, 1000000, 42, QString(), this)), m_minWarmup(spin(0, 600, 3, tr(" s"), this)),
      m_maxWarmup(spin(1, 600, 15, tr(" s"), this)), m_samples(spin(1, 100000, 100, QString(), this)),
      m_timeout(spin(10, 3600, 180, tr(" s"), this)), m_summary(new QLabel(this)),
      m_buttons(new QDialogButtonBox(this)), m_run(nullptr), m_history(engine::RunHistory::defaultFile(zoo::ModelCache()))
{
    setWindowTitle(tr("New experiment"));
    m_name->setText(QStringLiteral("experiment"));
    for (const auto &m : catalog.models()) {
        const bool present = fetched.contains(m.id);
        auto *item = new QListWidgetItem(
            tr("%1: %2, %3, %4 MB%5")
                .arg(QString::fromStdString(m.id), QString::fromStdString(m.task), QString::fromStdString(m.format))
                .arg(static_cast<double>(m.totalBytes()) / 1e6, 0, 'f', 1)
                .arg(present ? QString() : tr(" (not fetched: `inferscope models fetch %1`)").arg(QString::fromStdString(m.id))),
            m_models);
        item->setData(Qt::UserRole, QString::fromStdString(m.id));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        if (!present)
            item->setForeground(QColor(130, 130, 130));
    }
    m_models->setMinimumHeight(160);

    auto *what = new QGroupBox(tr("What runs"), this);
    auto *whatLayout = new QGridLayout(what);
    auto row = [&](int r, const QString &label, QLayout *content) {
        whatLayout->addWidget(new QLabel(label, what), r, 0);
        whatLayout->addLayout(content, r, 1);
    };
    auto *ort = new QHBoxLayout;
    addBox(m_ort, QStringLiteral("wasm"), QStringLiteral("wasm"), what, ort);
    addBox(m_ort, QStringLiteral("webgl"), QStringLiteral("WebGL"), what, ort);
    addBox(m_ort, QStringLiteral("webgpu"), QStringLiteral("WebGPU"), what, ort);
    addBox(m_ort, QStringLiteral("webnn"), QStringLiteral("WebNN"), what, ort);
    ort->addStretch(1);
    row(0, tr("ONNX Runtime Web:"), ort);
    auto *tfjs = new QHBoxLayout;
    addBox(m_tfjs, QStringLiteral("wasm"), QStringLiteral("wasm"), what, tfjs);
    addBox(m_tfjs, QStringLiteral("webgl"), QStringLiteral("WebGL"), what, tfjs);
    addBox(m_tfjs, QStringLiteral("webgpu"), QStringLiteral("WebGPU"), what, tfjs);
    addBox(m_tfjs, QStringLiteral("cpu"), QStringLiteral("CPU (JS)"), what, tfjs);
    tfjs->addStretch(1);
    row(1, tr("TensorFlow.js:"), tfjs);
    auto *threads = new QHBoxLayout;
    for (int t : {1, 2, 4, 8}) {
        auto *box = new QCheckBox(QString::number(t), what);
        m_threads.insert(t, box);
        threads->addWidget(box);
        if (t > 2 * QThread::idealThreadCount())
            box->setToolTip(tr("More threads than this machine has cores"));
    }
    m_simdAblation->setToolTip(tr("The study's ablation: every wasm cell also with SIMD off. ONNX Runtime Web runs it on "
                                  "version 1.17.3 (installed beside 1.30, which ships only a SIMD build), so plain wasm, "
                                  "+threads, +SIMD and both are measured on one runtime."));
    threads->addSpacing(16);
    threads->addWidget(m_simdAblation);
    threads->addStretch(1);
    row(2, tr("wasm threads:"), threads);
    auto *placements = new QHBoxLayout;
    addBox(m_placements, QStringLiteral("main"), tr("main thread"), what, placements);
    addBox(m_placements, QStringLiteral("worker"), tr("Web Worker"), what, placements);
    placements->addStretch(1);
    row(3, tr("Placement:"), placements);
    auto *workloads = new QHBoxLayout;
    addBox(m_workloads, QStringLiteral("none"), tr("none"), what, workloads);
    addBox(m_workloads, QStringLiteral("gui"), tr("GUI steps (TodoMVC-like)"), what, workloads)
        ->setToolTip(tr("Scripted DOM steps every 250 ms beside the model, timed idle and busy"));
    addBox(m_workloads, QStringLiteral("animation"), tr("animation"), what, workloads)
        ->setToolTip(tr("A canvas animation every frame beside the model; its frame rate is measured"));
    addBox(m_workloads, QStringLiteral("video"), tr("video"), what, workloads)
        ->setToolTip(tr("A 30 fps clip, made in the page before it starts, plays beside the model; the frames the browser presents are counted"));
    workloads->addStretch(1);
    row(4, tr("Page workload:"), workloads);
    auto *browsers = new QHBoxLayout;
    addBox(m_browsers, QStringLiteral("qtwebengine"), tr("embedded"), what, browsers);
    addBox(m_browsers, QStringLiteral("chromium"), QStringLiteral("Chromium"), what, browsers);
    addBox(m_browsers, QStringLiteral("firefox"), QStringLiteral("Firefox"), what, browsers);
    addBox(m_browsers, QStringLiteral("grid"), tr("Grid:"), what, browsers);
    m_gridUrl->setPlaceholderText(QStringLiteral("http://127.0.0.1:4444"));
    browsers->addWidget(m_gridUrl, 1);
    row(5, tr("Browsers:"), browsers);
    whatLayout->addWidget(m_native, 6, 0, 1, 2);
    m_nativePytorch->setToolTip(tr("The same weights in Debian's PyTorch, timed the same way: a second native baseline to compare against"));
    whatLayout->addWidget(m_nativePytorch, 7, 0, 1, 2);

    auto *how = new QGroupBox(tr("How it is measured"), this);
    auto *howLayout = new QFormLayout(how);
    howLayout->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto *repetitions = new QHBoxLayout;
    repetitions->addWidget(m_repetitions);
    repetitions->addWidget(new QLabel(tr("up to"), how));
    repetitions->addWidget(m_maxRepetitions);
    repetitions->addWidget(new QLabel(tr("until the 95% interval is within ±"), how));
    repetitions->addWidget(m_ciPercent);
    repetitions->addStretch(1);
    m_repetitions->setToolTip(tr("Runs of every cell. The run, not the inference, is the unit of evidence: intervals and verdicts "
                                 "need at least two, three are the useful minimum (Student's t at one degree of freedom is 12.7)."));
    m_maxRepetitions->setToolTip(tr("Adaptive repetitions: above the first number, cells whose interval is still wider than the target "
                                    "get one more run per round, interleaved, up to this many. Each run costs its warm-up and samples again."));
    m_ciPercent->setToolTip(tr("The target: a cell stops when its 95% interval lies within this percentage of its median."));
    howLayout->addRow(tr("Repetitions:"), repetitions);
    howLayout->addRow(tr("Order seed:"), m_seed);
    howLayout->addRow(tr("Warm-up at least:"), m_minWarmup);
    howLayout->addRow(tr("Warm-up at most:"), m_maxWarmup);
    howLayout->addRow(tr("Samples per run:"), m_samples);
    howLayout->addRow(tr("Timeout per run:"), m_timeout);
    auto *probe = new QHBoxLayout;
    probe->addWidget(m_responsiveness);
    probe->addWidget(m_inputHz);
    probe->addStretch(1);
    howLayout->addRow(probe);
    howLayout->addRow(m_trace);

    auto *save = m_buttons->addButton(tr("Save plan…"), QDialogButtonBox::ActionRole);
    auto *load = m_buttons->addButton(tr("Load plan…"), QDialogButtonBox::ActionRole);
    m_run = m_buttons->addButton(tr("Run"), QDialogButtonBox::AcceptRole);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(save, &QPushButton::clicked, this, &PlanBuilderDialog::save);
    connect(load, &QPushButton::clicked, this, &PlanBuilderDialog::load);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_valid)
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *nameRow = new QFormLayout;
    nameRow->addRow(tr("Name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(nameRow);
    layout->addWidget(new QLabel(tr("Models (the zoo; check one or more):"), this));
    layout->addWidget(m_models, 1);
    layout->addWidget(what);
    layout->addWidget(how);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    // Every edit re-validates and recounts.
    for (auto *box : findChildren<QCheckBox *>())
        connect(box, &QCheckBox::toggled, this, &PlanBuilderDialog::updateSummary);
    for (auto *s : findChildren<QSpinBox *>())
        connect(s, &QSpinBox::valueChanged, this, &PlanBuilderDialog::updateSummary);
    connect(m_models, &QListWidget::itemChanged, this, &PlanBuilderDialog::updateSummary);
    connect(m_gridUrl, &QLineEdit::textChanged, this, &PlanBuilderDialog::updateSummary);
    connect(m_name, &QLineEdit::textChanged, this, &PlanBuilderDialog::updateSummary);

    PlanForm defaults;
    for (const char *id : {"mobilenetv2"})
        if (catalog.find(id))
            defaults.models.push_back(id);
    setForm(defaults);
}

void PlanBuilderDialog::setForm(const PlanForm &form)
{
    m_name->setText(QString::fromStdString(form.name));
    for (int i = 0; i < m_models->count(); ++i) {
        const std::string id = m_models->item(i)->data(Qt::UserRole).toString().toStdString();
        m_models->item(i)->setCheckState(std::find(form.models.begin(), form.models.end(), id) != form.models.end() ? Qt::Checked : Qt::Unchecked);
    }
    checkFrom(m_ort, form.ortBackends, kText);
    checkFrom(m_tfjs, form.tfjsBackends, kText);
    checkFrom(m_threads, form.threads, kNumber);
    checkFrom(m_placements, form.placements, kText);
    checkFrom(m_workloads, form.workloads, kText);
    for (auto it = m_browsers.begin(); it != m_browsers.end(); ++it)
        it.value()->setChecked(it.value()->isEnabled() &&
                               std::find(form.browsers.begin(), form.browsers.end(), it.key().toStdString()) != form.browsers.end());
    m_gridUrl->setText(QString::fromStdString(form.gridUrl));
    m_native->setChecked(form.native);
    m_nativePytorch->setChecked(form.nativePytorch);
    m_repetitions->setValue(form.repetitions);
    m_maxRepetitions->setValue(std::max(form.repetitions, form.maxRepetitions));
    m_ciPercent->setValue(form.ciPercent);
    m_seed->setValue(static_cast<int>(form.seed % 1000001));
    m_minWarmup->setValue(form.minWarmupMs / 1000);
    m_maxWarmup->setValue(std::max(1, form.maxWarmupMs / 1000));
    m_samples->setValue(form.samples);
    m_timeout->setValue(std::max(10, form.timeoutMs / 1000));
    m_responsiveness->setChecked(form.responsiveness);
    m_inputHz->setValue(form.inputHz);
    m_trace->setChecked(form.trace);
    m_simdAblation->setChecked(form.simdAblation);
    updateSummary();
}

PlanForm PlanBuilderDialog::form() const
{
    PlanForm f;
    f.name = m_name->text().trimmed().isEmpty() ? std::string("experiment") : m_name->text().trimmed().toStdString();
    for (int i = 0; i < m_models->count(); ++i)
        if (m_models->item(i)->checkState() == Qt::Checked)
            f.models.push_back(m_models->item(i)->data(Qt::UserRole).toString().toStdString());
    using Texts = std::set<std::string>;
    f.ortBackends = checkedIn<QString, Texts>(m_ort, kText);
    f.tfjsBackends = checkedIn<QString, Texts>(m_tfjs, kText);
    f.threads = checkedIn<int, std::set<int>>(m_threads, kNumber);
    f.placements = checkedIn<QString, Texts>(m_placements, kText);
    f.workloads = checkedIn<QString, Texts>(m_workloads, kText);
    f.browsers.clear();
    for (const char *id : {"qtwebengine", "chromium", "firefox", "grid"}) // the plan's order
        if (m_browsers.value(QLatin1String(id))->isChecked())
            f.browsers.push_back(id);
    f.gridUrl = m_gridUrl->text().trimmed().toStdString();
    f.native = m_native->isChecked();
    f.nativePytorch = m_nativePytorch->isChecked();
    f.repetitions = m_repetitions->value();
    f.maxRepetitions = std::max(m_repetitions->value(), m_maxRepetitions->value());
    f.ciPercent = m_ciPercent->value();
    f.seed = static_cast<std::uint64_t>(m_seed->value());
    f.minWarmupMs = m_minWarmup->value() * 1000;
    f.maxWarmupMs = std::max(m_maxWarmup->value(), m_minWarmup->value()) * 1000;
    f.samples = m_samples->value();
    f.timeoutMs = m_timeout->value() * 1000;
    f.responsiveness = m_responsiveness->isChecked();
    f.inputHz = m_inputHz->value();
    f.trace = m_trace->isChecked();
    f.simdAblation = m_simdAblation->isChecked();
    return f;
}

void PlanBuilderDialog::setBrowserAvailable(const QString &id, bool available, const QString &reason)
{
    QCheckBox *box = m_browsers.value(id);
    if (!box)
        return;
    box->setEnabled(available);
    box->setToolTip(reason);
    if (!available)
        box->setChecked(false);
}

QString PlanBuilderDialog::summaryText() const
{
    return m_summary->text();
}

void PlanBuilderDialog::updateSummary()
{
    const PlanForm f = form();
    m_inputHz->setEnabled(f.responsiveness);
    m_ciPercent->setEnabled(f.adaptive());
    m_gridUrl->setEnabled(m_browsers.value(QStringLiteral("grid"))->isChecked());
    QString text;
    m_valid = false;
    if (f.placements.empty() || f.threads.empty() || f.browsers.empty() || f.workloads.empty() ||
        (f.ortBackends.empty() && f.tfjsBackends.empty())) {
        text = tr("Choose at least one backend, thread count, placement, workload and browser.");
    } else {
        try {
            const auto plan = engine::parsePlanFor(f.toPlanJson(), m_catalog);
            const int runs = static_cast<int>(plan.cells.size()) * plan.repetitions;
            const int mostRuns = static_cast<int>(plan.cells.size()) * plan.maxRepetitions;
            int missing = 0;
            for (const auto &id : f.models)
                missing += m_fetched.contains(id) ? 0 : 1;
            text = tr("%n cell(s)", nullptr, static_cast<int>(plan.cells.size())) + QStringLiteral(" × ") +
                   tr("%n repetition(s)", nullptr, plan.repetitions) + QStringLiteral(" = ") + tr("%n run(s)", nullptr, runs) +
                   (plan.adaptive() ? QLatin1Char(' ') + tr("(adaptive: up to %n run(s))", nullptr, mostRuns) : QString()) + QStringLiteral(". ") + tr("Each run takes at least %1 s of warm-up.").arg(f.minWarmupMs / 1000);
            // The same estimate `inferscope run` prints: this machine's earlier runs of these cells, else the policy.
            const auto estimate = engine::estimateRuns(plan, plan.schedule(), m_history);
            const double minutes = estimate.seconds / 60;
            text += QLatin1Char(' ') +
                    (minutes >= 90 ? tr("Estimated duration: about %1 h.").arg(minutes / 60, 0, 'f', 1)
                                   : tr("Estimated duration: about %1 min.").arg(std::max(1L, std::lround(minutes)))) +
                    QLatin1Char(' ') +
                    tr("%1 of %2 runs estimated from earlier runs on this machine, the rest from the policy.")
                        .arg(estimate.fromCell + estimate.fromSimilar)
                        .arg(estimate.fromCell + estimate.fromSimilar + estimate.fromPolicy);
            if (missing > 0)
                text += QLatin1Char(' ') + tr("%n chosen model(s) will be fetched into the cache first.", nullptr, missing);
            m_valid = true;
        } catch (const std::exception &e) {
            text = QString::fromUtf8(e.what());
        }
    }
    m_summary->setText(text);
    m_summary->setStyleSheet(m_valid ? QString() : QStringLiteral("color: #b0282c;"));
    if (m_run)
        m_run->setEnabled(m_valid);
}

void PlanBuilderDialog::save()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Save plan"), QString::fromStdString(form().name) + QStringLiteral(".json"),
                                                      tr("Plans (*.json)"));
    if (file.isEmpty())
        return;
    // The one output-file policy: a new or regular file, replaced whole, never through a link.
    const std::string text = plan().dump(2) + "\n";
    try {
        store::writeFileAtomically(file.toStdString(), std::as_bytes(std::span(text.data(), text.size())));
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("Save plan"), tr("Cannot write %1: %2").arg(file, QString::fromStdString(e.what())));
    }
}

void PlanBuilderDialog::load()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Load plan"), zoo::projectDataDir() + QStringLiteral("/plans"), tr("Plans (*.json)"));
    if (file.isEmpty())
        return;
    try {
        const auto json = untrusted::parseUntrusted(store::readWholeTextFile(file.toStdString(), experiment::kMaxPlanBytes));
        // The plan's own checks first: their messages name the field that is wrong.
        engine::parsePlanFor(json, m_catalog);
        setForm(PlanForm::fromPlanJson(json));
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("Load plan"), tr("%1 is not a plan this builder can show: %2").arg(file, QString::fromUtf8(e.what())));
    }
}

} // namespace inferscope::app
