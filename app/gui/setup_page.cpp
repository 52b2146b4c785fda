#include "app/gui/setup_page.h"

#include "app/version_info.h"
#include "core/experiment/environment.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace inferscope::app {

SetupPage::SetupPage(QWidget *parent)
    : QWidget(parent), m_intro(new QLabel(this)), m_machineBox(new QGroupBox(this)), m_machine(new QFormLayout(m_machineBox)),
      m_componentsBox(new QGroupBox(this)), m_components(new QFormLayout(m_componentsBox))
{
    m_intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_machineBox);
    layout->addWidget(m_componentsBox);
    layout->addStretch(1);
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
    m_machineBox->setTitle(tr("This machine"));
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
