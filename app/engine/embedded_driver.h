#pragma once
// The embedded browser: QtWebEngine's Chromium in this process, one fresh off-the-record profile per
// run (nothing cached or stored carries over between runs). Optionally shown in a view so the user
// can watch the page work (and so that it renders: a page without a view gets no animation frames).
// When the app opened QtWebEngine's DevTools port (embedded_devtools.h), each run first loads a blank
// page with a unique marker, finds that page's DevTools target and connects to it, so the JS heap,
// injected clicks and a trace work as in Chromium; then it loads the harness. Without the port the
// harness loads directly and the run records why those extras are missing.

#include "core/browser/cdp_driver.h"

#include <QNetworkAccessManager>

#include <QPointer>
#include <utility>
#include <vector>

class QWebEnginePage;
class QWebEngineProfile;
class QWebEngineView;

namespace inferscope::app {

class EmbeddedDriver : public browser::CdpDriver {
    Q_OBJECT
public:
    /// `view` may be null (headless); when given, the page is shown in it while it runs.
    explicit EmbeddedDriver(QWebEngineView *view = nullptr, QObject *parent = nullptr);
    ~EmbeddedDriver() override;

    QString name() const override { return QStringLiteral("qtwebengine"); }
    QString version() const override;
    void open(const QUrl &url) override;
    void close() override;
    /// InferScope itself: QtWebEngine's renderers are its children (the baseline cancels the app's own share).
    qint64 rootPid() const override;
    /// Why the DevTools extras are missing in this run (empty when they work).
    QString protocolProblem() const override { return m_devToolsProblem; }

    /// The page's last console messages, kept for failure reports.
    const QStringList &console() const { return m_console; }

private:
    void connectDevTools(int port);
    void loadHarness();

    QPointer<QWebEngineView> m_view;
    QUrl m_url;
    QString m_marker; ///< the blank page's URL that identifies its DevTools target
    bool m_harnessLoading = false;
    QString m_devToolsProblem;
    QNetworkAccessManager m_network;
    browser::JsonRpcSocket *m_socket = nullptr;

    QWebEngineProfile *m_profile = nullptr;
    QWebEnginePage *m_page = nullptr;
    /// Closed pages and their profiles, deleted from the event loop (or by the destructor, at the latest).
    std::vector<std::pair<QPointer<QWebEnginePage>, QPointer<QWebEngineProfile>>> m_retired;
    void deleteRetired();
    QStringList m_console;
};

} // namespace inferscope::app
