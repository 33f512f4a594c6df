// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpConnection.h"

#include "CognitoEndpoint.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QUuid>

namespace tessera::pool::serve {

namespace {

// The error name a transport refusal carries in __type and x-amzn-ErrorType.
const char* transportErrorType(int status)
{
    switch (status) {
    case 408:
        return "RequestTimeoutException";
    case 411:
        return "LengthRequiredException";
    case 413:
        return "RequestEntityTooLargeException";
    case 414:
    case 431:
        return "RequestHeaderFieldsTooLargeException";
    case 500:
        return errors::kInternalError;
    case 505:
        return "HttpVersionNotSupportedException";
    default:
        return "BadRequestException";
    }
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket* socket, const ServeLimits& limits, Handler handler,
                               QObject* parent)
    : QObject(parent), m_socket(socket), m_limits(limits), m_handler(std::move(handler)),
      m_parser(limits.http)
{
    m_socket->setParent(this);
    // Qt stops reading from the kernel once this much waits unread, so a client that sends
    // while its request is being answered is slowed by TCP instead of filling memory.
    m_socket->setReadBufferSize(limits.http.maxHeaderBytes + limits.http.maxBodyBytes);
    for (QTimer* timer : {&m_requestTimer, &m_idleTimer, &m_lingerTimer}) {
        timer->setSingleShot(true);
    }
    m_requestTimer.setInterval(limits.requestTimeoutMs);
    m_lingerTimer.setInterval(limits.lingerMs);
    connect(&m_requestTimer, &QTimer::timeout, this, [this] {
        refuse(408, QStringLiteral("The request did not arrive whole within %1 ms.")
                        .arg(m_limits.requestTimeoutMs));
    });
    connect(&m_idleTimer, &QTimer::timeout, this, &HttpConnection::closeGracefully);
    connect(&m_lingerTimer, &QTimer::timeout, this, &HttpConnection::abort);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readAvailable);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::abort);
    connect(&m_watcher, &QFutureWatcher<HttpResponse>::finished, this, &HttpConnection::answered);
    armTimers();
    // Bytes may have arrived before this object was connected to the socket.
    if (m_socket->bytesAvailable() > 0) {
        QMetaObject::invokeMethod(this, &HttpConnection::readAvailable, Qt::QueuedConnection);
    }
}

HttpConnection::~HttpConnection()
{
    m_watcher.disconnect(this);
}

QString HttpConnection::newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

HttpResponse HttpConnection::transportError(int status, const QString& message,
                                            const QString& requestId)
{
    HttpResponse response = CognitoEndpoint::errorResponse(
        {QString::fromLatin1(transportErrorType(status)), message}, requestId, status);
    response.close = true;
    return response;
}

void HttpConnection::abort()
{
    if (m_closed) {
        return;
    }
    m_closed = true;
    m_requestTimer.stop();
    m_idleTimer.stop();
    m_lingerTimer.stop();
    m_socket->disconnect(this);
    m_socket->abort();
    emit closed();
}

void HttpConnection::setCrowded(bool crowded)
{
    m_crowded = crowded;
    // Only a connection kept alive after an answer gives way: a new one has its first request on
    // the way.
    if (crowded && m_answered > 0 && !m_busy && !m_lingering && !m_parser.inRequest() &&
        m_buffer.isEmpty() && m_socket->bytesAvailable() == 0) {
        closeGracefully();
    }
}

void HttpConnection::armTimers()
{
    if (m_closed || m_lingering) {
        return;
    }
    if (m_busy) {
        m_requestTimer.stop();
        m_idleTimer.stop();
    } else if (m_parser.inRequest()) {
        m_idleTimer.stop();
        if (!m_requestTimer.isActive()) {
            m_requestTimer.start();
        }
    } else {
        m_requestTimer.stop();
        // A new connection has as long to start its request as a request has to arrive.
        m_idleTimer.start(m_answered == 0 ? m_limits.requestTimeoutMs : m_limits.idleTimeoutMs);
    }
}

void HttpConnection::readAvailable()
{
    if (m_closed) {
        return;
    }
    if (m_lingering) {
        const QByteArray dropped = m_socket->readAll();
        m_drained += dropped.size();
        if (m_drained > m_limits.maxDrainBytes) {
            abort();
        }
        return;
    }
    if (m_busy) {
        return; // read once the answer is out
    }
    process();
}

void HttpConnection::process()
{
    const qsizetype capacity = m_limits.http.maxHeaderBytes + m_limits.http.maxBodyBytes + 1;
    while (!m_closed && !m_busy && !m_lingering) {
        if (m_buffer.size() < capacity && m_socket->bytesAvailable() > 0) {
            m_buffer.append(m_socket->read(capacity - m_buffer.size()));
        }
        switch (m_parser.parse(m_buffer)) {
        case HttpRequestParser::Status::Failed:
            refuse(m_parser.failureStatus(), m_parser.failure());
            return;
        case HttpRequestParser::Status::Complete:
            dispatch(m_parser.take());
            break;
        case HttpRequestParser::Status::NeedMore:
            if (m_parser.expectsContinue() && !m_continueSent && m_buffer.isEmpty()) {
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                m_continueSent = true;
            }
            if (m_socket->bytesAvailable() == 0 || m_buffer.size() >= capacity) {
                armTimers();
                return;
            }
            break;
        }
    }
}

void HttpConnection::dispatch(HttpRequest request)
{
    m_continueSent = false;
    m_keepAlive = request.keepAlive;
    m_requestId = newRequestId();
    request.peerAddress = m_socket->peerAddress().toString();
    m_busy = true;
    armTimers();
    m_watcher.setFuture(m_handler(request, m_requestId));
}

void HttpConnection::answered()
{
    if (m_closed) {
        return;
    }
    const QFuture<HttpResponse> future = m_watcher.future();
    m_busy = false;
    ++m_answered;
    if (future.isCanceled() || future.resultCount() == 0) {
        write(transportError(500, QStringLiteral("The engine stopped before it answered."),
                             m_requestId),
              false);
        return;
    }
    write(future.result(), m_keepAlive && !m_crowded);
    if (!m_closed && !m_lingering) {
        // Requests the client sent behind this one (pipelining) are waiting in the buffer.
        process();
        armTimers();
    }
}

void HttpConnection::write(const HttpResponse& response, bool keepAlive)
{
    keepAlive = keepAlive && !response.close;
    m_socket->write(response.serialize(keepAlive));
    if (keepAlive) {
        return;
    }
    m_keepAlive = false;
    if (response.close) {
        // The stream was left mid-request: the client may still be sending.
        startLinger();
    } else {
        closeGracefully();
    }
}

void HttpConnection::refuse(int status, const QString& message)
{
    m_busy = false;
    write(transportError(status, message, newRequestId()), false);
}

void HttpConnection::closeGracefully()
{
    // Closes once what was written is sent; disconnected() then ends this connection.
    m_requestTimer.stop();
    m_idleTimer.stop();
    m_lingering = true;
    m_lingerTimer.start();
    m_socket->disconnectFromHost();
}

void HttpConnection::startLinger()
{
    m_lingering = true;
    m_requestTimer.stop();
    m_idleTimer.stop();
    m_lingerTimer.start();
    m_buffer.clear();
    m_socket->setReadBufferSize(0);
    readAvailable();
}

} // namespace tessera::pool::serve
