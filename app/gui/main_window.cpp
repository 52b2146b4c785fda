#include "app/gui/main_window.h"

#include "app/gui/about_dialog.h"
#include "app/gui/compare_page.h"
#include "app/gui/help_dialogs.h"
#include "app/gui/results_page.h"
#include "app/gui/runs_page.h"
#include "app/gui/setup_page.h"
#include "app/gui/theme.h"
#include "app/i18n.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEventLoop>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QUrl>

namespace inferscope::app {

MainWindow::MainWindow(Translations &translations, QWidget *parent)
    : QMainWindow(parent), m_translations(translations), m_nav(new QListWidget(this)),
      m_pages(new QStackedWidget(this)), m_setup(new SetupPage(this)), m_runs(new RunsPage(this)),
      m_results(new ResultsPage(this)), m_compare(new ComparePage(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/inferscope.svg")));
    // Theme icons where the desktop has a theme, Qt's built-in ones otherwise (bare Xvfb, minimal desktops).
    const std::pair<const char *, QStyle::StandardPixmap> icons[] = {
        {"preferences-system", QStyle::SP_ComputerIcon},
        {"media-playback-start", QStyle::SP_MediaPlay},
        {"x-office-spreadsheet", QStyle::SP_FileDialogDetailedView},
        {"view-split-left-right", QStyle::SP_FileDialogContentsView}};
    for (const auto &[theme, fallback] : icons)
        new QListWidgetItem(QIcon::fromTheme(QString::fromLatin1(theme), style()->standardIcon(fallback)), QString(),
                            m_nav);
    for (int i = 0; i < m_nav->count(); ++i)
        m_navIcons.push_back(m_nav->item(i)->icon());
    tintNavIcons();
    m_nav->setFixedWidth(150);
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setSpacing(2);
    m_pages->addWidget(m_setup);
    m_pages->addWidget(m_runs);
    m_pages->addWidget(m_results);
    m_pages->addWidget(m_compare);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_nav);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_results, &ResultsPage::bundleLoaded, m_compare, &ComparePage::setView);
    connect(m_results, &ResultsPage::bundleLoaded, this,
            [this](const std::shared_ptr<const results::BundleView> &view) {
                statusBar()->showMessage(tr("Loaded %n run(s)", nullptr, static_cast<int>(view->runs.size())), 5000);
            });
    connect(m_runs, &RunsPage::planFinished, this, [this](const QString &bundle) {
        // A finished plan opens in Results; a cancelled one stays on Runs, where its Resume is, and loads
        // behind it.
        if (m_runs->lastPlanCancelled())
            confirmWritten(
                tr("Cancelled: the finished runs are kept in %1. File > Resume continues the plan.").arg(bundle),
                bundle);
        else
            showPage(Results);
        m_results->openBundle(bundle);
    });
    connect(m_results, &ResultsPage::loadFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Could not open the bundle: %1").arg(message), 10000);
    });
    connect(m_results, &ResultsPage::filesWritten, this, &MainWindow::confirmWritten);
    // Confirmations carry a way to the file: a button in the status bar while the message shows.
    m_showInFolder = new QPushButton(this);
    m_showInFolder->setFlat(true);
    m_showInFolder->setVisible(false);
    statusBar()->addPermanentWidget(m_showInFolder);
    connect(m_showInFolder, &QPushButton::clicked, this, [this] {
        const QFileInfo info(m_writtenPath);
        QDesktopServices::openUrl(QUrl::fromLocalFile(info.isDir() ? info.absoluteFilePath() : info.absolutePath()));
    });
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString &message) {
        m_showInFolder->setVisible(!m_writtenPath.isEmpty() && message == m_writtenMessage);
    });
    connect(m_results, &ResultsPage::bundleOpened, this, &MainWindow::rememberBundle);
    connect(m_results, &ResultsPage::bundleLoaded, this, &MainWindow::updateResultActions);
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::updateResultActions);
    setAcceptDrops(true);
    m_setup->setMeasuringCheck([this] { return m_runs->isRunning(); });

    createMenus();
    retranslate();
    restoreSettings();
}

void MainWindow::createMenus()
{
    createResultActions();
    createFileMenu();
    createResultsMenu();
    createViewMenu();
    createHelpMenu();
    updateResultActions();
}

void MainWindow::createResultActions()
{
    // The actions a paper needs, with shortcuts that work from any page; File and Results both hold them.
    m_exportFigureAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), QString(), this);
    m_exportFigureAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportFigureAction, &QAction::triggered, this, [this] {
        showPage(Results);
        if (m_results->canExportFigure())
            m_results->exportFigure();
        else
            statusBar()->showMessage(tr("Select a run with latency samples to export its figure."), 8000);
    });
    m_exportPanelsAction = new QAction(this);
    m_exportPanelsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportPanelsAction, &QAction::triggered, this, [this] {
        showPage(Results);
        m_results->showChart(3);
        m_results->exportPanels();
    });
    m_reportAction = new QAction(this);
    m_reportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_reportAction, &QAction::triggered, this, [this] { m_results->openReport(); });
    m_compareAction = new QAction(this);
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_compareAction, &QAction::triggered, this, [this] {
        showPage(Compare);
        m_compare->showTab(1);
    });
}

void MainWindow::createFileMenu()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newExperimentAction = m_fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-new")), QString());
    m_newExperimentAction->setShortcut(QKeySequence::New);
    connect(m_newExperimentAction, &QAction::triggered, this, [this] {
        showPage(Runs);
        m_runs->buildAndStart();
    });
    m_openAction = m_fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-open")), QString());
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, [this] {
        showPage(Results);
        m_results->chooseAndOpenBundle();
    });
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_clearRecentAction = new QAction(this);
    connect(m_clearRecentAction, &QAction::triggered, this, [this] {
        QSettings().remove(QStringLiteral("results/recent"));
        rebuildRecentMenu();
    });
    rebuildRecentMenu();
    m_fileMenu->addSeparator();
    m_runPlanAction = m_fileMenu->addAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), QString());
    connect(m_runPlanAction, &QAction::triggered, this, [this] {
        showPage(Runs);
        m_runs->chooseAndStart();
    });
    m_resumeAction = m_fileMenu->addAction(QString());
    connect(m_resumeAction, &QAction::triggered, this, [this] {
        showPage(Runs);
        m_runs->chooseAndResume();
    });
    m_importModelAction = m_fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-import")), QString());
    connect(m_importModelAction, &QAction::triggered, this, [this] {
        showPage(Setup);
        m_setup->importModel();
    });
    m_savePlanAction = m_fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-save")), QString());
    m_savePlanAction->setShortcut(QKeySequence::Save);
    connect(m_savePlanAction, &QAction::triggered, m_results, &ResultsPage::savePlanOfBundle);
    m_fileMenu->addSeparator();
    m_fileMenu->addMenu(m_results->exportDataMenu()); // the Results page's own menu: one set of actions and names
    m_fileMenu->addAction(m_exportFigureAction);
    m_fileMenu->addAction(m_exportPanelsAction);
    m_fileMenu->addAction(m_reportAction);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), QString());
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createResultsMenu()
{
    m_resultsMenu = menuBar()->addMenu(QString());
    m_resultsMenu->addAction(m_exportFigureAction);
    m_resultsMenu->addAction(m_exportPanelsAction);
    m_resultsMenu->addAction(m_reportAction);
    m_resultsMenu->addSeparator();
    m_resultsMenu->addAction(m_compareAction);
}

void MainWindow::createViewMenu()
{
    m_viewMenu = menuBar()->addMenu(QString());
    for (int page = 0; page < PageCount; ++page) { // Ctrl+1 … Ctrl+4, the pages in the list's order
        QAction *action = m_viewMenu->addAction(QString());
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + page)));
        connect(action, &QAction::triggered, this, [this, page] { showPage(static_cast<Page>(page)); });
        m_pageActions.push_back(action);
    }
    m_viewMenu->addSeparator();
    m_themeMenu = m_viewMenu->addMenu(QString());
    m_themeGroup = new QActionGroup(this);
    const Theme current = themeFromName(QSettings().value(QStringLiteral("ui/theme")).toString());
    for (Theme theme : {Theme::System, Theme::Light, Theme::Dark}) {
        QAction *action = m_themeMenu->addAction(QString());
        action->setCheckable(true);
        action->setData(themeName(theme));
        action->setChecked(theme == current);
        m_themeGroup->addAction(action);
    }
    connect(m_themeGroup, &QActionGroup::triggered, this, [](QAction *action) {
        QSettings().setValue(QStringLiteral("ui/theme"), action->data().toString());
        applyTheme(themeFromName(action->data().toString()));
    });
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    for (const auto &[locale, name] : availableLanguages()) {
        QAction *action = m_languageMenu->addAction(name); // each language names itself: never translated
        action->setCheckable(true);
        action->setData(locale);
        action->setChecked(locale == m_translations.current());
        m_languageGroup->addAction(action);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { setLanguage(action->data().toString()); });
}

void MainWindow::createHelpMenu()
{
    m_helpMenu = menuBar()->addMenu(QString());
    m_userGuideAction = m_helpMenu->addAction(QIcon::fromTheme(QStringLiteral("help-contents")), QString());
    m_userGuideAction->setShortcut(QKeySequence::HelpContents);
    connect(m_userGuideAction, &QAction::triggered, this, [this] {
        auto *guide = new UserGuideDialog(this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
        guide->show();
    });
    m_shortcutsAction = m_helpMenu->addAction(QString());
    connect(m_shortcutsAction, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(menuBar(), this);
        dialog.exec();
    });
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString());
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
}

void MainWindow::setLanguage(const QString &localeName)
{
    const QString installed = m_translations.install(localeName);
    QSettings().setValue(QStringLiteral("ui/language"), installed);
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == installed);
}

void MainWindow::showPage(Page page)
{
    m_nav->setCurrentRow(page);
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

namespace {
/// A black glyph (Qt's built-in play icon) vanishes on a dark window: redrawn in the text colour there.
QIcon readableOn(const QIcon &icon, const QPalette &palette)
{
    if (palette.color(QPalette::Window).lightness() >= 128)
        return icon;
    QImage image = icon.pixmap(QSize(22, 22)).toImage().convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 40 && c.lightness() > 90)
                return icon; // has colour or light parts of its own: readable as it is
        }
    QPainter painter(&image);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(image.rect(), palette.color(QPalette::WindowText));
    painter.end();
    return QIcon(QPixmap::fromImage(image));
}
} // namespace

void MainWindow::tintNavIcons()
{
    for (int i = 0; i < m_nav->count() && i < static_cast<int>(m_navIcons.size()); ++i)
        m_nav->item(i)->setIcon(readableOn(m_navIcons[static_cast<std::size_t>(i)], palette()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange)
        tintNavIcons();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("InferScope"));
    m_nav->item(Setup)->setText(tr("Setup"));
    m_nav->item(Runs)->setText(tr("Runs"));
    m_nav->item(Results)->setText(tr("Results"));
    m_nav->item(Compare)->setText(tr("Compare"));
    m_fileMenu->setTitle(tr("&File"));
    m_newExperimentAction->setText(tr("&New Experiment…"));
    m_runPlanAction->setText(tr("Run Plan &File…"));
    m_resumeAction->setText(tr("Res&ume Interrupted Plan…"));
    m_importModelAction->setText(tr("&Import Model…"));
    m_importModelAction->setStatusTip(tr("Add your own ONNX or TF.js model to the zoo"));
    m_savePlanAction->setText(tr("&Save Plan of This Bundle…"));
    const QStringList pageNames{tr("&Setup"), tr("&Runs"), tr("R&esults"), tr("&Compare")};
    for (std::size_t i = 0; i < m_pageActions.size(); ++i)
        m_pageActions[i]->setText(pageNames.value(static_cast<int>(i)));
    m_userGuideAction->setText(tr("&User Guide"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_showInFolder->setText(tr("Show in folder"));
    m_openAction->setText(tr("&Open Result Bundle…"));
    m_recentMenu->setTitle(tr("Recent &Bundles"));
    m_clearRecentAction->setText(tr("&Clear Recent Bundles"));
    m_resultsMenu->setTitle(tr("&Results"));
    m_exportFigureAction->setText(tr("&Export Figure…"));
    m_exportPanelsAction->setText(tr("Export Four &Panels…"));
    m_reportAction->setText(tr("&Report…"));
    m_compareAction->setText(tr("&Compare Against a Baseline"));
    m_themeMenu->setTitle(tr("&Theme"));
    const QStringList themeTexts{tr("&System"), tr("&Light"), tr("&Dark")};
    for (int i = 0; i < m_themeGroup->actions().size(); ++i)
        m_themeGroup->actions()[i]->setText(themeTexts.value(i));
    rebuildRecentMenu();
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About InferScope"));
}

QStringList MainWindow::recentBundles() const
{
    QStringList recent;
    for (const QString &dir : QSettings().value(QStringLiteral("results/recent")).toStringList())
        if (QFileInfo(dir).isDir() && !recent.contains(dir) && recent.size() < kMaxRecent)
            recent.push_back(dir);
    return recent;
}

void MainWindow::rememberBundle(const QString &directory)
{
    QStringList recent = recentBundles();
    const QString absolute = QFileInfo(directory).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(QStringLiteral("results/recent"), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = recentBundles();
    int number = 1;
    for (const QString &dir : recent) {
        // &1 … &8: the menu's own keyboard accelerators; the full path in the tooltip and status bar.
        QAction *action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(number++).arg(
            QDir::toNativeSeparators(dir).replace(QLatin1Char('&'), QStringLiteral("&&"))));
        action->setStatusTip(dir);
        connect(action, &QAction::triggered, this, [this, dir] {
            showPage(Results);
            m_results->openBundle(dir);
        });
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!recent.isEmpty());
}

void MainWindow::confirmWritten(const QString &message, const QString &path)
{
    m_writtenPath = path;
    m_writtenMessage = message;
    statusBar()->showMessage(message, 20000);
    m_showInFolder->setVisible(!path.isEmpty());
    m_showInFolder->setToolTip(QDir::toNativeSeparators(path));
}

bool MainWindow::reopenLastBundle()
{
    const QStringList recent = recentBundles();
    if (recent.isEmpty())
        return false;
    m_results->openBundle(recent.front());
    return true;
}

void MainWindow::updateResultActions()
{
    if (!m_reportAction)
        return;
    const bool open = m_results->view() != nullptr;
    m_reportAction->setEnabled(open);
    m_savePlanAction->setEnabled(open);
    m_results->exportDataMenu()->setEnabled(open);
    m_exportPanelsAction->setEnabled(open);
    m_exportFigureAction->setEnabled(open);
    m_compareAction->setEnabled(open);
}

namespace {
/// The bundle folder a drop names: a folder with a manifest.json, or the folder of a file inside one.
QString droppedBundle(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            continue;
        QFileInfo info(url.toLocalFile());
        const QString dir = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
        if (QFileInfo(QDir(dir).filePath(QStringLiteral("manifest.json"))).isFile())
            return dir;
    }
    return {};
}
} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedBundle(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString dir = droppedBundle(event->mimeData());
    if (dir.isEmpty()) {
        statusBar()->showMessage(tr("Not a result bundle: drop a bundle folder (it holds manifest.json)."), 8000);
        return;
    }
    event->acceptProposedAction();
    showPage(Results);
    m_results->openBundle(dir);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 720);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    showPage(static_cast<Page>(qBound(0, settings.value(QStringLiteral("window/page"), 0).toInt(), PageCount - 1)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_runs->isRunning() && !askToQuitDuringARun()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/page"), static_cast<int>(currentPage()));
    event->accept();
}

bool MainWindow::askToQuitDuringARun()
{
    QMessageBox box(QMessageBox::Question, tr("Quit InferScope"),
                    tr("A plan is measuring. Stop it and keep the runs it finished (the bundle resumes later), let it "
                       "run to its end "
                       "without the window, or go back?"),
                    QMessageBox::NoButton, this);
    QPushButton *stop = box.addButton(tr("Stop and keep the finished runs"), QMessageBox::AcceptRole);
    QPushButton *keep = box.addButton(tr("Keep running"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(stop); // Return: the safe choice
    box.exec();
    if (box.clickedButton() == stop) {
        // Wait for the plan to end (the run in flight is stored as cancelled) before the window goes.
        QEventLoop loop;
        connect(m_runs, &RunsPage::planFinished, &loop, &QEventLoop::quit);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit); // a browser that does not answer its kill: go anyway
        m_runs->stop();
        if (m_runs->isRunning())
            loop.exec();
        return true;
    }
    if (box.clickedButton() == keep) {
        // The window goes; the process ends when the plan does.
        connect(m_runs, &RunsPage::planFinished, qApp, &QCoreApplication::quit);
        hide();
    }
    return false;
}

} // namespace inferscope::app
