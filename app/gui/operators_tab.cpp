#include "app/gui/operators_tab.h"

#include "app/results/operator_view.h"
#include "widgets/browser_comparison_plot.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace inferscope::app {

OperatorsTab::OperatorsTab(QWidget *parent)
    : QWidget(parent), m_note(new QLabel(this)), m_table(new QTableWidget(this)),
      m_bars(new widgets::BrowserComparisonPlot(this))
{
    m_table->setObjectName(QStringLiteral("operatorsTable"));
    m_table->setColumnCount(5);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_note->setWordWrap(true);
    m_note->setAlignment(Qt::AlignTop | Qt::AlignLeft); // alone (no profile) it reads from the top, not mid-page
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    left->addWidget(m_note);
    left->addWidget(m_table, 1);
    layout->addLayout(left, 1);
    layout->addWidget(m_bars, 1);
    retranslate();
}

void OperatorsTab::setCell(const results::CellSummary &cell)
{
    const OperatorView view = operatorView(cell);
    m_note->setText(view.note);
    m_note->setVisible(!view.note.isEmpty());
    m_table->setRowCount(static_cast<int>(view.rows.size()));
    for (int r = 0; r < static_cast<int>(view.rows.size()); ++r)
        for (int c = 0; c < view.rows[static_cast<std::size_t>(r)].size(); ++c) {
            auto *item = new QTableWidgetItem(view.rows[static_cast<std::size_t>(r)].at(c));
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    m_table->setVisible(!view.rows.empty()); // the note alone says why there is nothing
    m_bars->setVisible(!view.rows.empty());
    if (view.bars.groups.isEmpty())
        m_bars->clear();
    else
        m_bars->setView(view.bars);
}

void OperatorsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OperatorsTab::retranslate()
{
    m_table->setHorizontalHeaderLabels(
        {tr("Operator"), tr("ms per inference"), tr("Share"), tr("Native ms"), tr("Browser / native")});
}

} // namespace inferscope::app
