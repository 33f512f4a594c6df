// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonOutput.h"

#include "otp/Base32.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tessera::cli {

namespace {

QByteArray encodeValue(const QJsonValue& value)
{
    // QJsonDocument only serialises arrays and objects: wrap the value and strip the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

} // namespace

QByteArray orderedJsonObject(const QList<std::pair<QString, QJsonValue>>& members)
{
    QByteArray out = "{";
    for (qsizetype i = 0; i < members.size(); ++i) {
        if (i > 0) {
            out += ", ";
        }
        out += encodeValue(members[i].first) + ": " + encodeValue(members[i].second);
    }
    out += "}";
    return out;
}

QList<std::pair<QString, QJsonValue>> parameterFields(const otp::OtpParameters& parameters,
                                                      bool withSecret)
{
    // Counters beyond 2^53 do not fit a JSON number exactly; write those as strings.
    const quint64 counter = parameters.counter();
    const QJsonValue counterValue = counter <= (quint64(1) << 53)
                                        ? QJsonValue(double(counter))
                                        : QJsonValue(QString::number(counter));
    QList<std::pair<QString, QJsonValue>> fields = {
        {QStringLiteral("type"), otp::typeName(parameters.type())},
        {QStringLiteral("issuer"), parameters.issuer()},
        {QStringLiteral("account"), parameters.account()},
    };
    if (withSecret) {
        fields.append({QStringLiteral("secret"), otp::base32::encode(parameters.secret().span())});
    }
    fields.append({QStringLiteral("algorithm"), otp::algorithmName(parameters.algorithm())});
    fields.append({QStringLiteral("digits"), parameters.digits()});
    fields.append({QStringLiteral("period"), parameters.isTimeBased()
                                                 ? QJsonValue(parameters.period())
                                                 : QJsonValue(QJsonValue::Null)});
    fields.append({QStringLiteral("counter"), parameters.type() == otp::OtpType::Hotp
                                                  ? counterValue
                                                  : QJsonValue(QJsonValue::Null)});
    return fields;
}

} // namespace tessera::cli
