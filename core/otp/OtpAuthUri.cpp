// SPDX-License-Identifier: GPL-3.0-or-later
#include "OtpAuthUri.h"

#include "Base32.h"
#include "util/TextLimits.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUrl>

#include <limits>
#include <optional>

namespace tessera::otp::otpauth {

namespace {

// The translation context of this file's messages (lupdate records OtpAuthUriText::tr calls
// under it).
struct OtpAuthUriText
{
    Q_DECLARE_TR_FUNCTIONS(tessera::otp::otpauth::OtpAuthUri)
};

// Percent-decoding as UTF-8; '+' means a space in query values (as HTML forms and Aegis write),
// but is literal in the label path.
QString decodeComponent(QStringView raw, bool plusIsSpace)
{
    QByteArray bytes = raw.toUtf8();
    if (plusIsSpace) {
        bytes.replace('+', ' ');
    }
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

QString encodeComponent(const QString& text, const QByteArray& keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, keep));
}

struct Parameter
{
    QString name;  // as written
    QString key;   // lower case, for matching
    QString value; // decoded
};

std::optional<quint64> parseUnsigned(const QString& text, quint64 max)
{
    if (text.isEmpty() || text.size() > 20) {
        return std::nullopt;
    }
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return std::nullopt;
        }
    }
    bool ok = false;
    const quint64 value = text.toULongLong(&ok);
    if (!ok || value > max) {
        return std::nullopt;
    }
    return value;
}

// The parameters Tessera interprets; everything else is kept as an extra parameter.
bool isKnown(const QString& key)
{
    static const QStringList known = {QStringLiteral("secret"),    QStringLiteral("issuer"),
                                      QStringLiteral("algorithm"), QStringLiteral("digits"),
                                      QStringLiteral("period"),    QStringLiteral("counter"),
                                      QStringLiteral("encoder")};
    return known.contains(key);
}

} // namespace

LabelParts splitLabel(const QString& decodedLabel, const QString& issuerParameter)
{
    LabelParts parts;
    const QString prefixed = issuerParameter + QLatin1Char(':');
    qsizetype accountStart = -1;
    if (!issuerParameter.isEmpty() && decodedLabel.startsWith(prefixed)) {
        parts.issuer = issuerParameter;
        accountStart = prefixed.size();
    } else if (const qsizetype colon = decodedLabel.indexOf(QLatin1Char(':')); colon >= 0) {
        parts.issuer = decodedLabel.left(colon).trimmed();
        accountStart = colon + 1;
    }
    parts.account = (accountStart >= 0 ? decodedLabel.mid(accountStart) : decodedLabel).trimmed();
    return parts;
}

Expected<OtpParameters> parse(QStringView uriText)
{
    const QString uri = uriText.trimmed().toString();
    const QLatin1String scheme("otpauth://");
    if (!uri.startsWith(scheme, Qt::CaseInsensitive)) {
        if (uri.startsWith(QLatin1String("otpauth-migration:"), Qt::CaseInsensitive)) {
            return makeError(
                OtpAuthUriText::tr("this is a Google Authenticator export (otpauth-migration://), "
                                   "not a single account: import it instead"));
        }
        return makeError(OtpAuthUriText::tr("not an otpauth:// URI"));
    }
    const QStringView rest = QStringView(uri).mid(scheme.size());
    const qsizetype queryStart = rest.indexOf(QLatin1Char('?'));
    const QStringView path = queryStart >= 0 ? rest.left(queryStart) : rest;
    const QStringView query = queryStart >= 0 ? rest.mid(queryStart + 1) : QStringView();
    const qsizetype slash = path.indexOf(QLatin1Char('/'));
    const QString typeText = (slash >= 0 ? path.left(slash) : path).toString().toLower();
    const QStringView rawLabel = slash >= 0 ? path.mid(slash + 1) : QStringView();

    OtpSpec spec;
    if (typeText == QLatin1String("totp")) {
        spec.type = OtpType::Totp;
    } else if (typeText == QLatin1String("hotp")) {
        spec.type = OtpType::Hotp;
    } else if (typeText == QLatin1String("steam")) {
        spec.type = OtpType::Steam;
    } else if (typeText.isEmpty()) {
        return makeError(OtpAuthUriText::tr(
            "the URI names no OTP type: it should start otpauth://totp/ or otpauth://hotp/"));
    } else {
        return makeError(OtpAuthUriText::tr("unknown OTP type '%1': expected totp, hotp or steam")
                             .arg(shortened(typeText)));
    }

    // Collect parameters; a repeated parameter is accepted only if every copy says the same.
    QList<Parameter> parameters;
    for (const QStringView piece : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype equals = piece.indexOf(QLatin1Char('='));
        Parameter parameter;
        parameter.name = decodeComponent(equals >= 0 ? piece.left(equals) : piece, true);
        parameter.key = parameter.name.toLower();
        parameter.value = equals >= 0 ? decodeComponent(piece.mid(equals + 1), true) : QString();
        bool duplicate = false;
        for (const Parameter& seen : std::as_const(parameters)) {
            if (seen.key != parameter.key) {
                continue;
            }
            if (seen.value != parameter.value) {
                if (parameter.key == QLatin1String("secret")) {
                    return makeError(
                        OtpAuthUriText::tr("the secret is given twice, with different values"));
                }
                return makeError(
                    OtpAuthUriText::tr(
                        "parameter '%1' is given twice with different values ('%2' and '%3')")
                        .arg(shortened(parameter.key), shortened(seen.value),
                             shortened(parameter.value)));
            }
            duplicate = true;
        }
        if (!duplicate) {
            parameters.append(parameter);
        }
    }
    auto find = [&parameters](QLatin1String key) -> const Parameter* {
        for (const Parameter& parameter : parameters) {
            if (parameter.key == key) {
                return &parameter;
            }
        }
        return nullptr;
    };

    const Parameter* secret = find(QLatin1String("secret"));
    if (secret == nullptr) {
        return makeError(OtpAuthUriText::tr("the URI has no secret parameter"));
    }
    auto decoded = base32::decode(secret->value);
    if (!decoded) {
        return makeError(decoded.error());
    }
    spec.secret = std::move(decoded.value());

    const Parameter* encoder = find(QLatin1String("encoder"));
    if (encoder != nullptr &&
        encoder->value.compare(QLatin1String("steam"), Qt::CaseInsensitive) == 0) {
        spec.type = OtpType::Steam;
    }

    if (const Parameter* algorithm = find(QLatin1String("algorithm"));
        algorithm != nullptr && spec.type != OtpType::Steam) {
        const auto chosen = algorithmFromName(algorithm->value);
        if (!chosen) {
            return makeError(
                OtpAuthUriText::tr("unsupported algorithm '%1': use SHA1, SHA256 or SHA512")
                    .arg(shortened(algorithm->value)));
        }
        spec.algorithm = *chosen;
    }
    if (const Parameter* digits = find(QLatin1String("digits"));
        digits != nullptr && spec.type != OtpType::Steam) {
        const auto value = parseUnsigned(digits->value, 1000);
        if (!value) {
            return makeError(
                OtpAuthUriText::tr("digits must be a whole number between %1 and %2, not '%3'")
                    .arg(kMinDigits)
                    .arg(kMaxDigits)
                    .arg(shortened(digits->value)));
        }
        spec.digits = int(*value);
    }
    const Parameter* period = find(QLatin1String("period"));
    const Parameter* counter = find(QLatin1String("counter"));
    if (spec.type != OtpType::Hotp && period != nullptr && spec.type != OtpType::Steam) {
        const auto value = parseUnsigned(period->value, 1000000000);
        if (!value) {
            return makeError(
                OtpAuthUriText::tr(
                    "period must be a whole number of seconds between %1 and %2, not '%3'")
                    .arg(kMinPeriod)
                    .arg(kMaxPeriod)
                    .arg(shortened(period->value)));
        }
        spec.period = int(*value);
    }
    if (spec.type == OtpType::Hotp && counter != nullptr) {
        const auto value = parseUnsigned(counter->value, std::numeric_limits<quint64>::max());
        if (!value) {
            return makeError(
                OtpAuthUriText::tr(
                    "counter must be a whole number from 0 to 18446744073709551615, not '%1'")
                    .arg(shortened(counter->value)));
        }
        spec.counter = *value;
    }

    const Parameter* issuer = find(QLatin1String("issuer"));
    const QString issuerParameter = issuer != nullptr ? issuer->value.trimmed() : QString();
    const LabelParts label = splitLabel(decodeComponent(rawLabel, false), issuerParameter);
    spec.issuer = issuerParameter.isEmpty() ? label.issuer : issuerParameter;
    spec.account = label.account;

    // Keep what we did not interpret: unknown parameters, and a counter on TOTP or a period on
    // HOTP, which other apps may have meant for themselves.
    for (const Parameter& parameter : std::as_const(parameters)) {
        const bool unusedCounter =
            parameter.key == QLatin1String("counter") && spec.type != OtpType::Hotp;
        const bool unusedPeriod =
            parameter.key == QLatin1String("period") && spec.type == OtpType::Hotp;
        const bool unusedEncoder =
            parameter.key == QLatin1String("encoder") && spec.type != OtpType::Steam;
        if (!isKnown(parameter.key) || unusedCounter || unusedPeriod || unusedEncoder) {
            spec.extraParameters.append({parameter.name, parameter.value});
        }
    }
    return OtpParameters::create(std::move(spec));
}

QString format(const OtpParameters& parameters)
{
    QString label = encodeComponent(parameters.account(), "@");
    // An account holding ':' needs the (possibly empty) issuer prefix, or parsing would take the
    // part before its colon for the issuer.
    if (!parameters.issuer().isEmpty() || parameters.account().contains(QLatin1Char(':'))) {
        label = encodeComponent(parameters.issuer(), "@") + QLatin1Char(':') + label;
    }
    const bool steam = parameters.type() == OtpType::Steam;
    QString uri = QStringLiteral("otpauth://%1/%2?secret=%3")
                      .arg(steam ? QStringLiteral("totp") : typeName(parameters.type()), label,
                           base32::encode(parameters.secret().span()));
    if (!parameters.issuer().isEmpty()) {
        uri += QStringLiteral("&issuer=") + encodeComponent(parameters.issuer());
    }
    uri += QStringLiteral("&algorithm=%1&digits=%2")
               .arg(algorithmName(parameters.algorithm()))
               .arg(parameters.digits());
    if (parameters.type() == OtpType::Hotp) {
        uri += QStringLiteral("&counter=%1").arg(parameters.counter());
    } else {
        uri += QStringLiteral("&period=%1").arg(parameters.period());
    }
    if (steam) {
        uri += QStringLiteral("&encoder=steam");
    }
    for (const auto& [name, value] : parameters.extraParameters()) {
        uri += QLatin1Char('&') + encodeComponent(name) + QLatin1Char('=') + encodeComponent(value);
    }
    return uri;
}

} // namespace tessera::otp::otpauth
