#include "app/engine/plan_session.h"

#include "app/engine/embedded_driver.h"
#include "core/experiment/build_info.h"
#include "core/experiment/environment.h"
#include "core/browser/chromium_driver.h"
#include "core/modelcache/data_paths.h"
#include "core/browser/firefox_driver.h"
#include "core/browser/webdriver_driver.h"

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

engine::HarnessRoots harnessRoots(const zoo::ModelCache &cache)
{
    const QString data = zoo::projectDataDir();
    return {data + QStringLiteral("/resources/harness"), data + QStringLiteral("/node_modules"), cache.cacheDir()};
}

browser::DriverFactory makeDriverFactory(const experiment::Plan &plan, QPointer<QWebEngineView> view)
{
    return [grid = plan.gridUrl, view](const std::string &browser) -> std::unique_ptr<browser::BrowserDriver> {
        if (browser == "qtwebengine")
            return std::make_unique<EmbeddedDriver>(view.data());
        if (browser == "chromium" && !browser::ChromiumDriver::installedVersion().isEmpty())
            return std::make_unique<browser::ChromiumDriver>();
        if (browser == "firefox" && !browser::FirefoxDriver::installedVersion().isEmpty())
            return std::make_unique<browser::FirefoxDriver>();
        if (browser == "grid")
            return std::make_unique<browser::WebDriverDriver>(QUrl(QString::fromStdString(grid)));
        return nullptr;
    };
}

} // namespace inferscope::app
