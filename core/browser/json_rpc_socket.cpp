#include "core/browser/json_rpc_socket.h"

#include <QJsonDocument>

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

void JsonRpcSocket::call(const QString &method, const QJsonObject &params, Reply reply, const QString &sessionId)
{
    const int id = m_nextId++;
    QJsonObject message{{QStringLiteral("id"), id}, {QStringLiteral("method"), method}, {QStringLiteral("params"), params}};
    if (!sessionId.isEmpty())
        message.insert(QStringLiteral("sessionId"), sessionId);
    if (reply)
        m_pending[id] = std::move(reply);
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void JsonRpcSocket::onMessage(const QString &text)
{
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const auto it = message.contains(QStringLiteral("id")) ? m_pending.find(message.value(QStringLiteral("id")).toInt(-1)) : m_pending.end();
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
    deleteLater();
}

} // namespace inferscope::browser
