#include "app/gui/about_dialog.h"

#include "app/version_info.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace inferscope::app {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent), m_text(new QLabel(this)), m_versions(new QTreeWidget(this))
{
    m_text->setWordWrap(true);
    m_versions->setColumnCount(2);
    m_versions->setRootIsDecorated(false);
    m_versions->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_versions, 1);
    layout->addWidget(buttons);
    resize(560, 380);
    retranslate();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About InferScope"));
    m_text->setText(tr("<h2>InferScope</h2><p>Measures what deep-learning inference in a web browser really costs: "
                       "latency phases, memory, responsiveness, smoothness and accuracy, against a native baseline.</p>"
                       "<p>It grows out of the study “Anatomizing Deep Learning Inference in Web Browsers” "
                       "(ACM TOSEM, 2025).</p>"));
    m_versions->clear();
    m_versions->setHeaderLabels({tr("Component"), tr("Version")});
    for (const auto &[name, version] : componentVersions())
        new QTreeWidgetItem(m_versions, {name, version});
}

} // namespace inferscope::app
