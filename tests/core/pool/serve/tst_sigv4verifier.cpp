// SPDX-License-Identifier: GPL-3.0-or-later
#include "SigningRequestFile.h"
#include "pool/cognito/SigV4Signer.h"
#include "pool/serve/SigV4Verifier.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tessera;
using namespace tessera::pool;
using pool::serve::HttpRequest;
using pool::serve::SigV4Policy;
using pool::serve::SigV4Verifier;

Q_DECLARE_METATYPE(tessera::pool::serve::HttpRequest)

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// aws-c-auth's header-signed-request.txt: the request as sent, Authorization included.
HttpRequest parseSignedRequest(const QByteArray& text)
{
    const cognito::SigningRequest parsed = cognito::test::parseRequest(text, false);
    HttpRequest request;
    request.method = parsed.method;
    request.path = parsed.path;
    request.query = parsed.query;
    request.headers = parsed.headers;
    request.body = parsed.body;
    return request;
}

const QByteArray kSecret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
const qint64 kNow = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC).toSecsSinceEpoch();

SigV4Policy policy(const QString& key = QStringLiteral("AKIDEXAMPLE"),
                   const QByteArray& secret = kSecret)
{
    SigV4Policy policy;
    policy.region = QStringLiteral("us-east-1");
    policy.service = QStringLiteral("cognito-idp");
    policy.accessKeyId = key;
    policy.secretAccessKey = crypto::SecureBytes::fromView(secret);
    policy.clock = [] { return kNow; };
    return policy;
}

// A Cognito request as botocore sends it, signed by the client's SigV4Signer at `signedAt`.
HttpRequest signedCognitoRequest(qint64 signedAt = kNow, const QString& region = "us-east-1",
                                 const QString& service = "cognito-idp")
{
    cognito::SigningRequest toSign;
    toSign.method = "POST";
    toSign.headers = {{"Host", "127.0.0.1:9229"},
                      {"Content-Type", "application/x-amz-json-1.1"},
                      {"X-Amz-Target", "AWSCognitoIdentityProviderService.AdminGetUser"}};
    toSign.body = R"({"UserPoolId":"us-east-1_abc","Username":"tina"})";
    cognito::AwsCredentials credentials{
        QStringLiteral("AKIDEXAMPLE"), crypto::SecureBytes::fromView(kSecret), {}, {}};
    const cognito::SigV4Signature signature = cognito::SigV4Signer::sign(
        toSign, credentials, {region, service, QDateTime::fromSecsSinceEpoch(signedAt, Qt::UTC)});
    HttpRequest request;
    request.method = toSign.method;
    request.path = toSign.path;
    request.headers = toSign.headers + signature.headers;
    request.body = toSign.body;
    return request;
}

void setHeader(HttpRequest& request, const QByteArray& name, const QByteArray& value)
{
    request.headers.removeIf([&name](const auto& header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
    if (!value.isNull()) {
        request.headers.append({name, value});
    }
}

QString errorType(const Expected<void, pool::PoolError>& error)
{
    return error.ok() ? QStringLiteral("(accepted)") : error.failure().type;
}

} // namespace

// How `pool serve` checks SigV4: every case of aws-c-auth's suite (as the signed requests come,
// Authorization and all) is accepted with the right secret and refused with a wrong one, a
// changed body or an unknown key; and each malformed, misscoped or stale signature gets the error
// AWS gives it.
class TestSigV4Verifier : public QObject
{
    Q_OBJECT

private slots:
    void knownAnswers_data()
    {
        QTest::addColumn<QString>("folder");
        const QDir root(QStringLiteral(TESSERA_TEST_DATA "/sigv4/aws-c-auth-v4/v4"));
        int count = 0;
        for (const QString& name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QJsonObject context =
                QJsonDocument::fromJson(readFile(root.filePath(name + "/context.json"))).object();
            // S3-style signing (paths not normalised) is not Cognito's.
            if (context.value(QStringLiteral("normalize")).toBool(true)) {
                QTest::newRow(qPrintable(name)) << root.filePath(name);
                ++count;
            }
        }
        QVERIFY2(count >= 25, "the project's copy of aws-c-auth's suite is there");
    }
    void knownAnswers()
    {
        QFETCH(QString, folder);
        const QDir dir(folder);
        const QJsonObject context =
            QJsonDocument::fromJson(readFile(dir.filePath("context.json"))).object();
        const HttpRequest request =
            parseSignedRequest(readFile(dir.filePath("header-signed-request.txt")));
        SigV4Policy accepted = policy();
        accepted.region = context.value(QStringLiteral("region")).toString();
        accepted.service = context.value(QStringLiteral("service")).toString();
        const qint64 signedAt =
            QDateTime::fromString(context.value(QStringLiteral("timestamp")).toString(),
                                  Qt::ISODate)
                .toSecsSinceEpoch();
        accepted.clock = [signedAt] { return signedAt + 60; };
        QCOMPARE(errorType(SigV4Verifier::verify(request, accepted)), QStringLiteral("(accepted)"));

        SigV4Policy wrongSecret = accepted.clone();
        wrongSecret.secretAccessKey = crypto::SecureBytes::fromView("not-the-secret");
        QCOMPARE(errorType(SigV4Verifier::verify(request, wrongSecret)),
                 QStringLiteral("InvalidSignatureException"));

        HttpRequest changed = request;
        changed.body.append('x');
        QCOMPARE(errorType(SigV4Verifier::verify(changed, accepted)),
                 QStringLiteral("InvalidSignatureException"));

        SigV4Policy otherKey = accepted.clone();
        otherKey.accessKeyId = QStringLiteral("AKIDOTHER");
        QCOMPARE(errorType(SigV4Verifier::verify(request, otherKey)),
                 QStringLiteral("UnrecognizedClientException"));
    }

    void signedByTheClientSigner()
    {
        QCOMPARE(errorType(SigV4Verifier::verify(signedCognitoRequest(), policy())),
                 QStringLiteral("(accepted)"));
        HttpRequest retargeted = signedCognitoRequest();
        setHeader(retargeted, "X-Amz-Target", "AWSCognitoIdentityProviderService.AdminDeleteUser");
        QVERIFY2(!SigV4Verifier::verify(retargeted, policy()),
                 "the target header is signed: changing the operation breaks the signature");
    }

    void refusals_data()
    {
        QTest::addColumn<HttpRequest>("request");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("messageStart");
        const HttpRequest good = signedCognitoRequest();
        const QByteArray authorization = good.header("authorization");

        HttpRequest request = good;
        setHeader(request, "Authorization", {});
        QTest::newRow("unsigned") << request << "MissingAuthenticationTokenException"
                                  << "Missing Authentication Token";
        request = good;
        setHeader(request, "Authorization", "AWS4-HMAC-SHA1 " + authorization.mid(17));
        QTest::newRow("another algorithm") << request << "IncompleteSignatureException"
                                           << "Unsupported AWS 'algorithm'";
        request = good;
        setHeader(request, "Authorization", authorization.left(authorization.indexOf(", Sig")));
        QTest::newRow("no Signature") << request << "IncompleteSignatureException"
                                      << "Authorization header requires 'Signature' parameter.";
        request = good;
        setHeader(request, "X-Amz-Date", {});
        QTest::newRow("no date") << request << "IncompleteSignatureException"
                                 << "Authorization header requires existence of either";
        request = good;
        setHeader(request, "Authorization",
                  QByteArray(authorization)
                      .replace("/us-east-1/cognito-idp/aws4_request", "/us-east-1/aws4_request"));
        QTest::newRow("short credential")
            << request << "IncompleteSignatureException"
            << "Credential must have exactly 5 slash-delimited elements";
        QTest::newRow("other region")
            << signedCognitoRequest(kNow, "eu-west-1") << "InvalidSignatureException"
            << "Credential should be scoped to a valid region, not 'eu-west-1'.";
        QTest::newRow("other service")
            << signedCognitoRequest(kNow, "us-east-1", "dynamodb") << "InvalidSignatureException"
            << "Credential should be scoped to correct service: 'cognito-idp'.";
        request = good;
        setHeader(request, "X-Amz-Date", "20260302T100000Z");
        QTest::newRow("scope date is not the request's")
            << request << "InvalidSignatureException"
            << "Date in Credential scope does not match YYYYMMDD";
        QTest::newRow("signed six minutes ago")
            << signedCognitoRequest(kNow - 360) << "InvalidSignatureException"
            << "Signature expired: 20260301T095400Z is now earlier than 20260301T095500Z "
               "(20260301T100000Z - 5 min.)";
        QTest::newRow("signed six minutes ahead")
            << signedCognitoRequest(kNow + 360) << "InvalidSignatureException"
            << "Signature not yet current: 20260301T100600Z is still later than";
        request = good;
        setHeader(request, "Authorization",
                  QByteArray(authorization).replace("host;", "").replace(";host", ""));
        QTest::newRow("host not signed") << request << "InvalidSignatureException"
                                         << "The request signature we calculated does not match";
        request = good;
        const qsizetype at = authorization.indexOf("Signature=") + 10;
        setHeader(request, "Authorization",
                  authorization.left(at) + QByteArray(64, '0') + authorization.mid(at + 64));
        QTest::newRow("other signature") << request << "InvalidSignatureException"
                                         << "The request signature we calculated does not match";
    }
    void refusals()
    {
        QFETCH(HttpRequest, request);
        QFETCH(QString, type);
        QFETCH(QString, messageStart);
        const auto error = SigV4Verifier::verify(request, policy());
        QCOMPARE(errorType(error), type);
        QVERIFY2(error.failure().message.startsWith(messageStart),
                 qPrintable(error.failure().message));
    }

    // With no key fixed the secret is unknown: any key id and any well-formed signature pass,
    // while the scope and time are still checked.
    void anyKey()
    {
        SigV4Policy anyKey = policy(QString(), QByteArray());
        HttpRequest request = signedCognitoRequest();
        const QByteArray authorization = request.header("authorization");
        setHeader(request, "Authorization",
                  authorization.left(authorization.size() - 64).replace("AKIDEXAMPLE", "ANYKEY") +
                      QByteArray(64, 'a'));
        QCOMPARE(errorType(SigV4Verifier::verify(request, anyKey)), QStringLiteral("(accepted)"));
        QCOMPARE(errorType(SigV4Verifier::verify(signedCognitoRequest(kNow - 3600), anyKey)),
                 QStringLiteral("InvalidSignatureException"));
        HttpRequest unsignedRequest = signedCognitoRequest();
        setHeader(unsignedRequest, "Authorization", {});
        QCOMPARE(errorType(SigV4Verifier::verify(unsignedRequest, anyKey)),
                 QStringLiteral("MissingAuthenticationTokenException"));
    }
};

QTEST_GUILESS_MAIN(TestSigV4Verifier)
#include "tst_sigv4verifier.moc"
