// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimpleJsonFormats.h"

#include "ItemBuilder.h"
#include "TransferCrypto.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace tessera::transfer {

namespace {

QString sourceOf(const QString& issuer, const QString& account)
{
    return issuer.isEmpty() ? account : issuer + QLatin1Char(':') + account;
}

void readBitwarden(const QJsonObject& root, ImportResult& result)
{
    for (const QJsonValue value : root.value(QLatin1String("items")).toArray()) {
        const QJsonObject item = value.toObject();
        const QString totp =
            item.value(QLatin1String("login")).toObject().value(QLatin1String("totp")).toString();
        if (!totp.isEmpty()) {
            result.items.push_back(
                ItemBuilder::fromUri(item.value(QLatin1String("name")).toString(), totp));
        }
    }
}

void readFreeOtpPlus(const QJsonObject& root, ImportResult& result)
{
    for (const QJsonValue value : root.value(QLatin1String("tokens")).toArray()) {
        const QJsonObject token = value.toObject();
        ItemBuilder::Fields fields;
        fields.type = token.value(QLatin1String("type")).toString();
        fields.algorithm = token.value(QLatin1String("algo")).toString();
        fields.digits = token.value(QLatin1String("digits")).toInt(otp::kDefaultDigits);
        fields.period = token.value(QLatin1String("period")).toInt(otp::kDefaultPeriod);
        fields.counter = quint64(token.value(QLatin1String("counter")).toInteger(0));
        fields.issuer = token.value(QLatin1String("issuerExt")).toString();
        fields.account = token.value(QLatin1String("label")).toString();
        // Java signed bytes.
        const QJsonArray bytes = token.value(QLatin1String("secret")).toArray();
        crypto::SecureBytes secret(std::size_t(bytes.size()));
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            secret.data()[i] = std::uint8_t(bytes[i].toInt() & 0xff);
        }
        result.items.push_back(ItemBuilder::fromBytes(sourceOf(fields.issuer, fields.account),
                                                      fields, std::move(secret)));
    }
}

void readProton(const QJsonObject& root, ImportResult& result)
{
    for (const QJsonValue value : root.value(QLatin1String("entries")).toArray()) {
        const QJsonObject content = value.toObject().value(QLatin1String("content")).toObject();
        result.items.push_back(
            ItemBuilder::fromUri(content.value(QLatin1String("name")).toString(),
                                 content.value(QLatin1String("uri")).toString()));
    }
}

void readSteamAccount(const QJsonObject& account, ImportResult& result)
{
    ItemBuilder::Fields fields;
    fields.type = QStringLiteral("steam");
    fields.issuer = QStringLiteral("Steam");
    fields.account = account.value(QLatin1String("account_name")).toString();
    const QString source = sourceOf(fields.issuer, fields.account);
    const auto secret = TransferCrypto::fromBase64(
        account.value(QLatin1String("shared_secret")).toString().toLatin1());
    if (!secret || secret->isEmpty()) {
        result.items.push_back(
            ItemBuilder::error(source, SimpleJsonFormats::tr("shared_secret is not Base64")));
        return;
    }
    result.items.push_back(
        ItemBuilder::fromBytes(source, fields, crypto::SecureBytes::fromView(*secret)));
}

void readSteam(const QJsonObject& root, ImportResult& result)
{
    if (root.contains(QLatin1String("accounts"))) {
        const QJsonObject accounts = root.value(QLatin1String("accounts")).toObject();
        for (auto it = accounts.begin(); it != accounts.end(); ++it) {
            readSteamAccount(it.value().toObject(), result);
        }
    } else {
        readSteamAccount(root, result);
    }
}

void readDuo(const QJsonArray& root, ImportResult& result)
{
    for (const QJsonValue value : root) {
        const QJsonObject account = value.toObject();
        const QJsonObject generator = account.value(QLatin1String("otpGenerator")).toObject();
        ItemBuilder::Fields fields;
        fields.account = account.value(QLatin1String("name")).toString();
        if (generator.contains(QLatin1String("counter"))) {
            fields.type = QStringLiteral("hotp");
            fields.counter = quint64(generator.value(QLatin1String("counter")).toInteger(0));
        }
        result.items.push_back(ItemBuilder::fromBase32(
            fields.account, fields, generator.value(QLatin1String("otpSecret")).toString()));
    }
}

void readStratum(const QJsonObject& root, ImportResult& result)
{
    static const QStringList algorithms = {QStringLiteral("SHA1"), QStringLiteral("SHA256"),
                                           QStringLiteral("SHA512")};
    for (const QJsonValue value : root.value(QLatin1String("Authenticators")).toArray()) {
        const QJsonObject entry = value.toObject();
        ItemBuilder::Fields fields;
        fields.issuer = entry.value(QLatin1String("Issuer")).toString();
        fields.account = entry.value(QLatin1String("Username")).toString();
        const QString source = sourceOf(fields.issuer, fields.account);
        const int type = entry.value(QLatin1String("Type")).toInt();
        const int algorithm = entry.value(QLatin1String("Algorithm")).toInt();
        if (type == 1) {
            fields.type = QStringLiteral("hotp");
        } else if (type == 2) {
            fields.type = QStringLiteral("totp");
        } else if (type == 4) {
            fields.type = QStringLiteral("steam");
        } else {
            // 3 is mOTP, 5 Yandex: Tessera has no generator for them.
            result.items.push_back(ItemBuilder::error(
                source, SimpleJsonFormats::tr(
                            "Authenticator Pro type %1 is not supported (TOTP, HOTP and Steam are)")
                            .arg(type)));
            continue;
        }
        if (algorithm < 0 || algorithm >= algorithms.size()) {
            result.items.push_back(ItemBuilder::error(
                source, SimpleJsonFormats::tr("hash algorithm code %1 is unknown").arg(algorithm)));
            continue;
        }
        fields.algorithm = algorithms[algorithm];
        fields.digits = entry.value(QLatin1String("Digits")).toInt(otp::kDefaultDigits);
        fields.period = entry.value(QLatin1String("Period")).toInt(otp::kDefaultPeriod);
        fields.counter = quint64(entry.value(QLatin1String("Counter")).toInteger(0));
        result.items.push_back(ItemBuilder::fromBase32(
            source, fields, entry.value(QLatin1String("Secret")).toString()));
    }
}

} // namespace

QString SimpleJsonFormats::detect(const QJsonDocument& document)
{
    if (document.isArray()) {
        const QJsonArray array = document.array();
        const QJsonObject first = array.isEmpty() ? QJsonObject() : array.first().toObject();
        return first.contains(QLatin1String("otpGenerator")) ? QStringLiteral("duo") : QString();
    }
    const QJsonObject root = document.object();
    if (root.contains(QLatin1String("items")) && root.contains(QLatin1String("encrypted"))) {
        return QStringLiteral("bitwarden-json");
    }
    if (root.contains(QLatin1String("tokens")) && root.contains(QLatin1String("tokenOrder"))) {
        return QStringLiteral("freeotp-plus");
    }
    if (root.contains(QLatin1String("entries")) && root.contains(QLatin1String("version")) &&
        !root.contains(QLatin1String("header"))) {
        return QStringLiteral("proton");
    }
    const QJsonObject accounts = root.value(QLatin1String("accounts")).toObject();
    if (root.contains(QLatin1String("shared_secret")) ||
        (!accounts.isEmpty() &&
         accounts.begin()->toObject().contains(QLatin1String("shared_secret")))) {
        return QStringLiteral("steam");
    }
    if (root.contains(QLatin1String("Authenticators"))) {
        return QStringLiteral("stratum");
    }
    return {};
}

ImportResult SimpleJsonFormats::read(const QString& format, const QJsonDocument& document)
{
    ImportResult result;
    result.format = format;
    const QJsonObject root = document.object();
    if (format == QLatin1String("bitwarden-json")) {
        if (root.value(QLatin1String("encrypted")).toBool()) {
            return ImportResult::failed(ImportFailure::Unsupported,
                                        tr("this Bitwarden export is encrypted; export it again as "
                                           "unencrypted JSON or CSV"),
                                        format);
        }
        readBitwarden(root, result);
    } else if (format == QLatin1String("freeotp-plus")) {
        readFreeOtpPlus(root, result);
    } else if (format == QLatin1String("proton")) {
        readProton(root, result);
    } else if (format == QLatin1String("steam")) {
        readSteam(root, result);
    } else if (format == QLatin1String("duo")) {
        readDuo(document.array(), result);
    } else if (format == QLatin1String("stratum")) {
        readStratum(root, result);
    }
    return result;
}

} // namespace tessera::transfer
