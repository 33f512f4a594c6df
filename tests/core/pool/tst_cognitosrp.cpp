// SPDX-License-Identifier: GPL-3.0-or-later
#include "CognitoLocalPeer.h"
#include "PoolTestSupport.h"
#include "pool/CognitoSrp.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>

using namespace tessera;
using namespace tessera::pool;

namespace {

const QString kVectors = QStringLiteral(TESSERA_TEST_DATA "/srp/cognito_srp_vectors.json");

QString hex(const crypto::RandomSource& random, int bytes)
{
    std::vector<std::uint8_t> raw(std::size_t(bytes), 0);
    random(raw);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(raw.data()), bytes).toHex());
}

// Inputs that exercise Cognito's padding rules: salts with the top bit set and with a leading
// zero byte, non-ASCII names and passwords, a one-digit day in the timestamp.
QJsonArray generatedCases()
{
    const crypto::RandomSource random = test::seededRandom(0x5e9d);
    const QStringList pools{QStringLiteral("AbCdEf123"), QStringLiteral("x"),
                            QStringLiteral("Zz9_with_underscore")};
    const QStringList users{QStringLiteral("tina"),
                            QStringLiteral("d5b9c1e0-1c7a-4a4e-9f3e-0f0a8b1d2c3e"),
                            QStringLiteral("zoë@example.com")};
    const QStringList passwords{QStringLiteral("Correct-horse-1"), QStringLiteral("pässwörd Ω 1"),
                                QStringLiteral("a")};
    const QStringList salts{QStringLiteral("80ff00112233445566778899aabbccdd"),
                            QStringLiteral("00ff00112233445566778899aabbccdd"), QString()};
    QJsonArray cases;
    for (int i = 0; i < 9; ++i) {
        const QString saltHex = salts[i % 3].isEmpty() ? hex(random, 16) : salts[i % 3];
        const QString userId = users[i % 3];
        const QString password = passwords[(i / 3) % 3];
        const QString pool = pools[(i + 1) % 3];
        const auto verifier = srp::makeVerifier(pool, userId, password, [&saltHex](auto out) {
            const QByteArray bytes = QByteArray::fromHex(saltHex.toLatin1());
            std::fill(out.begin(), out.end(), 0);
            std::copy(bytes.begin(), bytes.end(), out.end() - bytes.size());
            return true;
        });
        const QString a = hex(random, 128);
        const QString b = hex(random, 128);
        const auto client = srp::Client::fromSecretHex(a);
        const auto server =
            srp::Server::fromSecretHex(verifier->verifierHex, client->publicHex(), b);
        const qint64 epochMs = 1536883780000 + qint64(i) * 86400000 * 37 + i * 3611000;
        cases.append(QJsonObject{
            {"a", a},
            {"b", b},
            {"salt", verifier->saltHex},
            {"verifier", verifier->verifierHex},
            {"B", server->publicHex()},
            {"poolName", pool},
            {"userId", userId},
            {"password", password},
            {"secretBlock",
             QString::fromLatin1(QByteArray::fromHex(hex(random, 48).toLatin1()).toBase64())},
            {"epochMs", double(epochMs)},
            {"timestamp", srp::timestamp(QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC))},
        });
    }
    return cases;
}

// Checks one case (inputs and the library's answers) against Tessera's client and server.
void checkCase(const QJsonObject& c, const QJsonObject& expected)
{
    const auto client = srp::Client::fromSecretHex(c["a"].toString());
    QVERIFY(client);
    QCOMPARE(client->publicHex(), expected["A"].toString());
    QCOMPARE(
        srp::timestamp(QDateTime::fromMSecsSinceEpoch(qint64(c["epochMs"].toDouble()), Qt::UTC)),
        expected["timestamp"].toString());
    const auto claim =
        client->passwordClaim(c["poolName"].toString(), c["userId"].toString(),
                              c["password"].toString(), c["salt"].toString(), c["B"].toString(),
                              c["secretBlock"].toString(), c["timestamp"].toString());
    QVERIFY(claim);
    QCOMPARE(*claim, expected["signature"].toString());

    const auto server = srp::Server::fromSecretHex(c["verifier"].toString(),
                                                   expected["A"].toString(), c["b"].toString());
    QVERIFY(server);
    QCOMPARE(server->publicHex(), c["B"].toString());
    QVERIFY2(server->checkClaim(c["poolName"].toString(), c["userId"].toString(),
                                c["secretBlock"].toString(), c["timestamp"].toString(),
                                expected["signature"].toString()),
             "the server takes the library's claim: its verifier matches the library's x");
    QVERIFY2(!server->checkClaim(
                 c["poolName"].toString(), c["userId"].toString(), c["secretBlock"].toString(),
                 c["timestamp"].toString(),
                 *client->passwordClaim(c["poolName"].toString(), c["userId"].toString(),
                                        c["password"].toString() + "x", c["salt"].toString(),
                                        c["B"].toString(), c["secretBlock"].toString(),
                                        c["timestamp"].toString())),
             "a claim made with another password is refused");
}

} // namespace

// Cognito's SRP-6a, client and server, against amazon-cognito-identity-js's AuthenticationHelper
// (the code Amplify and most Cognito apps sign in with): the project's vectors made by the library
// (tests/data/srp, never skipped), the library itself run on fresh cases when it is installed, and
// the refusals of values that would let a peer force the shared secret.
class TestCognitoSrp : public QObject
{
    Q_OBJECT

private slots:
    void knownAnswers_data()
    {
        QTest::addColumn<QJsonObject>("input");
        QTest::addColumn<QJsonObject>("expected");
        QFile file(kVectors);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(kVectors));
        const QJsonObject vectors = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonArray cases = vectors["cases"].toArray();
        const QJsonArray results = vectors["results"].toArray();
        QVERIFY2(cases.size() >= 9 && cases.size() == results.size(), "the vectors are whole");
        for (qsizetype i = 0; i < cases.size(); ++i) {
            QTest::newRow(qPrintable(
                QStringLiteral("case %1 (%2)").arg(i).arg(cases[i]["userId"].toString())))
                << cases[i].toObject() << results[i].toObject();
        }
    }
    void knownAnswers()
    {
        QFETCH(QJsonObject, input);
        QFETCH(QJsonObject, expected);
        checkCase(input, expected);
    }

    // The library on the cases generated now. TESSERA_SRP_WRITE_VECTORS=PATH writes them with
    // the library's answers: that is how tests/data/srp/cognito_srp_vectors.json was made.
    void againstTheLibrary()
    {
        const QJsonArray cases = generatedCases();
        QProcess node;
        node.start(QStringLiteral("node"), {QStringLiteral(TESSERA_TOOLS "/cognito_srp_peer.js"),
                                            QStringLiteral(TESSERA_PEERS_DIR)});
        if (!node.waitForStarted()) {
            PEER_SKIP_OR_FAIL(QStringLiteral("Node.js is not installed"));
        }
        node.write(QJsonDocument(QJsonObject{{"cases", cases}}).toJson());
        node.closeWriteChannel();
        QVERIFY(node.waitForFinished(60000));
        const QJsonObject answer = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
        if (node.exitCode() == 3) {
            PEER_SKIP_OR_FAIL(
                QStringLiteral("amazon-cognito-identity-js is not installed under "
                               "%1 (tests/tools/cognito_local.sh installs it): %2")
                    .arg(QStringLiteral(TESSERA_PEERS_DIR), answer["error"].toString()));
        }
        QCOMPARE(node.exitCode(), 0);
        const QJsonArray results = answer["results"].toArray();
        QCOMPARE(results.size(), cases.size());
        for (qsizetype i = 0; i < cases.size(); ++i) {
            checkCase(cases[i].toObject(), results[i].toObject());
        }
        if (const QString path = qEnvironmentVariable("TESSERA_SRP_WRITE_VECTORS");
            !path.isEmpty()) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(
                QJsonDocument(
                    QJsonObject{{"generator", QStringLiteral("tests/tools/cognito_srp_peer.js "
                                                             "with amazon-cognito-identity-js %1")
                                                  .arg(answer["version"].toString())},
                                {"cases", cases},
                                {"results", results}})
                    .toJson());
        }
    }

    void clientAndServerAgree()
    {
        const auto verifier = srp::makeVerifier("Pool1", "tina", "Correct-horse-1");
        const auto client = srp::Client::create();
        const auto server = srp::Server::create(verifier->verifierHex, client->publicHex());
        QVERIFY(verifier && client && server);
        const QString when = srp::timestamp(QDateTime::currentDateTimeUtc());
        QVERIFY(srp::isTimestamp(when));
        const auto claim =
            client->passwordClaim("Pool1", "tina", "Correct-horse-1", verifier->saltHex,
                                  server->publicHex(), "c2VjcmV0", when);
        QVERIFY(server->checkClaim("Pool1", "tina", "c2VjcmV0", when, *claim));
        QVERIFY2(!server->checkClaim("Pool1", "tina", "c2VjcmV1", when, *claim),
                 "the claim covers the secret block");
        QVERIFY2(!server->checkClaim("Pool1", "tina", "c2VjcmV0", when + " ", *claim),
                 "the claim covers the timestamp");
        QVERIFY2(!server->checkClaim("Pool2", "tina", "c2VjcmV0", when, *claim),
                 "the claim covers the pool");
    }

    void refusesValuesThatForceTheSecret_data()
    {
        QTest::addColumn<QString>("value");
        QString prime = QStringLiteral(
            "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A"
            "08798E3404DDEF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9"
            "A637ED6B0BFF5CB6F406B7EDEE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163"
            "BF0598DA48361C55D39A69163FA8FD24CF5F83655D23DCA3AD961C62F356208552BB9ED529077096966D"
            "670C354E4ABC9804F1746C08CA18217C32905E462E36CE3BE39E772C180E86039B2783A2EC07A28FB5C5"
            "5DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA051015728E5A8AAAC42DAD33170D"
            "04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7ABF5AE8CDB09"
            "33D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C"
            "BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFF"
            "FFFFFFFFFFFF");
        QTest::newRow("zero") << QStringLiteral("0");
        QTest::newRow("N") << prime;
        QTest::newRow("not hex") << QStringLiteral("12xz");
        QTest::newRow("empty") << QString();
    }
    void refusesValuesThatForceTheSecret()
    {
        QFETCH(QString, value);
        const auto verifier = srp::makeVerifier("Pool1", "tina", "Correct-horse-1");
        QVERIFY2(!srp::Server::create(verifier->verifierHex, value), "A is refused");
        const auto client = srp::Client::create();
        QVERIFY2(!client->passwordClaim("Pool1", "tina", "pw", verifier->saltHex, value, "AAAA",
                                        srp::timestamp(QDateTime::currentDateTimeUtc())),
                 "B is refused");
    }

    void timestampForm()
    {
        QCOMPARE(srp::timestamp(QDateTime(QDate(2018, 9, 5), QTime(0, 9, 4), Qt::UTC)),
                 QStringLiteral("Wed Sep 5 00:09:04 UTC 2018"));
        QVERIFY(!srp::isTimestamp(QStringLiteral("Wed Sep 05 00:09:04 UTC 2018")));
        QCOMPARE(srp::poolName(QStringLiteral("us-east-1_AbC123")), QStringLiteral("AbC123"));
    }
};

QTEST_GUILESS_MAIN(TestCognitoSrp)
#include "tst_cognitosrp.moc"
