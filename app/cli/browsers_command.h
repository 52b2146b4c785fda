#pragma once
// The browsers and tools InferScope can drive on this machine, and (--capabilities) what each offers for
// inference, asked of the browser itself.

#include <QStringList>
#include <QTextStream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace inferscope::app {

struct BrowserInfo {
    QString id; ///< the name plans use
    QString name;
    QString version; ///< empty: not available
    QString reason;  ///< why it is not available, or what it is used for
};

/// What this machine offers: the embedded QtWebEngine, Chromium, Firefox, chromedriver, Java (for Grid).
QList<BrowserInfo> detectBrowsers();
/// Opens each of `browsers` once on the capability page (engine::CapabilityProbe) and returns its answers.
/// Needs a QApplication (the embedded browser) and runs the event loop until every browser answered.
nlohmann::json probeCapabilities(const std::vector<std::string> &browsers);
/// One probe entry as (wasm, WebGL 2 renderer, WebGPU adapter, WebNN) texts in the current language.
QStringList capabilityCells(const nlohmann::json &entry);

/// `inferscope browsers [--json]`.
int runBrowsers(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace inferscope::app
