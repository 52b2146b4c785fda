#include "app/engine/embedded_devtools.h"

#include <QByteArray>
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

void enablePreciseMemoryInfo()
{
    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    if (flags.contains("--enable-precise-memory-info"))
        return;
    if (!flags.isEmpty())
        flags.append(' ');
    flags.append("--enable-precise-memory-info");
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags);
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
