#include "core/browser/json_rpc_socket.h"

#include <QJsonDocument>
#include <QPointer>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace inferscope::browser {

JsonRpcSocket::JsonRpcSocket(QObject *parent) : QObject(parent)
{
    connect(&m_socket, &QWebSocket::connected, this, &JsonRpcSocket::connected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &JsonRpcSocket::onMessage);
    connect(&m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) { Q_EMIT failed(m_socket.errorString()); });
}

void JsonRpcSocket::open(const QUrl &url)
{
    m_socket.open(url);
}

void JsonRpcSocket::openPipes(int writeFd, int readFd)
{
    m_writeFd = writeFd;
    m_readFd = readFd;
    ::fcntl(m_readFd, F_SETFL, ::fcntl(m_readFd, F_GETFL) | O_NONBLOCK);
    m_readNotifier = new QSocketNotifier(m_readFd, QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &JsonRpcSocket::readPipe);
    QMetaObject::invokeMethod(this, &JsonRpcSocket::connected, Qt::QueuedConnection);
}

void JsonRpcSocket::readPipe()
{
    char buffer[65536];
    for (;;) {
        const ssize_t got = ::read(m_readFd, buffer, sizeof buffer);
        if (got > 0) {
            m_pipeBuffer.append(buffer, got);
            continue;
        }
        if (got < 0 && errno == EINTR)
            continue;
        if (got == 0 || (errno != EAGAIN && errno != EWOULDBLOCK)) {
            m_readNotifier->setEnabled(false);
            Q_EMIT failed(got == 0 ? QStringLiteral("the browser closed its DevTools pipe")
                                   : QString::fromLocal8Bit(std::strerror(errno)));
            return;
        }
        break;
    }
    // Messages are NUL-terminated; a reply may arrive in pieces. Take whole ones; handlers may shut us down.
    QPointer<JsonRpcSocket> alive(this);
    qsizetype end;
    while (alive && m_readFd >= 0 && (end = m_pipeBuffer.indexOf('\0')) >= 0) {
        const QByteArray message = m_pipeBuffer.left(end);
        m_pipeBuffer.remove(0, end + 1);
        onMessage(QString::fromUtf8(message));
    }
}

void JsonRpcSocket::send(const QByteArray &text)
{
    if (m_writeFd < 0) {
        m_socket.sendTextMessage(QString::fromUtf8(text));
        return;
    }
    // Commands are small and Chromium drains the pipe: a blocking write loop is enough.
    QByteArray bytes = text + '\0';
    const char *p = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(m_writeFd, p, static_cast<size_t>(left));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            Q_EMIT failed(QStringLiteral("cannot write to the DevTools pipe: %1")
                              .arg(QString::fromLocal8Bit(std::strerror(errno))));
            return;
        }
        p += written;
        left -= written;
    }
}

void JsonRpcSocket::call(const QString &method, const QJsonObject &params, Reply reply, const QString &sessionId)
{
    const int id = m_nextId++;
    QJsonObject message{
        {QStringLiteral("id"), id}, {QStringLiteral("method"), method}, {QStringLiteral("params"), params}};
    if (!sessionId.isEmpty())
        message.insert(QStringLiteral("sessionId"), sessionId);
    if (reply)
        m_pending[id] = std::move(reply);
    send(QJsonDocument(message).toJson(QJsonDocument::Compact));
}

void JsonRpcSocket::onMessage(const QString &text)
{
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const auto it = message.contains(QStringLiteral("id"))
                        ? m_pending.find(message.value(QStringLiteral("id")).toInt(-1))
                        : m_pending.end();
    if (it == m_pending.end()) {
        Q_EMIT notification(message);
        return;
    }
    Reply reply = std::move(it->second);
    m_pending.erase(it);
    reply(message);
}

void JsonRpcSocket::shutDown()
{
    m_pending.clear();
    disconnect();
    m_socket.disconnect(this);
    m_socket.abort();
    if (m_readNotifier)
        m_readNotifier->setEnabled(false);
    for (int *fd : {&m_writeFd, &m_readFd})
        if (*fd >= 0) {
            ::close(*fd);
            *fd = -1;
        }
    deleteLater();
}

} // namespace inferscope::browser
