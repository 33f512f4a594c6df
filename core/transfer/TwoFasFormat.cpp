// SPDX-License-Identifier: GPL-3.0-or-later
#include "TwoFasFormat.h"

#include "ItemBuilder.h"
#include "TransferCrypto.h"
#include "crypto/AesGcm.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace tessera::transfer {

namespace {

const QString kFormat = QStringLiteral("2fas");
constexpr int kIterations = 10000;

std::span<const std::uint8_t> bytesOf(const QByteArray& bytes)
{
    return {reinterpret_cast<const std::uint8_t*>(bytes.constData()), std::size_t(bytes.size())};
}

ImportItem readService(const QJsonObject& service, int schema)
{
    const QJsonObject otp = service.value(QLatin1String("otp")).toObject();
    ItemBuilder::Fields fields;
    fields.issuer = otp.value(QLatin1String("issuer")).toString();
    if (fields.issuer.isEmpty()) {
        fields.issuer = service.value(QLatin1String("name")).toString();
    }
    fields.account = otp.value(QLatin1String("account")).toString();
    const QString source = fields.account.isEmpty()
                               ? fields.issuer
                               : fields.issuer + QLatin1Char(':') + fields.account;
    // Schema 1 has no parameters at all and schema 2 no token type: both meant TOTP.
    if (schema >= 2) {
        fields.algorithm = otp.value(QLatin1String("algorithm")).toString();
        fields.digits = otp.value(QLatin1String("digits")).toInt(otp::kDefaultDigits);
        fields.period = otp.value(QLatin1String("period")).toInt(otp::kDefaultPeriod);
    }
    if (schema >= 3 && otp.contains(QLatin1String("tokenType"))) {
        fields.type = otp.value(QLatin1String("tokenType")).toString();
        fields.counter = quint64(otp.value(QLatin1String("counter")).toInteger(0));
    }
    return ItemBuilder::fromBase32(source, fields,
                                   service.value(QLatin1String("secret")).toString());
}

// "Base64(ciphertext || tag):Base64(salt):Base64(iv)".
struct Sealed
{
    QByteArray ciphertext;
    QByteArray salt;
    QByteArray iv;
};

std::optional<Sealed> splitSealed(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() != 3) {
        return std::nullopt;
    }
    auto ciphertext = TransferCrypto::fromBase64(parts[0].toLatin1());
    auto salt = TransferCrypto::fromBase64(parts[1].toLatin1());
    auto iv = TransferCrypto::fromBase64(parts[2].toLatin1());
    if (!ciphertext || !salt || !iv || iv->size() != 12) {
        return std::nullopt;
    }
    return Sealed{*ciphertext, *salt, *iv};
}

} // namespace

bool TwoFasFormat::recognises(const QJsonObject& root)
{
    return root.contains(QLatin1String("services")) &&
           root.contains(QLatin1String("schemaVersion"));
}

ImportResult TwoFasFormat::read(const QJsonObject& root, const crypto::SecureBytes* password)
{
    const int schema = root.value(QLatin1String("schemaVersion")).toInt();
    if (schema < 1 || schema > 4) {
        return ImportResult::failed(
            ImportFailure::Unsupported,
            tr("2FAS schema version %1 is not supported (1 to 4 are)").arg(schema), kFormat);
    }
    QJsonArray services = root.value(QLatin1String("services")).toArray();
    const QString encrypted = root.value(QLatin1String("servicesEncrypted")).toString();
    if (!encrypted.isEmpty()) {
        if (password == nullptr) {
            return ImportResult::failed(ImportFailure::PasswordRequired,
                                        tr("this 2FAS backup is encrypted: give its password"),
                                        kFormat);
        }
        const auto sealed = splitSealed(encrypted);
        if (!sealed) {
            return ImportResult::failed(ImportFailure::Damaged,
                                        tr("the 2FAS backup's encrypted services are damaged"),
                                        kFormat);
        }
        const auto key = TransferCrypto::pbkdf2(crypto::HashAlgorithm::Sha256, *password,
                                                sealed->salt, kIterations, 32);
        if (!key) {
            return ImportResult::failed(ImportFailure::Damaged, key.error(), kFormat);
        }
        // The reference is a known text sealed with the same key: if it opens, a failure below
        // means damage, not a wrong password.
        bool referenceOpened = false;
        if (const auto reference = splitSealed(root.value(QLatin1String("reference")).toString())) {
            const auto referenceKey = TransferCrypto::pbkdf2(
                crypto::HashAlgorithm::Sha256, *password, reference->salt, kIterations, 32);
            referenceOpened = referenceKey &&
                              crypto::aesgcm::decrypt(referenceKey->span(), bytesOf(reference->iv),
                                                      {}, reference->ciphertext)
                                  .hasValue();
        }
        const auto plain =
            crypto::aesgcm::decrypt(key->span(), bytesOf(sealed->iv), {}, sealed->ciphertext);
        if (!plain) {
            return referenceOpened
                       ? ImportResult::failed(
                             ImportFailure::Damaged,
                             tr("the password is right but the 2FAS backup is damaged"), kFormat)
                       : ImportResult::failed(ImportFailure::WrongPassword,
                                              tr("wrong password for this 2FAS backup"), kFormat);
        }
        const QJsonDocument document = QJsonDocument::fromJson(plain->view().toByteArray());
        if (!document.isArray()) {
            return ImportResult::failed(ImportFailure::Damaged,
                                        tr("the decrypted 2FAS services are not a JSON list"),
                                        kFormat);
        }
        services = document.array();
    }
    ImportResult result;
    result.format = kFormat;
    for (const QJsonValue service : services) {
        result.items.push_back(readService(service.toObject(), schema));
    }
    return result;
}

} // namespace tessera::transfer
