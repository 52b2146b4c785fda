#pragma once
// The DevTools Protocol features InferScope uses on one page, shared by every Chromium-based driver
// (external Chromium through a flattened session, the embedded QtWebEngine through its page target):
// the JS heap (Performance.getMetrics), injected clicks (Input.dispatchMouseEvent) and a trace
// (Tracing with timeline and frame categories, streamed back through IO.read when it ends).

#include "core/browser/browser_driver.h"
#include "core/browser/json_rpc_socket.h"

#include <QByteArray>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <functional>

namespace inferscope::browser {

class CdpPage {
public:
    /// Categories of a recorded trace: tasks, timeline, frames, V8 execution and user timings.
    static const char *traceCategories();

    /// `sessionId` is empty for a connection made straight to the page's target.
    void attach(JsonRpcSocket *socket, QString sessionId = {});
    void detach();
    bool attached() const { return !m_socket.isNull(); }

    /// Page.navigate.
    void navigate(const QUrl &url);
    /// Performance.enable (needed before getMetrics); `done` runs when the browser acknowledged it.
    void enableMetrics(std::function<void()> done = {});
    bool jsHeap(std::function<void(double used, double total)> reply);
    /// A left click (press and release) at (x, y) in CSS pixels of the page's viewport. The browser
    /// acknowledges the release once the page handled it; until then further clicks are refused.
    ClickResult click(int x, int y);

    /// Before the harness loads: metrics on, and the trace started when `trace`; then `ready` (also when
    /// the trace could not start: the run measures anyway and finishTrace says why).
    void prepare(bool trace, std::function<void()> ready);
    /// Tracing.start; `done(ok, error)` when it runs.
    void startTrace(std::function<void(bool ok, const QString &error)> done);
    bool tracing() const { return m_tracing; }
    /// Tracing.end, then the whole trace (Chrome trace-event JSON) or an error.
    void endTrace(std::function<void(const QByteArray &trace, const QString &error)> done);
    /// endTrace when a trace runs; otherwise `done` at once with why not (`unattachedReason` when the
    /// page was never attached).
    void finishTrace(std::function<void(const QByteArray &trace, const QString &error)> done,
                     const QString &unattachedReason);
    /// Events of the connection: the driver forwards them (Tracing.tracingComplete).
    void onNotification(const QJsonObject &message);

private:
    void call(const QString &method, const QJsonObject &params, JsonRpcSocket::Reply reply = {});
    void readStream(const QString &handle);

    QPointer<JsonRpcSocket> m_socket;
    QString m_session;
    bool m_tracing = false;
    bool m_clickInFlight = false;
    QString m_traceError; ///< why Tracing.start failed
    QByteArray m_trace;
    std::function<void(const QByteArray &, const QString &)> m_traceDone;
};

} // namespace inferscope::browser
