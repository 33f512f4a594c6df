// SPDX-License-Identifier: GPL-3.0-or-later
// A Cognito endpoint for the window benchmarks: an HTTP server on 127.0.0.1 that reads AWS JSON
// 1.1 requests (X-Amz-Target: AWSCognitoIdentityProviderService.<Operation>), asks `answer` for
// the response body and sends it `latencyMs` later, as a real endpoint some way off would. It
// counts the requests per operation.
#pragma once

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

namespace tessera::bench {

class FakeCognitoEndpoint : public QObject
{
public:
    // The response body for `operation` and its request; a body with "__type" is sent as an
    // HTTP 400 error.
    using Answer = std::function<QJsonObject(const QString& operation, const QJsonObject& request)>;

    FakeCognitoEndpoint(Answer answer, int latencyMs)
        : m_answer(std::move(answer)), m_latency(latencyMs)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    int requests(const QString& operation) const { return m_counts.value(operation); }
    int requests() const
    {
        int total = 0;
        for (const int count : m_counts) {
            total += count;
        }
        return total;
    }
    void resetCounts() { m_counts.clear(); }

private:
    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            return;
        }
        const QByteArray headers = buffer.left(headerEnd);
        const QByteArray lower = headers.toLower();
        const qsizetype lengthAt = lower.indexOf("content-length:");
        const qsizetype length =
            lengthAt < 0 ? 0
                         : lower.mid(lengthAt + 15, lower.indexOf('\r', lengthAt) - lengthAt - 15)
                               .trimmed()
                               .toLongLong();
        if (buffer.size() < headerEnd + 4 + length) {
            return;
        }
        const qsizetype targetAt = lower.indexOf("x-amz-target:");
        const QString operation =
            QString::fromLatin1(headers.mid(targetAt, headers.indexOf('\r', targetAt) - targetAt)
                                    .split('.')
                                    .last()
                                    .trimmed());
        const QJsonObject request =
            QJsonDocument::fromJson(buffer.mid(headerEnd + 4, length)).object();
        buffer.remove(0, headerEnd + 4 + length);
        ++m_counts[operation];
        const QJsonObject answer = m_answer(operation, request);
        const QByteArray status =
            answer.contains(QStringLiteral("__type")) ? "400 Bad Request" : "200 OK";
        const QByteArray body = QJsonDocument(answer).toJson(QJsonDocument::Compact);
        QTimer::singleShot(m_latency, socket, [socket, body, status] {
            socket->write("HTTP/1.1 " + status +
                          "\r\nContent-Type: application/x-amz-json-1.1\r\n"
                          "x-amzn-RequestId: bench\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
        });
    }

    Answer m_answer;
    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QHash<QString, int> m_counts;
    int m_latency;
};

} // namespace tessera::bench
