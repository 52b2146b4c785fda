// What a desktop user expects around the measurements: the run in flight drawn live, light and dark
// screens with figures that stay black on white, recent bundles, drag-and-drop of a bundle, menu
// shortcuts, and the distributions of the baseline rows a user selects.
#include "app/gui/compare_page.h"
#include "app/gui/main_window.h"
#include "app/gui/results_page.h"
#include "app/gui/theme.h"
#include "app/i18n.h"
#include "app/results/operator_view.h"
#include "study_window.h"
#include "test_bundles.h"
#include "widgets/distribution_plot.h"
#include "widgets/figure_exporter.h"
#include "widgets/figure_preset.h"
#include "widgets/live_run_plot.h"

#include <QAction>
#include <QApplication>
#include <QDropEvent>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <cmath>
#include <gtest/gtest.h>
#include <qcustomplot.h>

using namespace inferscope;

namespace {
/// Restores the light look after a test that switched to dark, whatever it asserted.
struct LightAfterwards {
    ~LightAfterwards() { app::applyTheme(app::Theme::Light); }
};

/// How light the chart's background is on screen (a corner pixel of what it draws).
int screenLightness(QCustomPlot *plot)
{
    return QColor(plot->toPixmap(200, 150).toImage().pixel(1, 1)).lightness();
}

QAction *menuAction(app::MainWindow &w, const QKeySequence &shortcut)
{
    for (QAction *menu : w.menuBar()->actions())
        if (menu->menu())
            for (QAction *action : menu->menu()->actions())
                if (action->shortcut() == shortcut)
                    return action;
    return nullptr;
}
} // namespace

TEST(LiveRunPlot, DrawsSamplesAndMemoryAsTheyArriveAndStartsOverPerRun)
{
    widgets::LiveRunPlot live;
    live.resize(800, 500);
    live.reset(QStringLiteral("run-1"));
    for (int i = 0; i < 3; ++i)
        live.addSample(100.0 + i, true);
    for (int i = 0; i < 20'000; ++i) // a fast model's stream: drawn downsampled, never one point per replot
        live.addSample(30.0 + (i % 7), false);
    live.addMemory(100, 200e6);
    live.addMemory(200, 250e6);
    live.addMemory(150, 999e6); // out of order (a straggler of the run before): ignored
    EXPECT_EQ(20'003U, live.sampleCount());
    EXPECT_EQ(2U, live.memoryCount());
    QCustomPlot *plot = live.plot();
    // The redraw is coalesced on a timer: wait for it, not a fixed time.
    ASSERT_TRUE(QTest::qWaitFor([&] { return plot->graphCount() == 3 && plot->graph(1)->dataCount() > 0; }, 20000));
    EXPECT_EQ(3, plot->graph(0)->dataCount());           // warm-up
    EXPECT_LE(plot->graph(1)->dataCount(), 2 * 800 + 2); // measured, min/max per bucket
    EXPECT_GE(plot->graph(1)->dataCount(), 100);
    EXPECT_EQ(2, plot->graph(2)->dataCount());                      // memory
    EXPECT_NEAR(250.0, plot->graph(2)->data()->at(1)->value, 1e-9); // MB
    auto *title = qobject_cast<QCPTextElement *>(plot->plotLayout()->element(0, 0));
    ASSERT_NE(nullptr, title);
    EXPECT_EQ(QStringLiteral("run-1"), title->text());
    live.reset(QStringLiteral("run-2"));
    EXPECT_EQ(0U, live.sampleCount());
    EXPECT_EQ(0U, live.memoryCount());
}

TEST(Theme, ChartsFollowADarkScreenAndFiguresStayBlackOnWhite)
{
    const LightAfterwards restore;
    app::applyTheme(app::Theme::Dark);
    widgets::DistributionPlot chart;
    chart.resize(600, 400);
    widgets::DistributionView view;
    view.series.push_back({QStringLiteral("a"), {{10, 0.1}, {20, 0.5}, {30, 1.0}}, 20});
    chart.setView(view);
    QCustomPlot *plot = chart.plot();
    EXPECT_LT(screenLightness(plot), 80);
    EXPECT_GT(plot->xAxis->tickLabelColor().lightness(), 170);

    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("figure.png"));
    QString error;
    ASSERT_TRUE(widgets::FigureExporter::exportFigure(
        plot, png, widgets::figurePreset(QStringLiteral("single")).value(), 150, &error))
        << error.toStdString();
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(qRgb(255, 255, 255), (image.pixel(1, 1) | 0xff000000));
    const QString screenPng = dir.filePath(QStringLiteral("screen.png"));
    ASSERT_TRUE(widgets::FigureExporter::exportPlot(plot, screenPng, 0, 0, &error)) << error.toStdString();
    EXPECT_EQ(qRgb(255, 255, 255), (QImage(screenPng).pixel(1, 1) | 0xff000000));
    // ...and the screen is dark again after the export.
    EXPECT_LT(screenLightness(plot), 80);

    app::applyTheme(app::Theme::Light);
    QCoreApplication::sendPostedEvents();
    EXPECT_GT(screenLightness(plot), 200);
}

TEST(MainWindow, RemembersRecentBundlesAndOpensADroppedOne)
{
    QSettings().remove(QStringLiteral("results/recent"));
    app::Translations t;
    t.install(QStringLiteral("en"));
    QTemporaryDir first, second;
    tests::writeLatencyBundle(first.path(), {30.0, 36.0});
    tests::writeLatencyBundle(second.path(), {40.0});
    app::MainWindow w(t);
    QSignalSpy loaded(w.resultsPage(), &app::ResultsPage::bundleLoaded);
    w.resultsPage()->openBundle(first.path());
    ASSERT_TRUE(loaded.wait(20000));

    // A bundle folder dropped on the window opens in Results; a file inside it names its folder.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(second.filePath(QStringLiteral("manifest.json")))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &drop);
    ASSERT_TRUE(loaded.count() >= 2 || loaded.wait(20000));
    EXPECT_EQ(1, w.resultsPage()->table()->model()->rowCount());
    EXPECT_EQ(app::MainWindow::Results, w.currentPage());

    // Newest first, each once; a folder that is gone drops out of the list.
    const QStringList recent = w.recentBundles();
    ASSERT_EQ(2, recent.size());
    EXPECT_EQ(QFileInfo(second.path()).absoluteFilePath(), recent[0]);
    EXPECT_EQ(QFileInfo(first.path()).absoluteFilePath(), recent[1]);
    first.remove();
    EXPECT_EQ(1, w.recentBundles().size());

    // Something that is not a bundle is refused at the door.
    QTemporaryDir plain;
    QMimeData notBundle;
    notBundle.setUrls({QUrl::fromLocalFile(plain.path())});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &notBundle, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(&w, &refused);
    EXPECT_FALSE(refused.isAccepted());
}

TEST(MainWindow, ShortcutsReachReportExportAndCompareFromAnyPage)
{
    app::Translations t;
    t.install(QStringLiteral("en"));
    app::MainWindow w(t);
    QAction *report = menuAction(w, QKeySequence(Qt::CTRL | Qt::Key_R));
    QAction *exportFigure = menuAction(w, QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *compare = menuAction(w, QKeySequence(Qt::CTRL | Qt::Key_K));
    ASSERT_NE(nullptr, report);
    ASSERT_NE(nullptr, exportFigure);
    ASSERT_NE(nullptr, compare);
    ASSERT_NE(nullptr, menuAction(w, QKeySequence::Open));
    EXPECT_FALSE(report->isEnabled()); // nothing open yet

    QTemporaryDir dir;
    tests::writeStudyBundle(dir.path().toStdString());
    QSignalSpy loaded(w.resultsPage(), &app::ResultsPage::bundleLoaded);
    w.resultsPage()->openBundle(dir.path());
    ASSERT_TRUE(loaded.wait(20000));
    EXPECT_TRUE(report->isEnabled());
    w.showPage(app::MainWindow::Setup);
    compare->trigger();
    EXPECT_EQ(app::MainWindow::Compare, w.currentPage());
}

TEST(ComparePage, SelectedBaselineRowsShowTheirDistributionsBesideTheBaseline)
{
    app::Translations t;
    t.install(QStringLiteral("en"));
    QTemporaryDir dir;
    app::MainWindow w(t);
    ASSERT_TRUE(tests::openStudyAndWaitForBaseline(w, dir.path()));
    auto *compare = w.comparePage();
    QTableWidget *table = compare->baselineTable();
    ASSERT_GE(table->rowCount(), 2);
    table->selectRow(0);
    QCustomPlot *plot = compare->rowDistributions()->plot();
    // The row's cell and its baseline: two ECDFs (plus their median lines, which are items).
    ASSERT_TRUE(QTest::qWaitFor([&] { return plot->graphCount() == 2; }, 20000)) << plot->graphCount();
    EXPECT_TRUE(plot->graph(0)->name().startsWith(QStringLiteral("baseline: ")));
    EXPECT_EQ(table->item(0, 0)->text(), plot->graph(1)->name());
    EXPECT_GT(plot->graph(1)->dataCount(), 1);
}

TEST(OperatorView, TheCellsOperatorsAsTableRowsAndBarsBesideNative)
{
    const auto cell =
        nlohmann::json::parse(R"({"cell": "m_ort-web_wasm_t1_chromium_main", "browser": "chromium", "operators": [
        {"op": "Conv", "ms_per_inference": 47.6, "share": 0.99, "native_ms_per_inference": 17.4, "slowdown": 2.73},
        {"op": "Gemm", "ms_per_inference": 0.23, "share": 0.01, "native_ms_per_inference": null, "slowdown": null}]})");
    const auto view = app::operatorView(results::cellSummaryFromJson(cell));
    ASSERT_EQ(2u, view.rows.size());
    EXPECT_EQ(QStringLiteral("Conv"), view.rows[0].at(0));
    EXPECT_TRUE(view.rows[0].at(4).startsWith(QStringLiteral("2.73")));
    EXPECT_EQ(QStringLiteral("–"), view.rows[1].at(3));
    EXPECT_EQ((QStringList{QStringLiteral("chromium"), QStringLiteral("native")}), view.bars.browsers);
    ASSERT_EQ(2u, view.bars.values.size()); // [browser][operator]
    EXPECT_DOUBLE_EQ(47.6, view.bars.values[0][0].value);
    EXPECT_DOUBLE_EQ(17.4, view.bars.values[1][0].value);
    EXPECT_TRUE(std::isnan(view.bars.values[1][1].value));
    EXPECT_TRUE(view.note.isEmpty());
    // A cell without a profile says how to get one.
    EXPECT_TRUE(
        app::operatorView(results::cellSummaryFromJson(nlohmann::json::parse(R"({"cell": "x", "operators": null})")))
            .note.contains(QStringLiteral("profile")));
}
