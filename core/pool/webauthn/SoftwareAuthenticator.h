// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CoseKey.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>

namespace tessera::pool::webauthn {

// A software authenticator with one throwaway key, made fresh for each lab run or test: it
// answers navigator.credentials.create() and .get() as a browser and a security key together
// would, so a passkey registration and sign-in can be walked without hardware. Never a real
// credential: the key lives in memory only and dies with the object.
class SoftwareAuthenticator
{
public:
    // What a browser hands the relying party after create().
    struct Registration
    {
        QByteArray credentialId;
        QByteArray clientDataJson;
        QByteArray attestationObject;
        QByteArray authenticatorData;
    };
    // What a browser hands the relying party after get().
    struct Assertion
    {
        QByteArray credentialId;
        QByteArray clientDataJson;
        QByteArray authenticatorData;
        QByteArray signature;
        QByteArray userHandle;
    };
    // How a ceremony is answered; the defaults are an honest authenticator's, the others let
    // tests produce what a faulty or hostile one would.
    struct Options
    {
        QString origin;           // empty: https://<rpId>
        QString type;             // empty: the ceremony's own
        bool crossOrigin = false; // as a browser reports a call from another site's frame
        bool userPresent = true;
        bool userVerified = true;
        QString attestation = QStringLiteral("packed"); // "packed" (self) or "none"
    };

    // A new authenticator with a fresh key: ES256 (P-256) or RS256 (RSA-2048). Empty when
    // OpenSSL cannot make a key.
    static std::unique_ptr<SoftwareAuthenticator> create(int algorithm = cose::kEs256);
    ~SoftwareAuthenticator();
    // Owns its key and is always held by the unique_ptr create() returns: neither copied nor moved.
    SoftwareAuthenticator(const SoftwareAuthenticator&) = delete;
    SoftwareAuthenticator& operator=(const SoftwareAuthenticator&) = delete;
    SoftwareAuthenticator(SoftwareAuthenticator&&) = delete;
    SoftwareAuthenticator& operator=(SoftwareAuthenticator&&) = delete;

    // The signature counter the next assertion carries is counter()+1; setCounter() rewinds it,
    // as a cloned copy of the key would.
    std::uint32_t counter() const { return m_counter; }
    void setCounter(std::uint32_t counter) { m_counter = counter; }
    const QByteArray& credentialId() const { return m_credentialId; }
    // The COSE_Key encoding of the public key.
    QByteArray cosePublicKey() const;

    Registration makeCredential(const QString& rpId, const QByteArray& challenge,
                                const QByteArray& userHandle, const Options& options) const;
    Assertion getAssertion(const QString& rpId, const QByteArray& challenge,
                           const QByteArray& userHandle, const Options& options);

private:
    struct Key;
    SoftwareAuthenticator(std::unique_ptr<Key> key, int algorithm, QByteArray credentialId);

    QByteArray clientData(const QString& type, const QString& rpId, const QByteArray& challenge,
                          const Options& options) const;
    QByteArray authenticatorData(const QString& rpId, const Options& options, bool attested) const;
    QByteArray sign(const QByteArray& message) const;

    std::unique_ptr<Key> m_key;
    int m_algorithm = cose::kEs256;
    QByteArray m_credentialId;
    std::uint32_t m_counter = 0;
};

} // namespace tessera::pool::webauthn
