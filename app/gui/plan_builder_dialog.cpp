#include "app/gui/plan_builder_dialog.h"

#include "core/engine/preflight.h"
#include "core/experiment/plan.h"
#include "core/json/untrusted_json.h"
#include "core/modelcache/data_paths.h"
#include "core/store/atomic_file.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QThread>
#include <QVBoxLayout>
#include <cmath>
#include <span>

namespace inferscope::app {
namespace {
QCheckBox *addBox(QMap<QString, QCheckBox *> &boxes, const QString &id, const QString &text, QWidget *parent,
                  QLayout *layout)
{
    auto *box = new QCheckBox(text, parent);
    boxes.insert(id, box);
    layout->addWidget(box);
    return box;
}

/// Checks the boxes whose id is in `ids` and clears the others.
template <typename Key, typename Set>
void checkFrom(const QMap<Key, QCheckBox *> &boxes, const Set &ids,
               std::function<typename Set::key_type(const Key &)> toId)
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
    : QDialog(parent), m_catalog(catalog), m_fetched(fetched), m_name(new QLineEdit(this)),
      m_description(new QLineEdit(this)), m_outputFolder(new QLineEdit(this)), m_models(new QListWidget(this)),
      m_gridUrl(new QLineEdit(this)), m_serveAddress(new QLineEdit(this)), m_serveHost(new QLineEdit(this)),
      m_native(new QCheckBox(tr("Native baseline (ONNX Runtime on the CPU) for every ONNX model"), this)),
      m_nativePytorch(new QCheckBox(tr("Also PyTorch (eager and TorchScript) for the zoo's generated models"), this)),
      m_responsiveness(new QCheckBox(tr("Responsiveness: inject clicks and time animation frames"), this)),
      m_trace(new QCheckBox(tr("Record a browser trace per run (Chromium, embedded, Grid)"), this)),
      m_simdAblation(new QCheckBox(tr("also without SIMD"), this)),
      m_profile(new QCheckBox(tr("Profile operators: a separate pass of 10 inferences per run"), this)),
      m_realtime(new QCheckBox(tr("Real-time accuracy: 60 distinct frames replayed at 5 to 60 fps"), this)),
      m_generation(new QCheckBox(tr("Generate text (decoder models, ONNX Runtime Web wasm):"), this)),
      m_gridNodeChrome(new QCheckBox(tr("the node's own Chrome"), this)), m_harness(new QComboBox(this)),
      m_ortVersion(new QComboBox(this)), m_inputHz(spin(1, 100, 10, tr(" clicks/s"), this)),
      m_idle(spin(0, 60000, 1000, tr(" ms idle first"), this)), m_repetitions(spin(1, 50, 1, QString(), this)),
      m_maxRepetitions(spin(1, 50, 1, QString(), this)), m_ciPercent(spin(1, 100, 5, QStringLiteral(" %"), this)),
      m_seed(spin(0, 1000000, 42, QString(), this)), m_minWarmup(spin(0, 600, 3, tr(" s"), this)),
      m_maxWarmup(spin(1, 600, 15, tr(" s"), this)), m_samples(spin(1, 100000, 100, QString(), this)),
      m_maxSampleTime(spin(1, 21600, 30, tr(" s"), this)), m_timeout(spin(10, 86400, 180, tr(" s"), this)),
      m_promptTokens(spin(1, 511, 64, tr(" prompt tokens"), this)),
      m_newTokens(spin(1, 511, 128, tr(" new tokens"), this)), m_generations(spin(1, 100, 3, tr(" generations"), this)),
      m_gridParallel(spin(0, 64, 0, QString(), this)), m_summary(new QLabel(this)),
      m_buttons(new QDialogButtonBox(this)), m_run(nullptr),
      m_history(engine::RunHistory::defaultFile(zoo::ModelCache()))
{
    setWindowTitle(tr("New experiment"));
    // Names a GUI test (and an accessibility tool) finds the fields by.
    m_name->setObjectName(QStringLiteral("name"));
    m_outputFolder->setObjectName(QStringLiteral("outputFolder"));
    m_models->setObjectName(QStringLiteral("models"));
    m_samples->setObjectName(QStringLiteral("samples"));
    m_minWarmup->setObjectName(QStringLiteral("minWarmup"));
    m_maxWarmup->setObjectName(QStringLiteral("maxWarmup"));
    m_native->setObjectName(QStringLiteral("native"));
    m_responsiveness->setObjectName(QStringLiteral("responsiveness"));
    m_name->setText(QStringLiteral("experiment"));
    for (const auto &m : catalog.models()) {
        const bool present = fetched.contains(m.id);
        auto *item = new QListWidgetItem(
            tr("%1: %2, %3, %4 MB%5")
                .arg(QString::fromStdString(m.id), QString::fromStdString(m.task), QString::fromStdString(m.format))
                .arg(static_cast<double>(m.totalBytes()) / 1e6, 0, 'f', 1)
                .arg(present ? QString() : tr(" (not in the cache yet: fetched when the experiment starts)")),
            m_models);
        item->setData(Qt::UserRole, QString::fromStdString(m.id));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        if (!present)
            item->setForeground(QColor(130, 130, 130));
    }
    m_models->setMinimumHeight(160);

    QGroupBox *what = buildWhatRuns();
    QGroupBox *how = buildHowItIsMeasured();
    auto *save = m_buttons->addButton(tr("Save plan…"), QDialogButtonBox::ActionRole);
    m_save = save;
    auto *load = m_buttons->addButton(tr("Load plan…"), QDialogButtonBox::ActionRole);
    m_run = m_buttons->addButton(tr("Run"), QDialogButtonBox::AcceptRole);
    m_run->setObjectName(QStringLiteral("run"));
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(save, &QPushButton::clicked, this, &PlanBuilderDialog::save);
    connect(load, &QPushButton::clicked, this, &PlanBuilderDialog::load);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_valid)
            return;
        QSettings().setValue(QStringLiteral("runs/outputFolder"), outputFolder());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    QFormLayout *nameRow = buildNameRows();
    // The choices scroll on a small screen; the name, the summary and the buttons stay in view.
    auto *body = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(new QLabel(tr("Models (the zoo; check one or more):"), body));
    bodyLayout->addWidget(m_models, 1);
    bodyLayout->addWidget(what);
    bodyLayout->addWidget(how);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumHeight(360);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(nameRow);
    layout->addWidget(scroll, 1);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    // Every edit re-validates and recounts.
    for (auto *box : findChildren<QCheckBox *>())
        connect(box, &QCheckBox::toggled, this, &PlanBuilderDialog::updateSummary);
    for (auto *s : findChildren<QSpinBox *>())
        connect(s, &QSpinBox::valueChanged, this, &PlanBuilderDialog::updateSummary);
    for (auto *c : findChildren<QComboBox *>())
        connect(c, &QComboBox::currentIndexChanged, this, &PlanBuilderDialog::updateSummary);
    for (auto *e : {m_serveAddress, m_serveHost, m_description})
        connect(e, &QLineEdit::textChanged, this, &PlanBuilderDialog::updateSummary);
    setOutputFolder(QSettings().value(QStringLiteral("runs/outputFolder"), defaultOutputFolder()).toString());
    connect(m_models, &QListWidget::itemChanged, this, &PlanBuilderDialog::updateSummary);
    connect(m_gridUrl, &QLineEdit::textChanged, this, &PlanBuilderDialog::updateSummary);
    connect(m_name, &QLineEdit::textChanged, this, &PlanBuilderDialog::updateSummary);

    // Everything in view where the screen allows, scrolling where it does not.
    const QRect screen = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableGeometry()
                                                          : QRect(0, 0, 1024, 768);
    resize(std::min(1000, screen.width() - 40), std::min(1040, screen.height() - 60));

    PlanForm defaults;
    for (const char *id : {"mobilenetv2"})
        if (catalog.find(id))
            defaults.models.push_back(id);
    setForm(defaults);
}

QFormLayout *PlanBuilderDialog::buildNameRows()
{
    auto *nameRow = new QFormLayout;
    nameRow->addRow(tr("Name:"), m_name);
    m_description->setPlaceholderText(tr("what the experiment is for (shown in the report)"));
    nameRow->addRow(tr("Description:"), m_description);
    auto *folder = new QHBoxLayout;
    folder->addWidget(m_outputFolder, 1);
    auto *browse = new QPushButton(tr("Choose…"), this);
    folder->addWidget(browse);
    m_outputFolder->setToolTip(tr("Each experiment writes a new bundle folder NAME-DATE-TIME here."));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Results folder"), outputFolder());
        if (!dir.isEmpty())
            setOutputFolder(dir);
    });
    nameRow->addRow(tr("Results folder:"), folder);
    return nameRow;
}

/// ONNX Runtime Web's backends and the version (1.30 or the ablation's 1.17.3).
QHBoxLayout *PlanBuilderDialog::ortBackendsRow(QWidget *what)
{
    auto *ort = new QHBoxLayout;
    addBox(m_ort, QStringLiteral("wasm"), QStringLiteral("wasm"), what, ort);
    addBox(m_ort, QStringLiteral("webgl"), QStringLiteral("WebGL"), what, ort);
    addBox(m_ort, QStringLiteral("webgpu"), QStringLiteral("WebGPU"), what, ort);
    addBox(m_ort, QStringLiteral("webnn"), QStringLiteral("WebNN"), what, ort);
    ort->addSpacing(16);
    ort->addWidget(new QLabel(tr("version:"), what));
    m_ortVersion->addItem(tr("1.30 (pinned)"), QString());
    m_ortVersion->addItem(tr("1.17.3 (every wasm build; wasm only)"), QStringLiteral("1.17"));
    m_ortVersion->setToolTip(
        tr("ONNX Runtime Web 1.17.3 is installed beside 1.30: the last release with plain, threads, SIMD and "
           "SIMD+threads wasm builds. Cell keys get _v1.17; speed-ups compare cells of one version only."));
    ort->addWidget(m_ortVersion);
    ort->addStretch(1);
    return ort;
}

/// wasm thread counts and the SIMD ablation.
QHBoxLayout *PlanBuilderDialog::threadsRow(QWidget *what)
{
    auto *threads = new QHBoxLayout;
    for (int t : {1, 2, 4, 8}) {
        auto *box = new QCheckBox(QString::number(t), what);
        m_threads.insert(t, box);
        threads->addWidget(box);
        if (t > 2 * QThread::idealThreadCount())
            box->setToolTip(tr("More threads than this machine has cores"));
    }
    m_simdAblation->setToolTip(
        tr("The study's ablation: every wasm cell also with SIMD off. ONNX Runtime Web runs it on "
           "version 1.17.3 (installed beside 1.30, which ships only a SIMD build), so plain wasm, "
           "+threads, +SIMD and both are measured on one runtime."));
    threads->addSpacing(16);
    threads->addWidget(m_simdAblation);
    threads->addStretch(1);
    return threads;
}

/// What the page does beside the model.
QHBoxLayout *PlanBuilderDialog::workloadsRow(QWidget *what)
{
    auto *workloads = new QHBoxLayout;
    addBox(m_workloads, QStringLiteral("none"), tr("none"), what, workloads);
    addBox(m_workloads, QStringLiteral("gui"), tr("GUI steps (TodoMVC-like)"), what, workloads)
        ->setToolTip(tr("Scripted DOM steps every 250 ms beside the model, timed idle and busy"));
    addBox(m_workloads, QStringLiteral("animation"), tr("animation"), what, workloads)
        ->setToolTip(tr("A canvas animation every frame beside the model; its frame rate is measured"));
    addBox(m_workloads, QStringLiteral("video"), tr("video"), what, workloads)
        ->setToolTip(tr("A 30 fps clip, made in the page before it starts, plays beside the model; the frames the "
                        "browser presents are counted"));
    workloads->addStretch(1);
    return workloads;
}

/// The Grid's parallel runs and the address the harness serves its nodes on.
QHBoxLayout *PlanBuilderDialog::gridRow(QWidget *what)
{
    auto *grid = new QHBoxLayout;
    grid->addWidget(new QLabel(tr("at most"), what));
    m_gridParallel->setSpecialValueText(tr("one per node"));
    m_gridParallel->setToolTip(
        tr("Grid runs run side by side, one per node that is up; cap it when nodes share a host and would compete."));
    grid->addWidget(m_gridParallel);
    grid->addWidget(new QLabel(tr("runs at once,"), what));
    m_gridNodeChrome->setToolTip(tr(
        "Let the node start its own Chrome (a Windows or macOS node, e.g. for WebNN) instead of /usr/bin/chromium."));
    grid->addWidget(m_gridNodeChrome);
    grid->addSpacing(12);
    grid->addWidget(new QLabel(tr("serve on"), what));
    m_serveAddress->setPlaceholderText(QStringLiteral("127.0.0.1"));
    m_serveAddress->setToolTip(
        tr("The address the harness server listens on. Only set it beyond loopback for remote Grid nodes: "
           "the pages and models are then served to the network (with the plan's token)."));
    grid->addWidget(m_serveAddress);
    grid->addWidget(new QLabel(tr("as host"), what));
    m_serveHost->setPlaceholderText(tr("name the nodes use"));
    grid->addWidget(m_serveHost);
    return grid;
}

QGroupBox *PlanBuilderDialog::buildWhatRuns()
{
    auto *what = new QGroupBox(tr("What runs"), this);
    auto *whatLayout = new QGridLayout(what);
    auto row = [&](int r, const QString &label, QLayout *content) {
        whatLayout->addWidget(new QLabel(label, what), r, 0);
        whatLayout->addLayout(content, r, 1);
    };
    auto *ort = ortBackendsRow(what);
    row(0, tr("ONNX Runtime Web:"), ort);
    auto *tfjs = new QHBoxLayout;
    addBox(m_tfjs, QStringLiteral("wasm"), QStringLiteral("wasm"), what, tfjs);
    addBox(m_tfjs, QStringLiteral("webgl"), QStringLiteral("WebGL"), what, tfjs);
    addBox(m_tfjs, QStringLiteral("webgpu"), QStringLiteral("WebGPU"), what, tfjs);
    addBox(m_tfjs, QStringLiteral("cpu"), QStringLiteral("CPU (JS)"), what, tfjs);
    tfjs->addStretch(1);
    row(1, tr("TensorFlow.js:"), tfjs);
    auto *threads = threadsRow(what);
    row(2, tr("wasm threads:"), threads);
    auto *placements = new QHBoxLayout;
    addBox(m_placements, QStringLiteral("main"), tr("main thread"), what, placements);
    addBox(m_placements, QStringLiteral("worker"), tr("Web Worker"), what, placements);
    placements->addStretch(1);
    row(3, tr("Placement:"), placements);
    auto *workloads = workloadsRow(what);
    row(4, tr("Page workload:"), workloads);
    auto *page = new QHBoxLayout;
    m_harness->addItem(tr("full harness (every probe)"), QStringLiteral("full"));
    m_harness->addItem(tr("minimal loop (session.run only)"), QStringLiteral("minimal"));
    m_harness->addItem(tr("probe calibration (no model)"), QStringLiteral("calibrate"));
    m_harness->setToolTip(
        tr("The minimal page only loops the inference (to measure what the harness costs); the calibration page "
           "blocks the main thread on a known schedule and checks the probes against it (docs/CALIBRATION.md)."));
    page->addWidget(m_harness);
    page->addStretch(1);
    row(5, tr("Page:"), page);
    auto *generation = new QHBoxLayout;
    m_generation->setToolTip(
        tr("Each run prefills a seeded prompt, then decodes greedily with the KV cache fed back: the decode steps "
           "are the samples (per token), with time to first token and tokens/s. Every ONNX model of the plan "
           "must be a decoder; prompt + new tokens at most 512."));
    generation->addWidget(m_generation);
    generation->addWidget(m_promptTokens);
    generation->addWidget(m_newTokens);
    generation->addWidget(m_generations);
    generation->addStretch(1);
    row(6, tr("Generation:"), generation);
    auto *browsers = new QHBoxLayout;
    addBox(m_browsers, QStringLiteral("qtwebengine"), tr("embedded"), what, browsers);
    addBox(m_browsers, QStringLiteral("chromium"), QStringLiteral("Chromium"), what, browsers);
    addBox(m_browsers, QStringLiteral("firefox"), QStringLiteral("Firefox"), what, browsers);
    addBox(m_browsers, QStringLiteral("grid"), tr("Grid:"), what, browsers);
    m_gridUrl->setPlaceholderText(QStringLiteral("http://127.0.0.1:4444"));
    browsers->addWidget(m_gridUrl, 1);
    row(7, tr("Browsers:"), browsers);
    auto *grid = gridRow(what);
    row(8, tr("Grid:"), grid);
    whatLayout->addWidget(m_native, 9, 0, 1, 2);
    m_nativePytorch->setToolTip(
        tr("The same weights in Debian's PyTorch, timed the same way: a second native baseline to compare against"));
    whatLayout->addWidget(m_nativePytorch, 10, 0, 1, 2);
    return what;
}

QGroupBox *PlanBuilderDialog::buildHowItIsMeasured()
{
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
    m_repetitions->setToolTip(
        tr("Runs of every cell. The run, not the inference, is the unit of evidence: intervals and verdicts "
           "need at least two, three are the useful minimum (Student's t at one degree of freedom is 12.7)."));
    m_maxRepetitions->setToolTip(
        tr("Adaptive repetitions: above the first number, cells whose interval is still wider than the target "
           "get one more run per round, interleaved, up to this many. Each run costs its warm-up and samples again."));
    m_ciPercent->setToolTip(
        tr("The target: a cell stops when its 95% interval lies within this percentage of its median."));
    howLayout->addRow(tr("Repetitions:"), repetitions);
    howLayout->addRow(tr("Order seed:"), m_seed);
    howLayout->addRow(tr("Warm-up at least:"), m_minWarmup);
    howLayout->addRow(tr("Warm-up at most:"), m_maxWarmup);
    howLayout->addRow(tr("Samples per run:"), m_samples);
    howLayout->addRow(tr("Sampling at most:"), m_maxSampleTime);
    howLayout->addRow(tr("Timeout per run:"), m_timeout);
    m_samples->setToolTip(tr("Prediction samples per run after the warm-up; all of them enter the statistics."));
    m_maxSampleTime->setToolTip(
        tr("A run stops sampling after this long even when it has fewer samples (a slow backend)."));
    m_timeout->setToolTip(
        tr("A run that reports nothing for this long is recorded as a hung page and the plan goes on."));
    auto *probe = new QHBoxLayout;
    probe->addWidget(m_responsiveness);
    probe->addWidget(m_inputHz);
    probe->addWidget(m_idle);
    probe->addStretch(1);
    m_responsiveness->setToolTip(
        tr("Input delay of injected clicks and the page's frames, idle and while the model runs. The probe shares "
           "the main thread with a main-thread model: compare latencies of runs with the same setting."));
    howLayout->addRow(probe);
    m_trace->setToolTip(
        tr("A browser trace per run (tens of MB each, compressed), for Perfetto or Chrome's performance panel."));
    howLayout->addRow(m_trace);
    m_profile->setToolTip(
        tr("After the timed samples, 10 inferences with the runtime's profiler on: time per operator (the Operators "
           "tab). Never mixed with the timed samples; adds a few seconds per run."));
    howLayout->addRow(m_profile);
    m_realtime->setToolTip(
        tr("After the timed samples, each browser run infers 60 distinct seeded frames; the summary replays them at 5, "
           "10, 15, 30 and 60 fps and scores the result shown for each frame. Adds one inference per frame."));
    howLayout->addRow(m_realtime);
    return how;
}

void PlanBuilderDialog::setForm(const PlanForm &form)
{
    m_name->setText(QString::fromStdString(form.name));
    m_description->setText(QString::fromStdString(form.description));
    for (int i = 0; i < m_models->count(); ++i) {
        const std::string id = m_models->item(i)->data(Qt::UserRole).toString().toStdString();
        m_models->item(i)->setCheckState(
            std::find(form.models.begin(), form.models.end(), id) != form.models.end() ? Qt::Checked : Qt::Unchecked);
    }
    checkFrom(m_ort, form.ortBackends, kText);
    checkFrom(m_tfjs, form.tfjsBackends, kText);
    checkFrom(m_threads, form.threads, kNumber);
    checkFrom(m_placements, form.placements, kText);
    checkFrom(m_workloads, form.workloads, kText);
    for (auto it = m_browsers.begin(); it != m_browsers.end(); ++it)
        it.value()->setChecked(it.value()->isEnabled() && std::find(form.browsers.begin(), form.browsers.end(),
                                                                    it.key().toStdString()) != form.browsers.end());
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
    m_idle->setValue(form.idleMs);
    m_maxSampleTime->setValue(std::max(1, form.maxSampleMs / 1000));
    m_profile->setChecked(form.profile);
    m_realtime->setChecked(form.realtime);
    m_harness->setCurrentIndex(std::max(0, m_harness->findData(QString::fromStdString(form.harness))));
    m_ortVersion->setCurrentIndex(std::max(0, m_ortVersion->findData(QString::fromStdString(form.ortRuntimeVersion))));
    m_generation->setChecked(form.generation);
    m_promptTokens->setValue(form.promptTokens);
    m_newTokens->setValue(form.newTokens);
    m_generations->setValue(form.generations);
    m_gridParallel->setValue(form.gridParallel);
    m_gridNodeChrome->setChecked(form.gridNodeChrome);
    m_serveAddress->setText(QString::fromStdString(form.serveAddress));
    m_serveHost->setText(QString::fromStdString(form.serveHost));
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
    f.description = m_description->text().trimmed().toStdString();
    f.idleMs = m_idle->value();
    f.maxSampleMs = m_maxSampleTime->value() * 1000;
    f.profile = m_profile->isChecked();
    f.realtime = m_realtime->isChecked();
    f.harness = m_harness->currentData().toString().toStdString();
    f.ortRuntimeVersion = m_ortVersion->currentData().toString().toStdString();
    f.generation = m_generation->isChecked();
    f.promptTokens = m_promptTokens->value();
    f.newTokens = m_newTokens->value();
    f.generations = m_generations->value();
    f.gridParallel = m_gridParallel->value();
    f.gridNodeChrome = m_gridNodeChrome->isChecked();
    f.serveAddress = m_serveAddress->text().trimmed().toStdString();
    f.serveHost = m_serveHost->text().trimmed().toStdString();
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
    m_idle->setEnabled(f.responsiveness);
    for (QSpinBox *box : {m_promptTokens, m_newTokens, m_generations})
        box->setEnabled(f.generation);
    const bool grid = m_browsers.value(QStringLiteral("grid"))->isChecked();
    m_gridParallel->setEnabled(grid);
    m_gridNodeChrome->setEnabled(grid);
    m_serveAddress->setEnabled(grid);
    m_serveHost->setEnabled(grid);
    m_ciPercent->setEnabled(f.adaptive());
    m_gridUrl->setEnabled(m_browsers.value(QStringLiteral("grid"))->isChecked());
    QString text;
    m_valid = false;
    if (f.models.empty()) {
        text = tr("Check at least one model.");
    } else if (f.placements.empty() || f.threads.empty() || f.workloads.empty() ||
               (f.ortBackends.empty() && f.tfjsBackends.empty()) ||
               (f.browsers.empty() && !f.native && !f.nativePytorch)) {
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
                   tr("%n repetition(s)", nullptr, plan.repetitions) + QStringLiteral(" = ") +
                   tr("%n run(s)", nullptr, runs) +
                   (plan.adaptive() ? QLatin1Char(' ') + tr("(adaptive: up to %n run(s))", nullptr, mostRuns)
                                    : QString()) +
                   QStringLiteral(". ") + tr("Each run takes at least %1 s of warm-up.").arg(f.minWarmupMs / 1000);
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
                text +=
                    QLatin1Char(' ') + tr("%n chosen model(s) will be fetched into the cache first.", nullptr, missing);
            m_valid = true;
        } catch (const std::exception &e) {
            // The engine's own check names the field; said as what to change, without its "plan:" prefix.
            QString why = QString::fromUtf8(e.what());
            if (why.startsWith(QLatin1String("plan: ")))
                why = why.mid(6);
            text = tr("This combination cannot run yet: %1").arg(why);
        }
    }
    m_summary->setText(text);
    m_summary->setStyleSheet(m_valid ? QString() : QStringLiteral("color: #b0282c;"));
    if (m_run)
        m_run->setEnabled(m_valid);
    if (m_save)
        m_save->setEnabled(m_valid);
}

QString PlanBuilderDialog::defaultOutputFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(QStringLiteral("InferScope"));
}

QString PlanBuilderDialog::outputFolder() const
{
    const QString folder = m_outputFolder->text().trimmed();
    return folder.isEmpty() ? defaultOutputFolder() : QDir::cleanPath(folder);
}

void PlanBuilderDialog::setOutputFolder(const QString &folder)
{
    m_outputFolder->setText(QDir::toNativeSeparators(folder));
}

void PlanBuilderDialog::save()
{
    QString file = QFileDialog::getSaveFileName(
        this, tr("Save plan"),
        QDir(outputFolder()).filePath(QString::fromStdString(form().name) + QStringLiteral(".json")),
        tr("Plans (*.json)"));
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".json");
    // The one output-file policy: a new or regular file, replaced whole, never through a link.
    const std::string text = plan().dump(2) + "\n";
    try {
        store::writeFileAtomically(file.toStdString(), std::as_bytes(std::span(text.data(), text.size())));
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("Save plan"),
                             tr("Cannot write %1: %2").arg(file, QString::fromStdString(e.what())));
        return;
    }
    m_summary->setText(m_summary->text() + QLatin1Char('\n') +
                       tr("Plan saved to %1.").arg(QDir::toNativeSeparators(file)));
}

void PlanBuilderDialog::load()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Load plan"), zoo::projectDataDir() + QStringLiteral("/plans"), tr("Plans (*.json)"));
    if (file.isEmpty())
        return;
    try {
        const auto json =
            untrusted::parseUntrusted(store::readWholeTextFile(file.toStdString(), experiment::kMaxPlanBytes));
        // The plan's own checks first: their messages name the field that is wrong.
        engine::parsePlanFor(json, m_catalog);
        setForm(PlanForm::fromPlanJson(json));
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("Load plan"),
                             tr("%1 is not a plan this builder can show: %2").arg(file, QString::fromUtf8(e.what())));
    }
}

} // namespace inferscope::app
