#include "app/engine/plan_session.h"

#include "core/store/atomic_file.h"

#include <algorithm>

#include "app/engine/embedded_driver.h"
#include "core/browser/chromium_driver.h"
#include "core/browser/firefox_driver.h"
#include "core/browser/webdriver_driver.h"
#include "core/experiment/build_info.h"
#include "core/experiment/environment.h"
#include "core/modelcache/data_paths.h"

#include <QDateTime>
#include <QWebEngineView>

namespace inferscope::app {

store::BundleWriter openPlanBundle(const QString &outDir, const experiment::Plan &plan, bool extend)
{
    // Every run the plan asks for, so a report can list the ones that never produced a record.
    nlohmann::json planned = nlohmann::json::array();
    for (const auto &run : plan.schedule())
        planned.push_back(run.id());
    const std::filesystem::path dir = outDir.toStdString();
    std::error_code ec;
    if (std::filesystem::exists(dir / "manifest.json", ec)) {
        nlohmann::json manifest = store::readManifest(dir);
        const nlohmann::json &started = manifest.contains("plan") ? manifest["plan"] : nlohmann::json();
        if (started != plan.source) {
            if (!extend) {
                std::string differences;
                int shown = 0;
                for (const auto &op : nlohmann::json::diff(started, plan.source)) {
                    if (shown++ == 5) {
                        differences += ", ...";
                        break;
                    }
                    const std::string path = op.value("path", "");
                    differences += (differences.empty() ? "" : ", ") +
                                   (path.empty() ? std::string("the whole plan") : path.substr(1));
                }
                throw store::StoreError(
                    store::StoreErrc::InvalidArgument,
                    "'" + dir.string() + "' was started from another plan (it differs in: " + differences +
                        "); resuming would mix runs of two plans. Use another output folder, or --extend to add "
                        "this plan's runs to the bundle");
            }
            // Extending: the manifest names the plan that now describes the bundle, and keeps the earlier ones.
            nlohmann::json previous = manifest.value("previous_plans", nlohmann::json::array());
            previous.push_back(started);
            manifest["previous_plans"] = previous;
            manifest["plan"] = plan.source;
            nlohmann::json all = manifest.value("planned_runs", nlohmann::json::array());
            for (const auto &id : planned)
                if (std::find(all.begin(), all.end(), id) == all.end())
                    all.push_back(id);
            manifest["planned_runs"] = all;
            const std::string text = manifest.dump(2) + "\n";
            store::writeFileAtomically(dir / "manifest.json", std::as_bytes(std::span(text.data(), text.size())));
        }
        return store::BundleWriter::open(dir);
    }
    return store::BundleWriter::open(
        dir, {{"plan", plan.source},
              {"planned_runs", planned},
              {"inferscope_version", build::kVersion},
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
    return [grid = plan.gridUrl, binary = plan.gridBrowserBinary,
            view](const std::string &browser) -> std::unique_ptr<browser::BrowserDriver> {
        switch (experiment::parseBrowserKind(browser)) {
        case experiment::BrowserKind::QtWebEngine:
            return std::make_unique<EmbeddedDriver>(view.data());
        case experiment::BrowserKind::Chromium:
            if (!browser::ChromiumDriver::installedVersion().isEmpty())
                return std::make_unique<browser::ChromiumDriver>();
            return nullptr;
        case experiment::BrowserKind::Firefox:
            if (!browser::FirefoxDriver::installedVersion().isEmpty())
                return std::make_unique<browser::FirefoxDriver>();
            return nullptr;
        case experiment::BrowserKind::Grid:
            return std::make_unique<browser::WebDriverDriver>(QUrl(QString::fromStdString(grid)),
                                                              QString::fromStdString(binary));
        case experiment::BrowserKind::Native:
        case experiment::BrowserKind::Unknown:
            return nullptr;
        }
        return nullptr;
    };
}

} // namespace inferscope::app
