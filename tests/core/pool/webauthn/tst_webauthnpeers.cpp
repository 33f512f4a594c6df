// SPDX-License-Identifier: GPL-3.0-or-later
// WebAuthn against peer libraries, both ways: Tessera verifies the registrations and assertions
// python-fido2 builds (tests/tools/fido2_webauthn_vectors.py), and @simplewebauthn/server
// verifies what Tessera's software authenticator makes (tests/tools/simplewebauthn_peer.js).
// A missing peer skips, or fails under TESSERA_REQUIRE_PEERS=1.
#include "CognitoLocalPeer.h"
#include "PasskeyTestSupport.h"
#include "crypto/Random.h"
#include "pool/webauthn/CeremonyVerifier.h"
#include "pool/webauthn/SoftwareAuthenticator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace tessera::pool::webauthn;

namespace {

const QString& kRpId = tessera::pool::test::kPasskeyRpId;
const QString kOrigin = QStringLiteral("https://example.com");
using tessera::pool::test::b64;
using tessera::pool::test::unb64;

// A fresh random challenge, as the engine would issue.
QByteArray freshChallenge()
{
    const auto secret = tessera::crypto::randomSecret(32);
    return QByteArray(reinterpret_cast<const char*>(secret.data()), qsizetype(secret.size()));
}

// Runs `program arguments` with `input` on stdin; the parsed JSON answer and the exit code.
struct PeerAnswer
{
    bool started = false;
    int exitCode = -1;
    QJsonObject body;
};

PeerAnswer runPeer(const QString& program, const QStringList& arguments, const QJsonObject& input)
{
    QProcess process;
    process.start(program, arguments);
    PeerAnswer answer;
    answer.started = process.waitForStarted();
    if (!answer.started) {
        return answer;
    }
    process.write(QJsonDocument(input).toJson());
    process.closeWriteChannel();
    process.waitForFinished(120000);
    answer.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    answer.body = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    if (answer.exitCode != 0 && answer.exitCode != 3) {
        qWarning("%s", process.readAllStandardError().constData());
    }
    return answer;
}

} // namespace

class TestWebAuthnPeers : public QObject
{
    Q_OBJECT

private slots:
    // python-fido2 builds; Tessera verifies. `refusal` empty: every ceremony must pass.
    void tesseraVerifiesFido2_data()
    {
        QTest::addColumn<QString>("alg");
        QTest::addColumn<QString>("fmt");
        QTest::addColumn<bool>("uv");
        QTest::addColumn<bool>("requireUv");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("ES256 packed, UV") << "ES256"
                                          << "packed" << true << true << "";
        QTest::newRow("ES256 none, no UV, UV preferred") << "ES256"
                                                         << "none" << false << false << "";
        QTest::newRow("RS256 packed, UV") << "RS256"
                                          << "packed" << true << true << "";
        QTest::newRow("RS256 none, UV") << "RS256"
                                        << "none" << true << false << "";
        QTest::newRow("ES256 without UV where UV is required")
            << "ES256"
            << "packed" << false << true << "UserNotVerified";
        QTest::newRow("EdDSA key: unsupported algorithm")
            << "EdDSA"
            << "none" << true << false << "UnsupportedAlgorithm";
        QTest::newRow("PS256 key: unsupported algorithm")
            << "PS256"
            << "packed" << true << false << "UnsupportedAlgorithm";
    }

    void tesseraVerifiesFido2()
    {
        QFETCH(QString, alg);
        QFETCH(QString, fmt);
        QFETCH(bool, uv);
        QFETCH(bool, requireUv);
        QFETCH(QString, refusal);
        const QByteArray registrationChallenge = freshChallenge();
        const QList<QByteArray> challenges{freshChallenge(), freshChallenge()};
        const QJsonObject input{
            {"rpId", kRpId},
            {"origin", kOrigin},
            {"cases",
             QJsonArray{QJsonObject{
                 {"name", QString::fromLatin1(QTest::currentDataTag())},
                 {"alg", alg},
                 {"fmt", fmt},
                 {"uv", uv},
                 {"registrationChallenge", b64(registrationChallenge)},
                 {"assertions",
                  QJsonArray{QJsonObject{{"challenge", b64(challenges[0])}, {"counter", 1}},
                             QJsonObject{{"challenge", b64(challenges[1])}, {"counter", 7}}}}}}}};
        // Debian's python3-fido2 is installed for the system interpreter.
        const PeerAnswer answer =
            runPeer(QStringLiteral("/usr/bin/python3"),
                    {QStringLiteral(TESSERA_TOOLS "/fido2_webauthn_vectors.py")}, input);
        if (!answer.started || answer.exitCode == 3) {
            PEER_SKIP_OR_FAIL(QStringLiteral("python3-fido2 is not installed (apt-get install "
                                             "python3-fido2): %1")
                                  .arg(answer.body["error"].toString()));
        }
        QCOMPARE(answer.exitCode, 0);
        const QJsonObject result = answer.body["results"].toArray().first().toObject();
        const QJsonObject registration = result["registration"].toObject();

        const CeremonyVerifier verifier(RelyingParty{kRpId, {}, requireUv});
        const auto credential = verifier.verifyRegistration(
            unb64(registration["clientDataJSON"]), unb64(registration["attestationObject"]),
            registrationChallenge);
        if (!refusal.isEmpty()) {
            QVERIFY2(!credential, "python-fido2's registration must be refused");
            QCOMPARE(refusalName(credential.failure().reason), refusal);
            return;
        }
        QVERIFY2(credential, qPrintable(credential.failure().message));
        QCOMPARE(credential->credentialId, unb64(result["credentialId"]));
        QCOMPARE(credential->attestationFormat, fmt);
        QCOMPARE(credential->userVerified, uv);

        StoredCredential stored{credential->credentialId, credential->publicKey, 0};
        const QJsonArray assertions = result["assertions"].toArray();
        QCOMPARE(assertions.size(), 2);
        for (qsizetype i = 0; i < assertions.size(); ++i) {
            const QJsonObject assertion = assertions[i].toObject();
            const auto verified = verifier.verifyAssertion(
                unb64(assertion["clientDataJSON"]), unb64(assertion["authenticatorData"]),
                unb64(assertion["signature"]), challenges[i], stored);
            QVERIFY2(verified, qPrintable(verified.failure().message));
            stored.signCount = verified->signCount;
        }
        QCOMPARE(stored.signCount, 7u);
        // The first assertion again: its counter (1) no longer grows, and its challenge is old.
        const QJsonObject first = assertions[0].toObject();
        const auto replayed = verifier.verifyAssertion(
            unb64(first["clientDataJSON"]), unb64(first["authenticatorData"]),
            unb64(first["signature"]), challenges[0], stored);
        QVERIFY(!replayed);
        QCOMPARE(replayed.failure().reason, Refusal::SignCountNotIncreased);
    }

    // Tessera's software authenticator makes; @simplewebauthn/server verifies. The last
    // assertion of each case is tampered with, so the peer must refuse it: it is not a rubber
    // stamp.
    void simpleWebAuthnVerifiesTessera_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<QString>("fmt");
        QTest::newRow("ES256 packed") << cose::kEs256 << "packed";
        QTest::newRow("ES256 none") << cose::kEs256 << "none";
        QTest::newRow("RS256 packed") << cose::kRs256 << "packed";
        QTest::newRow("RS256 none") << cose::kRs256 << "none";
    }

    void simpleWebAuthnVerifiesTessera()
    {
        QFETCH(int, algorithm);
        QFETCH(QString, fmt);
        auto authenticator = SoftwareAuthenticator::create(algorithm);
        QVERIFY(authenticator);
        SoftwareAuthenticator::Options options;
        options.attestation = fmt;
        const QByteArray user = QByteArrayLiteral("user-1");
        const QByteArray registrationChallenge = freshChallenge();
        const auto registration =
            authenticator->makeCredential(kRpId, registrationChallenge, user, options);
        // Tessera accepts its own output too, so both sides are seen to agree.
        const CeremonyVerifier verifier(RelyingParty{kRpId, {}, true});
        QVERIFY(verifier.verifyRegistration(registration.clientDataJson,
                                            registration.attestationObject, registrationChallenge));
        QJsonArray assertions;
        for (int i = 0; i < 3; ++i) {
            const QByteArray challenge = freshChallenge();
            auto assertion = authenticator->getAssertion(kRpId, challenge, user, options);
            if (i == 2) {
                assertion.signature[assertion.signature.size() - 1] =
                    char(assertion.signature.back() ^ 0x01);
            }
            assertions.append(QJsonObject{{"challenge", b64(challenge)},
                                          {"clientDataJSON", b64(assertion.clientDataJson)},
                                          {"authenticatorData", b64(assertion.authenticatorData)},
                                          {"signature", b64(assertion.signature)},
                                          {"userHandle", b64(assertion.userHandle)}});
        }
        const QJsonObject input{
            {"rpId", kRpId},
            {"origin", kOrigin},
            {"requireUserVerification", true},
            {"cases", QJsonArray{QJsonObject{
                          {"name", QString::fromLatin1(QTest::currentDataTag())},
                          {"credentialId", b64(registration.credentialId)},
                          {"registration",
                           QJsonObject{{"challenge", b64(registrationChallenge)},
                                       {"clientDataJSON", b64(registration.clientDataJson)},
                                       {"attestationObject", b64(registration.attestationObject)}}},
                          {"assertions", assertions}}}}};
        const PeerAnswer answer = runPeer(QStringLiteral("node"),
                                          {QStringLiteral(TESSERA_TOOLS "/simplewebauthn_peer.js"),
                                           QStringLiteral(TESSERA_PEERS_DIR)},
                                          input);
        if (!answer.started || answer.exitCode == 3) {
            PEER_SKIP_OR_FAIL(
                QStringLiteral("Node.js or @simplewebauthn/server is not installed "
                               "under %1 (tests/tools/cognito_local.sh installs "
                               "it): %2")
                    .arg(QStringLiteral(TESSERA_PEERS_DIR), answer.body["error"].toString()));
        }
        QCOMPARE(answer.exitCode, 0);
        const QJsonObject result = answer.body["results"].toArray().first().toObject();
        QVERIFY2(
            result["registered"].toBool(),
            qPrintable(QStringLiteral("@simplewebauthn/server %1 refused the registration: %2")
                           .arg(answer.body["version"].toString(), result["error"].toString())));
        QCOMPARE(result["fmt"].toString(), fmt);
        const QJsonArray outcomes = result["assertions"].toArray();
        QCOMPARE(outcomes.size(), 3);
        for (int i = 0; i < 2; ++i) {
            const QJsonObject outcome = outcomes[i].toObject();
            QVERIFY2(outcome["verified"].toBool(), qPrintable(outcome["error"].toString()));
            QCOMPARE(outcome["newCounter"].toInt(), i + 1);
        }
        QVERIFY2(!outcomes[2].toObject()["verified"].toBool(),
                 "the peer must refuse the tampered signature");
    }
};

QTEST_GUILESS_MAIN(TestWebAuthnPeers)
#include "tst_webauthnpeers.moc"
