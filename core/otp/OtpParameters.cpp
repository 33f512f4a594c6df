// SPDX-License-Identifier: GPL-3.0-or-later
#include "OtpParameters.h"

#include "util/TextLimits.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>

namespace tessera::otp {

namespace {

Status checkLengths(const OtpSpec& spec)
{
    if (spec.secret.size() > kMaxSecretBytes) {
        // The secret itself is never quoted.
        return makeError(
            OtpParameters::tr("the secret is too long: %n bytes; at most %1 are allowed", nullptr,
                              int(std::min<std::size_t>(spec.secret.size(), INT_MAX)))
                .arg(kMaxSecretBytes));
    }
    if (Status issuer = checkLength(OtpParameters::tr("the issuer"), spec.issuer, kMaxLabelLength);
        !issuer) {
        return issuer;
    }
    if (Status account =
            checkLength(OtpParameters::tr("the account name"), spec.account, kMaxLabelLength);
        !account) {
        return account;
    }
    if (spec.extraParameters.size() > kMaxExtraParameters) {
        return makeError(
            OtpParameters::tr("there are too many extra parameters: %1; at most %2 are kept")
                .arg(spec.extraParameters.size())
                .arg(kMaxExtraParameters));
    }
    for (const auto& [name, value] : spec.extraParameters) {
        if (Status named =
                checkLength(OtpParameters::tr("a parameter name"), name, kMaxExtraParameterLength);
            !named) {
            return named;
        }
        if (Status valued =
                checkLength(OtpParameters::tr("the value of parameter '%1'").arg(shortened(name)),
                            value, kMaxExtraParameterLength);
            !valued) {
            return valued;
        }
    }
    return {};
}

} // namespace

Expected<OtpParameters> OtpParameters::create(OtpSpec spec)
{
    return make(std::move(spec), true);
}

Expected<OtpParameters> OtpParameters::restore(OtpSpec spec)
{
    return make(std::move(spec), false);
}

Expected<OtpParameters> OtpParameters::make(OtpSpec spec, bool withLengthLimits)
{
    if (spec.secret.isEmpty()) {
        return makeError(tr("secret is empty"));
    }
    if (withLengthLimits) {
        if (Status fits = checkLengths(spec); !fits) {
            return makeError(fits.error());
        }
    }
    if (spec.type == OtpType::Steam) {
        spec.algorithm = HashAlgorithm::Sha1;
        spec.digits = kSteamDigits;
        spec.period = kDefaultPeriod;
        spec.counter = 0;
    } else if (spec.digits < kMinDigits || spec.digits > kMaxDigits) {
        return makeError(tr("digits must be between %1 and %2, not %3")
                             .arg(kMinDigits)
                             .arg(kMaxDigits)
                             .arg(spec.digits));
    }
    if (spec.type == OtpType::Hotp) {
        spec.period = kDefaultPeriod;
    } else {
        spec.counter = 0;
        if (spec.period < kMinPeriod || spec.period > kMaxPeriod) {
            return makeError(tr("period must be between %1 and %2 seconds, not %3")
                                 .arg(kMinPeriod)
                                 .arg(kMaxPeriod)
                                 .arg(spec.period));
        }
    }
    return OtpParameters(std::move(spec));
}

OtpParameters OtpParameters::clone() const
{
    return OtpParameters(toSpec());
}

OtpSpec OtpParameters::toSpec() const
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
    return copy;
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
