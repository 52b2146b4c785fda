// The workbench window, offscreen: pages, live language switching, persisted state, loading a bundle.
#include "app/gui/browsers_tab.h"
#include "app/gui/compare_page.h"
#include "app/gui/main_window.h"
#include "app/gui/report_dialog.h"
#include "app/gui/results_page.h"
#include "app/i18n.h"
#include "study_window.h"
#include "test_bundles.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <gtest/gtest.h>
#include <qcustomplot.h>

using namespace inferscope;

namespace {
QStringList navTexts(app::MainWindow &w)
{
    QStringList texts;
    auto *nav = w.findChild<QListWidget *>();
    for (int i = 0; i < nav->count(); ++i)
        texts << nav->item(i)->text();
    return texts;
}
} // namespace

TEST(MainWindow, HasTheFourPagesInEnglish)
{
    app::Translations t;
    t.install(QStringLiteral("en"));
    app::MainWindow w(t);
    EXPECT_EQ((QStringList{QStringLiteral("Setup"), QStringLiteral("Runs"), QStringLiteral("Results"),
                           QStringLiteral("Compare")}),
              navTexts(w));
    EXPECT_EQ(QStringLiteral("InferScope"), w.windowTitle());
}

TEST(MainWindow, SwitchesToChineseWithoutRestartAndBack)
{
    app::Translations t;
    t.install(QStringLiteral("en"));
    app::MainWindow w(t);
    w.setLanguage(QStringLiteral("zh_CN"));
    // Qt posts LanguageChange; the running GUI's event loop delivers it, here we deliver it by hand.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    EXPECT_EQ(QStringLiteral("zh_CN"), t.current());
    EXPECT_EQ(
        (QStringList{QStringLiteral("设置"), QStringLiteral("运行"), QStringLiteral("结果"), QStringLiteral("比较")}),
        navTexts(w));
    EXPECT_EQ(QStringLiteral("zh_CN"), QSettings().value(QStringLiteral("ui/language")).toString());
    // Every visible text of every page is translated: no English word may remain in a label.
    for (const QLabel *label : w.findChildren<QLabel *>()) {
        const QString text = label->text();
        if (!text.isEmpty()) {
            EXPECT_FALSE(text.contains(QStringLiteral("the "))) << text.toStdString();
        }
    }
    w.setLanguage(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    EXPECT_EQ(QStringLiteral("Setup"), navTexts(w).first());
}

TEST(MainWindow, RemembersPageAcrossSessions)
{
    app::Translations t;
    {
        app::MainWindow w(t);
        w.showPage(app::MainWindow::Compare);
        w.close();
    }
    app::MainWindow again(t);
    EXPECT_EQ(app::MainWindow::Compare, again.currentPage());
    again.showPage(app::MainWindow::Setup);
    again.close();
}

TEST(MainWindow, ResultsLoadABundleInTheBackgroundAndCompareUsesIt)
{
    app::Translations t;
    t.install(QStringLiteral("en"));
    QTemporaryDir dir;
    tests::writeLatencyBundle(dir.path(), {30.0, 36.0});
    app::MainWindow w(t);
    QSignalSpy loaded(w.resultsPage(), &app::ResultsPage::bundleLoaded);
    w.resultsPage()->openBundle(dir.path());
    ASSERT_TRUE(loaded.wait(20000));
    EXPECT_EQ(2, w.resultsPage()->table()->model()->rowCount());

    auto *compare = w.comparePage();
    EXPECT_EQ(2, compare->first()->count());
    // Run A (30 ms) against run B (36 ms): A is faster, ratio near 0.83.
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return compare->resultLabel()->text().contains(QStringLiteral("faster")); }, 20000))
        << compare->resultLabel()->text().toStdString();
    EXPECT_TRUE(compare->resultLabel()->text().contains(QStringLiteral("0.83")))
        << compare->resultLabel()->text().toStdString();
}

TEST(MainWindow, ResultsExplainABrokenBundle)
{
    app::Translations t;
    t.install(QStringLiteral("en"));
    QTemporaryDir dir;
    app::MainWindow w(t);
    QSignalSpy failed(w.resultsPage(), &app::ResultsPage::loadFailed);
    w.resultsPage()->openBundle(dir.path());
    ASSERT_TRUE(failed.wait(20000));
    EXPECT_TRUE(failed.at(0).at(0).toString().contains(QStringLiteral("no manifest.json")));
}

TEST(MainWindow, ResultsOfferTheReportAndItIsWrittenShownAndSaved)
{
    app::Translations t;
    t.install(QStringLiteral("en"));
    QTemporaryDir dir, saved;
    tests::writeStudyBundle(dir.path().toStdString());
    app::MainWindow w(t);
    auto *results = w.resultsPage();
    EXPECT_FALSE(results->reportButton()->isEnabled()); // nothing open yet
    QSignalSpy loaded(results, &app::ResultsPage::bundleLoaded);
    results->openBundle(dir.path());
    ASSERT_TRUE(loaded.wait(20000));
    EXPECT_TRUE(results->reportButton()->isEnabled());
    EXPECT_TRUE(results->exportDataButton()->isEnabled());
    EXPECT_EQ(3, results->exportDataButton()->menu()->actions().size()); // CSV, JSON, trace
    results->reportButton()->click();
    auto *dialog = results->findChild<app::ReportDialog *>();
    ASSERT_NE(nullptr, dialog);
    QSignalSpy ready(dialog, &app::ReportDialog::reportReady);
    ASSERT_TRUE(ready.wait(60000));
    EXPECT_TRUE(QFile::exists(dialog->reportDir() + QStringLiteral("/report.md")));
    QString error;
    ASSERT_TRUE(dialog->saveTo(saved.path(), &error)) << error.toStdString();
    for (const char *file : {"report.html", "report.md", "tables/slowdown.csv", "figures/slowdown.svg"})
        EXPECT_TRUE(QFile::exists(saved.filePath(QString::fromLatin1(file)))) << file;
    dialog->close();
}

TEST(MainWindow, BrowsersTabExportsAFourPanelDoubleColumnFigureWithItsData)
{
    app::Translations t;
    t.install(QStringLiteral("en"));
    QTemporaryDir dir, out;
    tests::writeStudyBundle(dir.path().toStdString());
    app::MainWindow w(t);
    QSignalSpy loaded(w.resultsPage(), &app::ResultsPage::bundleLoaded);
    w.resultsPage()->openBundle(dir.path());
    ASSERT_TRUE(loaded.wait(20000));
    QString error;
    const QString pdf = out.filePath(QStringLiteral("panels.pdf"));
    ASSERT_TRUE(w.resultsPage()->exportPanelsTo(pdf, &error)) << error.toStdString();
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const auto box = QRegularExpression(QStringLiteral("/MediaBox \\[\\s*0 0 ([0-9.]+) ([0-9.]+)"))
                         .match(QString::fromLatin1(file.readAll()));
    ASSERT_TRUE(box.hasMatch());
    EXPECT_NEAR(7.16 * 72, box.captured(1).toDouble(), 1.0); // double column
    QFile csv(out.filePath(QStringLiteral("panels.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QString data = QString::fromUtf8(csv.readAll());
    EXPECT_TRUE(data.startsWith(QStringLiteral("panel,series,x,x_label,y,error_minus,error_plus")));
    for (const char *panel : {"(a),", "(b),", "(c),", "(d),"})
        EXPECT_TRUE(data.contains(QString::fromLatin1(panel))) << panel;
}

TEST(MainWindow, CompareShowsEveryCellAgainstTheChosenBaseline)
{
    app::Translations t;
    t.install(QStringLiteral("en"));
    QTemporaryDir dir;
    app::MainWindow w(t);
    ASSERT_TRUE(tests::openStudyAndWaitForBaseline(w, dir.path()));
    auto *compare = w.comparePage();
    EXPECT_EQ(QStringLiteral("native"),
              compare->baseline()->currentData().toString()); // native first when the bundle has it
    QStringList verdicts;
    for (int row = 0; row < compare->baselineTable()->rowCount(); ++row)
        verdicts << compare->baselineTable()->item(row, 6)->text();
    EXPECT_EQ(9, verdicts.count(QStringLiteral("slower"))) << verdicts.join(QLatin1Char(',')).toStdString();
}

TEST(MainWindow, AStudyBundleOpensOnEachModelsBrowsersAndTheViewChosenIsRememberedForThatBundle)
{
    // Issue 30: the anatomize-sized bundle (80 cells, ten models) lands on the Browsers tab with one panel per
    // model showing each browser's best configuration against native, every panel inside the plot, no bar a
    // hairline on a linear axis; a filter and a scale chosen there come back when the bundle is opened again.
    app::Translations t;
    t.install(QStringLiteral("en"));
    QTemporaryDir dir, out;
    tests::writeAnatomizeBundle(dir.path().toStdString());
    QSettings().remove(QStringLiteral("browsersView"));
    app::ComparisonSelection chosen;
    {
        app::MainWindow w(t);
        w.resize(1400, 900);
        w.show();
        QSignalSpy loaded(w.resultsPage(), &app::ResultsPage::bundleLoaded);
        w.resultsPage()->openBundle(dir.path());
        ASSERT_TRUE(loaded.wait(30000));
        w.showPage(app::MainWindow::Results);
        QApplication::processEvents(); // the page shown is laid out at the window's size
        auto *tabs = w.resultsPage()->findChild<QTabWidget *>();
        app::BrowsersTab *tab = w.resultsPage()->browsersTab();
        ASSERT_EQ(static_cast<QWidget *>(tab), tabs->currentWidget())
            << "a multi-browser bundle opens on the Browsers tab";
        EXPECT_TRUE(tab->selection().bestPerBrowser);
        EXPECT_EQ(app::ComparisonDimension::Model, tab->selection().panelsBy);
        QStringList titles;
        widgets::ComparisonGridPlot *grid = tab->grid();
        for (int page = 0; page < grid->pageCount(); ++page) {
            grid->setPage(page);
            QCustomPlot *plot = grid->plot();
            plot->replot();
            for (QCPLayoutElement *e : plot->plotLayout()->elements(true))
                if (auto *title = qobject_cast<QCPTextElement *>(e))
                    titles << title->text();
            for (QCPAxisRect *rect : plot->axisRects()) {
                EXPECT_TRUE(plot->viewport().adjusted(-1, -1, 1, 1).contains(rect->outerRect()))
                    << "page " << page << ": a panel leaves the plot";
                EXPECT_GT(rect->height(), 40)
                    << "page " << page << ": the grid is " << grid->width() << " x " << grid->height();
                QCPAxis *y = rect->axis(QCPAxis::atLeft);
                for (QCPAbstractPlottable *p : rect->plottables()) {
                    auto *bars = qobject_cast<QCPBars *>(p);
                    if (!bars || y->scaleType() == QCPAxis::stLogarithmic)
                        continue;
                    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
                        EXPECT_TRUE(it->value <= 0 || it->value / y->range().upper * rect->height() >= 1.0)
                            << "a hairline bar of " << it->value;
                }
            }
        }
        EXPECT_EQ(10, titles.size()) << titles.join(QLatin1Char(',')).toStdString();
        EXPECT_TRUE(titles.contains(QStringLiteral("vgg16")));

        chosen = tab->selection();
        chosen.bestPerBrowser = false;
        chosen.scale = app::ComparisonScale::Log;
        chosen.hidden[app::ComparisonDimension::Browser] = {"firefox"};
        tab->setSelection(chosen);
        tab->setMetric(app::ComparisonMetric::PeakMemory); // a choice on the tab is saved as it is made
        QString error;
        const QStringList files = tab->exportFigureTo(out.filePath(QStringLiteral("browsers.pdf")),
                                                      *widgets::figurePreset(QStringLiteral("double")), &error);
        ASSERT_FALSE(files.isEmpty()) << error.toStdString();
        EXPECT_EQ(5, files.size()) << "ten panels, two to a double-column page";
        for (const QString &f : files)
            EXPECT_TRUE(QFile::exists(f)) << f.toStdString();
    }
    app::MainWindow again(t);
    QSignalSpy loaded(again.resultsPage(), &app::ResultsPage::bundleLoaded);
    again.resultsPage()->openBundle(dir.path());
    ASSERT_TRUE(loaded.wait(30000));
    EXPECT_EQ(chosen.toJson(), again.resultsPage()->browsersTab()->selection().toJson());
    EXPECT_EQ(app::ComparisonMetric::PeakMemory, again.resultsPage()->browsersTab()->metric());
}
