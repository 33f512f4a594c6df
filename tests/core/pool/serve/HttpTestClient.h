// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A raw HTTP/1.1 client for the serve tests and bench_serve: builds Cognito requests (signed
// with the Cognito client's own SigV4Signer, or not), and reads answers off a byte stream, so a
// test controls every byte it sends and sees every byte it gets.

#include "pool/cognito/SigV4Signer.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace tessera::pool::test {

struct HttpAnswer
{
    int status = 0;
    // Names lowercased.
    QMap<QByteArray, QByteArray> headers;
    QByteArray body;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorType() const { return json().value(QStringLiteral("__type")).toString(); }
};

// Takes answers off the front of a buffer as they complete (Content-Length bodies; 1xx answers
// are skipped).
inline std::optional<HttpAnswer> takeAnswer(QByteArray& buffer)
{
    while (true) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            return std::nullopt;
        }
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        HttpAnswer answer;
        answer.status = lines.value(0).split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            answer.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                  lines[i].mid(colon + 1).trimmed());
        }
        if (answer.status >= 100 && answer.status < 200) {
            buffer.remove(0, end + 4);
            continue;
        }
        const qsizetype length = answer.headers.value("content-length").toLongLong();
        if (buffer.size() < end + 4 + length) {
            return std::nullopt;
        }
        answer.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        return answer;
    }
}

struct RequestKey
{
    QString accessKeyId = QStringLiteral("AKIDTESSERATEST");
    QByteArray secret = "tessera-test-secret";
    QString region = QStringLiteral("us-east-1");
};

// POST / for `operation`, as an AWS SDK sends it; signed by `key` at `time` unless `key` is
// nothing.
inline QByteArray cognitoRequest(const QString& operation, const QJsonObject& body,
                                 const std::optional<RequestKey>& key = RequestKey{},
                                 const QDateTime& time = QDateTime::currentDateTimeUtc(),
                                 const QByteArray& host = "127.0.0.1",
                                 const QByteArray& contentType = "application/x-amz-json-1.1")
{
    cognito::SigningRequest request;
    request.method = "POST";
    request.headers = {
        {"Host", host},
        {"Content-Type", contentType},
        {"X-Amz-Target", "AWSCognitoIdentityProviderService." + operation.toLatin1()}};
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QList<std::pair<QByteArray, QByteArray>> headers = request.headers;
    if (key) {
        cognito::AwsCredentials credentials{
            key->accessKeyId, crypto::SecureBytes::fromView(key->secret), {}, {}};
        headers += cognito::SigV4Signer::sign(request, credentials,
                                              {key->region, QStringLiteral("cognito-idp"), time})
                       .headers;
    }
    QByteArray raw = "POST / HTTP/1.1\r\n";
    for (const auto& [name, value] : headers) {
        raw += name + ": " + value + "\r\n";
    }
    raw += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n\r\n";
    return raw + request.body;
}

} // namespace tessera::pool::test
