// SPDX-License-Identifier: GPL-3.0-or-later
#include "PoolServer.h"

#include <QTcpSocket>

namespace tessera::pool::serve {

PoolServer::PoolServer(CognitoEndpoint& endpoint, ServeLimits limits, QObject* parent)
    : QObject(parent), m_endpoint(endpoint), m_limits(limits)
{
    // Connections beyond the limit wait here, in the kernel, until one is let go.
    m_server.setListenBacklogSize(m_limits.listenBacklog);
    connect(&m_server, &QTcpServer::newConnection, this, &PoolServer::acceptConnections);
}

PoolServer::~PoolServer()
{
    close();
}

Status PoolServer::listen(const QHostAddress& address, quint16 port)
{
    if (!m_server.listen(address, port)) {
        return makeError(m_server.errorString());
    }
    return {};
}

QString PoolServer::url() const
{
    const QHostAddress host = address();
    const QString name = host.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(host.toString())
                             : host.toString();
    return QStringLiteral("http://%1:%2").arg(name).arg(port());
}

void PoolServer::close()
{
    m_server.close();
    const QSet<HttpConnection*> connections = m_connections;
    for (HttpConnection* connection : connections) {
        connection->abort();
    }
}

void PoolServer::acceptConnections()
{
    if (!m_server.isListening()) {
        return;
    }
    if (m_connections.size() < m_limits.maxConnections) {
        m_server.resumeAccepting();
    }
    while (m_connections.size() < m_limits.maxConnections && m_server.hasPendingConnections()) {
        QTcpSocket* socket = m_server.nextPendingConnection();
        auto* connection = new HttpConnection(
            socket, m_limits,
            [this](const HttpRequest& request, const QString& requestId) {
                return m_endpoint.respond(request, requestId);
            },
            this);
        m_connections.insert(connection);
        connection->setCrowded(m_crowded);
        connect(connection, &HttpConnection::closed, this, [this, connection] {
            m_connections.remove(connection);
            connection->deleteLater();
            // Not from inside this signal: acceptConnections() may be what closed it.
            QMetaObject::invokeMethod(this, &PoolServer::acceptConnections, Qt::QueuedConnection);
        });
    }
    const bool crowded = m_connections.size() >= m_limits.maxConnections;
    if (crowded) {
        m_server.pauseAccepting();
    }
    if (crowded != m_crowded) {
        m_crowded = crowded;
        const QSet<HttpConnection*> connections = m_connections;
        for (HttpConnection* connection : connections) {
            connection->setCrowded(crowded);
        }
    }
}

} // namespace tessera::pool::serve
