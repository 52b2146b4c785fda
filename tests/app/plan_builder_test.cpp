// The experiment builder: the plan it produces is the one the engine parses, its summary counts the
// runs, a plan loads back into the same form, and invalid choices block Run with the parser's reason.
#include "app/engine/plan_form.h"
#include "app/gui/plan_builder_dialog.h"
#include "core/experiment/plan.h"

#include <QCheckBox>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <gtest/gtest.h>

using namespace inferscope;

namespace {
zoo::Catalog sourceCatalog()
{
    QFile f(QStringLiteral(INFERSCOPE_SOURCE_DIR "/models/catalog.json"));
    f.open(QIODevice::ReadOnly);
    return zoo::Catalog::parseText(f.readAll().toStdString(), "catalog.json");
}

std::string formatIn(const zoo::Catalog &catalog, const std::string &id)
{
    const auto *m = catalog.find(id);
    return m ? m->format : std::string();
}

QCheckBox *boxNamed(QWidget &w, const QString &text)
{
    for (auto *box : w.findChildren<QCheckBox *>())
        if (box->text() == text)
            return box;
    return nullptr;
}
} // namespace

TEST(PlanForm, RoundTripsThroughPlanJsonAndParses)
{
    const auto catalog = sourceCatalog();
    app::PlanForm form;
    form.name = "mine";
    form.models = {"mobilenetv2", "movenet-lightning"};
    form.ortBackends = {"wasm", "webgpu"};
    form.tfjsBackends = {"wasm"};
    form.threads = {1, 2};
    form.placements = {"main", "worker"};
    form.workloads = {"none", "gui"};
    form.browsers = {"chromium", "firefox"};
    form.responsiveness = true;
    form.inputHz = 20;
    form.trace = true;
    form.repetitions = 3;
    const auto json = form.toPlanJson();
    const auto plan = experiment::parsePlan(json, [&](const std::string &id) { return formatIn(catalog, id); });
    // ONNX: 2 backends x 2 threads x 2 placements x 2 workloads x 2 browsers; TF.js: 1 x 2 x 2 x 2 x 2;
    // native: 2 thread counts.
    EXPECT_EQ(32u + 16u + 2u, plan.cells.size());
    EXPECT_EQ(3, plan.repetitions);
    EXPECT_TRUE(plan.responsiveness.enabled);
    EXPECT_EQ(20, plan.responsiveness.inputHz);
    EXPECT_TRUE(plan.trace);
    const auto back = app::PlanForm::fromPlanJson(json);
    EXPECT_EQ(form.models, back.models);
    EXPECT_EQ(form.ortBackends, back.ortBackends);
    EXPECT_EQ(form.threads, back.threads);
    EXPECT_EQ(form.browsers, back.browsers);
    EXPECT_EQ(form.workloads, back.workloads);
    EXPECT_EQ(form.inputHz, back.inputHz);
    EXPECT_EQ(json, back.toPlanJson());
}

TEST(PlanBuilder, CountsRunsLiveAndBlocksRunOnAnInvalidPlan)
{
    const auto catalog = sourceCatalog();
    app::PlanBuilderDialog dialog(catalog, {"mobilenetv2"});
    // Defaults: MobileNetV2, ORT wasm and TF.js wasm, 1 thread, main thread, embedded, native.
    EXPECT_NE(-1, dialog.summaryText().indexOf(QStringLiteral("2 cell"))) << dialog.summaryText().toStdString();
    QPushButton *run = nullptr;
    for (auto *b : dialog.findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("Run"))
            run = b;
    ASSERT_NE(nullptr, run);
    EXPECT_TRUE(run->isEnabled());
    boxNamed(dialog, QStringLiteral("Web Worker"))->setChecked(true);
    boxNamed(dialog, QStringLiteral("Chromium"))->setChecked(true);
    EXPECT_NE(-1, dialog.summaryText().indexOf(QStringLiteral("5 cell"))) << dialog.summaryText().toStdString();
    // Grid without an endpoint: the engine's own parser explains, and Run is off.
    boxNamed(dialog, QStringLiteral("Grid:"))->setChecked(true);
    EXPECT_NE(-1, dialog.summaryText().indexOf(QStringLiteral("grid"))) << dialog.summaryText().toStdString();
    EXPECT_FALSE(run->isEnabled());
    boxNamed(dialog, QStringLiteral("Grid:"))->setChecked(false);
    // A browser this machine lacks is greyed out and leaves the plan.
    dialog.setBrowserAvailable(QStringLiteral("chromium"), false, QStringLiteral("not installed"));
    EXPECT_FALSE(boxNamed(dialog, QStringLiteral("Chromium"))->isEnabled());
    const auto plan = dialog.plan();
    EXPECT_EQ(nlohmann::json::array({"qtwebengine"}), plan["browsers"]);
    EXPECT_TRUE(run->isEnabled());
    dialog.resize(900, 900);
    dialog.grab().save(QStringLiteral("/tmp/inferscope-plan-builder.png"));
}

TEST(PlanForm, SimdAblationAddsSimdOffToWasmConfigurationsAndLoadsBack)
{
    app::PlanForm form;
    form.models = {"mobilenetv2"};
    form.ortBackends = {"wasm", "webgpu"};
    form.tfjsBackends = {"wasm"};
    form.simdAblation = true;
    const auto plan = form.toPlanJson();
    // ONNX Runtime Web's ablation runs on 1.17.3 (1.30 has no SIMD-off build) beside the pinned runtime's
    // cells; TF.js switches SIMD off itself.
    int ablations = 0;
    for (const auto &c : plan["configurations"]) {
        const bool versioned = c.contains("runtime_version");
        ablations += versioned;
        const bool expectSimd = c["backend"] == "wasm" && (c["runtime"] == "tfjs" || versioned);
        EXPECT_EQ(expectSimd, c.contains("simd")) << c.dump();
        if (versioned) {
            EXPECT_EQ("1.17", c["runtime_version"]) << c.dump();
        }
    }
    EXPECT_EQ(1, ablations);
    const auto loaded = app::PlanForm::fromPlanJson(plan);
    EXPECT_TRUE(loaded.simdAblation);
    EXPECT_EQ(plan, loaded.toPlanJson()); // the ablation's configuration is not read back as one more backend
    EXPECT_FALSE(app::PlanForm::fromPlanJson(app::PlanForm{}.toPlanJson()).simdAblation);
}

TEST(PlanBuilder, AdaptiveRepetitionsAreSetByClicksAndReadBack)
{
    const auto catalog = sourceCatalog();
    app::PlanBuilderDialog dialog(catalog, {"mobilenetv2"});
    QSpinBox *min = nullptr, *max = nullptr, *percent = nullptr;
    for (auto *s : dialog.findChildren<QSpinBox *>()) {
        if (s->toolTip().startsWith(QStringLiteral("Runs of every cell")))
            min = s;
        else if (s->toolTip().startsWith(QStringLiteral("Adaptive repetitions")))
            max = s;
        else if (s->suffix() == QStringLiteral(" %"))
            percent = s;
    }
    ASSERT_TRUE(min && max && percent);
    EXPECT_FALSE(percent->isEnabled()) << "fixed repetitions by default: no target to set";
    min->setValue(3);
    max->setValue(8);
    percent->setValue(4);
    EXPECT_TRUE(percent->isEnabled());
    EXPECT_NE(-1, dialog.summaryText().indexOf(QStringLiteral("adaptive: up to 16 run")))
        << dialog.summaryText().toStdString();
    // The duration `inferscope run` would print, before Run.
    EXPECT_NE(-1, dialog.summaryText().indexOf(QStringLiteral("Estimated duration: about")))
        << dialog.summaryText().toStdString();
    const auto plan = dialog.plan();
    EXPECT_EQ((nlohmann::json{{"min", 3}, {"max", 8}, {"ci_percent", 4}}), plan["repetitions"]);
    const auto loaded = app::PlanForm::fromPlanJson(plan);
    EXPECT_EQ(3, loaded.repetitions);
    EXPECT_EQ(8, loaded.maxRepetitions);
    EXPECT_EQ(4, loaded.ciPercent);
    EXPECT_EQ(plan, loaded.toPlanJson());
    max->setValue(3); // back to fixed
    EXPECT_EQ(3, dialog.plan()["repetitions"]);
}

TEST(PlanForm, EveryPlanFieldTheBuilderOffersReachesThePlanAndLoadsBack)
{
    // Issue 24: profile, real-time accuracy, the page, the runtime version, generation, the Grid's options and
    // the description were not reachable by clicks. Each one, set in the form, is in the parsed plan.
    const auto catalog = sourceCatalog();
    app::PlanForm form;
    form.description = "why";
    form.models = {"mobilenetv2"};
    form.tfjsBackends.clear();
    form.browsers = {"qtwebengine", "grid"};
    form.gridUrl = "http://127.0.0.1:4444";
    form.gridParallel = 2;
    form.gridNodeChrome = true;
    form.responsiveness = true;
    form.idleMs = 500;
    form.maxSampleMs = 20000;
    form.profile = true;
    form.realtime = true;
    form.ortRuntimeVersion = "1.17";
    const auto json = form.toPlanJson();
    const auto plan = experiment::parsePlan(json, [&](const std::string &id) { return formatIn(catalog, id); });
    EXPECT_TRUE(plan.profile);
    EXPECT_GT(plan.realtimeFrames, 0);
    EXPECT_EQ(2, plan.gridParallel);
    EXPECT_EQ("", plan.gridBrowserBinary);
    EXPECT_EQ(500, plan.responsiveness.idleMs);
    EXPECT_EQ(20000, plan.policy.maxSampleMs);
    EXPECT_EQ("why", json["description"]);
    for (const auto &cell : plan.cells) {
        if (cell.browser != "native") {
            EXPECT_EQ("1.17", cell.runtimeVersion) << cell.key();
        }
    }
    EXPECT_EQ(json, app::PlanForm::fromPlanJson(json).toPlanJson());

    app::PlanForm decoder;
    decoder.models = {"decoder-small"};
    decoder.tfjsBackends.clear();
    decoder.generation = true;
    decoder.promptTokens = 16;
    decoder.newTokens = 8;
    decoder.generations = 2;
    decoder.harness = "full";
    const auto generating = decoder.toPlanJson();
    const auto generated = experiment::parsePlan(
        generating, [&](const std::string &id) { return formatIn(catalog, id); },
        [](const std::string &id) { return id == "decoder-small"; });
    ASSERT_FALSE(generated.cells.empty());
    for (const auto &cell : generated.cells)
        EXPECT_EQ(16, cell.generation.promptTokens) << cell.key();
    const auto back = app::PlanForm::fromPlanJson(generating);
    EXPECT_TRUE(back.generation);
    EXPECT_EQ(8, back.newTokens);
    EXPECT_EQ(generating, back.toPlanJson());

    app::PlanForm calibration;
    calibration.models = {"mobilenetv2"};
    calibration.tfjsBackends.clear();
    calibration.harness = "calibrate";
    calibration.native = false;
    const auto calibrating = calibration.toPlanJson();
    const auto calibrated =
        experiment::parsePlan(calibrating, [&](const std::string &id) { return formatIn(catalog, id); });
    ASSERT_EQ(1u, calibrated.cells.size());
    EXPECT_EQ("calibrate", calibrated.cells.front().harness);
    EXPECT_EQ("calibrate", app::PlanForm::fromPlanJson(calibrating).harness);
}

TEST(PlanBuilder, SavePlanIsOffAndTheReasonPlainWhileThePlanCannotRun)
{
    const auto catalog = sourceCatalog();
    app::PlanBuilderDialog dialog(catalog, {"mobilenetv2"});
    QPushButton *save = nullptr;
    for (auto *b : dialog.findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("Save plan…"))
            save = b;
    ASSERT_NE(nullptr, save);
    EXPECT_TRUE(save->isEnabled());
    auto *models = dialog.findChild<QListWidget *>();
    for (int i = 0; i < models->count(); ++i)
        models->item(i)->setCheckState(Qt::Unchecked);
    EXPECT_FALSE(save->isEnabled());
    EXPECT_EQ(QStringLiteral("Check at least one model."), dialog.summaryText());
    EXPECT_EQ(-1, dialog.summaryText().indexOf(QStringLiteral("plan:")));
}
