// Issue 24, the workbench as a desktop application, driven through its real widgets offscreen: the menus a
// desktop user looks for, a figure exported by choosing the PDF type and typing a name without a suffix,
// confirmations with a way to the file, empty charts that say why, and the last bundle reopening.
#include "app/gui/help_dialogs.h"
#include "app/gui/main_window.h"
#include "app/gui/results_page.h"
#include "app/i18n.h"
#include "test_bundles.h"
#include "widgets/chart_widget.h"
#include "widgets/latency_series_plot.h"
#include "widgets/memory_timeline_plot.h"
#include "widgets/responsiveness_plot.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <gtest/gtest.h>

using namespace inferscope;

namespace {
QStringList menuTexts(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *a : menu->actions())
        if (!a->isSeparator())
            texts << a->text().remove(QLatin1Char('&'));
    return texts;
}

QMenu *topMenu(app::MainWindow &w, const QString &title)
{
    for (QAction *a : w.menuBar()->actions())
        if (a->menu() && a->text().remove(QLatin1Char('&')) == title)
            return a->menu();
    return nullptr;
}

/// Loads `dir` into the window's Results and selects its first run.
bool openAndSelectFirstRun(app::MainWindow &w, const QString &dir)
{
    QSignalSpy loaded(w.resultsPage(), &app::ResultsPage::bundleLoaded);
    w.resultsPage()->openBundle(dir);
    if (!loaded.wait(20000))
        return false;
    w.resultsPage()->table()->selectRow(0);
    return true;
}
} // namespace

TEST(Desktop, TheMenusHoldWhatADesktopUserLooksFor)
{
    app::Translations t;
    t.install(QStringLiteral("en"));
    app::MainWindow w(t);
    const QStringList file = menuTexts(topMenu(w, QStringLiteral("File")));
    for (const char *expected :
         {"New Experiment…", "Open Result Bundle…", "Recent Bundles", "Run Plan File…", "Resume Interrupted Plan…",
          "Save Plan of This Bundle…", "Export Data", "Export Figure…", "Export Four Panels…", "Report…", "Quit"})
        EXPECT_TRUE(file.contains(QString::fromUtf8(expected)))
            << expected << " missing from File: " << file.join(QStringLiteral(", ")).toStdString();
    const QStringList help = menuTexts(topMenu(w, QStringLiteral("Help")));
    EXPECT_TRUE(help.contains(QStringLiteral("User Guide")));
    EXPECT_TRUE(help.contains(QStringLiteral("Keyboard Shortcuts")));
    EXPECT_FALSE(app::userGuidePath().isEmpty()) << "docs/USER_GUIDE.md is missing";
    // The shortcuts dialog lists the menus' own shortcuts: New Experiment's Ctrl+N among them.
    app::ShortcutsDialog shortcuts(w.menuBar());
    bool newExperiment = false;
    for (QTreeWidgetItemIterator it(shortcuts.findChild<QTreeWidget *>()); *it; ++it)
        newExperiment =
            newExperiment || ((*it)->text(0) == QStringLiteral("New Experiment…") &&
                              (*it)->text(1) == QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText));
    EXPECT_TRUE(newExperiment);
}

TEST(Desktop, AFigureExportedAsPdfWithoutASuffixIsAPdfAndTheStatusBarConfirmsIt)
{
    app::Translations t;
    t.install(QStringLiteral("en"));
    QTemporaryDir bundle, out;
    tests::writeLatencyBundle(bundle.path(), {30.0, 36.0});
    app::MainWindow w(t);
    w.show();
    ASSERT_TRUE(openAndSelectFirstRun(w, bundle.path()));
    ASSERT_TRUE(w.resultsPage()->canExportFigure());
    // The user answers the two dialogs as they appear: the PDF type, a name typed without ".pdf", then the size.
    bool typed = false, sized = false;
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *files = qobject_cast<QFileDialog *>(modal); files && !typed) {
            typed = true;
            files->setDirectory(out.path());
            const QString pdf = [files] {
                for (const QString &f : files->nameFilters())
                    if (f.contains(QStringLiteral("*.pdf")))
                        return f;
                return QString();
            }();
            files->selectNameFilter(pdf);
            auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            name->clear();
            QTest::keyClicks(name, QStringLiteral("latency"));
            QTest::keyClick(name, Qt::Key_Return);
        } else if (auto *size = qobject_cast<QInputDialog *>(modal); size && !sized) {
            sized = true;
            QTest::keyClick(size, Qt::Key_Return); // the default: double column
        }
    });
    answer.start(50);
    w.resultsPage()->exportFigure();
    answer.stop();
    EXPECT_TRUE(typed);
    EXPECT_TRUE(sized);
    const QString pdf = out.filePath(QStringLiteral("latency.pdf"));
    ASSERT_TRUE(QFileInfo(pdf).isFile()) << "the chosen type's suffix was not added";
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5) == "%PDF-");
    EXPECT_TRUE(QFileInfo(out.filePath(QStringLiteral("latency.csv"))).isFile());
    const QString message = w.statusBar()->currentMessage();
    EXPECT_TRUE(message.contains(QStringLiteral("Figure saved")) && message.contains(QStringLiteral("latency.csv")))
        << message.toStdString();
    QPushButton *show = nullptr;
    for (auto *b : w.statusBar()->findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("Show in folder"))
            show = b;
    ASSERT_NE(nullptr, show);
    EXPECT_TRUE(show->isVisible());
}

TEST(Desktop, EmptyChartsSayWhatWasNotMeasuredAndWhichOptionMeasuresIt)
{
    app::Translations t;
    t.install(QStringLiteral("en"));
    QTemporaryDir bundle;
    tests::writeLatencyBundle(bundle.path(), {30.0});
    app::MainWindow w(t);
    ASSERT_TRUE(openAndSelectFirstRun(w, bundle.path()));
    const auto *responsiveness = w.resultsPage()->findChild<widgets::ResponsivenessPlot *>();
    const auto *memory = w.resultsPage()->findChild<widgets::MemoryTimelinePlot *>();
    const auto *latency = w.resultsPage()->findChild<widgets::LatencySeriesPlot *>();
    ASSERT_TRUE(responsiveness && memory && latency);
    EXPECT_TRUE(responsiveness->emptyText().contains(QStringLiteral("\"responsiveness\"")))
        << responsiveness->emptyText().toStdString();
    EXPECT_FALSE(memory->emptyText().isEmpty());
    EXPECT_TRUE(latency->emptyText().isEmpty()) << "the run has samples: its chart is drawn";
}

TEST(Desktop, TheBundleOpenWhenTheProgramClosedOpensAgainOnStart)
{
    app::Translations t;
    t.install(QStringLiteral("en"));
    QTemporaryDir bundle;
    tests::writeLatencyBundle(bundle.path(), {30.0});
    {
        app::MainWindow first(t);
        ASSERT_TRUE(openAndSelectFirstRun(first, bundle.path()));
    }
    app::MainWindow next(t);
    QSignalSpy loaded(next.resultsPage(), &app::ResultsPage::bundleLoaded);
    ASSERT_TRUE(next.reopenLastBundle());
    ASSERT_TRUE(loaded.wait(20000));
    EXPECT_EQ(QFileInfo(bundle.path()).canonicalFilePath(),
              QFileInfo(QString::fromStdString(next.resultsPage()->view()->directory.string())).canonicalFilePath());
}

TEST(Desktop, TheWindowFitsALaptopScreenOnEveryPage)
{
    // A 1366x768 laptop screen, less a panel: the window must not force itself wider or taller than that.
    app::Translations t;
    for (const char *language : {"en", "zh_CN"}) {
        t.install(QString::fromLatin1(language));
        app::MainWindow w(t);
        QTemporaryDir bundle;
        tests::writeLatencyBundle(bundle.path(), {30.0, 36.0});
        ASSERT_TRUE(openAndSelectFirstRun(w, bundle.path()));
        const QSize least = w.minimumSizeHint();
        std::string widest;
        for (QWidget *child : w.findChildren<QWidget *>())
            if (child->minimumSizeHint().width() > 1300 && child->parentWidget() &&
                child->parentWidget()->minimumSizeHint().width() > 1300)
                widest = child->metaObject()->className() + std::string(" ") + child->objectName().toStdString();
        EXPECT_LE(least.width(), 1366) << language << ": " << widest;
        EXPECT_LE(least.height(), 720) << language;
    }
    t.install(QStringLiteral("en"));
}
