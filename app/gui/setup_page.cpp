#include "app/gui/setup_page.h"

#include "app/gui/import_model_dialog.h"

#include "app/engine/plan_session.h"
#include "core/engine/capability_probe.h"
#include "core/engine/harness_server.h"

#include "app/cli/browsers_command.h"
#include "app/version_info.h"
#include "core/experiment/environment.h"
#include "core/modelcache/model_cache.h"

#include <QEvent>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace inferscope::app {

SetupPage::SetupPage(QWidget *parent)
    : QWidget(parent), m_intro(new QLabel(this)), m_machineBox(new QGroupBox(this)),
      m_machine(new QFormLayout(m_machineBox)), m_componentsBox(new QGroupBox(this)),
      m_components(new QFormLayout(m_componentsBox)), m_browsersBox(new QGroupBox(this)),
      m_browsers(new QTableWidget(m_browsersBox)), m_zooBox(new QGroupBox(this)), m_zooStatus(new QLabel(m_zooBox)),
      m_zoo(new QTableWidget(m_zooBox))
{
    m_intro->setWordWrap(true);
    m_zooStatus->setWordWrap(true);
    m_zoo->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_zoo->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_zoo->verticalHeader()->hide();
    m_zoo->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_zoo->horizontalHeader()->setStretchLastSection(true);
    m_zoo->setAlternatingRowColors(true);
    auto *zooLayout = new QVBoxLayout(m_zooBox);
    m_import = new QPushButton(m_zooBox);
    m_import->setObjectName(QStringLiteral("importModelButton"));
    connect(m_import, &QPushButton::clicked, this, &SetupPage::importModel);
    auto *zooTop = new QHBoxLayout;
    zooTop->addWidget(m_zooStatus, 1);
    zooTop->addWidget(m_import);
    zooLayout->addLayout(zooTop);
    zooLayout->addWidget(m_zoo);
    m_browsers->setColumnCount(7); // name, version, note; then what the browser said it offers
    m_probe = new QPushButton(m_browsersBox);
    m_probeStatus = new QLabel(m_browsersBox);
    m_probeStatus->setWordWrap(true);
    connect(m_probe, &QPushButton::clicked, this, &SetupPage::probeCapabilities);
    m_browsers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_browsers->verticalHeader()->hide();
    m_browsers->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_browsers->horizontalHeader()->setStretchLastSection(true);
    m_browsers->setMaximumHeight(170);
    auto *browsersLayout = new QVBoxLayout(m_browsersBox);
    browsersLayout->addWidget(m_browsers);
    auto *probeRow = new QHBoxLayout;
    probeRow->addWidget(m_probe);
    probeRow->addWidget(m_probeStatus, 1);
    browsersLayout->addLayout(probeRow);
    auto *top = new QHBoxLayout;
    top->addWidget(m_machineBox, 1);
    top->addWidget(m_componentsBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(top);
    layout->addWidget(m_browsersBox);
    layout->addWidget(m_zooBox, 1);
    retranslate();
    detectBrowsersInBackground();
}

void SetupPage::detectBrowsersInBackground()
{
    // Asking each browser for its version starts processes (up to a second): never on the GUI thread.
    auto *watcher = new QFutureWatcher<QList<BrowserInfo>>(this);
    connect(watcher, &QFutureWatcher<QList<BrowserInfo>>::finished, this, [this, watcher] {
        const auto list = watcher->result();
        watcher->deleteLater();
        m_browsers->setRowCount(static_cast<int>(list.size()));
        for (int row = 0; row < list.size(); ++row) {
            const auto &b = list.at(row);
            const bool available = !b.version.isEmpty();
            const QStringList cells{b.name, available ? b.version : tr("missing"), b.reason};
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells.at(c));
                item->setData(Qt::UserRole, b.id);
                item->setToolTip(cells.at(c));
                if (!available) // greyed out, with the reason in the last column
                    item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
                m_browsers->setItem(row, c, item);
            }
        }
        fitBrowserColumns();
    });
    watcher->setFuture(QtConcurrent::run(&detectBrowsers));
}

void SetupPage::fitBrowserColumns()
{
    // Long version strings and notes are cut (whole text in the tooltip) so that what the browsers said
    // (the capability columns) fits beside them without scrolling.
    auto *header = m_browsers->horizontalHeader();
    m_browsers->resizeColumnsToContents();
    for (int c : {1, 2})
        m_browsers->setColumnWidth(c, std::min(m_browsers->columnWidth(c), 210));
    header->setStretchLastSection(false);
    for (int c = 4; c < m_browsers->columnCount(); ++c)
        header->setSectionResizeMode(c, QHeaderView::Stretch);
}

SetupPage::~SetupPage()
{
    m_capabilityProbe.reset(); // before the server it listens to
}

void SetupPage::probeCapabilities()
{
    if (m_capabilityProbe)
        return; // already asking
    if (m_measuring && m_measuring()) {
        m_probeStatus->setText(
            tr("A plan is measuring: ask again when it has finished (one browser at a time keeps its numbers clean)."));
        return;
    }
    std::vector<std::string> browsers;
    for (int row = 0; row < m_browsers->rowCount(); ++row) {
        const QTableWidgetItem *item = m_browsers->item(row, 0);
        const QString id = item ? item->data(Qt::UserRole).toString() : QString();
        if (item && (item->flags() & Qt::ItemIsEnabled) &&
            (id == QLatin1String("qtwebengine") || id == QLatin1String("chromium") || id == QLatin1String("firefox")))
            browsers.push_back(id.toStdString());
    }
    const zoo::ModelCache cache;
    m_probeServer = std::make_unique<engine::HarnessServer>(harnessRoots(cache));
    if (browsers.empty() || !m_probeServer->start()) {
        m_probeStatus->setText(browsers.empty() ? tr("No browser to ask yet.")
                                                : tr("The local harness server could not start."));
        m_probeServer.reset();
        return;
    }
    // Each browser opens the capability page once, one after the other, on this thread's event loop.
    m_capabilityProbe =
        std::make_unique<engine::CapabilityProbe>(*m_probeServer, makeDriverFactory(experiment::Plan{}), browsers);
    connect(m_capabilityProbe.get(), &engine::CapabilityProbe::finished, this, &SetupPage::showCapabilities);
    m_probe->setEnabled(false);
    m_probeStatus->setText(tr("Opening each browser once on the capability page…"));
    m_capabilityProbe->start();
}

void SetupPage::showCapabilities()
{
    const nlohmann::json result = m_capabilityProbe->result();
    m_capabilityProbe.release()->deleteLater(); // finished() is still on the stack
    m_probeServer.release()->deleteLater();
    for (int row = 0; row < m_browsers->rowCount(); ++row) {
        const QTableWidgetItem *first = m_browsers->item(row, 0);
        const std::string id = first ? first->data(Qt::UserRole).toString().toStdString() : std::string();
        if (!result.contains(id))
            continue;
        const QStringList cells = capabilityCells(result[id]);
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_browsers->setItem(row, 3 + c, item);
        }
    }
    fitBrowserColumns();
    m_probe->setEnabled(true);
    m_probeStatus->setText(tr(
        "Asked %n browser(s). Software WebGL and WebGPU (SwiftShader, llvmpipe) run but say nothing about GPU speed.",
        nullptr, static_cast<int>(result.size())));
}

void SetupPage::fillZoo()
{
    // The catalog is one small JSON file and the cache check only stats files (no hashing): GUI-thread cheap.
    const zoo::ModelCache cache;
    m_zoo->clearContents();
    m_zoo->setColumnCount(6);
    m_zoo->setHorizontalHeaderLabels(
        {tr("Model"), tr("Task"), tr("Format"), tr("Size (MB)"), tr("Native baseline"), tr("In cache")});
    zoo::Catalog catalog;
    try {
        catalog = cache.loadCatalog();
    } catch (const zoo::CatalogError &e) {
        m_zooStatus->setText(tr("The model catalog cannot be read: %1").arg(QString::fromUtf8(e.what())));
        m_zoo->setRowCount(0);
        return;
    }
    m_zoo->setRowCount(static_cast<int>(catalog.models().size()));
    int row = 0, ready = 0;
    const QLocale locale;
    for (const auto &m : catalog.models()) {
        const auto v = cache.verify(m, false);
        const bool isReady = v.filesPresent && v.referenceReady;
        ready += isReady ? 1 : 0;
        const QStringList cells{QString::fromStdString(m.name),
                                QString::fromStdString(m.task),
                                QString::fromStdString(m.format).toUpper(),
                                locale.toString(static_cast<double>(m.totalBytes()) / 1e6, 'f', 1),
                                m.hasNativeBaseline() ? tr("ONNX Runtime (CPU)") : tr("none (TF.js)"),
                                isReady ? tr("ready") : (m.inDefaultSet ? tr("not fetched") : tr("on demand"))};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 0) {
                item->setToolTip(QString::fromStdString(m.id + " — " + m.licence));
                item->setData(Qt::UserRole, QString::fromStdString(m.id));
            }
            if (c == 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_zoo->setItem(row, c, item);
        }
        ++row;
    }
    m_zoo->resizeColumnsToContents();
    m_zooStatus->setText(tr("%1 of %2 models are in the cache (%3). Build or fetch the others with "
                            "<code>inferscope models fetch ID</code>.")
                             .arg(ready)
                             .arg(row)
                             .arg(cache.cacheDir().toHtmlEscaped()));
}

void SetupPage::importModel()
{
    auto *dialog = new ImportModelDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportModelDialog::imported, this, [this](const QString &id) {
        fillZoo();
        for (int row = 0; row < m_zoo->rowCount(); ++row) // the new model, selected and in view
            if (m_zoo->item(row, 0) && m_zoo->item(row, 0)->data(Qt::UserRole).toString() == id) {
                m_zoo->selectRow(row);
                m_zoo->scrollToItem(m_zoo->item(row, 0));
            }
        m_zooStatus->setText(m_zooStatus->text() + QLatin1Char(' ') +
                             tr("Imported %1: it is in the plan builder's model list.").arg(id));
    });
    dialog->open();
}

void SetupPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SetupPage::retranslate()
{
    m_intro->setText(tr("An experiment runs models × runtimes × backends × browsers × placements on this machine. "
                        "What the machine offers decides what its numbers mean: wasm SIMD is 128 bits wide, so "
                        "the gap to native code grows with AVX2 and AVX-512."));
    // Reading /proc is a few small files: cheap enough for the GUI thread, and always current.
    const auto machine = experiment::captureMachine();
    m_machineBox->setTitle(tr("This machine"));
    m_zooBox->setTitle(tr("Model zoo"));
    m_browsersBox->setTitle(tr("Browsers"));
    m_browsers->setHorizontalHeaderLabels({tr("Browser"), tr("Version"), tr("How InferScope uses it"), tr("wasm"),
                                           tr("WebGL 2 renderer"), tr("WebGPU adapter"), tr("WebNN")});
    m_probe->setText(tr("Ask each browser what it offers"));
    m_import->setText(tr("Import Model…"));
    m_import->setToolTip(
        tr("Add your own ONNX or TF.js model (graph or Keras-style layers) to the zoo: InferScope asks the "
           "runtime what it takes, copies and hashes its files and runs one reference inference "
           "(`inferscope models import` does the same)."));
    m_probe->setToolTip(tr("Opens each browser once on a capability page: wasm SIMD and threads, the WebGL renderer, "
                           "the WebGPU adapter and "
                           "WebNN, in the browser's own words (`inferscope browsers --capabilities` does the same)."));
    fillZoo();
    m_componentsBox->setTitle(tr("Runtimes and libraries"));
    for (QFormLayout *form : {m_machine, m_components})
        while (form->rowCount() > 0)
            form->removeRow(0);
    auto add = [](QFormLayout *form, const QString &key, const QString &value) {
        auto *label = new QLabel(value);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(key + QLatin1Char(':'), label);
    };
    const QLocale locale;
    add(m_machine, tr("Processor"), QString::fromStdString(machine.cpuModel));
    add(m_machine, tr("Logical cores"), locale.toString(machine.logicalCores));
    QStringList flags;
    for (const auto &f : machine.simdFlags)
        flags << QString::fromStdString(f);
    add(m_machine, tr("SIMD extensions"), flags.isEmpty() ? tr("none detected") : flags.join(QLatin1Char(' ')));
    add(m_machine, tr("Memory"), locale.formattedDataSize(static_cast<qint64>(machine.memoryBytes)));
    add(m_machine, tr("Operating system"), QString::fromStdString(machine.os));
    add(m_machine, tr("Kernel"), QString::fromStdString(machine.kernel));
    for (const auto &[name, version] : componentVersions())
        add(m_components, name, version);
}

} // namespace inferscope::app
