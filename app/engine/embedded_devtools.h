#pragma once
// The embedded QtWebEngine speaks the DevTools Protocol only when QTWEBENGINE_REMOTE_DEBUGGING names a
// port before QtWebEngine starts, and it cannot pick its own (port 0 opens nothing). So the app picks a
// free loopback port itself, once, before the QApplication exists. Like Chromium's own
// --remote-debugging-port, the port is loopback only; a user's explicit QTWEBENGINE_REMOTE_DEBUGGING is kept.

namespace inferscope::app {

/// Call before constructing the QApplication.
void enableEmbeddedDevTools();

/// Lets the embedded pages read their JS heap exactly (performance.memory is otherwise rounded to
/// 10 MB buckets): what the page reports when the DevTools endpoint stays closed. Before the QApplication.
void enablePreciseMemoryInfo();

/// Keeps the embedded Chromium's log lines and QtWebEngine's start-up dump out of InferScope's output (a
/// user's own --log-level or QT_LOGGING_RULES win). Before the QApplication.
void quietEmbeddedBrowserLogs();

/// The loopback DevTools port of the embedded browser, or 0 when it has none.
int embeddedDevToolsPort();

} // namespace inferscope::app
