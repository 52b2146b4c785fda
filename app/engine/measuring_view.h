#pragma once
// The view the embedded browser measures in when its page is not shown. Chromium gives a page without a
// view, or in a hidden or minimised one, no animation frames and throttles its timers, so the view must be
// "shown" for as long as a plan runs. On X11, Qt 6.4 maps a top-level window even with
// Qt::WA_DontShowOnScreen (checked: a 1280x800 window appeared over the workbench and took its clicks), and
// a child of the main window stops rendering when the window is minimised (checked: the frame counter
// stopped). So the view is a top-level that the window manager never manages (no taskbar entry, no focus,
// no clicks) placed beyond every screen's edge, at a desktop-like size.

#include <QWebEngineView>
#include <memory>

namespace inferscope::app {

/// A shown measuring view no user can see: off every screen, unmanaged, never focused. Size 1280x800.
std::unique_ptr<QWebEngineView> makeOffScreenMeasuringView();

/// True when `widget` is a window no user sees: it has no pixel on any screen and bypasses the window manager.
bool isOffScreen(const QWidget &widget);

} // namespace inferscope::app
