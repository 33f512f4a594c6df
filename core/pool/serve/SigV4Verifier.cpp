// SPDX-License-Identifier: GPL-3.0-or-later
#include "SigV4Verifier.h"

#include "pool/cognito/SigV4Signer.h"

#include <QDateTime>
#include <QMap>
#include <QTimeZone>

#include <algorithm>

namespace tessera::pool::serve {

namespace {

constexpr char kAlgorithm[] = "AWS4-HMAC-SHA256";

PoolError error(const char* type, QString message)
{
    return {QString::fromLatin1(type), std::move(message)};
}

PoolError signatureMismatch()
{
    return error(errors::kInvalidSignature,
                 QStringLiteral("The request signature we calculated does not match the signature "
                                "you provided. Check your AWS Secret Access Key and signing "
                                "method. Consult the service documentation for details."));
}

QString amzTime(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC)
        .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

// The request's time: X-Amz-Date (basic ISO 8601), or else the HTTP Date header.
std::optional<QDateTime> requestTime(const HttpRequest& request, QByteArray& amzDate)
{
    amzDate = request.header("x-amz-date").trimmed();
    if (!amzDate.isEmpty()) {
        QDateTime time = QDateTime::fromString(QString::fromLatin1(amzDate),
                                               QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        time.setTimeZone(QTimeZone::utc());
        return time.isValid() ? std::optional(time) : std::nullopt;
    }
    const QByteArray date = request.header("date").trimmed();
    if (date.isEmpty()) {
        return std::nullopt;
    }
    const QDateTime time = QDateTime::fromString(QString::fromLatin1(date), Qt::RFC2822Date);
    if (!time.isValid()) {
        return std::nullopt;
    }
    amzDate = amzTime(time.toSecsSinceEpoch()).toLatin1();
    return time.toUTC();
}

} // namespace

Expected<void, PoolError> SigV4Verifier::verify(const HttpRequest& request,
                                                const SigV4Policy& policy)
{
    const QByteArray authorization = request.header("authorization").trimmed();
    if (authorization.isEmpty()) {
        return error(errors::kMissingAuthenticationToken,
                     QStringLiteral("Missing Authentication Token"));
    }
    const qsizetype space = authorization.indexOf(' ');
    const QByteArray algorithm = space < 0 ? authorization : authorization.left(space);
    if (algorithm != kAlgorithm) {
        return error(errors::kIncompleteSignature,
                     QStringLiteral("Unsupported AWS 'algorithm': '%1'")
                         .arg(QString::fromLatin1(algorithm.left(40))));
    }
    QMap<QByteArray, QByteArray> fields;
    for (const QByteArray& part : authorization.mid(space + 1).split(',')) {
        const QByteArray item = part.trimmed();
        const qsizetype equals = item.indexOf('=');
        if (equals > 0) {
            fields.insert(item.left(equals), item.mid(equals + 1));
        }
    }
    QStringList missing;
    for (const char* name : {"Credential", "Signature", "SignedHeaders"}) {
        if (fields.value(name).isEmpty()) {
            missing << QStringLiteral("Authorization header requires '%1' parameter.")
                           .arg(QLatin1String(name));
        }
    }
    QByteArray amzDate;
    const std::optional<QDateTime> time = requestTime(request, amzDate);
    if (!time) {
        missing << QStringLiteral("Authorization header requires existence of either a "
                                  "'X-Amz-Date' or a 'Date' header.");
    }
    if (!missing.isEmpty()) {
        return error(errors::kIncompleteSignature, missing.join(QLatin1Char(' ')));
    }

    const QList<QByteArray> scope = fields.value("Credential").split('/');
    if (scope.size() != 5) {
        return error(errors::kIncompleteSignature,
                     QStringLiteral("Credential must have exactly 5 slash-delimited elements, "
                                    "e.g. keyid/date/region/service/term, got '%1'")
                         .arg(QString::fromUtf8(fields.value("Credential").left(200))));
    }
    const QString keyId = QString::fromUtf8(scope[0]);
    if (!policy.accessKeyId.isEmpty() && keyId != policy.accessKeyId) {
        return error(errors::kUnrecognizedClient,
                     QStringLiteral("The security token included in the request is invalid."));
    }
    if (scope[1] != amzDate.left(8)) {
        return error(errors::kInvalidSignature,
                     QStringLiteral("Date in Credential scope does not match YYYYMMDD from "
                                    "ISO-8601 version of date from HTTP: '%1' != '%2', from '%3'.")
                         .arg(QString::fromUtf8(scope[1].left(20)),
                              QString::fromLatin1(amzDate.left(8)), QString::fromLatin1(amzDate)));
    }
    if (QString::fromUtf8(scope[2]) != policy.region) {
        return error(errors::kInvalidSignature,
                     QStringLiteral("Credential should be scoped to a valid region, not '%1'. ")
                         .arg(QString::fromUtf8(scope[2].left(40))));
    }
    if (QString::fromUtf8(scope[3]) != policy.service) {
        return error(errors::kInvalidSignature,
                     QStringLiteral("Credential should be scoped to correct service: '%1'. ")
                         .arg(policy.service));
    }
    if (scope[4] != "aws4_request") {
        return error(errors::kInvalidSignature,
                     QStringLiteral("Credential should be scoped with a valid terminator: "
                                    "'aws4_request', not '%1'. ")
                         .arg(QString::fromUtf8(scope[4].left(40))));
    }
    const qint64 now = policy.clock();
    const qint64 signedAt = time->toSecsSinceEpoch();
    const qint64 minutes = policy.maxSkewSeconds / 60;
    if (signedAt < now - policy.maxSkewSeconds) {
        return error(errors::kInvalidSignature,
                     QStringLiteral("Signature expired: %1 is now earlier than %2 (%3 - %4 min.)")
                         .arg(QString::fromLatin1(amzDate), amzTime(now - policy.maxSkewSeconds),
                              amzTime(now))
                         .arg(minutes));
    }
    if (signedAt > now + policy.maxSkewSeconds) {
        return error(errors::kInvalidSignature,
                     QStringLiteral("Signature not yet current: %1 is still later than %2 (%3 + "
                                    "%4 min.)")
                         .arg(QString::fromLatin1(amzDate), amzTime(now + policy.maxSkewSeconds),
                              amzTime(now))
                         .arg(minutes));
    }
    const QByteArray signature = fields.value("Signature");
    const bool hex =
        signature.size() == 64 && std::all_of(signature.begin(), signature.end(), [](char c) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
        });
    const QList<QByteArray> signedNames = fields.value("SignedHeaders").split(';');
    const bool signsHost = signedNames.contains("host");
    if (!hex || !signsHost || policy.secretAccessKey.isEmpty()) {
        if (hex && signsHost) {
            return {}; // any key: the secret is unknown, the form is right
        }
        return signatureMismatch();
    }

    // The signed headers as they came, in their order; the signer canonicalises them.
    cognito::SigningRequest canonical;
    canonical.method = request.method;
    canonical.path = request.path;
    canonical.query = request.query;
    canonical.body = request.body;
    for (const auto& [name, value] : request.headers) {
        if (signedNames.contains(name.toLower())) {
            canonical.headers.append({name, value});
        }
    }
    cognito::AwsCredentials credentials;
    credentials.accessKeyId = keyId;
    credentials.secretAccessKey = policy.secretAccessKey.clone();
    cognito::SigningOptions options;
    options.region = policy.region;
    options.service = policy.service;
    options.time = *time;
    const cognito::SigV4Signature expected =
        cognito::SigV4Signer::sign(canonical, credentials, options);
    const auto view = [](const QByteArray& bytes) {
        return std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(bytes.data()),
                                             std::size_t(bytes.size()));
    };
    if (!crypto::constantTimeEquals(view(expected.signature), view(signature))) {
        return signatureMismatch();
    }
    return {};
}

} // namespace tessera::pool::serve
