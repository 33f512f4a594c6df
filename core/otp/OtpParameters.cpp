// SPDX-License-Identifier: GPL-3.0-or-later
#include "OtpParameters.h"

#include <QCoreApplication>

namespace tessera::otp {

Expected<OtpParameters> OtpParameters::create(OtpSpec spec)
{
    if (spec.secret.isEmpty()) {
        return makeError(QCoreApplication::translate("OtpParameters", "secret is empty"));
    }
    if (spec.type == OtpType::Steam) {
        spec.algorithm = HashAlgorithm::Sha1;
        spec.digits = kSteamDigits;
        spec.period = kDefaultPeriod;
        spec.counter = 0;
    } else if (spec.digits < kMinDigits || spec.digits > kMaxDigits) {
        return makeError(
            QCoreApplication::translate("OtpParameters", "digits must be between %1 and %2, not %3")
                .arg(kMinDigits)
                .arg(kMaxDigits)
                .arg(spec.digits));
    }
    if (spec.type == OtpType::Hotp) {
        spec.period = kDefaultPeriod;
    } else {
        spec.counter = 0;
        if (spec.period < kMinPeriod || spec.period > kMaxPeriod) {
            return makeError(
                QCoreApplication::translate("OtpParameters",
                                            "period must be between %1 and %2 seconds, not %3")
                    .arg(kMinPeriod)
                    .arg(kMaxPeriod)
                    .arg(spec.period));
        }
    }
    return OtpParameters(std::move(spec));
}

OtpParameters OtpParameters::clone() const
{
    OtpSpec copy;
    copy.type = m_spec.type;
    copy.algorithm = m_spec.algorithm;
    copy.digits = m_spec.digits;
    copy.period = m_spec.period;
    copy.counter = m_spec.counter;
    copy.secret = m_spec.secret.clone();
    copy.issuer = m_spec.issuer;
    copy.account = m_spec.account;
    copy.extraParameters = m_spec.extraParameters;
    return OtpParameters(std::move(copy));
}

QString typeName(OtpType type)
{
    switch (type) {
    case OtpType::Totp:
        return QStringLiteral("totp");
    case OtpType::Hotp:
        return QStringLiteral("hotp");
    case OtpType::Steam:
        return QStringLiteral("steam");
    }
    return {};
}

QString algorithmName(HashAlgorithm algorithm)
{
    return QString::fromLatin1(crypto::opensslName(algorithm));
}

std::optional<HashAlgorithm> algorithmFromName(QStringView name)
{
    QString normalised = name.toString().toUpper();
    normalised.remove(QLatin1Char('-'));
    for (const auto algorithm :
         {HashAlgorithm::Sha1, HashAlgorithm::Sha256, HashAlgorithm::Sha512}) {
        if (normalised == algorithmName(algorithm)) {
            return algorithm;
        }
    }
    return std::nullopt;
}

} // namespace tessera::otp
