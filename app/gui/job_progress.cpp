#include "app/gui/job_progress.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace inferscope::app {

JobProgress::JobProgress(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this)), m_eta(new QLabel(this)),
      m_cancel(new QPushButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_eta);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &JobProgress::cancelRequested);
    retranslate();
    hide();
}

void JobProgress::start(const QString &what)
{
    m_what = what;
    m_label->setText(what);
    m_bar->setRange(0, 0); // busy until the first report says how much there is
    m_eta->clear();
    m_clock.start();
    show();
}

void JobProgress::setProgress(qint64 done, qint64 total, double secondsLeft)
{
    if (total <= 0)
        return;
    m_bar->setRange(0, 1000);
    m_bar->setValue(static_cast<int>(1000 * done / total));
    double left = secondsLeft;
    if (left < 0 && done > 0 && m_clock.elapsed() > 500) // linear extrapolation from the rate so far
        left = static_cast<double>(m_clock.elapsed()) / static_cast<double>(done) * static_cast<double>(total - done) /
               1000.0;
    if (left >= 0)
        m_eta->setText(left >= 90 ? tr("about %1 min left").arg(qRound(left / 60))
                                  : tr("about %1 s left").arg(qRound(left)));
}

void JobProgress::finish()
{
    hide();
}

void JobProgress::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void JobProgress::retranslate()
{
    m_cancel->setText(tr("Cancel"));
}

} // namespace inferscope::app
