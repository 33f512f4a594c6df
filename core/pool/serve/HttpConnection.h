// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpRequestParser.h"

#include <QByteArray>
#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace tessera::pool::serve {

// How much a server gives each client, and for how long.
struct ServeLimits
{
    HttpLimits http;
    // Connections served at once; further ones wait in the listen queue (up to listenBacklog,
    // beyond which the kernel makes clients retry) until one closes. While the limit is reached,
    // answers end their connection instead of keeping it alive, so waiting clients get a turn.
    int maxConnections = 1024;
    int listenBacklog = 1024;
    // From a request's first byte to its last: a client sending a byte a second is cut off.
    int requestTimeoutMs = 10'000;
    // A kept-alive connection with no request in progress is closed after this; a new
    // connection that sends nothing, after requestTimeoutMs.
    int idleTimeoutMs = 60'000;
    // After an answer that ends the connection, what the client still sends is read and dropped
    // for this long (at most maxDrainBytes), so that it reads the answer instead of a reset.
    int lingerMs = 2'000;
    qsizetype maxDrainBytes = qsizetype{64} * 1024 * 1024;
};

// One client connection: reads its requests one at a time, hands each to the handler, writes
// the answers in order, and enforces the limits and timeouts. Lives on the server's thread; the
// handler's future may finish on another, and its answer is written back on this one. Emits
// closed() once, when the socket is gone.
class HttpConnection : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    using Handler =
        std::function<QFuture<HttpResponse>(const HttpRequest& request, const QString& requestId)>;

    // Takes ownership of `socket`.
    HttpConnection(QTcpSocket* socket, const ServeLimits& limits, Handler handler,
                   QObject* parent = nullptr);
    ~HttpConnection() override;

    // Whether a request is being answered (the server waits for these when it stops).
    bool busy() const { return m_busy; }
    // Ends the connection now, answered or not.
    void abort();
    // While crowded, a connection closes after its answer, and at once if it is waiting for a
    // next request.
    void setCrowded(bool crowded);

    // A JSON error answer for a request the transport refused (size, time, syntax).
    static HttpResponse transportError(int status, const QString& message,
                                       const QString& requestId);
    static QString newRequestId();

signals:
    void closed();

private:
    void readAvailable();
    void process();
    void dispatch(HttpRequest request);
    void answered();
    void write(const HttpResponse& response, bool keepAlive);
    // Answers with a transport error, then lingers and closes.
    void refuse(int status, const QString& message);
    void startLinger();
    void closeGracefully();
    void armTimers();

    QTcpSocket* m_socket;
    ServeLimits m_limits;
    Handler m_handler;
    HttpRequestParser m_parser;
    QByteArray m_buffer;
    QTimer m_requestTimer;
    QTimer m_idleTimer;
    QTimer m_lingerTimer;
    QFutureWatcher<HttpResponse> m_watcher;
    QString m_requestId;
    bool m_busy = false;
    bool m_keepAlive = true;
    bool m_continueSent = false;
    bool m_lingering = false;
    bool m_closed = false;
    bool m_crowded = false;
    qsizetype m_drained = 0;
    int m_answered = 0;
};

} // namespace tessera::pool::serve
