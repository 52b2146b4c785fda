// The Runs page's own path, in process: a plan (as the experiment builder hands it over) runs in the
// embedded browser through RunsPage::startPlanJson. The page is not shown, so it renders in the hidden
// view: animation frames must still be measured, and the clicks arrive over QtWebEngine's DevTools
// port. Label "engine": it needs the model cache and runs a real browser.
#include "app/engine/embedded_devtools.h"
#include "app/engine/measuring_view.h"
#include "app/engine/plan_session.h"
#include "app/gui/main_window.h"
#include "app/gui/plan_builder_dialog.h"
#include "app/gui/runs_page.h"
#include "app/i18n.h"
#include "core/engine/harness_server.h"
#include "core/engine/orchestrator.h"
#include "core/experiment/plan.h"
#include "core/modelcache/model_cache.h"
#include "core/store/bundle.h"
#include "widgets/live_run_plot.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebEngineView>
#include <gtest/gtest.h>

using namespace inferscope;

TEST(GuiEngine, TheRunsPageRunsABuiltPlanAndTheHiddenPageStillRendersFrames)
{
    QTemporaryDir dir;
    app::RunsPage page;
    // A failure would open a modal message box: close it so the test fails instead of hanging.
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [] {
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
    });
    closer.start(500);
    const auto plan = nlohmann::json::parse(R"({"name": "gui", "models": ["blazeface-onnx"],
        "configurations": [{"runtime": "ort-web", "backend": "wasm", "threads": [1], "placements": ["main"]}],
        "browsers": ["qtwebengine"], "responsiveness": {"input_hz": 20, "idle_ms": 800},
        "policy": {"min_warmup_ms": 1500, "max_warmup_ms": 3000, "samples": 30, "max_sample_ms": 10000, "timeout_ms": 90000}})");
    QSignalSpy finished(&page, &app::RunsPage::planFinished);
    ASSERT_TRUE(page.startPlanJson(plan, dir.filePath(QStringLiteral("out"))));
    ASSERT_TRUE(finished.wait(180000));
    const auto contents = store::readBundle(dir.filePath(QStringLiteral("out")).toStdString());
    ASSERT_EQ(1u, contents.runs.size());
    const auto &m = contents.runs.front().meta;
    ASSERT_EQ("ok", m["status"]) << m.dump();
    EXPECT_FALSE(m.contains("protocol_problem")) << m["protocol_problem"];
    EXPECT_GE(m["responsiveness"]["frames"]["idle"]["frames"].get<int>(), 10) << m["responsiveness"].dump();
    EXPECT_GE(m["responsiveness"]["input_delay_ms"]["busy"]["count"].get<int>(), 3) << m["responsiveness"].dump();
    // The live chart saw every sample and every memory sweep the record holds, as they arrived.
    const auto *live = page.findChild<widgets::LiveRunPlot *>();
    ASSERT_NE(nullptr, live);
    const auto &run = contents.runs.front();
    const auto count = [&run](const char *series) { return run.find(series) ? run.find(series)->values.size() : 0U; };
    EXPECT_EQ(count("latency_ms") + count("warmup_latency_ms"), live->sampleCount());
    EXPECT_GT(live->memoryCount(), 0U);
    EXPECT_EQ(count("memory_t_ms"), live->memoryCount());
}

TEST(GuiEngine, AForgedBatchIsRefusedAndTheRunStillFinishesWithItRecorded)
{
    // Issue 13: {"run": <run in flight>, "batch": [{"type": "env", "env": 5}]} with the token once ended
    // the whole process. Now the server answers 400 and the run records that a batch was refused.
    QTemporaryDir dir;
    const zoo::ModelCache cache;
    const auto catalog = cache.loadCatalog();
    const auto plan = experiment::parsePlan(
        nlohmann::json::parse(R"({"name": "forged", "models": ["blazeface-onnx"],
        "configurations": [{"runtime": "ort-web", "backend": "wasm", "threads": [1]}],
        "policy": {"min_warmup_ms": 1500, "max_warmup_ms": 3000, "samples": 20, "max_sample_ms": 10000, "timeout_ms": 90000}})"),
        [&](const std::string &id) { return catalog.find(id) ? catalog.find(id)->format : std::string(); });
    auto writer = app::openPlanBundle(dir.filePath(QStringLiteral("out")), plan);
    engine::HarnessServer server(app::harnessRoots(cache));
    ASSERT_TRUE(server.start());
    QWebEngineView view;
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.show();
    engine::Orchestrator orchestrator(plan, cache, catalog, writer, server, app::makeDriverFactory(plan, &view));
    QNetworkAccessManager network;
    int status = 0, implausibleStatus = 0;
    QObject::connect(&orchestrator, &engine::Orchestrator::runStarted, [&](const QString &runId) {
        QNetworkRequest request(QUrl(server.baseUrl().toString() + QStringLiteral("events")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        const QByteArray forged = R"({"run": ")" + runId.toUtf8() + R"(", "batch": [{"type": "env", "env": 5}]})";
        QNetworkReply *reply = network.post(request, forged);
        QObject::connect(reply, &QNetworkReply::finished, [&, reply] {
            status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
        });
        // Issue 23: a well-formed batch of implausible events is taken apart: every one refused and counted.
        const QByteArray implausible = R"({"run": ")" + runId.toUtf8() + R"(", "batch": [
            {"type": "sample", "phase": "steady", "ms": -5, "t": 1}, {"type": "sample", "phase": "steady", "ms": 424242, "t": 2},
            {"type": "sample", "phase": "steady", "ms": 1e308, "t": 3}, {"type": "phase", "name": "invented", "ms": 1}]})";
        QNetworkReply *second = network.post(request, implausible);
        QObject::connect(second, &QNetworkReply::finished, [&, second] {
            implausibleStatus = second->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            second->deleteLater();
        });
    });
    QSignalSpy finished(&orchestrator, &engine::Orchestrator::finished);
    orchestrator.start();
    ASSERT_TRUE(finished.wait(180000));
    EXPECT_EQ(400, status);
    const auto contents = store::readBundle(dir.filePath(QStringLiteral("out")).toStdString());
    ASSERT_EQ(1u, contents.runs.size());
    const auto &m = contents.runs.front().meta;
    EXPECT_EQ("ok", m["status"]) << m.dump();
    ASSERT_TRUE(m.contains("page_batches_rejected")) << m.dump();
    EXPECT_EQ(1, m["page_batches_rejected"]["count"]);
    EXPECT_NE(std::string::npos,
              m["page_batches_rejected"]["first_reason"].get<std::string>().find("\"env\" must be an object"));
    EXPECT_TRUE(implausibleStatus >= 200 && implausibleStatus < 300)
        << implausibleStatus << ": well-formed, taken apart event by event";
    ASSERT_TRUE(m.contains("page_events_rejected")) << m.dump();
    EXPECT_EQ(4, m["page_events_rejected"]["count"]);
    const auto *latency = contents.runs.front().find("latency_ms");
    ASSERT_NE(nullptr, latency);
    EXPECT_EQ(20u, latency->values.size()) << "the samples asked for, none forged";
    for (double v : latency->values)
        EXPECT_TRUE(v > 0 && v < 90000) << v;
    EXPECT_FALSE(m["phases"].contains("invented"));
}

TEST(GuiEngine, QuittingDuringARunAsksAndReturnStopsItKeepingTheFinishedRuns)
{
    // Issue 24: closing the window during a run hid it and left the process measuring behind a frozen view.
    // Now it asks; Return (Stop and keep the finished runs) ends the plan, keeps what finished, and no window
    // that would keep the process alive is left.
    QTemporaryDir dir;
    app::Translations translations;
    translations.install(QStringLiteral("en"));
    app::MainWindow window(translations);
    window.show();
    const auto plan = nlohmann::json::parse(R"({"name": "quit", "models": ["blazeface-onnx"], "repetitions": 6,
        "configurations": [{"runtime": "ort-web", "backend": "wasm", "threads": [1]}],
        "policy": {"min_warmup_ms": 300, "max_warmup_ms": 1000, "samples": 10, "max_sample_ms": 5000, "timeout_ms": 90000}})");
    const QString out = dir.filePath(QStringLiteral("out"));
    ASSERT_TRUE(window.runsPage()->startPlanJson(plan, out));
    // Wait for the first finished run (an event on disk), with a generous deadline.
    QElapsedTimer clock;
    clock.start();
    std::size_t stored = 0;
    while (stored == 0 && clock.elapsed() < 180000) {
        QTest::qWait(200);
        try {
            stored = store::readBundle(out.toStdString()).runs.size();
        } catch (const std::exception &) {
        }
    }
    ASSERT_GE(stored, 1u) << "no run finished within 180 s";
    ASSERT_TRUE(window.runsPage()->isRunning()) << "the plan ended before the quit could be tried";
    bool asked = false;
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = true;
            QTest::keyClick(box, Qt::Key_Return); // the default: Stop and keep the finished runs
        }
    });
    answer.start(100);
    EXPECT_TRUE(window.close());
    answer.stop();
    EXPECT_TRUE(asked) << "quitting during a run asks first";
    EXPECT_FALSE(window.isVisible());
    EXPECT_FALSE(window.runsPage()->isRunning());
    const auto contents = store::readBundle(out.toStdString());
    std::size_t ok = 0, cancelled = 0;
    for (const auto &r : contents.runs) {
        const std::string status = r.meta.value("status", "");
        ok += status == "ok" ? 1 : 0;
        cancelled += status == "cancelled" ? 1 : 0;
    }
    EXPECT_GE(ok, stored) << "the finished runs stay";
    EXPECT_LE(cancelled, 1u) << "at most the run in flight is cancelled";
    EXPECT_LT(contents.runs.size(), 6u) << "the plan stopped";
    for (QWidget *w : QApplication::topLevelWidgets())
        EXPECT_FALSE(w->isVisible() && w->testAttribute(Qt::WA_QuitOnClose) && !w->parentWidget())
            << w->metaObject()->className() << " would keep the process alive";
}

TEST(GuiEngine, APlanBuiltByClicksRunsWithTheMainWindowAsTheOnlyWindowOnAnyScreen)
{
    // Issue 24: every embedded-browser run opened a second 1280x800 window over the workbench. Now a plan built
    // with clicks runs while the main window is the only top-level window with a pixel on any screen, and the
    // page still renders frames off screen.
    QTemporaryDir dir;
    app::Translations translations;
    translations.install(QStringLiteral("en"));
    app::MainWindow window(translations);
    window.show();
    window.showPage(app::MainWindow::Runs);
    auto *newExperiment = window.runsPage()->findChild<QPushButton *>(QStringLiteral("newExperiment"));
    ASSERT_NE(nullptr, newExperiment);
    bool built = false;
    QTimer builder;
    QObject::connect(&builder, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<app::PlanBuilderDialog *>(QApplication::activeModalWidget());
        if (!dialog || built)
            return;
        built = true;
        auto type = [dialog](const char *name, const QString &text) {
            QWidget *field = dialog->findChild<QWidget *>(QLatin1String(name));
            if (auto *spin = qobject_cast<QAbstractSpinBox *>(field))
                spin->selectAll();
            else if (auto *edit = qobject_cast<QLineEdit *>(field))
                edit->selectAll();
            QTest::keyClicks(field, text);
        };
        type("name", QStringLiteral("clicks"));
        type("outputFolder", dir.path());
        // The models: every checked one off, BlazeFace on (Space toggles the current item's box).
        auto *models = dialog->findChild<QListWidget *>(QStringLiteral("models"));
        for (int i = 0; i < models->count(); ++i) {
            const bool wanted = models->item(i)->data(Qt::UserRole).toString() == QStringLiteral("blazeface-onnx");
            if ((models->item(i)->checkState() == Qt::Checked) != wanted) {
                models->setCurrentRow(i);
                QTest::keyClick(models->viewport(), Qt::Key_Space);
            }
        }
        auto click = [dialog](const char *name) {
            auto *button = dialog->findChild<QAbstractButton *>(QLatin1String(name));
            // A check box takes clicks on its box and label, not on the empty width of its row.
            const QPoint at = qobject_cast<QCheckBox *>(button) ? QPoint(button->height() / 2, button->height() / 2)
                                                                : button->rect().center();
            QTest::mouseClick(button, Qt::LeftButton, {}, at);
        };
        if (dialog->findChild<QCheckBox *>(QStringLiteral("native"))->isChecked())
            click("native");
        if (!dialog->findChild<QCheckBox *>(QStringLiteral("responsiveness"))->isChecked())
            click("responsiveness");
        type("samples", QStringLiteral("20"));
        type("minWarmup", QStringLiteral("1"));
        type("maxWarmup", QStringLiteral("3"));
        click("run");
    });
    builder.start(100);
    QSignalSpy finished(window.runsPage(), &app::RunsPage::planFinished);
    QTest::mouseClick(newExperiment, Qt::LeftButton, {},
                      newExperiment->rect().center()); // returns once the dialog is answered
    builder.stop();
    ASSERT_TRUE(built);
    ASSERT_TRUE(window.runsPage()->isRunning()) << "the plan built by clicks did not start";
    // While it measures: the main window is the only top-level window any screen shows.
    QStringList seen;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, [&] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w != &window && w->isVisible() && !app::isOffScreen(*w))
                seen << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->windowTitle();
    });
    watch.start(100);
    ASSERT_TRUE(finished.wait(240000));
    watch.stop();
    EXPECT_TRUE(seen.isEmpty()) << seen.join(QStringLiteral(", ")).toStdString();
    const QString bundle = finished.at(0).at(0).toString();
    EXPECT_TRUE(bundle.startsWith(dir.path())) << "the results folder typed in the builder: " << bundle.toStdString();
    const auto contents = store::readBundle(bundle.toStdString());
    ASSERT_FALSE(contents.runs.empty());
    for (const auto &run : contents.runs) { // the form as last used may hold more thread counts: each a run
        const auto &m = run.meta;
        ASSERT_EQ("ok", m["status"]) << m.dump();
        EXPECT_EQ("blazeface-onnx", m.value("model", ""));
        EXPECT_EQ("qtwebengine", m.value("browser", "")) << "the native baseline was unticked";
        EXPECT_EQ(20, m.value("samples_asked", 0));
        EXPECT_GE(m["responsiveness"]["frames"]["idle"]["frames"].get<int>(), 10)
            << run.runId << m["responsiveness"].dump();
    }
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    app::enableEmbeddedDevTools(); // as the GUI does, before QtWebEngine starts
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QApplication application(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
