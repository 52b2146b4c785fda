#pragma once
// The embedded QtWebEngine speaks the DevTools Protocol only when QTWEBENGINE_REMOTE_DEBUGGING names a
// port before QtWebEngine starts, and it cannot pick its own (port 0 opens nothing). So the app picks a
// free loopback port itself, once, before the QApplication exists. Like Chromium's own
// --remote-debugging-port, the port is loopback only; a user's explicit QTWEBENGINE_REMOTE_DEBUGGING is kept.

namespace inferscope::app {

/// Call before constructing the QApplication.
void enableEmbeddedDevTools();

/// The loopback DevTools port of the embedded browser, or 0 when it has none.
int embeddedDevToolsPort();

} // namespace inferscope::app
