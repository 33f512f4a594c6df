// SPDX-License-Identifier: GPL-3.0-or-later
// The relying party's checks of WebAuthn ceremonies, against Tessera's software authenticator:
// honest registrations and assertions pass; each kind of fault is refused with its own reason.
#include "pool/webauthn/AuthenticatorData.h"
#include "pool/webauthn/CeremonyVerifier.h"
#include "pool/webauthn/CoseKey.h"
#include "pool/webauthn/SoftwareAuthenticator.h"

#include <QCborMap>
#include <QCborValue>
#include <QTest>

using namespace tessera::pool::webauthn;
using tessera::Expected;

Q_DECLARE_METATYPE(tessera::pool::webauthn::Refusal)

namespace {

const QString kRpId = QStringLiteral("example.com");
const QByteArray kUser = QByteArrayLiteral("user-handle-1");

QByteArray challenge(char fill)
{
    return QByteArray(32, fill);
}

// Faults a test row injects into an otherwise honest ceremony.
enum class Fault
{
    WrongOrigin,
    CrossOrigin,
    PlainHttpOrigin,
    WrongRpId,
    ReplayedChallenge,
    WrongType,
    UserVerificationRequiredButAbsent,
    UserNotPresent,
    TamperedSignature,
    UnsupportedAlgorithm,
    UnsupportedFormat,
    SignCountNotIncreasing,
    TrailingBytes
};

// `attestationObject` with its authData replaced by what `edit` makes of it (and fmt changed
// when `format` is given).
QByteArray editAttestation(const QByteArray& attestationObject,
                           const std::function<QByteArray(QByteArray)>& edit,
                           const QString& format = {})
{
    QCborMap map = QCborValue::fromCbor(attestationObject).toMap();
    map.insert(QStringLiteral("authData"),
               edit(map.value(QStringLiteral("authData")).toByteArray()));
    if (!format.isEmpty()) {
        map.insert(QStringLiteral("fmt"), format);
    }
    return map.toCborValue().toCbor();
}

// authData whose COSE key says algorithm EdDSA (-8): a key Tessera does not accept.
QByteArray withEdDsaKey(const QByteArray& authData)
{
    auto parsed = AuthenticatorData::parse(authData);
    QCborMap key = QCborValue::fromCbor(parsed->credentialPublicKey).toMap();
    key.insert(3, -8);
    const qsizetype keyAt = authData.size() - parsed->credentialPublicKey.size();
    return authData.left(keyAt) + key.toCborValue().toCbor();
}

// That `result` is a refusal for `reason`, with a message.
template <typename T> bool refusedFor(const Expected<T, WebAuthnError>& result, Refusal reason)
{
    if (result) {
        qWarning("accepted, but %s was expected", qPrintable(refusalName(reason)));
        return false;
    }
    if (result.failure().reason != reason || result.failure().message.isEmpty()) {
        qWarning("expected %s, got %s: %s", qPrintable(refusalName(reason)),
                 qPrintable(refusalName(result.failure().reason)),
                 qPrintable(result.failure().message));
        return false;
    }
    return true;
}

} // namespace

Q_DECLARE_METATYPE(Fault)

class TestWebAuthnVerify : public QObject
{
    Q_OBJECT

private slots:
    void honestCeremoniesPass_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("origin");
        QTest::newRow("ES256 packed self-attestation") << cose::kEs256 << "packed"
                                                       << "";
        QTest::newRow("ES256 attestation none") << cose::kEs256 << "none"
                                                << "";
        QTest::newRow("RS256 packed self-attestation") << cose::kRs256 << "packed"
                                                       << "";
        QTest::newRow("RS256 attestation none") << cose::kRs256 << "none"
                                                << "";
        QTest::newRow("origin on a subdomain of the RP ID") << cose::kEs256 << "packed"
                                                            << "https://login.example.com";
        QTest::newRow("origin with a port") << cose::kEs256 << "packed"
                                            << "https://example.com:8443";
    }

    void honestCeremoniesPass()
    {
        QFETCH(int, algorithm);
        QFETCH(QString, format);
        QFETCH(QString, origin);
        auto authenticator = SoftwareAuthenticator::create(algorithm);
        QVERIFY(authenticator);
        const CeremonyVerifier verifier(RelyingParty{kRpId, {}, true});
        SoftwareAuthenticator::Options options;
        options.attestation = format;
        options.origin = origin;
        const auto registration =
            authenticator->makeCredential(kRpId, challenge('r'), kUser, options);
        const auto credential = verifier.verifyRegistration(
            registration.clientDataJson, registration.attestationObject, challenge('r'));
        QVERIFY2(credential, qPrintable(credential.failure().message));
        QCOMPARE(credential->credentialId, authenticator->credentialId());
        QCOMPARE(credential->publicKey, authenticator->cosePublicKey());
        QCOMPARE(credential->algorithm, algorithm);
        QCOMPARE(credential->attestationFormat, format);
        QVERIFY(credential->userVerified);

        StoredCredential stored{credential->credentialId, credential->publicKey,
                                credential->signCount};
        for (char fill : {'a', 'b'}) {
            const auto assertion =
                authenticator->getAssertion(kRpId, challenge(fill), kUser, options);
            const auto verified =
                verifier.verifyAssertion(assertion.clientDataJson, assertion.authenticatorData,
                                         assertion.signature, challenge(fill), stored);
            QVERIFY2(verified, qPrintable(verified.failure().message));
            QCOMPARE(verified->signCount, authenticator->counter());
            stored.signCount = verified->signCount;
        }
    }

    // Authenticators without a counter send 0 every time (most synced passkeys): not a clone.
    void counterlessAuthenticatorPasses()
    {
        auto authenticator = SoftwareAuthenticator::create();
        const CeremonyVerifier verifier(RelyingParty{kRpId, {}, false});
        const StoredCredential stored{authenticator->credentialId(), authenticator->cosePublicKey(),
                                      0};
        for (int i = 0; i < 2; ++i) {
            authenticator->setCounter(std::uint32_t(-1)); // the next assertion carries 0
            const auto assertion = authenticator->getAssertion(kRpId, challenge('c'), kUser, {});
            const auto verified =
                verifier.verifyAssertion(assertion.clientDataJson, assertion.authenticatorData,
                                         assertion.signature, challenge('c'), stored);
            QVERIFY2(verified, qPrintable(verified.failure().message));
            QCOMPARE(verified->signCount, 0u);
        }
    }

    void registrationFaultsAreRefused_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<Refusal>("reason");
        QTest::newRow("wrong origin") << Fault::WrongOrigin << Refusal::OriginMismatch;
        QTest::newRow("plain http origin") << Fault::PlainHttpOrigin << Refusal::OriginMismatch;
        QTest::newRow("another site's frame") << Fault::CrossOrigin << Refusal::OriginMismatch;
        QTest::newRow("wrong rpId") << Fault::WrongRpId << Refusal::RpIdMismatch;
        QTest::newRow("replayed challenge")
            << Fault::ReplayedChallenge << Refusal::ChallengeMismatch;
        QTest::newRow("webauthn.get for a registration") << Fault::WrongType << Refusal::WrongType;
        QTest::newRow("UV required but absent")
            << Fault::UserVerificationRequiredButAbsent << Refusal::UserNotVerified;
        QTest::newRow("user not present") << Fault::UserNotPresent << Refusal::UserNotPresent;
        QTest::newRow("tampered self-attestation")
            << Fault::TamperedSignature << Refusal::BadSignature;
        QTest::newRow("unsupported algorithm EdDSA")
            << Fault::UnsupportedAlgorithm << Refusal::UnsupportedAlgorithm;
        QTest::newRow("unsupported format fido-u2f")
            << Fault::UnsupportedFormat << Refusal::UnsupportedAttestation;
        QTest::newRow("trailing bytes after the key") << Fault::TrailingBytes << Refusal::Malformed;
    }

    void registrationFaultsAreRefused()
    {
        QFETCH(Fault, fault);
        QFETCH(Refusal, reason);
        auto authenticator = SoftwareAuthenticator::create();
        RelyingParty party{kRpId, {}, false};
        SoftwareAuthenticator::Options options;
        QString authenticatorRpId = kRpId;
        QByteArray answered = challenge('r');
        switch (fault) {
        case Fault::WrongOrigin:
            options.origin = QStringLiteral("https://example.com.evil.test");
            break;
        case Fault::PlainHttpOrigin:
            options.origin = QStringLiteral("http://example.com");
            break;
        case Fault::CrossOrigin:
            options.crossOrigin = true;
            break;
        case Fault::WrongRpId:
            authenticatorRpId = QStringLiteral("evil.test");
            options.origin = QStringLiteral("https://example.com");
            break;
        case Fault::ReplayedChallenge:
            answered = challenge('o'); // an earlier ceremony's challenge
            break;
        case Fault::WrongType:
            options.type = QStringLiteral("webauthn.get");
            break;
        case Fault::UserVerificationRequiredButAbsent:
            party.requireUserVerification = true;
            options.userVerified = false;
            break;
        case Fault::UserNotPresent:
            options.userPresent = false;
            break;
        default:
            break;
        }
        auto registration =
            authenticator->makeCredential(authenticatorRpId, answered, kUser, options);
        if (fault == Fault::TamperedSignature) {
            registration.attestationObject =
                editAttestation(registration.attestationObject, [](QByteArray data) {
                    data[32] = char(data[32] | AuthenticatorData::BackupEligible);
                    return data;
                });
        } else if (fault == Fault::UnsupportedAlgorithm) {
            registration.attestationObject = editAttestation(registration.attestationObject,
                                                             withEdDsaKey, QStringLiteral("none"));
            QCborMap map = QCborValue::fromCbor(registration.attestationObject).toMap();
            map.insert(QStringLiteral("attStmt"), QCborMap());
            registration.attestationObject = map.toCborValue().toCbor();
        } else if (fault == Fault::UnsupportedFormat) {
            registration.attestationObject = editAttestation(
                registration.attestationObject, [](QByteArray data) { return data; },
                QStringLiteral("fido-u2f"));
        } else if (fault == Fault::TrailingBytes) {
            registration.attestationObject = editAttestation(
                registration.attestationObject, [](QByteArray data) { return data + "xx"; });
        }
        const CeremonyVerifier verifier(party);
        const auto result = verifier.verifyRegistration(
            registration.clientDataJson, registration.attestationObject, challenge('r'));
        QVERIFY2(refusedFor(result, reason), "a faulty registration must be refused for its fault");
    }

    void assertionFaultsAreRefused_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<Refusal>("reason");
        QTest::newRow("wrong origin") << Fault::WrongOrigin << Refusal::OriginMismatch;
        QTest::newRow("wrong rpId") << Fault::WrongRpId << Refusal::RpIdMismatch;
        QTest::newRow("replayed challenge")
            << Fault::ReplayedChallenge << Refusal::ChallengeMismatch;
        QTest::newRow("webauthn.create for a sign-in") << Fault::WrongType << Refusal::WrongType;
        QTest::newRow("UV required but absent")
            << Fault::UserVerificationRequiredButAbsent << Refusal::UserNotVerified;
        QTest::newRow("tampered signature") << Fault::TamperedSignature << Refusal::BadSignature;
        QTest::newRow("signCount not increasing (cloned authenticator)")
            << Fault::SignCountNotIncreasing << Refusal::SignCountNotIncreased;
        QTest::newRow("stored key of an unsupported algorithm")
            << Fault::UnsupportedAlgorithm << Refusal::UnsupportedAlgorithm;
    }

    void assertionFaultsAreRefused()
    {
        QFETCH(Fault, fault);
        QFETCH(Refusal, reason);
        auto authenticator = SoftwareAuthenticator::create();
        RelyingParty party{kRpId, {}, false};
        StoredCredential stored{authenticator->credentialId(), authenticator->cosePublicKey(), 0};
        authenticator->setCounter(5);
        stored.signCount = 5;
        SoftwareAuthenticator::Options options;
        QString authenticatorRpId = kRpId;
        QByteArray answered = challenge('s');
        switch (fault) {
        case Fault::WrongOrigin:
            options.origin = QStringLiteral("https://evil.test");
            break;
        case Fault::WrongRpId:
            authenticatorRpId = QStringLiteral("evil.test");
            options.origin = QStringLiteral("https://example.com");
            break;
        case Fault::ReplayedChallenge:
            answered = challenge('o');
            break;
        case Fault::WrongType:
            options.type = QStringLiteral("webauthn.create");
            break;
        case Fault::UserVerificationRequiredButAbsent:
            party.requireUserVerification = true;
            options.userVerified = false;
            break;
        case Fault::SignCountNotIncreasing:
            stored.signCount = 9; // the server has seen 9; a copy of the key still counts from 5
            break;
        case Fault::UnsupportedAlgorithm: {
            QCborMap key = QCborValue::fromCbor(stored.publicKey).toMap();
            key.insert(3, -35); // ES384
            stored.publicKey = key.toCborValue().toCbor();
            break;
        }
        default:
            break;
        }
        auto assertion = authenticator->getAssertion(authenticatorRpId, answered, kUser, options);
        if (fault == Fault::TamperedSignature) {
            // Claims a backup the authenticator never signed for.
            assertion.authenticatorData[32] =
                char(assertion.authenticatorData[32] | AuthenticatorData::BackupEligible);
        }
        const CeremonyVerifier verifier(party);
        const auto result =
            verifier.verifyAssertion(assertion.clientDataJson, assertion.authenticatorData,
                                     assertion.signature, challenge('s'), stored);
        QVERIFY2(refusedFor(result, reason), "a faulty assertion must be refused for its fault");
    }

    // A COSE label holding a float (NaN here, as fuzz_webauthn found) is not an integer: the key
    // is refused by name, never cast (Qt's toInteger() would cast NaN, undefined behaviour).
    void floatLabelsAreNotIntegers()
    {
        QCborMap key;
        key.insert(1, 2);
        key.insert(3, QCborValue(qQNaN()));
        const auto parsed = CoseKey::parse(key.toCborValue().toCbor());
        QVERIFY(!parsed);
        QCOMPARE(parsed.failure().reason, Refusal::UnsupportedAlgorithm);
        key.insert(3, QCborValue(-7.0));
        QCOMPARE(CoseKey::parse(key.toCborValue().toCbor()).failure().reason,
                 Refusal::UnsupportedAlgorithm);
    }

    void truncatedAuthenticatorDataIsMalformed_data()
    {
        QTest::addColumn<int>("keep");
        for (int keep : {0, 10, 36, 37 + 10, 37 + 18 + 5}) {
            QTest::addRow("%d bytes", keep) << keep;
        }
    }

    void truncatedAuthenticatorDataIsMalformed()
    {
        QFETCH(int, keep);
        auto authenticator = SoftwareAuthenticator::create();
        const auto registration = authenticator->makeCredential(kRpId, challenge('r'), kUser, {});
        const auto parsed = AuthenticatorData::parse(registration.authenticatorData.left(keep));
        QVERIFY(!parsed);
        QCOMPARE(parsed.failure().reason, Refusal::Malformed);
    }
};

QTEST_GUILESS_MAIN(TestWebAuthnVerify)
#include "tst_webauthnverify.moc"
