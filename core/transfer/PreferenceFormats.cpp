// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreferenceFormats.h"

#include "ItemBuilder.h"
#include "TransferCrypto.h"
#include "crypto/KdfCost.h"
#include "otp/Base32.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace tessera::transfer {

namespace {

const QString kAuthy = QStringLiteral("authy");
const QString kBattleNet = QStringLiteral("battle-net");
const QString kTotpAuthenticator = QStringLiteral("totp-authenticator");

const QString kAuthyKey = QStringLiteral("com.authy.storage.tokens.authenticator.key");
const QString kBattleNetSecret =
    QStringLiteral("com.blizzard.messenger.AUTHENTICATOR_DEVICE_SECRET");
const QString kBattleNetSerial = QStringLiteral("com.blizzard.messenger.AUTHENTICATOR_SERIAL");
const QString kTotpAuthenticatorKey = QStringLiteral("STATIC_TOTP_CODES_LIST");

// Authy derives each token's key with PBKDF2-SHA1 over its own salt, 1,000 rounds.
constexpr int kAuthyIterations = 1000;

const QByteArray kZeroIv(16, '\0');

// Authy writes "Issuer:Name" in originalName and "Issuer: Name" or "Issuer - Name" in name.
void authyNames(const QJsonObject& token, ItemBuilder::Fields& fields)
{
    const QString original = token.value(QLatin1String("originalName")).toString();
    QString name = token.value(QLatin1String("name")).toString();
    QString separator;
    if (original.contains(QLatin1Char(':'))) {
        fields.issuer = original.left(original.indexOf(QLatin1Char(':')));
        separator = QStringLiteral(":");
    } else if (name.contains(QLatin1String(" - "))) {
        fields.issuer = name.left(name.indexOf(QLatin1String(" - ")));
        separator = QStringLiteral(" - ");
    } else {
        const QString type = token.value(QLatin1String("accountType")).toString();
        fields.issuer = type.left(1).toUpper() + type.mid(1);
    }
    fields.account = name.remove(fields.issuer + separator).trimmed();
}

ImportResult readAuthy(const AndroidPreferences& preferences, const crypto::SecureBytes* password)
{
    const QJsonArray tokens =
        QJsonDocument::fromJson(preferences.value(kAuthyKey).toUtf8()).array();
    // One derivation per encrypted token: cheap each, but a file can hold as many as it likes.
    const auto derivations = std::count_if(tokens.begin(), tokens.end(), [](const QJsonValue& t) {
        return t.toObject().contains(QLatin1String("encryptedSecret"));
    });
    if (password != nullptr) {
        if (const Status affordable = crypto::checkKdfCost(crypto::KdfCost::pbkdf2(
                crypto::HashAlgorithm::Sha1, kAuthyIterations, std::uint64_t(derivations)));
            !affordable) {
            return ImportResult::failed(ImportFailure::TooCostly, affordable.error(), kAuthy);
        }
    }
    ImportResult result;
    result.format = kAuthy;
    for (const QJsonValue value : tokens) {
        const QJsonObject token = value.toObject();
        ItemBuilder::Fields fields;
        authyNames(token, fields);
        // Authy shows third-party tokens with SHA1 and 30 s, whatever the service announced.
        fields.digits = token.value(QLatin1String("digits")).toInt(otp::kDefaultDigits);
        const QString source = fields.issuer + QLatin1Char(':') + fields.account;
        if (token.contains(QLatin1String("decryptedSecret"))) {
            result.items.push_back(ItemBuilder::fromBase32(
                source, fields, token.value(QLatin1String("decryptedSecret")).toString()));
            continue;
        }
        if (!token.contains(QLatin1String("encryptedSecret"))) {
            result.items.push_back(
                ItemBuilder::error(source, PreferenceFormats::tr("the token has no secret")));
            continue;
        }
        if (password == nullptr) {
            return ImportResult::failed(
                ImportFailure::PasswordRequired,
                PreferenceFormats::tr("this Authy file has encrypted secrets: give the "
                                      "Authy backup password"),
                kAuthy);
        }
        const auto cipherText = TransferCrypto::fromBase64(
            token.value(QLatin1String("encryptedSecret")).toString().toLatin1());
        const QByteArray salt = token.value(QLatin1String("salt")).toString().toUtf8();
        const auto key = TransferCrypto::pbkdf2(crypto::HashAlgorithm::Sha1, *password, salt,
                                                kAuthyIterations, 32);
        if (!cipherText || !key) {
            result.items.push_back(ItemBuilder::error(
                source, PreferenceFormats::tr("the encrypted secret is damaged")));
            continue;
        }
        std::optional<crypto::SecureBytes> secret;
        if (const auto plain = TransferCrypto::aesCbcDecrypt(key->span(), kZeroIv, *cipherText)) {
            // The plaintext is the Base32 secret: wipe the text copy once decoded.
            QString text = QString::fromLatin1(plain->view());
            if (auto decoded = otp::base32::decode(text)) {
                secret = std::move(*decoded);
            }
            text.fill(QChar(u'\0'));
        }
        if (!secret) {
            // Every token shares the one password, so a token that does not open means it is
            // wrong, not that this token alone is damaged.
            return ImportResult::failed(
                ImportFailure::WrongPassword,
                PreferenceFormats::tr("wrong password for this Authy backup"), kAuthy);
        }
        result.items.push_back(ItemBuilder::fromBytes(source, fields, std::move(*secret)));
    }
    return result;
}

// Battle.net masks the serial and the hex secret by XOR with this fixed key.
std::optional<QByteArray> unmaskBattleNet(const QString& masked)
{
    static const QByteArray key = QByteArray::fromHex(
        "398e27fc50276a656065b0e525f4c06c04c61075286b8e7aeda59da9813b5dd6c80d2fb38068773fa59ba4"
        "7c17ca6c6479015c1d5b8b8f6b9a");
    const auto bytes = TransferCrypto::fromHex(masked.toLatin1());
    if (!bytes || bytes->size() > key.size()) {
        return std::nullopt;
    }
    QByteArray plain = *bytes;
    for (qsizetype i = 0; i < plain.size(); ++i) {
        plain[i] = char(plain[i] ^ key[i]);
    }
    return plain;
}

ImportResult readBattleNet(const AndroidPreferences& preferences)
{
    ImportResult result;
    result.format = kBattleNet;
    const QString maskedSerial = preferences.value(kBattleNetSerial);
    const auto serial = maskedSerial.isEmpty() ? std::optional<QByteArray>(QByteArray())
                                               : unmaskBattleNet(maskedSerial);
    const auto hexSecret = unmaskBattleNet(preferences.value(kBattleNetSecret));
    const QString source = serial ? QString::fromLatin1(*serial) : QStringLiteral("Battle.net");
    const auto secret = hexSecret ? TransferCrypto::fromHex(*hexSecret) : std::nullopt;
    if (!serial || !secret) {
        result.items.push_back(ItemBuilder::error(
            source, PreferenceFormats::tr("the Battle.net serial or secret is damaged")));
        return result;
    }
    ItemBuilder::Fields fields;
    fields.digits = 8;
    fields.issuer = QStringLiteral("Battle.net");
    fields.account = source;
    result.items.push_back(
        ItemBuilder::fromBytes(source, fields, crypto::SecureBytes::fromView(*secret)));
    return result;
}

ImportResult readTotpAuthenticatorList(const QJsonArray& list)
{
    ImportResult result;
    result.format = kTotpAuthenticator;
    for (const QJsonValue value : list) {
        // The internal file nests objects; the backup nests each as a JSON string.
        const QJsonObject entry = value.isString()
                                      ? QJsonDocument::fromJson(value.toString().toUtf8()).object()
                                      : value.toObject();
        ItemBuilder::Fields fields;
        fields.issuer = entry.value(QLatin1String("issuer")).toString();
        fields.account = entry.value(QLatin1String("name")).toString();
        // TOTP Authenticator generates SHA1, 6 digits, 30 s whatever its digits/period fields
        // say (Aegis reads it the same way); see docs/import-export.md.
        const QString source = fields.issuer + QLatin1Char(':') + fields.account;
        const QString key = entry.value(QLatin1String("key")).toString();
        const int base = entry.value(QLatin1String("base")).toInt(16);
        std::optional<QByteArray> secret;
        if (base == 16) {
            secret = TransferCrypto::fromHex(key.toLatin1());
        } else if (base == 64) {
            secret = TransferCrypto::fromBase64(key.toLatin1());
        } else if (base == 32) {
            result.items.push_back(ItemBuilder::fromBase32(source, fields, key));
            continue;
        } else {
            result.items.push_back(ItemBuilder::error(
                source, PreferenceFormats::tr(
                            "secret encoding base %1 is not supported (16, 32 and 64 are)")
                            .arg(base)));
            continue;
        }
        if (!secret) {
            result.items.push_back(ItemBuilder::error(
                source, PreferenceFormats::tr("the secret is not valid base %1").arg(base)));
            continue;
        }
        result.items.push_back(
            ItemBuilder::fromBytes(source, fields, crypto::SecureBytes::fromView(*secret)));
    }
    return result;
}

} // namespace

QString PreferenceFormats::detect(const AndroidPreferences& preferences)
{
    if (!preferences.value(kAuthyKey).isNull()) {
        return kAuthy;
    }
    if (!preferences.value(kBattleNetSecret).isNull()) {
        return kBattleNet;
    }
    if (!preferences.value(kTotpAuthenticatorKey).isNull()) {
        return kTotpAuthenticator;
    }
    return {};
}

ImportResult PreferenceFormats::read(const QString& format, const AndroidPreferences& preferences,
                                     const crypto::SecureBytes* password)
{
    if (format == kAuthy) {
        return readAuthy(preferences, password);
    }
    if (format == kBattleNet) {
        return readBattleNet(preferences);
    }
    return readTotpAuthenticatorList(
        QJsonDocument::fromJson(preferences.value(kTotpAuthenticatorKey).toUtf8()).array());
}

bool PreferenceFormats::recognisesTotpAuthenticatorBackup(QByteArrayView data)
{
    const auto bytes = TransferCrypto::fromBase64(data.trimmed());
    return bytes && bytes->size() >= 16 && bytes->size() % 16 == 0;
}

ImportResult PreferenceFormats::readTotpAuthenticatorBackup(QByteArrayView data,
                                                            const crypto::SecureBytes* password)
{
    if (password == nullptr) {
        return ImportResult::failed(ImportFailure::PasswordRequired,
                                    tr("this looks like an encrypted TOTP Authenticator backup: "
                                       "give its password"),
                                    kTotpAuthenticator);
    }
    const auto cipherText = TransferCrypto::fromBase64(data.trimmed());
    const crypto::SecureBytes key = TransferCrypto::sha256Key(*password);
    QJsonDocument document;
    if (cipherText) {
        if (const auto plain = TransferCrypto::aesCbcDecrypt(key.span(), kZeroIv, *cipherText)) {
            document = QJsonDocument::fromJson(plain->view().toByteArray());
        }
    }
    // The backup is one object whose first key is the account list, as JSON text.
    const QStringList keys = document.object().keys();
    if (!document.isObject() || keys.isEmpty()) {
        // CBC has no tag: a wrong key shows as bad padding or as bytes that are not JSON.
        return ImportResult::failed(ImportFailure::WrongPassword,
                                    tr("wrong password for this TOTP Authenticator backup (or "
                                       "the file is damaged)"),
                                    kTotpAuthenticator);
    }
    return readTotpAuthenticatorList(QJsonDocument::fromJson(keys.first().toUtf8()).array());
}

} // namespace tessera::transfer
