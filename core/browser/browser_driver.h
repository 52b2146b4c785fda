#pragma once
// What the orchestrator needs from a browser: open a URL in a fresh browsing context, close it, and
// say when the browser itself failed (renderer crash, page that cannot load). Results never travel
// through the driver: the page posts them to the HarnessServer, the same way in every browser.

#include <QByteArray>
#include <QObject>
#include <QUrl>
#include <algorithm>
#include <functional>
#include <memory>

namespace inferscope::browser {

/// The outcome of an injected click.
enum class ClickResult {
    Sent,       ///< on its way to the page
    InFlight,   ///< not sent: the previous click is not handled yet (clicks never queue up behind a busy page,
                ///< which would add the queue's wait to every later click's delay)
    Unsupported ///< this browser connection cannot inject input (or the page is not attached yet)
};

/// What a run asks of the browser beyond loading its page.
struct RunSettings {
    bool webgpu = false; ///< the cell's backend is WebGPU: switch it on where the browser needs prefs for it
    bool webgl = false;  ///< the backend is WebGL: Firefox has it only with a display (PLATFORM.md)
    bool trace = false;  ///< record a browser trace for the run where the protocol allows it (CDP)
};

class BrowserDriver : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~BrowserDriver() override = default;

    virtual QString name() const = 0;
    virtual QString version() const = 0;
    /// Applies to the next open().
    void setRunSettings(const RunSettings &settings) { m_settings = settings; }
    /// Loads `url` in a fresh profile (no cache, no storage shared with earlier runs).
    virtual void open(const QUrl &url) = 0;
    /// Ends the browsing context and everything it started.
    virtual void close() = 0;
    /// The process whose tree holds the browser's processes (for memory timelines); -1 when unknown.
    virtual qint64 rootPid() const { return -1; }
    /// Why this run lacks the protocol extras (JS heap, injected clicks, trace) that this browser
    /// normally has; empty when they work or the browser never has them.
    virtual QString protocolProblem() const { return {}; }
    /// Where the run executed when that is not this machine (a Selenium Grid node's URI); empty locally.
    virtual QString node() const { return {}; }
    /// When (Unix ms) a remote endpoint granted the session: a Grid may queue the request until a node
    /// is free, so the node is busy from here, not from when the run asked. 0 when not remote.
    virtual double sessionGrantedMs() const { return 0; }
    /// Asks the page's JavaScript heap size (used, total bytes) where the protocol exposes it; `reply`
    /// runs later on this thread. Returns false when this browser cannot tell.
    virtual bool requestJsHeap(std::function<void(double used, double total)> reply)
    {
        Q_UNUSED(reply);
        return false;
    }
    /// Injects a left click at (x, y) CSS pixels of the page, without waiting for the page to handle it.
    virtual ClickResult click(int x, int y)
    {
        Q_UNUSED(x);
        Q_UNUSED(y);
        return ClickResult::Unsupported;
    }
    /// Ends the run's trace (RunSettings::trace) and hands over its bytes (Chrome trace-event JSON) or
    /// why there is none; `done` runs later on this thread. Returns false when no trace is recorded.
    virtual bool finishTrace(std::function<void(const QByteArray &trace, const QString &error)> done)
    {
        Q_UNUSED(done);
        return false;
    }

    /// What the browser's own process printed during the run (its stderr: D-Bus, GL and crash messages),
    /// the first kMaxProcessLogBytes of it; empty for browsers InferScope does not start (embedded, Grid).
    /// Kept out of InferScope's own output and stored with the run (attachments/RUN.browser.log.zst).
    const QByteArray &processLog() const { return m_processLog; }
    /// Bytes printed beyond kMaxProcessLogBytes, counted but not kept.
    qint64 processLogDropped() const { return m_processLogDropped; }
    static constexpr qint64 kMaxProcessLogBytes = 1 << 20;

Q_SIGNALS:
    void failed(const QString &reason);

protected:
    void appendProcessLog(const QByteArray &bytes)
    {
        const qint64 room = std::max<qint64>(0, kMaxProcessLogBytes - m_processLog.size());
        m_processLog.append(bytes.left(room));
        m_processLogDropped += std::max<qint64>(0, bytes.size() - room);
    }
    void clearProcessLog()
    {
        m_processLog.clear();
        m_processLogDropped = 0;
    }
    RunSettings m_settings;

private:
    QByteArray m_processLog;
    qint64 m_processLogDropped = 0;
};

/// Makes a driver for a browser name from the plan ("qtwebengine", ...); nullptr if unavailable.
using DriverFactory = std::function<std::unique_ptr<BrowserDriver>(const std::string &browser)>;

} // namespace inferscope::browser
