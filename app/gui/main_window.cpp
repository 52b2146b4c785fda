#include "app/gui/main_window.h"

#include "app/gui/about_dialog.h"
#include "app/gui/compare_page.h"
#include "app/gui/results_page.h"
#include "app/gui/runs_page.h"
#include "app/gui/setup_page.h"
#include "app/i18n.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

namespace inferscope::app {

MainWindow::MainWindow(Translations &translations, QWidget *parent)
    : QMainWindow(parent), m_translations(translations), m_nav(new QListWidget(this)), m_pages(new QStackedWidget(this)),
      m_setup(new SetupPage(this)), m_runs(new RunsPage(this)), m_results(new ResultsPage(this)),
      m_compare(new ComparePage(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/inferscope.svg")));
    // Theme icons where the desktop has a theme, Qt's built-in ones otherwise (bare Xvfb, minimal desktops).
    const std::pair<const char *, QStyle::StandardPixmap> icons[] = {
        {"preferences-system", QStyle::SP_ComputerIcon},
        {"media-playback-start", QStyle::SP_MediaPlay},
        {"x-office-spreadsheet", QStyle::SP_FileDialogDetailedView},
        {"view-split-left-right", QStyle::SP_FileDialogContentsView}};
    for (const auto &[theme, fallback] : icons)
        new QListWidgetItem(QIcon::fromTheme(QString::fromLatin1(theme), style()->standardIcon(fallback)), QString(), m_nav);
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
    connect(m_results, &ResultsPage::bundleLoaded, this, [this](const std::shared_ptr<const results::BundleView> &view) {
        statusBar()->showMessage(tr("Loaded %n run(s)", nullptr, static_cast<int>(view->runs.size())), 5000);
    });
    connect(m_runs, &RunsPage::planFinished, this, [this](const QString &bundle) {
        showPage(Results);
        m_results->openBundle(bundle);
    });
    connect(m_results, &ResultsPage::loadFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });

    createMenus();
    retranslate();
    restoreSettings();
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-open")), QString());
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, [this] {
        showPage(Results);
        m_results->chooseAndOpenBundle();
    });
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), QString());
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_viewMenu = menuBar()->addMenu(QString());
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

    m_helpMenu = menuBar()->addMenu(QString());
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

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
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
    m_openAction->setText(tr("&Open Result Bundle…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About InferScope"));
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
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/page"), static_cast<int>(currentPage()));
    event->accept();
}

} // namespace inferscope::app
