#pragma once
// Help > User Guide (docs/USER_GUIDE.md with its screenshots, read offline in the window) and
// Help > Keyboard Shortcuts (listed from the menus' own actions, so the list cannot go stale).

#include <QDialog>

class QMenuBar;

namespace inferscope::app {

/// The guide as installed beside the program (or in the source tree when run from a build); empty when missing.
QString userGuidePath();

class UserGuideDialog : public QDialog {
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget *parent = nullptr);
};

class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    /// Every action with a shortcut in `menus`, by menu.
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);
};

} // namespace inferscope::app
