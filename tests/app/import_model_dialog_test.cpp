// Import Model… in the GUI (issue 26): the dialog asks the runtime what the model takes, shows the inputs, refuses
// to import until every dynamic dimension has a size, and imports with values and recurrent state set by clicks.
#include "../support/onnx_test_models.h"
#include "app/gui/import_model_dialog.h"
#include "app/gui/setup_page.h"
#include "core/modelcache/model_cache.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace inferscope;

namespace {
/// y = x + state, stateN = y, with x and state of open width: a recurrent model that needs shapes.
QString writeRecurrentModel(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("accumulator.onnx"));
    return tests::writeAccumulatorOnnx(path, QStringLiteral("'n'")) ? path : QString();
}

class ImportDialogTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_previous = qgetenv("INFERSCOPE_MODEL_CACHE");
        qputenv("INFERSCOPE_MODEL_CACHE", m_dir.filePath(QStringLiteral("cache")).toUtf8());
    }
    void TearDown() override { qputenv("INFERSCOPE_MODEL_CACHE", m_previous); }
    QTemporaryDir m_dir;
    QByteArray m_previous;
};
} // namespace

TEST_F(ImportDialogTest, AModelWithOpenShapesAndStateImportsByClicks)
{
    const QString model = writeRecurrentModel(m_dir);
    ASSERT_FALSE(model.isEmpty());
    app::ImportModelDialog dialog;
    dialog.show();
    auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("importInputs"));
    ASSERT_TRUE(importButton && table);
    EXPECT_FALSE(importButton->isEnabled()) << "nothing chosen yet";
    dialog.setModelPath(model);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog.isBusy(); }, 120000));
    ASSERT_EQ(2, table->rowCount());
    EXPECT_EQ(QStringLiteral("x"), table->item(0, app::ImportModelDialog::InputColumn)->text());
    EXPECT_EQ(QStringLiteral("1x?"), table->item(0, app::ImportModelDialog::ShapeColumn)->text());
    EXPECT_FALSE(importButton->isEnabled());
    EXPECT_TRUE(dialog.problem().contains(QStringLiteral("needs a shape"))) << dialog.problem().toStdString();
    EXPECT_EQ(QStringLiteral("accumulator"), dialog.findChild<QLineEdit *>(QStringLiteral("importId"))->text());

    // Sizes typed into the shape cells, the state chosen from the outputs.
    for (int row = 0; row < 2; ++row)
        table->item(row, app::ImportModelDialog::ShapeColumn)->setText(QStringLiteral("1x4"));
    auto *state = qobject_cast<QComboBox *>(table->cellWidget(1, app::ImportModelDialog::StateColumn));
    ASSERT_NE(nullptr, state);
    ASSERT_EQ(3, state->count()); // (not recurrent), y, stateN
    state->setCurrentIndex(state->findText(QStringLiteral("stateN")));
    auto *outputs = dialog.findChild<QListWidget *>(QStringLiteral("importOutputs"));
    ASSERT_NE(nullptr, outputs);
    ASSERT_EQ(2, outputs->count());               // y, stateN
    outputs->item(0)->setCheckState(Qt::Checked); // y compared as a set
    EXPECT_TRUE(dialog.problem().isEmpty()) << dialog.problem().toStdString();
    ASSERT_TRUE(importButton->isEnabled());
    QString importedSignal;
    QObject::connect(&dialog, &app::ImportModelDialog::imported, [&](const QString &id) { importedSignal = id; });
    QTest::mouseClick(importButton, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, 180000))
        << dialog.problem().toStdString();
    EXPECT_EQ(QStringLiteral("accumulator"), importedSignal);
    const auto catalog = zoo::ModelCache().loadCatalog();
    const auto *entry = catalog.find("accumulator");
    ASSERT_NE(nullptr, entry);
    ASSERT_EQ(2u, entry->inputs.size());
    EXPECT_EQ((std::vector<std::int64_t>{1, 4}), entry->inputs[0].shape);
    EXPECT_EQ("stateN", entry->inputs[1].stateFrom);
    ASSERT_EQ(2u, entry->outputs.size());
    EXPECT_TRUE(entry->outputs[0].orderDependent);
    EXPECT_FALSE(entry->outputs[1].orderDependent);
}

TEST_F(ImportDialogTest, AFileThatIsNoModelSaysWhyAndImportStaysOff)
{
    const QString path = m_dir.filePath(QStringLiteral("notes.onnx"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("this is not a protobuf");
    f.close();
    app::ImportModelDialog dialog;
    dialog.setModelPath(path);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog.isBusy(); }, 120000));
    EXPECT_TRUE(dialog.problem().contains(QStringLiteral("not a model the runtime can load")))
        << dialog.problem().toStdString();
    EXPECT_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    EXPECT_TRUE(zoo::ModelCache().loadUserCatalog().models().empty());
}

TEST_F(ImportDialogTest, TheSetupPageOpensItAndListsTheImportedModel)
{
    app::SetupPage page;
    auto *button = page.findChild<QPushButton *>(QStringLiteral("importModelButton"));
    ASSERT_NE(nullptr, button);
    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = page.findChild<app::ImportModelDialog *>();
    ASSERT_NE(nullptr, dialog);
    EXPECT_TRUE(dialog->isVisible());
    // A model imported while the page shows the zoo (by the core, as the dialog's job does) is listed and selected
    // once the dialog says so: before, the table did not hold it.
    const auto rowOf = [&](const QString &id) {
        for (int row = 0; row < page.zooTable()->rowCount(); ++row)
            if (page.zooTable()->item(row, 0) && page.zooTable()->item(row, 0)->data(Qt::UserRole).toString() == id)
                return row;
        return -1;
    };
    const QString model = writeRecurrentModel(m_dir);
    ASSERT_FALSE(model.isEmpty());
    zoo::ImportRequest request;
    request.path = model;
    request.shapes = {{QStringLiteral("x"), {1, 4}}, {QStringLiteral("state"), {1, 4}}};
    ASSERT_TRUE(zoo::importModel(zoo::ModelCache(), request).ok());
    ASSERT_EQ(-1, rowOf(QStringLiteral("accumulator")));
    Q_EMIT dialog->imported(QStringLiteral("accumulator"));
    const int row = rowOf(QStringLiteral("accumulator"));
    ASSERT_NE(-1, row);
    EXPECT_TRUE(page.zooTable()->item(row, 0)->isSelected());
    dialog->reject();
}
