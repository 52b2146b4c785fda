#include "app/gui/run_details_tab.h"

#include "app/results/detail_text.h"

#include <QEvent>
#include <QHeaderView>
#include <algorithm>

namespace inferscope::app {

namespace {
/// One tree item per JSON member, objects and arrays expanded below it; long arrays are summarised.
void addJson(QTreeWidgetItem *parent, const QString &key, const nlohmann::json &value)
{
    auto *item = new QTreeWidgetItem(parent, {key});
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it)
            addJson(item, QString::fromStdString(it.key()), it.value());
    } else if (value.is_array() && value.size() > 16 && !value.empty() && value.front().is_number()) {
        item->setText(1, QStringLiteral("[%1 numbers]").arg(value.size()));
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i)
            addJson(item, QString::number(i), value[i]);
    } else {
        item->setText(1, detailText(key, value));
        item->setToolTip(1, value.is_string() ? QString::fromStdString(value.get<std::string>())
                                              : QString::fromStdString(value.dump()));
    }
}
} // namespace

RunDetailsTab::RunDetailsTab(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(2);
    setAlternatingRowColors(true);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    retranslate();
}

void RunDetailsTab::showRun(const results::RunSummary *run)
{
    clear();
    if (!run)
        return;
    auto *root = invisibleRootItem();
    // The record is shown as recorded, every member, so this view walks the JSON rather than a type.
    const nlohmann::json &meta = run->meta;
    const std::vector<std::string> first{"status", "error",  "error_stage", "browser", "browser_version", "node",
                                         "env",    "phases", "outputs",     "memory",  "responsiveness",  "trace"};
    for (const auto &key : first)
        if (auto it = meta.find(key); it != meta.end())
            addJson(root, QString::fromStdString(key), *it);
    for (auto it = meta.begin(); it != meta.end(); ++it)
        if (std::find(first.begin(), first.end(), it.key()) == first.end())
            addJson(root, QString::fromStdString(it.key()), it.value());
    for (int i = 0; i < root->childCount(); ++i) // the headline groups open
        if (const QString key = root->child(i)->text(0); key == QLatin1String("env") || key == QLatin1String("memory"))
            root->child(i)->setExpanded(true);
}

void RunDetailsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTreeWidget::changeEvent(event);
}

void RunDetailsTab::retranslate()
{
    setHeaderLabels({tr("Recorded"), tr("Value")});
}

} // namespace inferscope::app
