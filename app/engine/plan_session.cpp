#include "app/engine/plan_session.h"

#include "app/engine/embedded_driver.h"
#include "core/experiment/build_info.h"
#include "core/experiment/environment.h"
#include "core/runner/chromium_driver.h"
#include "core/runner/data_paths.h"
#include "core/runner/firefox_driver.h"
#include "core/runner/webdriver_driver.h"

#include <QDateTime>
#include <QWebEngineView>

namespace inferscope::app {

store::BundleWriter openPlanBundle(const QString &outDir, const experiment::Plan &plan)
{
    // Every run the plan asks for, so a report can list the ones that never produced a record.
    nlohmann::json planned = nlohmann::json::array();
    for (const auto &run : plan.schedule())
        planned.push_back(run.id());
    return store::BundleWriter::open(outDir.toStdString(),
                                     {{"plan", plan.source}, {"planned_runs", planned}, {"inferscope_version", build::kVersion},
                                      {"created_utc", QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString()},
                                      {"machine", experiment::toJson(experiment::captureMachine())}});
}

runner::HarnessRoots harnessRoots(const runner::ModelCache &cache)
{
    const QString data = runner::projectDataDir();
    return {data + QStringLiteral("/resources/harness"), data + QStringLiteral("/node_modules"), cache.cacheDir()};
}

runner::DriverFactory makeDriverFactory(const experiment::Plan &plan, QPointer<QWebEngineView> view)
{
    return [grid = plan.gridUrl, view](const std::string &browser) -> std::unique_ptr<runner::BrowserDriver> {
        if (browser == "qtwebengine")
            return std::make_unique<EmbeddedDriver>(view.data());
        if (browser == "chromium" && !runner::ChromiumDriver::installedVersion().isEmpty())
            return std::make_unique<runner::ChromiumDriver>();
        if (browser == "firefox" && !runner::FirefoxDriver::installedVersion().isEmpty())
            return std::make_unique<runner::FirefoxDriver>();
        if (browser == "grid")
            return std::make_unique<runner::WebDriverDriver>(QUrl(QString::fromStdString(grid)));
        return nullptr;
    };
}

} // namespace inferscope::app
