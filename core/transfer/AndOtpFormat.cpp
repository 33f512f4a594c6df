// SPDX-License-Identifier: GPL-3.0-or-later
#include "AndOtpFormat.h"

#include "ItemBuilder.h"
#include "TransferCrypto.h"
#include "crypto/AesGcm.h"
#include "crypto/KdfCost.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace tessera::transfer {

namespace {

const QString kFormat = QStringLiteral("andotp");
constexpr qsizetype kNonceSize = 12;
constexpr qsizetype kSaltSize = 12;
constexpr qsizetype kTagSize = 16;
// The iteration count the file names that marks the new format; andOTP picks 140,000 to 160,000.
// What the count may cost is crypto::checkKdfCost's to say.
constexpr quint32 kMaxIterations = 10'000'000;

ImportItem readEntry(const QJsonObject& entry)
{
    ItemBuilder::Fields fields;
    fields.type = entry.value(QLatin1String("type")).toString();
    fields.algorithm = entry.value(QLatin1String("algorithm")).toString();
    fields.digits = entry.value(QLatin1String("digits")).toInt(otp::kDefaultDigits);
    fields.period = entry.value(QLatin1String("period")).toInt(otp::kDefaultPeriod);
    fields.counter = quint64(entry.value(QLatin1String("counter")).toInteger(0));
    fields.issuer = entry.value(QLatin1String("issuer")).toString();
    fields.account = entry.value(QLatin1String("label")).toString();
    if (!entry.contains(QLatin1String("issuer"))) {
        // Old andOTP kept "issuer - label" in the label.
        const qsizetype dash = fields.account.indexOf(QLatin1String(" - "));
        if (dash > 0) {
            fields.issuer = fields.account.left(dash);
            fields.account = fields.account.mid(dash + 3);
        }
    }
    const QString source = fields.issuer.isEmpty()
                               ? fields.account
                               : fields.issuer + QLatin1Char(':') + fields.account;
    return ItemBuilder::fromBase32(source, fields, entry.value(QLatin1String("secret")).toString());
}

ImportResult readDecrypted(const crypto::SecureBytes& plain)
{
    const QJsonDocument document = QJsonDocument::fromJson(plain.view().toByteArray());
    if (!document.isArray()) {
        return ImportResult::failed(
            ImportFailure::Damaged,
            AndOtpFormat::tr("the decrypted andOTP backup is not a JSON list"), kFormat);
    }
    return AndOtpFormat::read(document.array());
}

} // namespace

bool AndOtpFormat::recognises(const QJsonArray& root)
{
    if (root.isEmpty()) {
        return false;
    }
    const QJsonObject first = root.first().toObject();
    return first.contains(QLatin1String("secret")) && first.contains(QLatin1String("type")) &&
           !first.contains(QLatin1String("otpGenerator"));
}

ImportResult AndOtpFormat::read(const QJsonArray& root)
{
    ImportResult result;
    result.format = kFormat;
    for (const QJsonValue entry : root) {
        result.items.push_back(readEntry(entry.toObject()));
    }
    return result;
}

ImportResult AndOtpFormat::readEncrypted(QByteArrayView data, const crypto::SecureBytes* password)
{
    if (password == nullptr) {
        return ImportResult::failed(ImportFailure::PasswordRequired,
                                    tr("this looks like an encrypted andOTP backup: give its "
                                       "password"),
                                    kFormat);
    }
    if (data.size() < 4 + kSaltSize + kNonceSize + kTagSize) {
        return ImportResult::failed(ImportFailure::Damaged,
                                    tr("the encrypted andOTP backup is too short"), kFormat);
    }
    const quint32 iterations = qFromBigEndian<quint32>(data.data());
    // Refused before the derivation; the old format (below) costs nothing, so it is still tried.
    Status affordable;
    if (iterations >= 1 && iterations <= kMaxIterations) {
        affordable =
            crypto::checkKdfCost(crypto::KdfCost::pbkdf2(crypto::HashAlgorithm::Sha1, iterations));
    }
    if (iterations >= 1 && iterations <= kMaxIterations && affordable) {
        const QByteArrayView salt = data.sliced(4, kSaltSize);
        const QByteArrayView nonce = data.sliced(4 + kSaltSize, kNonceSize);
        const auto key = TransferCrypto::pbkdf2(crypto::HashAlgorithm::Sha1, *password, salt,
                                                int(iterations), 32);
        if (key) {
            if (auto plain = crypto::aesgcm::decrypt(key->span(), crypto::byteSpan(nonce), {},
                                                     data.sliced(4 + kSaltSize + kNonceSize))) {
                return readDecrypted(*plain);
            }
        }
    }
    // The old format: no header, the key is the password's SHA-256.
    const crypto::SecureBytes key = TransferCrypto::sha256Key(*password);
    if (auto plain = crypto::aesgcm::decrypt(key.span(), crypto::byteSpan(data.first(kNonceSize)),
                                             {}, data.sliced(kNonceSize))) {
        return readDecrypted(*plain);
    }
    if (!affordable) {
        return ImportResult::failed(ImportFailure::TooCostly, affordable.error(), kFormat);
    }
    // GCM cannot tell a wrong key from changed bytes.
    return ImportResult::failed(ImportFailure::WrongPassword,
                                tr("wrong password for this andOTP backup (or the file is "
                                   "damaged)"),
                                kFormat);
}

} // namespace tessera::transfer
