#include "app/engine/embedded_devtools.h"

#include <QByteArray>
#include <QLoggingCategory>
#include <QtGlobal>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace inferscope::app {
namespace {
// A port the kernel considers free right now. Another process could take it before QtWebEngine binds
// it; the embedded driver then finds no DevTools endpoint and runs without CDP extras, saying so.
int freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}
} // namespace

namespace {
/// Adds `flag` to the embedded Chromium's flags unless a flag of the same name is already there (the user's wins).
void addChromiumFlag(const QByteArray &flag)
{
    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    const QByteArray name = flag.left(flag.indexOf('=') < 0 ? flag.size() : flag.indexOf('='));
    if (flags.contains(name))
        return;
    if (!flags.isEmpty())
        flags.append(' ');
    flags.append(flag);
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags);
}
} // namespace

void enablePreciseMemoryInfo()
{
    addChromiumFlag("--enable-precise-memory-info");
}

void quietEmbeddedBrowserLogs()
{
    // Chromium's ERROR lines ("WebGL2 blocklisted", GPU context retries) and QtWebEngine's start-up dump
    // would bury InferScope's own progress lines; what a run needs from the page arrives over the harness.
    // QTWEBENGINE_CHROMIUM_FLAGS="--log-level=0" or QT_LOGGING_RULES bring them back.
    addChromiumFlag("--log-level=3");
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("qt.webenginecontext.info=false"));
}

void enableEmbeddedDevTools()
{
    if (!qEnvironmentVariableIsEmpty("QTWEBENGINE_REMOTE_DEBUGGING"))
        return;
    if (const int port = freeLoopbackPort(); port > 0)
        qputenv("QTWEBENGINE_REMOTE_DEBUGGING", QByteArray("127.0.0.1:").append(QByteArray::number(port)));
}

int embeddedDevToolsPort()
{
    const QByteArray value = qgetenv("QTWEBENGINE_REMOTE_DEBUGGING");
    const qsizetype colon = value.lastIndexOf(':');
    const QByteArray host = colon >= 0 ? value.left(colon) : QByteArray("127.0.0.1");
    if (host != "127.0.0.1" && host != "localhost")
        return 0; // not a loopback endpoint: InferScope does not use it
    bool ok = false;
    const int port = (colon >= 0 ? value.mid(colon + 1) : value).toInt(&ok);
    return ok ? port : 0;
}

} // namespace inferscope::app
