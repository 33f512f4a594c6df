// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CognitoEndpoint.h"
#include "HttpConnection.h"
#include "util/Expected.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QTcpServer>

namespace tessera::pool::serve {

// The HTTP side of `pool serve`: listens, keeps at most ServeLimits::maxConnections
// connections (the rest wait in the listen queue), and hands each request to a CognitoEndpoint.
//
// Built on QTcpServer rather than Qt HTTP Server: the QHttpServer of Qt 6.4 (Debian 12) keeps a
// reference to the request and a raw socket pointer in its QFuture continuation, so a client
// that disconnects while the engine works leaves it writing to a deleted socket; it buffers a
// body of any size (no limit on headers or body), and has no read timeout or connection limit.
// Those are exactly a public endpoint's hazards (large bodies, slow and vanishing clients), so
// the few hundred lines of HTTP/1.1 it would save are written here, with their limits.
class PoolServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolServer)

public:
    PoolServer(CognitoEndpoint& endpoint, ServeLimits limits = {}, QObject* parent = nullptr);
    ~PoolServer() override;

    // Starts listening; port 0 takes a free one. Fails with the system's reason.
    Status listen(const QHostAddress& address, quint16 port);
    quint16 port() const { return m_server.serverPort(); }
    QHostAddress address() const { return m_server.serverAddress(); }
    // http://host:port, as clients put it in AWS_ENDPOINT_URL.
    QString url() const;

    int connectionCount() const { return int(m_connections.size()); }
    // Stops listening and closes every connection.
    void close();

private:
    void acceptConnections();

    CognitoEndpoint& m_endpoint;
    ServeLimits m_limits;
    QTcpServer m_server;
    QSet<HttpConnection*> m_connections;
    bool m_crowded = false;
};

} // namespace tessera::pool::serve
