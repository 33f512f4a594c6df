// SPDX-License-Identifier: GPL-3.0-or-later
#include "LabRequest.h"

#include <QJsonArray>
#include <QSet>

namespace tessera::pool::lab {

namespace {

constexpr int kShownCharacters = 10;

const QSet<QString>& passwordKeys()
{
    static const QSet<QString> keys{QStringLiteral("PASSWORD"), QStringLiteral("NEW_PASSWORD"),
                                    QStringLiteral("Password"), QStringLiteral("ProposedPassword"),
                                    QStringLiteral("PreviousPassword")};
    return keys;
}

const QSet<QString>& tokenKeys()
{
    static const QSet<QString> keys{QStringLiteral("AccessToken"),
                                    QStringLiteral("IdToken"),
                                    QStringLiteral("RefreshToken"),
                                    QStringLiteral("REFRESH_TOKEN"),
                                    QStringLiteral("Session"),
                                    QStringLiteral("SecretCode"),
                                    QStringLiteral("SRP_A"),
                                    QStringLiteral("SRP_B"),
                                    QStringLiteral("SALT"),
                                    QStringLiteral("SECRET_BLOCK"),
                                    QStringLiteral("DeviceGroupKey"),
                                    QStringLiteral("PASSWORD_CLAIM_SIGNATURE"),
                                    QStringLiteral("PASSWORD_CLAIM_SECRET_BLOCK")};
    return keys;
}

QJsonValue maskedValue(const QString& key, const QJsonValue& value)
{
    if (value.isObject()) {
        return masked(value.toObject());
    }
    if (value.isArray()) {
        QJsonArray items;
        for (const QJsonValue& item : value.toArray()) {
            items.append(item.isObject() ? QJsonValue(masked(item.toObject())) : item);
        }
        return items;
    }
    if (!value.isString()) {
        return value;
    }
    if (passwordKeys().contains(key)) {
        return QStringLiteral("********");
    }
    if (tokenKeys().contains(key)) {
        return maskedToken(value.toString());
    }
    return value;
}

} // namespace

QString maskedToken(const QString& token)
{
    if (token.size() <= kShownCharacters) {
        return QString(token.size(), QLatin1Char('*'));
    }
    return token.left(kShownCharacters) + QStringLiteral("…(%1 characters)").arg(token.size());
}

QJsonObject masked(const QJsonObject& json)
{
    QJsonObject out;
    for (auto it = json.begin(); it != json.end(); ++it) {
        out.insert(it.key(), maskedValue(it.key(), it.value()));
    }
    return out;
}

} // namespace tessera::pool::lab
