// SPDX-License-Identifier: GPL-3.0-or-later
#include "WebAuthnRegistration.h"

#include "pool/JsonFields.h"
#include "pool/webauthn/CoseKey.h"

#include <QJsonArray>

namespace tessera::pool::local {

namespace {

const QString kRegistration = QStringLiteral("registration");

QJsonObject credentialDescription(const WebAuthnCredentialRecord& credential)
{
    QJsonObject object{
        {QStringLiteral("CredentialId"), credential.credentialId},
        {QStringLiteral("FriendlyCredentialName"), credential.name},
        {QStringLiteral("RelyingPartyId"), credential.relyingPartyId},
        {QStringLiteral("AuthenticatorTransports"),
         QJsonArray::fromStringList(credential.transports)},
        {QStringLiteral("CreatedAt"), json::epochSeconds(credential.created)},
    };
    json::putIfNotEmpty(object, QStringLiteral("AuthenticatorAttachment"), credential.attachment);
    // Beyond Cognito: when the passkey last signed in, for the console's users view.
    if (credential.lastUsed > 0) {
        object.insert(QStringLiteral("TesseraLastUsedAt"), json::epochSeconds(credential.lastUsed));
    }
    return object;
}

} // namespace

PoolResult WebAuthnRegistration::startWebAuthnRegistration(const QJsonObject& request)
{
    auto user = m_tokens.userOf(request.value(QStringLiteral("AccessToken")).toString());
    if (!user) {
        return user.failure();
    }
    const auto& [poolId, record] = *user;
    const auto party = m_passkeys.relyingParty(poolId);
    if (!party) {
        return party.failure();
    }
    const auto existing = m_services.store.listWebAuthnCredentials(poolId, record.user.username);
    if (!existing) {
        return existing.failure();
    }
    const auto challenge = m_passkeys.issueChallenge(poolId, record.user.username, kRegistration);
    if (!challenge) {
        return challenge.failure();
    }
    QJsonArray exclude;
    for (const auto& credential : *existing) {
        exclude.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("public-key")},
                                   {QStringLiteral("id"), credential.credentialId}});
    }
    const QString sub = record.user.attributes.value(QStringLiteral("sub"));
    // PublicKeyCredentialCreationOptionsJSON, ready for navigator.credentials.create().
    const QJsonObject options{
        {QStringLiteral("rp"),
         QJsonObject{{QStringLiteral("id"), party->id}, {QStringLiteral("name"), party->id}}},
        {QStringLiteral("user"),
         QJsonObject{{QStringLiteral("id"), PasskeySupport::base64Url(sub.toUtf8())},
                     {QStringLiteral("name"), record.user.username},
                     {QStringLiteral("displayName"), record.user.username}}},
        {QStringLiteral("challenge"), *challenge},
        {QStringLiteral("pubKeyCredParams"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("public-key")},
                                {QStringLiteral("alg"), webauthn::cose::kEs256}},
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("public-key")},
                                {QStringLiteral("alg"), webauthn::cose::kRs256}}}},
        {QStringLiteral("timeout"), PasskeySupport::kChallengeSeconds * 1000},
        {QStringLiteral("excludeCredentials"), exclude},
        {QStringLiteral("authenticatorSelection"),
         QJsonObject{{QStringLiteral("residentKey"), QStringLiteral("required")},
                     {QStringLiteral("userVerification"), party->requireUserVerification
                                                              ? QStringLiteral("required")
                                                              : QStringLiteral("preferred")}}},
        {QStringLiteral("attestation"), QStringLiteral("none")},
    };
    return QJsonObject{{QStringLiteral("CredentialCreationOptions"), options}};
}

PoolResult WebAuthnRegistration::completeWebAuthnRegistration(const QJsonObject& request)
{
    auto user = m_tokens.userOf(request.value(QStringLiteral("AccessToken")).toString());
    if (!user) {
        return user.failure();
    }
    const auto& [poolId, record] = *user;
    const QJsonValue credentialValue = request.value(QStringLiteral("Credential"));
    if (!credentialValue.isObject()) {
        return PoolError::validation(QStringLiteral("credential"),
                                     QStringLiteral("Member must not be null"));
    }
    const QJsonObject credential = credentialValue.toObject();
    const QJsonObject response = credential.value(QStringLiteral("response")).toObject();
    const auto clientData =
        PasskeySupport::base64UrlMember(response, QStringLiteral("clientDataJSON"),
                                        QStringLiteral("Credential.response.clientDataJSON"));
    if (!clientData) {
        return clientData.failure();
    }
    const auto attestation =
        PasskeySupport::base64UrlMember(response, QStringLiteral("attestationObject"),
                                        QStringLiteral("Credential.response.attestationObject"));
    if (!attestation) {
        return attestation.failure();
    }
    const auto party = m_passkeys.relyingParty(poolId);
    if (!party) {
        return party.failure();
    }
    // Spent now, whatever follows: a refused answer cannot be tried again with the same challenge.
    const auto challenge =
        m_passkeys.takeChallenge(*clientData, poolId, record.user.username, kRegistration);
    if (!challenge) {
        return challenge.failure();
    }
    const auto verified = webauthn::CeremonyVerifier(*party).verifyRegistration(
        *clientData, *attestation, *challenge);
    if (!verified) {
        return PasskeySupport::poolError(verified.failure());
    }
    const QString credentialId = PasskeySupport::base64Url(verified->credentialId);
    if (const QString claimed = credential.value(QStringLiteral("id")).toString();
        !claimed.isEmpty() && claimed != credentialId) {
        return PoolError::invalidParameter(
            QStringLiteral("Credential.id does not match the credential the authenticator made."));
    }
    const auto taken = m_services.store.loadWebAuthnCredential(poolId, credentialId);
    if (!taken) {
        return taken.failure();
    }
    if (*taken) {
        return PoolError::invalidParameter(QStringLiteral("This passkey is registered already."));
    }
    WebAuthnCredentialRecord stored;
    stored.poolId = poolId;
    stored.username = record.user.username;
    stored.credentialId = credentialId;
    stored.publicKey = verified->publicKey;
    stored.algorithm = verified->algorithm;
    stored.signCount = verified->signCount;
    stored.attachment = credential.value(QStringLiteral("authenticatorAttachment")).toString();
    stored.name = stored.attachment == QLatin1String("cross-platform")
                      ? QStringLiteral("Security key")
                      : QStringLiteral("Passkey");
    stored.relyingPartyId = party->id;
    for (const QJsonValue transport : response.value(QStringLiteral("transports")).toArray()) {
        stored.transports.append(transport.toString());
    }
    stored.attestation = verified->attestationFormat;
    stored.userVerified = verified->userVerified;
    stored.created = m_services.now();
    if (auto done = m_services.store.addWebAuthnCredential(stored); !done) {
        return done.failure();
    }
    return QJsonObject{};
}

PoolResult WebAuthnRegistration::listWebAuthnCredentials(const QJsonObject& request)
{
    auto user = m_tokens.userOf(request.value(QStringLiteral("AccessToken")).toString());
    if (!user) {
        return user.failure();
    }
    const int maxResults = request.value(QStringLiteral("MaxResults")).toInt(kMaxResults);
    if (maxResults < 1 || maxResults > kMaxResults) {
        return PoolError::validation(
            QString::number(maxResults), QStringLiteral("maxResults"),
            QStringLiteral("Member must have value between 1 and %1").arg(kMaxResults));
    }
    const auto credentials =
        m_services.store.listWebAuthnCredentials(user->first, user->second.user.username);
    if (!credentials) {
        return credentials.failure();
    }
    // NextToken is the ID of the last credential of the previous page.
    const QString after = request.value(QStringLiteral("NextToken")).toString();
    qsizetype start = 0;
    if (!after.isEmpty()) {
        start = -1;
        for (qsizetype i = 0; i < credentials->size(); ++i) {
            if ((*credentials)[i].credentialId == after) {
                start = i + 1;
            }
        }
        if (start < 0) {
            return PoolError::invalidParameter(QStringLiteral("Invalid NextToken."));
        }
    }
    QJsonArray page;
    qsizetype i = start;
    for (; i < credentials->size() && page.size() < maxResults; ++i) {
        page.append(credentialDescription((*credentials)[i]));
    }
    QJsonObject answer{{QStringLiteral("Credentials"), page}};
    if (i < credentials->size()) {
        answer.insert(QStringLiteral("NextToken"), (*credentials)[i - 1].credentialId);
    }
    return answer;
}

PoolResult WebAuthnRegistration::deleteWebAuthnCredential(const QJsonObject& request)
{
    auto user = m_tokens.userOf(request.value(QStringLiteral("AccessToken")).toString());
    if (!user) {
        return user.failure();
    }
    const auto credentialId = json::requiredString(request, QStringLiteral("CredentialId"),
                                                   QStringLiteral("credentialId"));
    if (!credentialId) {
        return credentialId.failure();
    }
    const auto deleted = m_services.store.deleteWebAuthnCredential(
        user->first, user->second.user.username, *credentialId);
    if (!deleted) {
        return deleted.failure();
    }
    if (!*deleted) {
        return PoolError::resourceNotFound(
            QStringLiteral("The user has no passkey with this credential ID."));
    }
    return QJsonObject{};
}

} // namespace tessera::pool::local
