// SPDX-License-Identifier: GPL-3.0-or-later
#include "ItemBuilder.h"

#include "otp/Base32.h"
#include "otp/OtpAuthUri.h"
#include "util/TextLimits.h"

#include <QCoreApplication>

namespace tessera::transfer {

namespace {

// Source names come from the file (often issuer:account); lists and messages show them, so an
// over-long one is cut, never echoed whole.
constexpr int kMaxSourceNameLength = 2 * kQuotedPrefixLength;

ImportItem item(const QString& sourceName, std::optional<otp::OtpParameters> parameters,
                const QString& error)
{
    return ImportItem{shortened(sourceName, kMaxSourceNameLength), std::move(parameters), error};
}

} // namespace

ImportItem ItemBuilder::error(const QString& sourceName, const QString& reason)
{
    return item(sourceName, std::nullopt, reason);
}

ImportItem ItemBuilder::fromUri(const QString& sourceName, const QString& uri)
{
    const QString trimmed = uri.trimmed();
    // Bitwarden writes Steam Guard secrets as steam://SECRET.
    if (trimmed.startsWith(QLatin1String("steam://"), Qt::CaseInsensitive)) {
        Fields fields;
        fields.type = QStringLiteral("steam");
        fields.account = sourceName;
        return fromBase32(sourceName, fields, trimmed.mid(8));
    }
    auto parameters = otp::otpauth::parse(trimmed);
    if (!parameters) {
        return error(sourceName, parameters.error());
    }
    return item(sourceName, std::move(*parameters), {});
}

ImportItem ItemBuilder::fromParameters(const QString& sourceName,
                                       const otp::OtpParameters& parameters)
{
    auto checked = otp::OtpParameters::create(parameters.toSpec());
    if (!checked) {
        return error(sourceName, checked.error());
    }
    return item(sourceName, std::move(*checked), {});
}

ImportItem ItemBuilder::fromBase32(const QString& sourceName, const Fields& fields,
                                   const QString& base32Secret)
{
    auto secret = otp::base32::decode(base32Secret);
    if (!secret) {
        return error(sourceName, secret.error());
    }
    return fromBytes(sourceName, fields, std::move(*secret));
}

ImportItem ItemBuilder::fromBytes(const QString& sourceName, const Fields& fields,
                                  crypto::SecureBytes secret)
{
    otp::OtpSpec spec;
    const QString type = fields.type.toLower();
    if (type == QLatin1String("totp")) {
        spec.type = otp::OtpType::Totp;
    } else if (type == QLatin1String("hotp")) {
        spec.type = otp::OtpType::Hotp;
    } else if (type == QLatin1String("steam")) {
        spec.type = otp::OtpType::Steam;
    } else {
        return error(
            sourceName,
            tr("OTP type '%1' is not supported (TOTP, HOTP and Steam are)").arg(fields.type));
    }
    if (!fields.algorithm.isEmpty()) {
        const auto algorithm = otp::algorithmFromName(fields.algorithm);
        if (!algorithm) {
            return error(sourceName,
                         tr("hash algorithm '%1' is not supported (SHA1, SHA256 and SHA512 are)")
                             .arg(fields.algorithm));
        }
        spec.algorithm = *algorithm;
    }
    spec.digits = fields.digits;
    spec.period = fields.period;
    spec.counter = fields.counter;
    spec.secret = std::move(secret);
    spec.issuer = fields.issuer;
    spec.account = fields.account;
    auto parameters = otp::OtpParameters::create(std::move(spec));
    if (!parameters) {
        return error(sourceName, parameters.error());
    }
    return item(sourceName, std::move(*parameters), {});
}

} // namespace tessera::transfer
