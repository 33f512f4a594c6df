// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tessera::pool::local {

// A passkey as the local store keeps it: the public key and counter the engine checks
// assertions with, and what ListWebAuthnCredentials shows.
struct WebAuthnCredentialRecord
{
    QString poolId;
    QString username;
    QString credentialId; // Base64url, as WebAuthn's JSON forms carry it
    QByteArray publicKey; // COSE_Key CBOR
    int algorithm = 0;
    qint64 signCount = 0;
    QString name;
    QString relyingPartyId;
    QString attachment; // "platform", "cross-platform" or empty
    QStringList transports;
    QString attestation; // "none" or "packed"
    bool userVerified = false;
    qint64 created = 0;
    qint64 lastUsed = 0; // 0: never used to sign in
};

// A challenge the engine issued, to be answered once before `expires` (epoch seconds).
struct WebAuthnChallengeRecord
{
    QString challenge; // Base64url
    QString poolId;
    QString username;
    QString purpose; // "registration" or a sign-in session id
    qint64 expires = 0;
};

} // namespace tessera::pool::local
