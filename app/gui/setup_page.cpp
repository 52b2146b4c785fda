#include "app/gui/setup_page.h"

#include "app/version_info.h"
#include "core/experiment/environment.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace inferscope::app {

SetupPage::SetupPage(QWidget *parent)
    : QWidget(parent), m_intro(new QLabel(this)), m_machine(new QTreeWidget(this)), m_components(new QTreeWidget(this))
{
    m_intro->setWordWrap(true);
    for (QTreeWidget *tree : {m_machine, m_components}) {
        tree->setColumnCount(2);
        tree->setRootIsDecorated(false);
        tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        tree->setSelectionMode(QAbstractItemView::NoSelection);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_machine, 1);
    layout->addWidget(m_components, 1);
    retranslate();
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
    m_machine->clear();
    m_machine->setHeaderLabels({tr("This machine"), QString()});
    const QLocale locale;
    auto add = [](QTreeWidget *tree, const QString &key, const QString &value) {
        new QTreeWidgetItem(tree, {key, value});
    };
    add(m_machine, tr("Processor"), QString::fromStdString(machine.cpuModel));
    add(m_machine, tr("Logical cores"), locale.toString(machine.logicalCores));
    QStringList flags;
    for (const auto &f : machine.simdFlags)
        flags << QString::fromStdString(f);
    add(m_machine, tr("SIMD extensions"), flags.isEmpty() ? tr("none detected") : flags.join(QLatin1Char(' ')));
    add(m_machine, tr("Memory"), locale.formattedDataSize(static_cast<qint64>(machine.memoryBytes)));
    add(m_machine, tr("Operating system"), QString::fromStdString(machine.os));
    add(m_machine, tr("Kernel"), QString::fromStdString(machine.kernel));

    m_components->clear();
    m_components->setHeaderLabels({tr("Component"), tr("Version")});
    for (const auto &[name, version] : componentVersions())
        add(m_components, name, version);
}

} // namespace inferscope::app
