// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <utility>

namespace tessera::pool::serve {

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

// One HTTP/1.1 request as it came off a connection: the request line split, the headers in
// order with their names as sent, and the body.
struct HttpRequest
{
    QByteArray method;
    // Before '?' and after it, still percent-encoded, as SigV4 signs them.
    QByteArray path;
    QByteArray query;
    HttpHeaders headers;
    QByteArray body;
    // HTTP/1.1 unless Connection: close; HTTP/1.0 only with Connection: keep-alive.
    bool keepAlive = true;
    // The client's address, as the connection saw it.
    QString peerAddress;

    // The value of header `name` (any case), repeated ones joined by commas as RFC 9110 allows;
    // empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
};

// One answer: status, headers (Content-Length and Connection are added when written) and body.
struct HttpResponse
{
    int status = 200;
    HttpHeaders headers;
    QByteArray body;
    // Close the connection once written: after a request that left the stream unreadable.
    bool close = false;

    // The status line, headers and body as bytes on the wire.
    QByteArray serialize(bool keepAlive) const;
    // "OK", "Bad Request"... for the status line.
    static QByteArray reasonPhrase(int status);
};

} // namespace tessera::pool::serve
