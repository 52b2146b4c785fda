#pragma once
// The embedded browser: QtWebEngine's Chromium in this process, one fresh off-the-record profile per
// run (nothing cached or stored carries over between runs). Optionally shown in a view so the user
// can watch the page work.

#include "core/runner/browser_driver.h"

#include <QPointer>

class QWebEnginePage;
class QWebEngineProfile;
class QWebEngineView;

namespace inferscope::app {

class EmbeddedDriver : public runner::BrowserDriver {
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

    /// The page's last console messages, kept for failure reports.
    const QStringList &console() const { return m_console; }

private:
    QPointer<QWebEngineView> m_view;
    QWebEngineProfile *m_profile = nullptr;
    QWebEnginePage *m_page = nullptr;
    QStringList m_console;
};

} // namespace inferscope::app
