#include "app/gui/runs_page.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace inferscope::app {

RunsPage::RunsPage(QWidget *parent) : QWidget(parent), m_empty(new QLabel(this))
{
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    retranslate();
}

void RunsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RunsPage::retranslate()
{
    m_empty->setText(tr("<h3>No plan is running</h3><p>While a plan runs, each run appears here as it happens: its "
                        "phase, its samples so far, an estimate of the time left and a button to cancel.</p>"));
}

} // namespace inferscope::app
