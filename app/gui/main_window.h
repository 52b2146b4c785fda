#pragma once
// The workbench window: a page list on the left (Setup, Runs, Results, Compare), menus for files,
// language and help. Window geometry, state, the page and the language persist in QSettings.

#include <QIcon>
#include <QMainWindow>
#include <vector>

class QActionGroup;
class QListWidget;
class QStackedWidget;
class QMenu;
class QPushButton;

namespace inferscope::app {

class ComparePage;
class ResultsPage;
class RunsPage;
class SetupPage;
class Translations;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Page { Setup, Runs, Results, Compare, PageCount };

    explicit MainWindow(Translations &translations, QWidget *parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;
    /// Switches the UI language at once, without a restart, and remembers it.
    void setLanguage(const QString &localeName);
    ResultsPage *resultsPage() const { return m_results; }
    ComparePage *comparePage() const { return m_compare; }
    RunsPage *runsPage() const { return m_runs; }
    SetupPage *setupPage() const { return m_setup; }

    /// File > Recent Bundles, newest first (at most kMaxRecent, folders that still exist).
    QStringList recentBundles() const;
    /// On start: the bundle open when the program last closed, if it still exists. False when there is none.
    bool reopenLastBundle();
    /// A confirmation in the status bar, with "Show in folder" for `path` (a file or a folder).
    void confirmWritten(const QString &message, const QString &path);
    static constexpr int kMaxRecent = 8;

protected:
    void closeEvent(QCloseEvent *event) override;
    /// Closing during a run: Stop and keep the finished runs (default), Keep running (the window goes, the process
    /// ends with the plan) or Cancel. True when the window may close now.
    bool askToQuitDuringARun();
    void changeEvent(QEvent *event) override;
    /// A bundle folder (or a file inside one) dropped on the window opens it in Results.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void createResultActions();
    void createFileMenu();
    void createResultsMenu();
    void createViewMenu();
    void createHelpMenu();
    void retranslate();
    void restoreSettings();
    void rememberBundle(const QString &directory);
    void rebuildRecentMenu();
    void updateResultActions();
    void tintNavIcons();
    std::vector<QIcon> m_navIcons; ///< as the theme or Qt gave them, before tinting for a dark window

    Translations &m_translations;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    SetupPage *m_setup;
    RunsPage *m_runs;
    ResultsPage *m_results;
    ComparePage *m_compare;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_resultsMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QAction *m_exportFigureAction = nullptr;
    QAction *m_exportPanelsAction = nullptr;
    QAction *m_reportAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_clearRecentAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_newExperimentAction = nullptr;
    QAction *m_runPlanAction = nullptr;
    QAction *m_resumeAction = nullptr;
    QAction *m_importModelAction = nullptr;
    QAction *m_savePlanAction = nullptr;
    QAction *m_userGuideAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    std::vector<QAction *> m_pageActions;
    QPushButton *m_showInFolder = nullptr;
    QString m_writtenPath;    ///< what "Show in folder" shows
    QString m_writtenMessage; ///< the confirmation it belongs to
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace inferscope::app
