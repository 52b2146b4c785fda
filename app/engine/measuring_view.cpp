#include "app/engine/measuring_view.h"

#include <QGuiApplication>
#include <QScreen>

namespace inferscope::app {
namespace {
constexpr QSize kViewSize(1280, 800);

/// Above and left of the whole virtual desktop (X11 coordinates are 16-bit: stay above -32768).
QPoint beyondEveryScreen()
{
    QRect desktop;
    for (const QScreen *screen : QGuiApplication::screens())
        desktop = desktop.united(screen->geometry());
    const int x = std::max(-32000, desktop.left() - kViewSize.width() - 1000);
    const int y = std::max(-32000, desktop.top() - kViewSize.height() - 1000);
    return {x, y};
}
} // namespace

std::unique_ptr<QWebEngineView> makeOffScreenMeasuringView()
{
    auto view = std::make_unique<QWebEngineView>();
    view->setWindowFlags(Qt::Window | Qt::FramelessWindowHint | Qt::X11BypassWindowManagerHint |
                         Qt::WindowDoesNotAcceptFocus);
    view->setAttribute(Qt::WA_ShowWithoutActivating);
    view->setAttribute(Qt::WA_QuitOnClose,
                       false); // the process ends with the main window, never kept alive by this one
    view->setWindowTitle(QStringLiteral("InferScope measuring page"));
    view->resize(kViewSize);
    view->move(beyondEveryScreen());
    view->show();
    return view;
}

bool isOffScreen(const QWidget &widget)
{
    const QRect frame = widget.frameGeometry();
    for (const QScreen *screen : QGuiApplication::screens())
        if (screen->geometry().intersects(frame))
            return false;
    return widget.windowFlags().testFlag(Qt::X11BypassWindowManagerHint);
}

} // namespace inferscope::app
