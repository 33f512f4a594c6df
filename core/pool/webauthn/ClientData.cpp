// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientData.h"

#include "pool/WebAuthnConfig.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <openssl/crypto.h>

namespace tessera::pool::webauthn {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ClientData", text);
}

bool sameBytes(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() &&
           (a.isEmpty() || CRYPTO_memcmp(a.data(), b.data(), size_t(a.size())) == 0);
}

} // namespace

bool ClientData::originAllowed(const QString& origin, const RelyingParty& party)
{
    if (party.extraOrigins.contains(origin)) {
        return true;
    }
    const QUrl url(origin, QUrl::StrictMode);
    if (!url.isValid() || !url.path().isEmpty() || url.hasQuery() || url.hasFragment() ||
        !url.userInfo().isEmpty()) {
        return false;
    }
    const QString host = url.host();
    if (url.scheme() == QLatin1String("https")) {
        return WebAuthnConfig::hostMatches(party.id, host);
    }
    // Browsers treat http://localhost as a secure context; nothing else over plain http.
    return url.scheme() == QLatin1String("http") && host == QLatin1String("localhost") &&
           party.id == QLatin1String("localhost");
}

Expected<ClientData, WebAuthnError> ClientData::check(QByteArrayView json,
                                                      const QString& expectedType,
                                                      QByteArrayView expectedChallenge,
                                                      const RelyingParty& party)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return WebAuthnError{
            Refusal::Malformed,
            tr("The client data is not a JSON object: %1.").arg(error.errorString())};
    }
    const QJsonObject object = document.object();
    ClientData data;
    data.type = object.value(QStringLiteral("type")).toString();
    data.origin = object.value(QStringLiteral("origin")).toString();
    const QByteArray encodedChallenge =
        object.value(QStringLiteral("challenge")).toString().toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(
        encodedChallenge, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (data.type != expectedType) {
        return WebAuthnError{Refusal::WrongType,
                             tr("The client data is of type '%1', but this step expects '%2'.")
                                 .arg(data.type.left(32), expectedType)};
    }
    if (!decoded || !sameBytes(*decoded, expectedChallenge)) {
        return WebAuthnError{Refusal::ChallengeMismatch,
                             tr("The client data answers a different challenge from the one "
                                "issued for this step.")};
    }
    data.challenge = *decoded;
    // An iframe of another site asking for this relying party's credential: not a use Tessera's
    // pools offer (WebAuthn Level 3, section 7.1 step 9).
    if (object.value(QStringLiteral("crossOrigin")).toBool()) {
        return WebAuthnError{Refusal::OriginMismatch,
                             tr("The ceremony ran in a frame of another site (crossOrigin is "
                                "true); this relying party accepts none.")};
    }
    if (!originAllowed(data.origin, party)) {
        return WebAuthnError{Refusal::OriginMismatch,
                             tr("The origin '%1' is not the relying party's: expected "
                                "https://%2 or one of its subdomains.")
                                 .arg(data.origin.left(64), party.id)};
    }
    return data;
}

} // namespace tessera::pool::webauthn
