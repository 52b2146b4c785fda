#include "app/gui/help_dialogs.h"

#include "core/modelcache/data_paths.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace inferscope::app {

QString userGuidePath()
{
    const QString path = zoo::projectDataDir() + QStringLiteral("/docs/USER_GUIDE.md");
    return QFileInfo(path).isFile() ? path : QString();
}

UserGuideDialog::UserGuideDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("InferScope User Guide"));
    auto *text = new QTextBrowser(this);
    text->setOpenExternalLinks(true);
    const QString path = userGuidePath();
    QFile file(path);
    if (!path.isEmpty() && file.open(QIODevice::ReadOnly)) {
        // Images and links resolve against the guide's folder (its screenshots sit beside it).
        text->setSearchPaths({QFileInfo(path).absolutePath()});
        text->document()->setBaseUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath() + QLatin1Char('/')));
        text->setMarkdown(QString::fromUtf8(file.readAll()));
    } else {
        text->setPlainText(tr("The user guide (docs/USER_GUIDE.md) is not installed with this build."));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    resize(960, 760);
}

namespace {
void addShortcutRows(QTreeWidgetItem *parent, const QMenu *menu)
{
    for (const QAction *action : menu->actions()) {
        if (action->menu()) {
            addShortcutRows(parent, action->menu());
            continue;
        }
        if (action->shortcut().isEmpty())
            continue;
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        new QTreeWidgetItem(parent, {text, action->shortcut().toString(QKeySequence::NativeText)});
    }
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *tree = new QTreeWidget(this);
    tree->setColumnCount(2);
    tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    tree->setRootIsDecorated(false);
    for (const QAction *top : menus->actions()) {
        if (!top->menu())
            continue;
        QString title = top->text();
        title.remove(QLatin1Char('&'));
        auto *group = new QTreeWidgetItem(tree, {title});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        addShortcutRows(group, top->menu());
        if (group->childCount() == 0)
            delete group;
    }
    tree->expandAll();
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tree, 1);
    layout->addWidget(buttons);
    resize(520, 520);
}

} // namespace inferscope::app
