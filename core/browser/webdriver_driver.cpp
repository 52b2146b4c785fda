#include "core/browser/webdriver_driver.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>
#include <unistd.h>

namespace inferscope::browser {

WebDriverDriver::WebDriverDriver(QUrl endpoint, QString chromeBinary, QObject *parent)
    : CdpDriver(parent), m_endpoint(std::move(endpoint)), m_chromeBinary(std::move(chromeBinary))
{}

WebDriverDriver::~WebDriverDriver()
{
    close();
}

void WebDriverDriver::request(const QByteArray &verb, const QString &path, const QJsonObject &body,
                              std::function<void(int, const QJsonObject &)> done)
{
    QUrl url = m_endpoint;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + path);
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
    req.setTransferTimeout(120000); // a Grid may queue a new session until a node is free
    QNetworkReply *reply = m_network.sendCustomRequest(
        req, verb, verb == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        if (done)
            done(status == 0 ? -1 : status, json);
    });
}

void WebDriverDriver::open(const QUrl &url)
{
    m_closing = false;
    m_navigating = false;
    m_cdpProblem.clear();
    m_sessionGrantedMs = 0;
    QJsonArray args{QStringLiteral("--headless=new"), QStringLiteral("--disable-background-networking"),
                    QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
                    QStringLiteral("--no-first-run"), QStringLiteral("--disable-quic"),
                    QStringLiteral("--disable-extensions"),
                    // navigator.ml where the node's Chrome has WebNN (Windows, macOS); Linux builds say they cannot.
                    QStringLiteral("--enable-features=WebMachineLearningNeuralNetwork")};
    if (::getuid() == 0)
        args.append(QStringLiteral("--no-sandbox"));
    QJsonObject chrome{{QStringLiteral("args"), args}};
    if (!m_chromeBinary.isEmpty())
        chrome.insert(QStringLiteral("binary"), m_chromeBinary);
    const QJsonObject capabilities{
        {QStringLiteral("alwaysMatch"), QJsonObject{{QStringLiteral("browserName"), QStringLiteral("chrome")},
                                                    {QStringLiteral("goog:chromeOptions"), chrome}}}};
    request(
        "POST", QStringLiteral("/session"), {{QStringLiteral("capabilities"), capabilities}},
        [this, url](int status, const QJsonObject &json) {
            const QJsonObject value = json.value(QStringLiteral("value")).toObject();
            m_session = value.value(QStringLiteral("sessionId")).toString();
            if (status != 200 || m_session.isEmpty()) {
                if (!m_closing)
                    Q_EMIT failed(QStringLiteral("WebDriver endpoint %1 refused a session (HTTP %2): %3")
                                      .arg(m_endpoint.toString())
                                      .arg(status)
                                      .arg(value.value(QStringLiteral("message")).toString().left(300)));
                return;
            }
            m_sessionGrantedMs = static_cast<double>(QDateTime::currentMSecsSinceEpoch());
            m_browserVersion = QStringLiteral("%1 %2").arg(
                value.value(QStringLiteral("capabilities")).toObject().value(QStringLiteral("browserName")).toString(),
                value.value(QStringLiteral("capabilities"))
                    .toObject()
                    .value(QStringLiteral("browserVersion"))
                    .toString());
            findNode();
            m_url = url;
            const QString cdp =
                value.value(QStringLiteral("capabilities")).toObject().value(QStringLiteral("se:cdp")).toString();
            if (cdp.isEmpty()) {
                m_cdpProblem =
                    QStringLiteral("the WebDriver endpoint offers no DevTools connection (no se:cdp capability)");
                navigate();
            } else {
                attachDevTools(cdp);
            }
        });
}

void WebDriverDriver::attachDevTools(const QString &socketUrl)
{
    // Whatever goes wrong here, the run still measures: it navigates without the CDP extras.
    auto giveUp = [this](const QString &why) {
        m_cdpPage.detach();
        if (m_cdpProblem.isEmpty())
            m_cdpProblem = why;
        navigate();
    };
    m_socket = new JsonRpcSocket(this);
    connect(m_socket, &JsonRpcSocket::notification, this, [this](const QJsonObject &message) {
        m_cdpPage.onNotification(message);
        // A renderer killed or crashed on the node: fail now instead of waiting for the run's timeout.
        if (message.value(QStringLiteral("method")).toString() == QLatin1String("Target.targetCrashed") && !m_closing) {
            const QJsonObject p = message.value(QStringLiteral("params")).toObject();
            Q_EMIT failed(QStringLiteral("the renderer process on %1 %2 (status %3)")
                              .arg(m_node.isEmpty() ? m_endpoint.toString() : m_node,
                                   p.value(QStringLiteral("status")).toString() == QLatin1String("killed")
                                       ? QStringLiteral("was killed")
                                       : QStringLiteral("crashed"),
                                   p.value(QStringLiteral("status")).toString()));
        }
    });
    connect(m_socket, &JsonRpcSocket::failed, this, [giveUp](const QString &reason) {
        giveUp(QStringLiteral("the Grid's DevTools connection failed: %1").arg(reason));
    });
    connect(m_socket, &JsonRpcSocket::connected, this, [this, giveUp] {
        m_socket->call(QStringLiteral("Target.setDiscoverTargets"),
                       {{QStringLiteral("discover"), true}}); // for targetCrashed
        m_socket->call(QStringLiteral("Target.getTargets"), {}, [this, giveUp](const QJsonObject &r) {
            QString page;
            for (const QJsonValue &t :
                 r.value(QStringLiteral("result")).toObject().value(QStringLiteral("targetInfos")).toArray())
                if (t.toObject().value(QStringLiteral("type")).toString() == QLatin1String("page") && page.isEmpty())
                    page = t.toObject().value(QStringLiteral("targetId")).toString();
            if (page.isEmpty())
                return giveUp(QStringLiteral("the remote browser has no page target"));
            m_socket->call(QStringLiteral("Target.attachToTarget"),
                           {{QStringLiteral("targetId"), page}, {QStringLiteral("flatten"), true}},
                           [this, giveUp](const QJsonObject &attached) {
                               const QString session = attached.value(QStringLiteral("result"))
                                                           .toObject()
                                                           .value(QStringLiteral("sessionId"))
                                                           .toString();
                               if (session.isEmpty())
                                   return giveUp(QStringLiteral("the remote page could not be attached over DevTools"));
                               m_cdpPage.attach(m_socket, session);
                               m_cdpPage.prepare(m_settings.trace, [this] { navigate(); });
                           });
        });
    });
    QTimer::singleShot(15000, this, [this, giveUp] {
        if (!m_navigating && !m_closing)
            giveUp(QStringLiteral("the Grid's DevTools connection did not answer within 15 s"));
    });
    m_socket->open(QUrl(socketUrl));
}

void WebDriverDriver::navigate()
{
    if (m_navigating || m_closing || m_session.isEmpty())
        return;
    m_navigating = true;
    request("POST", QStringLiteral("/session/%1/url").arg(m_session), {{QStringLiteral("url"), m_url.toString()}},
            [this](int navStatus, const QJsonObject &nav) {
                m_navigated = navStatus == 200;
                if (navStatus != 200 && !m_closing)
                    Q_EMIT failed(QStringLiteral("navigation failed (HTTP %1): %2")
                                      .arg(navStatus)
                                      .arg(nav.value(QStringLiteral("value"))
                                               .toObject()
                                               .value(QStringLiteral("message"))
                                               .toString()
                                               .left(300)));
            });
}

void WebDriverDriver::findNode()
{
    // Selenium Grid 4's /status lists every node with the sessions in its slots; a plain chromedriver
    // has no nodes, and the run then names the endpoint itself.
    request("GET", QStringLiteral("/status"), {}, [this](int, const QJsonObject &json) {
        const QJsonArray nodes =
            json.value(QStringLiteral("value")).toObject().value(QStringLiteral("nodes")).toArray();
        for (const QJsonValue &n : nodes)
            for (const QJsonValue &slot : n.toObject().value(QStringLiteral("slots")).toArray())
                if (slot.toObject()
                        .value(QStringLiteral("session"))
                        .toObject()
                        .value(QStringLiteral("sessionId"))
                        .toString() == m_session) {
                    m_node = n.toObject().value(QStringLiteral("uri")).toString();
                    return;
                }
        if (m_node.isEmpty())
            m_node = m_endpoint.toString();
    });
}

ClickResult WebDriverDriver::click(int x, int y)
{
    if (m_session.isEmpty() || !m_navigated)
        return ClickResult::Unsupported;
    if (m_clickInFlight)
        return ClickResult::InFlight;
    m_clickInFlight = true;
    const QJsonArray steps{
        QJsonObject{{QStringLiteral("type"), QStringLiteral("pointerMove")},
                    {QStringLiteral("duration"), 0},
                    {QStringLiteral("origin"), QStringLiteral("viewport")},
                    {QStringLiteral("x"), x},
                    {QStringLiteral("y"), y}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("pointerDown")}, {QStringLiteral("button"), 0}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("pointerUp")}, {QStringLiteral("button"), 0}}};
    const QJsonObject pointer{
        {QStringLiteral("type"), QStringLiteral("pointer")},
        {QStringLiteral("id"), QStringLiteral("inferscope-mouse")},
        {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("pointerType"), QStringLiteral("mouse")}}},
        {QStringLiteral("actions"), steps}};
    request("POST", QStringLiteral("/session/%1/actions").arg(m_session),
            {{QStringLiteral("actions"), QJsonArray{pointer}}},
            [this](int, const QJsonObject &) { m_clickInFlight = false; });
    return ClickResult::Sent;
}

void WebDriverDriver::close()
{
    m_closing = true;
    m_navigating = false;
    m_cdpPage.detach();
    if (m_socket) { // close() may run inside one of the socket's signals: it deletes itself later
        m_socket->shutDown();
        m_socket = nullptr;
    }
    m_navigated = false;
    m_clickInFlight = false;
    if (m_session.isEmpty())
        return;
    // Delete synchronously (bounded): the next run's session must not queue behind this one on the node.
    QUrl url = m_endpoint;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + QStringLiteral("/session/") +
                m_session);
    QNetworkRequest req(url);
    req.setTransferTimeout(30000);
    QNetworkReply *reply = m_network.deleteResource(req);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    m_session.clear();
}

} // namespace inferscope::browser
