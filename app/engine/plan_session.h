#pragma once
// What the CLI's `run` and the GUI's Runs page both need to start a plan: the bundle opened with the
// plan and machine in its manifest, the harness server's roots, and the factory that turns a plan's
// browser name into a driver. One place, so the two front ends cannot drift apart.

#include "core/browser/browser_driver.h"
#include "core/engine/harness_server.h"
#include "core/experiment/plan.h"
#include "core/modelcache/model_cache.h"
#include "core/store/bundle.h"

#include <QPointer>
#include <QString>

#include <QWebEngineView>

namespace inferscope::app {

/// Opens (or resumes) the bundle for `plan`. Throws store::StoreError. Resuming with a plan other than
/// the one the bundle was started from is refused with the fields that differ, unless `extend`: then
/// the manifest takes the new plan (the earlier ones kept in `previous_plans`) and its planned runs.
store::BundleWriter openPlanBundle(const QString &outDir, const experiment::Plan &plan, bool extend = false);

/// The harness pages, the project's npm packages and the model cache.
engine::HarnessRoots harnessRoots(const zoo::ModelCache &cache);

/// qtwebengine (shown in `view` when one is given), chromium, firefox, grid (the plan's endpoint).
/// Browsers that are not installed give no driver: the run is then recorded as failed with the reason.
browser::DriverFactory makeDriverFactory(const experiment::Plan &plan, QPointer<QWebEngineView> view = nullptr);

} // namespace inferscope::app
