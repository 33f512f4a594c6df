// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoogleMigration.h"

#include "GoogleMigration.pb.h"
#include "ItemBuilder.h"
#include "TransferCrypto.h"

#include <QCoreApplication>
#include <QUrl>

#include <openssl/crypto.h>

#include <string>

namespace tessera::transfer {

namespace {

const QLatin1String kPrefix("otpauth-migration://offline?");

// Wipes a std::string that held a secret before it is freed; with OPENSSL_cleanse, because the
// optimiser may drop plain stores to memory that is about to be freed.
struct StringWiper
{
    std::string& text;
    explicit StringWiper(std::string& wiped) : text(wiped) {}
    ~StringWiper() { OPENSSL_cleanse(text.data(), text.size()); }
    StringWiper(const StringWiper&) = delete;
    StringWiper& operator=(const StringWiper&) = delete;
    StringWiper(StringWiper&&) = delete;
    StringWiper& operator=(StringWiper&&) = delete;
};

std::optional<QByteArray> payloadBytes(QStringView uri)
{
    const QStringView query = uri.mid(kPrefix.size());
    for (const QStringView pair : query.split(QLatin1Char('&'))) {
        if (!pair.startsWith(QLatin1String("data="))) {
            continue;
        }
        // Plain percent-decoding, not form decoding: some producers leave '+' unescaped.
        QByteArray base64 = QUrl::fromPercentEncoding(pair.mid(5).toLatin1()).toLatin1();
        base64 = base64.trimmed();
        base64.replace(' ', '+');
        base64.replace('-', '+');
        base64.replace('_', '/');
        while (base64.size() % 4 != 0) {
            base64 += '=';
        }
        return TransferCrypto::fromBase64(base64);
    }
    return std::nullopt;
}

} // namespace

bool GoogleMigration::isMigrationUri(QStringView text)
{
    return text.startsWith(QLatin1String("otpauth-migration://"), Qt::CaseInsensitive);
}

std::vector<ImportItem> GoogleMigration::decode(QStringView uri, const QString& sourceName)
{
    std::vector<ImportItem> items;
    if (!uri.startsWith(kPrefix, Qt::CaseInsensitive)) {
        items.push_back(ItemBuilder::error(
            sourceName, tr("not an otpauth-migration URL (it must start with %1)").arg(kPrefix)));
        return items;
    }
    const auto bytes = payloadBytes(uri);
    if (!bytes) {
        items.push_back(ItemBuilder::error(
            sourceName, tr("the otpauth-migration URL has no valid Base64 'data' parameter")));
        return items;
    }
    proto::MigrationPayload payload;
    if (!payload.ParseFromArray(bytes->constData(), int(bytes->size()))) {
        items.push_back(ItemBuilder::error(
            sourceName, tr("the otpauth-migration data is damaged (not a Google Authenticator "
                           "export payload)")));
        return items;
    }
    if (payload.otp_parameters_size() == 0) {
        items.push_back(
            ItemBuilder::error(sourceName, tr("the otpauth-migration data holds no accounts")));
        return items;
    }
    for (int i = 0; i < payload.otp_parameters_size(); ++i) {
        auto& entry = *payload.mutable_otp_parameters(i);
        StringWiper wiper{*entry.mutable_secret()};
        const QString name = payload.otp_parameters_size() > 1
                                 ? tr("%1, account %2").arg(sourceName).arg(i + 1)
                                 : sourceName;
        ItemBuilder::Fields fields;
        switch (entry.algorithm()) {
        case proto::MigrationPayload::ALGORITHM_UNSPECIFIED:
        case proto::MigrationPayload::ALGORITHM_SHA1:
            fields.algorithm = QStringLiteral("SHA1");
            break;
        case proto::MigrationPayload::ALGORITHM_SHA256:
            fields.algorithm = QStringLiteral("SHA256");
            break;
        case proto::MigrationPayload::ALGORITHM_SHA512:
            fields.algorithm = QStringLiteral("SHA512");
            break;
        default:
            items.push_back(ItemBuilder::error(
                name, tr("hash algorithm %1 is not supported (SHA1, SHA256 and SHA512 are)")
                          .arg(int(entry.algorithm()))));
            continue;
        }
        fields.digits = entry.digits() == proto::MigrationPayload::DIGIT_COUNT_EIGHT ? 8 : 6;
        if (entry.digits() != proto::MigrationPayload::DIGIT_COUNT_UNSPECIFIED &&
            entry.digits() != proto::MigrationPayload::DIGIT_COUNT_SIX &&
            entry.digits() != proto::MigrationPayload::DIGIT_COUNT_EIGHT) {
            items.push_back(ItemBuilder::error(
                name, tr("digit count code %1 is unknown").arg(int(entry.digits()))));
            continue;
        }
        if (entry.type() == proto::MigrationPayload::OTP_TYPE_HOTP) {
            fields.type = QStringLiteral("hotp");
            fields.counter = quint64(entry.counter());
        } else if (entry.type() == proto::MigrationPayload::OTP_TYPE_TOTP ||
                   entry.type() == proto::MigrationPayload::OTP_TYPE_UNSPECIFIED) {
            fields.type = QStringLiteral("totp");
        } else {
            items.push_back(
                ItemBuilder::error(name, tr("OTP type code %1 is unknown").arg(int(entry.type()))));
            continue;
        }
        // Google writes the label ("Issuer:account") as the name; keep the account part. Without
        // an issuer field the name is kept whole: it may hold a colon of its own.
        fields.issuer = QString::fromStdString(entry.issuer());
        fields.account = QString::fromStdString(entry.name());
        if (!fields.issuer.isEmpty() &&
            fields.account.startsWith(fields.issuer + QLatin1Char(':'))) {
            fields.account = fields.account.mid(fields.issuer.size() + 1).trimmed();
        }
        if (entry.secret().empty()) {
            items.push_back(ItemBuilder::error(name, tr("the account has an empty secret")));
            continue;
        }
        items.push_back(ItemBuilder::fromBytes(
            name, fields, crypto::SecureBytes(entry.secret().data(), entry.secret().size())));
    }
    return items;
}

GoogleMigration::Encoded
GoogleMigration::encode(const std::vector<const otp::OtpParameters*>& entries, int perBatch,
                        std::int32_t batchId)
{
    Encoded encoded;
    std::vector<const otp::OtpParameters*> fitting;
    for (const otp::OtpParameters* parameters : entries) {
        const bool fits = parameters->type() != otp::OtpType::Steam &&
                          (parameters->digits() == 6 || parameters->digits() == 8) &&
                          (parameters->type() == otp::OtpType::Hotp || parameters->period() == 30);
        if (fits) {
            fitting.push_back(parameters);
        } else {
            encoded.skipped.append(parameters->issuer().isEmpty()
                                       ? parameters->account()
                                       : parameters->issuer() + QLatin1Char(':') +
                                             parameters->account());
        }
    }
    perBatch = std::max(perBatch, 1);
    const int batchSize = int((fitting.size() + std::size_t(perBatch) - 1) / std::size_t(perBatch));
    for (int batch = 0; batch < batchSize; ++batch) {
        proto::MigrationPayload payload;
        payload.set_version(1);
        payload.set_batch_size(batchSize);
        payload.set_batch_index(batch);
        payload.set_batch_id(batchId);
        for (std::size_t i = std::size_t(batch) * std::size_t(perBatch);
             i < std::min(fitting.size(), std::size_t(batch + 1) * std::size_t(perBatch)); ++i) {
            const otp::OtpParameters& parameters = *fitting[i];
            auto* entry = payload.add_otp_parameters();
            entry->set_secret(parameters.secret().data(), parameters.secret().size());
            const QString name =
                parameters.issuer().isEmpty()
                    ? parameters.account()
                    : parameters.issuer() + QLatin1Char(':') + parameters.account();
            entry->set_name(name.toStdString());
            entry->set_issuer(parameters.issuer().toStdString());
            switch (parameters.algorithm()) {
            case crypto::HashAlgorithm::Sha1:
                entry->set_algorithm(proto::MigrationPayload::ALGORITHM_SHA1);
                break;
            case crypto::HashAlgorithm::Sha256:
                entry->set_algorithm(proto::MigrationPayload::ALGORITHM_SHA256);
                break;
            case crypto::HashAlgorithm::Sha512:
                entry->set_algorithm(proto::MigrationPayload::ALGORITHM_SHA512);
                break;
            }
            entry->set_digits(parameters.digits() == 8 ? proto::MigrationPayload::DIGIT_COUNT_EIGHT
                                                       : proto::MigrationPayload::DIGIT_COUNT_SIX);
            if (parameters.type() == otp::OtpType::Hotp) {
                entry->set_type(proto::MigrationPayload::OTP_TYPE_HOTP);
                entry->set_counter(qint64(parameters.counter()));
            } else {
                entry->set_type(proto::MigrationPayload::OTP_TYPE_TOTP);
            }
        }
        std::string bytes = payload.SerializeAsString();
        StringWiper wiper{bytes};
        for (auto& entry : *payload.mutable_otp_parameters()) {
            std::fill(entry.mutable_secret()->begin(), entry.mutable_secret()->end(), '\0');
        }
        const QByteArray base64 = QByteArray(bytes.data(), qsizetype(bytes.size())).toBase64();
        encoded.uris.append(
            kPrefix + QStringLiteral("data=") +
            QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(base64))));
    }
    return encoded;
}

} // namespace tessera::transfer
