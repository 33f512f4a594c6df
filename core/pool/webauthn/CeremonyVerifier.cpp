// SPDX-License-Identifier: GPL-3.0-or-later
#include "CeremonyVerifier.h"

#include "AuthenticatorData.h"
#include "ClientData.h"
#include "CoseKey.h"
#include "crypto/Digest.h"

#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>

#include <openssl/crypto.h>

namespace tessera::pool::webauthn {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CeremonyVerifier", text);
}

// The checks both ceremonies make of the authenticator data: the relying party and the flags.
Expected<void, WebAuthnError> checkAuthenticator(const AuthenticatorData& data,
                                                 const RelyingParty& party)
{
    const QByteArray expected = crypto::sha256(party.id.toUtf8());
    if (data.rpIdHash.size() != expected.size() ||
        CRYPTO_memcmp(data.rpIdHash.constData(), expected.constData(), size_t(expected.size())) !=
            0) {
        return WebAuthnError{Refusal::RpIdMismatch,
                             tr("The authenticator signed for a different relying party than "
                                "'%1' (its rpIdHash does not match).")
                                 .arg(party.id)};
    }
    if (!data.has(AuthenticatorData::UserPresent)) {
        return WebAuthnError{Refusal::UserNotPresent,
                             tr("The authenticator did not confirm that a user was present (flag "
                                "UP is clear).")};
    }
    if (party.requireUserVerification && !data.has(AuthenticatorData::UserVerified)) {
        return WebAuthnError{Refusal::UserNotVerified,
                             tr("This pool requires user verification (a PIN or biometric), and "
                                "the authenticator did not verify the user (flag UV is clear).")};
    }
    return {};
}

// Packed self-attestation (WebAuthn section 8.2): the credential key itself signs
// authenticatorData || SHA-256(clientDataJSON), under the algorithm the statement names.
Expected<void, WebAuthnError> checkPacked(const QCborMap& statement, const CoseKey& key,
                                          const QByteArray& signedData)
{
    if (statement.contains(QStringLiteral("x5c")) ||
        statement.contains(QStringLiteral("ecdaaKeyId"))) {
        return WebAuthnError{Refusal::UnsupportedAttestation,
                             tr("Packed attestation with a certificate chain is not supported; "
                                "Tessera accepts self-attestation and 'none'.")};
    }
    const qint64 alg = cborInteger(statement.value(QStringLiteral("alg")), 0);
    const QByteArray sig = statement.value(QStringLiteral("sig")).toByteArray();
    if (alg != key.algorithm()) {
        return WebAuthnError{Refusal::UnsupportedAlgorithm,
                             tr("The attestation is signed with algorithm %1, but the credential "
                                "key is algorithm %2.")
                                 .arg(alg)
                                 .arg(key.algorithm())};
    }
    if (sig.isEmpty() || !key.verify(signedData, sig)) {
        return WebAuthnError{Refusal::BadSignature,
                             tr("The packed self-attestation signature does not verify with the "
                                "credential's key.")};
    }
    return {};
}

} // namespace

Expected<VerifiedCredential, WebAuthnError>
CeremonyVerifier::verifyRegistration(const QByteArray& clientDataJson,
                                     const QByteArray& attestationObject,
                                     const QByteArray& challenge) const
{
    if (auto client = ClientData::check(clientDataJson, ClientData::kCreate, challenge, m_party);
        !client) {
        return client.failure();
    }
    QCborParserError cborError;
    const QCborValue value = QCborValue::fromCbor(attestationObject, &cborError);
    if (cborError.error != QCborError::NoError || !value.isMap()) {
        return WebAuthnError{Refusal::Malformed, tr("The attestation object is not a CBOR map.")};
    }
    const QCborMap object = value.toMap();
    const QString format = object.value(QStringLiteral("fmt")).toString();
    const QByteArray authBytes = object.value(QStringLiteral("authData")).toByteArray();
    const QCborValue statement = object.value(QStringLiteral("attStmt"));
    if (!statement.isMap()) {
        return WebAuthnError{Refusal::Malformed,
                             tr("The attestation object has no attestation statement (attStmt).")};
    }
    auto data = AuthenticatorData::parse(authBytes);
    if (!data) {
        return data.failure();
    }
    if (auto checked = checkAuthenticator(*data, m_party); !checked) {
        return checked.failure();
    }
    if (!data->has(AuthenticatorData::AttestedCredential)) {
        return WebAuthnError{Refusal::Malformed,
                             tr("The registration carries no credential (flag AT is clear).")};
    }
    auto key = CoseKey::parse(data->credentialPublicKey);
    if (!key) {
        return key.failure();
    }
    if (format == QLatin1String("packed")) {
        const QByteArray signedData = authBytes + crypto::sha256(clientDataJson);
        if (auto checked = checkPacked(statement.toMap(), *key, signedData); !checked) {
            return checked.failure();
        }
    } else if (format == QLatin1String("none")) {
        if (!statement.toMap().isEmpty()) {
            return WebAuthnError{Refusal::Malformed,
                                 tr("Attestation 'none' must carry an empty statement.")};
        }
    } else {
        return WebAuthnError{Refusal::UnsupportedAttestation,
                             tr("The attestation format '%1' is not supported; Tessera accepts "
                                "'none' and 'packed' self-attestation.")
                                 .arg(format.left(32))};
    }
    VerifiedCredential credential;
    credential.credentialId = data->credentialId;
    credential.publicKey = data->credentialPublicKey;
    credential.algorithm = key->algorithm();
    credential.signCount = data->signCount;
    credential.aaguid = data->aaguid;
    credential.attestationFormat = format;
    credential.userVerified = data->has(AuthenticatorData::UserVerified);
    credential.backupEligible = data->has(AuthenticatorData::BackupEligible);
    return credential;
}

Expected<VerifiedAssertion, WebAuthnError>
CeremonyVerifier::verifyAssertion(const QByteArray& clientDataJson,
                                  const QByteArray& authenticatorData, const QByteArray& signature,
                                  const QByteArray& challenge,
                                  const StoredCredential& credential) const
{
    if (auto client = ClientData::check(clientDataJson, ClientData::kGet, challenge, m_party);
        !client) {
        return client.failure();
    }
    auto data = AuthenticatorData::parse(authenticatorData);
    if (!data) {
        return data.failure();
    }
    if (auto checked = checkAuthenticator(*data, m_party); !checked) {
        return checked.failure();
    }
    auto key = CoseKey::parse(credential.publicKey);
    if (!key) {
        return key.failure();
    }
    if (!key->verify(authenticatorData + crypto::sha256(clientDataJson), signature)) {
        return WebAuthnError{Refusal::BadSignature,
                             tr("The assertion's signature does not verify with the registered "
                                "key.")};
    }
    // Authenticators that keep no counter send 0 every time; any other value must grow, or two
    // authenticators hold the same key (section 6.1.1).
    if ((data->signCount != 0 || credential.signCount != 0) &&
        data->signCount <= credential.signCount) {
        return WebAuthnError{Refusal::SignCountNotIncreased,
                             tr("The signature counter went from %1 to %2 instead of growing: "
                                "this authenticator may have been cloned, so the sign-in is "
                                "refused.")
                                 .arg(credential.signCount)
                                 .arg(data->signCount)};
    }
    return VerifiedAssertion{data->signCount, data->has(AuthenticatorData::UserVerified)};
}

} // namespace tessera::pool::webauthn
