#pragma once
// JSON messages with numeric ids over a WebSocket or a pair of pipes: what the Chrome DevTools Protocol
// and WebDriver BiDi both speak. The pipes are Chromium's --remote-debugging-pipe (it reads commands on
// fd 3 and writes replies on fd 4, each message ended by a NUL byte): no port any local process could
// reach. Replies go to the callback registered with their command; everything else (events)
// is emitted as `notification`. Owned by a driver through close(), which may run inside one of this
// socket's own signals, so it is always deleted later.

#include <QJsonObject>
#include <QObject>
#include <QSocketNotifier>
#include <QUrl>
#include <QWebSocket>
#include <functional>
#include <map>

namespace inferscope::browser {

class JsonRpcSocket : public QObject {
    Q_OBJECT
public:
    using Reply = std::function<void(const QJsonObject &message)>;

    explicit JsonRpcSocket(QObject *parent = nullptr);

    void open(const QUrl &url);
    /// Speaks over pipes instead: `writeFd` carries commands to the browser, `readFd` its messages.
    /// Takes ownership of both; emits connected() at once (a pipe needs no handshake).
    void openPipes(int writeFd, int readFd);
    /// Sends {"id", "method", "params"[, "sessionId"]}; `reply` gets the whole reply message.
    void call(const QString &method, const QJsonObject &params, Reply reply = {}, const QString &sessionId = {});
    /// Drops pending replies, disconnects every receiver and schedules deletion.
    void shutDown();

Q_SIGNALS:
    void connected();
    void notification(const QJsonObject &message);
    void failed(const QString &reason);

private:
    void onMessage(const QString &text);
    void readPipe();
    void send(const QByteArray &text);

    QWebSocket m_socket;
    int m_writeFd = -1, m_readFd = -1;
    QSocketNotifier *m_readNotifier = nullptr;
    QByteArray m_pipeBuffer;
    int m_nextId = 1;
    std::map<int, Reply> m_pending;
};

} // namespace inferscope::browser
