#include "core/browser/cdp_page.h"

#include <QJsonArray>

namespace inferscope::browser {
namespace {
QString errorOf(const QJsonObject &reply)
{
    return reply.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
}
} // namespace

const char *CdpPage::traceCategories()
{
    return "toplevel,devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline."
           "frame,"
           "v8.execute,blink.user_timing,loading";
}

void CdpPage::attach(JsonRpcSocket *socket, QString sessionId)
{
    m_socket = socket;
    m_session = std::move(sessionId);
}

void CdpPage::detach()
{
    m_socket = nullptr;
    m_session.clear();
    m_tracing = false;
    m_clickInFlight = false;
    if (auto done = std::move(m_traceDone)) {
        m_traceDone = nullptr;
        done({}, QStringLiteral("the browser connection closed before the trace was read"));
    }
}

void CdpPage::call(const QString &method, const QJsonObject &params, JsonRpcSocket::Reply reply)
{
    if (m_socket)
        m_socket->call(method, params, std::move(reply), m_session);
}

void CdpPage::navigate(const QUrl &url)
{
    call(QStringLiteral("Page.navigate"), {{QStringLiteral("url"), url.toString()}});
}

void CdpPage::enableMetrics(std::function<void()> done)
{
    call(QStringLiteral("Performance.enable"), {}, [done = std::move(done)](const QJsonObject &) {
        if (done)
            done();
    });
}

bool CdpPage::jsHeap(std::function<void(double used, double total)> reply)
{
    if (!attached())
        return false;
    call(QStringLiteral("Performance.getMetrics"), {}, [reply = std::move(reply)](const QJsonObject &r) {
        double used = -1, total = -1;
        const QJsonArray metrics =
            r.value(QStringLiteral("result")).toObject().value(QStringLiteral("metrics")).toArray();
        for (const QJsonValue &m : metrics) {
            const QString name = m.toObject().value(QStringLiteral("name")).toString();
            if (name == QLatin1String("JSHeapUsedSize"))
                used = m.toObject().value(QStringLiteral("value")).toDouble();
            else if (name == QLatin1String("JSHeapTotalSize"))
                total = m.toObject().value(QStringLiteral("value")).toDouble();
        }
        if (used >= 0)
            reply(used, total);
    });
    return true;
}

ClickResult CdpPage::click(int x, int y)
{
    if (!attached())
        return ClickResult::Unsupported;
    if (m_clickInFlight)
        return ClickResult::InFlight;
    m_clickInFlight = true;
    for (const char *type : {"mousePressed", "mouseReleased"}) {
        JsonRpcSocket::Reply handled;
        if (type[5] == 'R')
            handled = [this](const QJsonObject &) { m_clickInFlight = false; };
        call(QStringLiteral("Input.dispatchMouseEvent"),
             {{QStringLiteral("type"), QLatin1String(type)},
              {QStringLiteral("x"), x},
              {QStringLiteral("y"), y},
              {QStringLiteral("button"), QStringLiteral("left")},
              {QStringLiteral("buttons"), 1},
              {QStringLiteral("clickCount"), 1}},
             std::move(handled));
    }
    return ClickResult::Sent;
}

void CdpPage::prepare(bool trace, std::function<void()> ready)
{
    m_traceError.clear();
    enableMetrics([this, trace, ready = std::move(ready)] {
        if (!trace)
            return ready();
        startTrace([this, ready](bool ok, const QString &error) {
            if (!ok)
                m_traceError = error;
            ready();
        });
    });
}

void CdpPage::finishTrace(std::function<void(const QByteArray &trace, const QString &error)> done,
                          const QString &unattachedReason)
{
    if (m_tracing)
        return endTrace(std::move(done));
    done({}, !m_traceError.isEmpty()       ? m_traceError
             : !unattachedReason.isEmpty() ? unattachedReason
                                           : QStringLiteral("the trace had not started"));
}

void CdpPage::startTrace(std::function<void(bool ok, const QString &error)> done)
{
    if (!attached()) {
        done(false, QStringLiteral("no DevTools connection to the page"));
        return;
    }
    call(QStringLiteral("Tracing.start"),
         {{QStringLiteral("categories"), QLatin1String(traceCategories())},
          {QStringLiteral("transferMode"), QStringLiteral("ReturnAsStream")},
          {QStringLiteral("streamFormat"), QStringLiteral("json")},
          {QStringLiteral("streamCompression"), QStringLiteral("none")}},
         [this, done = std::move(done)](const QJsonObject &r) {
             m_tracing = !r.contains(QStringLiteral("error"));
             done(m_tracing, errorOf(r));
         });
}

void CdpPage::endTrace(std::function<void(const QByteArray &trace, const QString &error)> done)
{
    if (!attached() || !m_tracing) {
        done({}, QStringLiteral("no trace is being recorded"));
        return;
    }
    m_tracing = false;
    m_trace.clear();
    m_traceDone = std::move(done);
    call(QStringLiteral("Tracing.end"), {}, [this](const QJsonObject &r) {
        if (r.contains(QStringLiteral("error")) && m_traceDone) {
            auto finish = std::move(m_traceDone);
            m_traceDone = nullptr;
            finish({}, errorOf(r));
        }
    });
}

void CdpPage::onNotification(const QJsonObject &message)
{
    if (message.value(QStringLiteral("method")).toString() != QLatin1String("Tracing.tracingComplete") || !m_traceDone)
        return;
    if (!m_session.isEmpty() && message.value(QStringLiteral("sessionId")).toString() != m_session)
        return;
    const QString stream =
        message.value(QStringLiteral("params")).toObject().value(QStringLiteral("stream")).toString();
    if (stream.isEmpty()) {
        auto finish = std::move(m_traceDone);
        m_traceDone = nullptr;
        finish({}, QStringLiteral("the browser returned no trace stream"));
        return;
    }
    readStream(stream);
}

void CdpPage::readStream(const QString &handle)
{
    call(QStringLiteral("IO.read"), {{QStringLiteral("handle"), handle}, {QStringLiteral("size"), 4 << 20}},
         [this, handle](const QJsonObject &r) {
             if (!m_traceDone)
                 return;
             if (r.contains(QStringLiteral("error"))) {
                 auto finish = std::move(m_traceDone);
                 m_traceDone = nullptr;
                 finish({}, errorOf(r));
                 return;
             }
             const QJsonObject result = r.value(QStringLiteral("result")).toObject();
             const QString data = result.value(QStringLiteral("data")).toString();
             m_trace += result.value(QStringLiteral("base64Encoded")).toBool() ? QByteArray::fromBase64(data.toLatin1())
                                                                               : data.toUtf8();
             if (!result.value(QStringLiteral("eof")).toBool()) {
                 readStream(handle);
                 return;
             }
             call(QStringLiteral("IO.close"), {{QStringLiteral("handle"), handle}});
             auto finish = std::move(m_traceDone);
             m_traceDone = nullptr;
             finish(std::exchange(m_trace, {}), {});
         });
}

} // namespace inferscope::browser
