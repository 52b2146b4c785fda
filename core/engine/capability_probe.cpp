#include "core/engine/capability_probe.h"

#include "core/json/untrusted_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace inferscope::engine {

CapabilityProbe::CapabilityProbe(HarnessServer &server, browser::DriverFactory drivers,
                                 std::vector<std::string> browsers, int timeoutMs, QObject *parent)
    : QObject(parent), m_server(server), m_drivers(std::move(drivers)), m_browsers(std::move(browsers))
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        settle({{"available", true},
                {"error",
                 "the capability page did not answer within " + std::to_string(m_timeout.interval() / 1000) + " s"}});
    });
    connect(&m_server, &HarnessServer::eventReceived, this, &CapabilityProbe::onEvents);
}

CapabilityProbe::~CapabilityProbe()
{
    if (m_driver)
        m_driver->close();
}

void CapabilityProbe::start()
{
    m_index = 0;
    next();
}

void CapabilityProbe::next()
{
    if (m_index >= m_browsers.size()) {
        Q_EMIT finished();
        return;
    }
    const std::string &browser = m_browsers[m_index];
    m_runId = "capabilities-" + browser;
    m_driver = m_drivers ? m_drivers(browser) : nullptr;
    if (!m_driver) {
        settle({{"available", false}, {"error", "browser " + browser + " is not available on this machine"}});
        return;
    }
    // WebGPU and WebGL switched on where a browser needs prefs for them, as a run of those backends would.
    m_driver->setRunSettings({true, true, false});
    connect(m_driver.get(), &browser::BrowserDriver::failed, this, [this](const QString &reason) {
        settle({{"available", true}, {"error", "the browser failed: " + reason.toStdString()}});
    });
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("config"), QString::fromStdString(nlohmann::json{{"run", m_runId}}.dump()));
    m_timeout.start();
    m_driver->open(m_server.harnessUrl(QStringLiteral("capabilities.html"), query));
}

void CapabilityProbe::onEvents(const QJsonObject &message)
{
    if (m_runId.empty() || message.value(QStringLiteral("run")).toString().toStdString() != m_runId)
        return; // another page's, or a straggler of a browser already settled
    for (const QJsonValue &value : message.value(QStringLiteral("batch")).toArray()) {
        const QJsonObject event = value.toObject();
        const QString type = event.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("capabilities")) {
            // Through the untrusted parser: the page is the browser's, its answer is data from outside.
            const QByteArray text =
                QJsonDocument(event.value(QStringLiteral("capabilities")).toObject()).toJson(QJsonDocument::Compact);
            try {
                settle({{"available", true}, {"capabilities", untrusted::parseUntrusted(text.toStdString())}});
            } catch (const std::exception &e) {
                settle({{"available", true}, {"error", std::string("unreadable answer: ") + e.what()}});
            }
            return;
        }
        if (type == QLatin1String("error")) {
            settle({{"available", true}, {"error", event.value(QStringLiteral("message")).toString().toStdString()}});
            return;
        }
    }
}

void CapabilityProbe::settle(nlohmann::json entry)
{
    if (m_index >= m_browsers.size())
        return;
    m_timeout.stop();
    if (m_driver) {
        entry["version"] = m_driver->version().toStdString();
        m_driver->disconnect(this);
        m_driver->close();
        m_driver.reset();
    }
    m_result[m_browsers[m_index]] = std::move(entry);
    m_runId.clear();
    ++m_index;
    // The next browser from the event loop, not from inside this one's callback (a driver may still be unwinding).
    QMetaObject::invokeMethod(this, &CapabilityProbe::next, Qt::QueuedConnection);
}

} // namespace inferscope::engine
