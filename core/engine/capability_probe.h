#pragma once
// What each browser offers for inference, asked of the browser itself: its capability page
// (resources/harness/capabilities.html) tests WebAssembly SIMD and threads, WebGL (renderer), WebGPU
// (adapter) and WebNN (a context), and posts the answers to the harness server. Browsers are probed one
// at a time, each with a deadline; a browser that is missing, crashes or never answers gets an entry
// that says so. The result: {"<browser>": {"available", "capabilities" | "error"}, ...}.

#include "core/browser/browser_driver.h"
#include "core/engine/harness_server.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace inferscope::engine {

class CapabilityProbe : public QObject {
    Q_OBJECT
public:
    CapabilityProbe(HarnessServer &server, browser::DriverFactory drivers, std::vector<std::string> browsers,
                    int timeoutMs = 60000, QObject *parent = nullptr);
    ~CapabilityProbe() override;
    void start();
    const nlohmann::json &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    void next();
    void onEvents(const QJsonObject &message);
    void settle(nlohmann::json entry);

    HarnessServer &m_server;
    browser::DriverFactory m_drivers;
    std::vector<std::string> m_browsers;
    std::size_t m_index = 0;
    std::unique_ptr<browser::BrowserDriver> m_driver;
    std::string m_runId;
    QTimer m_timeout;
    nlohmann::json m_result = nlohmann::json::object();
};

} // namespace inferscope::engine
