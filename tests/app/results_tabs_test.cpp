// The Results page's tabs as classes of their own, and its item model under Qt's QAbstractItemModelTester (which
// checks rowCount/columnCount/index/parent/data against each other and across resets; it aborts the test on a
// broken contract).
#include "app/gui/browsers_tab.h"
#include "app/gui/operators_tab.h"
#include "app/gui/results_page.h"
#include "app/gui/run_details_tab.h"
#include "app/results/run_table_model.h"
#include "core/results/bundle_view.h"
#include "core/store/bundle.h"
#include "test_bundles.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace inferscope;

namespace {
std::shared_ptr<const results::BundleView> latencyBundle(QTemporaryDir &dir, std::vector<double> medians)
{
    tests::writeLatencyBundle(dir.path(), medians);
    return results::loadBundleView(dir.path().toStdString());
}
} // namespace

TEST(RunTableModelContract, HoldsThroughLoadsSwapsAndClears)
{
    app::RunTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(0, model.rowCount());
    QTemporaryDir two, three;
    model.setView(latencyBundle(two, {30.0, 45.0}));
    ASSERT_EQ(2, model.rowCount());
    EXPECT_EQ(app::RunTableModel::ColumnCount, model.columnCount());
    EXPECT_EQ(0, model.rowCount(model.index(0, 0))); // a table: no row has children
    for (int row = 0; row < model.rowCount(); ++row)
        for (int column = 0; column < model.columnCount(); ++column)
            (void)model.data(model.index(row, column), Qt::DisplayRole); // every cell answers for every role
    model.setView(latencyBundle(three, {10.0, 20.0, 40.0}));
    EXPECT_EQ(3, model.rowCount());
    model.retranslate();
    model.setView(nullptr);
    EXPECT_EQ(0, model.rowCount());
    EXPECT_EQ(nullptr, model.run(0));
}

TEST(ResultsTabs, TheOperatorsTabShowsTheCellsOperatorsOrSaysWhyThereAreNone)
{
    app::OperatorsTab tab;
    tab.show(); // visibility of the note and the table below is what the user sees
    results::CellSummary cell;
    cell.config.key = "m_ort-web_wasm_t1_chromium_main";
    cell.config.browser = "chromium";
    cell.operators = std::vector<results::OperatorRow>{{"Conv", 47.6, 0.99, 17.4, 2.73},
                                                       {"Gemm", 0.23, 0.01, std::nan(""), std::nan("")}};
    tab.setCell(cell);
    QTableWidget *table = tab.table();
    ASSERT_EQ(2, table->rowCount());
    EXPECT_EQ(QStringLiteral("Conv"), table->item(0, 0)->text());
    EXPECT_EQ(5, table->columnCount());
    EXPECT_TRUE(table->isVisible());
    QLabel *note = tab.findChild<QLabel *>();
    ASSERT_NE(nullptr, note);
    EXPECT_FALSE(note->isVisible());

    tab.setCell(results::CellSummary{}); // a run without a profile: the note says how to get one
    EXPECT_EQ(0, table->rowCount());
    EXPECT_FALSE(table->isVisible());
    EXPECT_TRUE(note->isVisible());
    EXPECT_TRUE(note->text().contains(QStringLiteral("profile"))) << note->text().toStdString();
}

TEST(ResultsTabs, TheDetailsTabPutsWhatAReaderLooksForFirstAndOpensTheEnvironment)
{
    QTemporaryDir dir;
    auto writer = store::BundleWriter::open(dir.path().toStdString());
    writer.writeRun({"r1",
                     {{"zeta", 1},
                      {"env", {{"threads_used", 2}}},
                      {"error", "model failed to load"},
                      {"status", "failed"},
                      {"memory", {{"peak_pss_bytes", 3.0e8}}}},
                     {}});
    const auto view = results::loadBundleView(dir.path().toStdString());
    ASSERT_EQ(1u, view->runs.size());
    app::RunDetailsTab tab;
    tab.showRun(&view->runs[0]);
    ASSERT_GE(tab.topLevelItemCount(), 5);
    EXPECT_EQ(QStringLiteral("status"), tab.topLevelItem(0)->text(0));
    EXPECT_EQ(QStringLiteral("error"), tab.topLevelItem(1)->text(0));
    EXPECT_EQ(QStringLiteral("env"), tab.topLevelItem(2)->text(0));
    EXPECT_TRUE(tab.topLevelItem(2)->isExpanded());
    EXPECT_EQ(QStringLiteral("zeta"), tab.topLevelItem(tab.topLevelItemCount() - 1)->text(0));
    tab.showRun(nullptr);
    EXPECT_EQ(0, tab.topLevelItemCount());
}

TEST(ResultsTabs, TheResultsPageHoldsOneWidgetPerTabInItsOrder)
{
    app::ResultsPage page;
    auto *tabs = page.findChild<QTabWidget *>();
    ASSERT_NE(nullptr, tabs);
    ASSERT_EQ(6, tabs->count());
    EXPECT_NE(nullptr, qobject_cast<app::BrowsersTab *>(tabs->widget(3)));
    EXPECT_NE(nullptr, qobject_cast<app::RunDetailsTab *>(tabs->widget(4)));
    EXPECT_NE(nullptr, qobject_cast<app::OperatorsTab *>(tabs->widget(5)));
}
