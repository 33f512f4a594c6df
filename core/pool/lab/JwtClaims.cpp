// SPDX-License-Identifier: GPL-3.0-or-later
#include "JwtClaims.h"

#include <QJsonDocument>

namespace tessera::pool::lab {

Expected<QJsonObject> JwtClaims::decode(const QString& token)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3) {
        return makeError(
            tr("not a JWT: it has %n parts separated by dots, not 3", nullptr, int(parts.size())));
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        parts[1].toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return makeError(tr("not a JWT: its payload is not Base64url"));
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return makeError(tr("not a JWT: its payload is not a JSON object"));
    }
    return document.object();
}

qint64 JwtClaims::lifetime(const QJsonObject& claims)
{
    const qint64 issued = qint64(claims.value(QStringLiteral("iat")).toDouble());
    const qint64 expires = qint64(claims.value(QStringLiteral("exp")).toDouble());
    return issued > 0 && expires > issued ? expires - issued : 0;
}

} // namespace tessera::pool::lab
