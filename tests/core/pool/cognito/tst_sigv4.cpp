// SPDX-License-Identifier: GPL-3.0-or-later
#include "SigningRequestFile.h"
#include "pool/cognito/SigV4Signer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tessera::pool::cognito;
using tessera::pool::cognito::test::parseRequest;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

AwsCredentials exampleCredentials(const QString& token = {})
{
    return {QStringLiteral("AKIDEXAMPLE"),
            tessera::crypto::SecureBytes::fromView("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
            token,
            {}};
}

// Every case folder under `root`: the 2015 suite's (holding NAME.req) and aws-c-auth's (holding
// context.json and header-signature.txt).
void addCases(const QString& root)
{
    QTest::addColumn<QString>("folder");
    int count = 0;
    QDirIterator it(root, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString folder = it.next();
        const QDir dir(folder);
        const bool suite2015 = dir.exists(dir.dirName() + QStringLiteral(".req"));
        const bool cAuth = dir.exists(QStringLiteral("header-signature.txt"));
        if (suite2015 || cAuth) {
            const QString name = QDir(root).relativeFilePath(folder);
            QTest::newRow(qPrintable(name)) << folder;
            ++count;
        }
    }
    QVERIFY2(count >= 69, "both suites are there: 2015 (31 cases) and aws-c-auth (38)");
}

void checkCase(const QString& folder)
{
    const QDir dir(folder);
    if (dir.exists(dir.dirName() + QStringLiteral(".req"))) {
        // The 2015 suite: fixed credentials, scope and time; paths always normalised.
        const QString base = dir.filePath(dir.dirName());
        SigningOptions options{QStringLiteral("us-east-1"), QStringLiteral("service"),
                               QDateTime(QDate(2015, 8, 30), QTime(12, 36), Qt::UTC)};
        const SigV4Signature signature =
            SigV4Signer::sign(parseRequest(readFile(base + QStringLiteral(".req")), true),
                              exampleCredentials(), options);
        QCOMPARE(signature.canonicalRequest, readFile(base + QStringLiteral(".creq")));
        QCOMPARE(signature.stringToSign, readFile(base + QStringLiteral(".sts")));
        QCOMPARE(signature.authorization, readFile(base + QStringLiteral(".authz")));
        return;
    }
    const QJsonObject context =
        QJsonDocument::fromJson(readFile(dir.filePath(QStringLiteral("context.json")))).object();
    const QJsonObject credentials = context[QStringLiteral("credentials")].toObject();
    AwsCredentials keys{credentials[QStringLiteral("access_key_id")].toString(),
                        tessera::crypto::SecureBytes::fromView(
                            credentials[QStringLiteral("secret_access_key")].toString().toUtf8()),
                        credentials[QStringLiteral("token")].toString(),
                        {}};
    SigningOptions options{
        context[QStringLiteral("region")].toString(), context[QStringLiteral("service")].toString(),
        QDateTime::fromString(context[QStringLiteral("timestamp")].toString(), Qt::ISODate)};
    options.normalizePath = context[QStringLiteral("normalize")].toBool(true);
    options.signBody = context[QStringLiteral("sign_body")].toBool(false);
    options.signSessionToken = !context[QStringLiteral("omit_session_token")].toBool(false);
    const SigV4Signature signature = SigV4Signer::sign(
        parseRequest(readFile(dir.filePath(QStringLiteral("request.txt"))), false), keys, options);
    QCOMPARE(signature.canonicalRequest,
             readFile(dir.filePath(QStringLiteral("header-canonical-request.txt"))));
    QCOMPARE(signature.stringToSign,
             readFile(dir.filePath(QStringLiteral("header-string-to-sign.txt"))));
    QCOMPARE(signature.signature,
             readFile(dir.filePath(QStringLiteral("header-signature.txt"))).trimmed());
    // The signed request lists the headers the signer adds, the session token included even when
    // it is left out of the signature.
    const QByteArray signedRequest =
        readFile(dir.filePath(QStringLiteral("header-signed-request.txt")));
    for (const auto& [name, value] : signature.headers) {
        QVERIFY2(
            signedRequest.contains(name + ':' + value),
            qPrintable(
                QStringLiteral("the signed request carries %1").arg(QString::fromLatin1(name))));
    }
}

} // namespace

// SigV4 against the AWS 2015 suite and aws-c-auth's suite (header signing, session tokens in and
// out of the signature, path normalisation on and off, body hash header).
class TestSigV4 : public QObject
{
    Q_OBJECT

private slots:
    // The project's own copy (tests/data/sigv4): never skipped.
    void ownCopy_data() { addCases(QStringLiteral(TESSERA_TEST_DATA "/sigv4")); }
    void ownCopy()
    {
        QFETCH(QString, folder);
        checkCase(folder);
    }

    // The shared corpus, when it is present.
    void sharedCorpus_data()
    {
        const QString root = QStringLiteral(TESSERA_TESTDATA_DIR "/sigv4");
        if (!QDir(root).exists()) {
            QSKIP("shared corpus ../shared/testdata/sigv4 is absent; the own copy was checked");
        }
        addCases(root);
    }
    void sharedCorpus()
    {
        QFETCH(QString, folder);
        checkCase(folder);
    }

    void secretNeverInOutput()
    {
        SigningRequest request{
            "POST", "/", {}, {{"Host", "cognito-idp.eu-west-1.amazonaws.com"}}, "{}"};
        const SigV4Signature signature =
            SigV4Signer::sign(request, exampleCredentials(QStringLiteral("token")),
                              {QStringLiteral("eu-west-1"), QStringLiteral("cognito-idp"),
                               QDateTime::currentDateTimeUtc()});
        const QByteArray secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
        QVERIFY(!signature.canonicalRequest.contains(secret));
        QVERIFY(!signature.authorization.contains(secret));
        for (const auto& header : signature.headers) {
            QVERIFY2(!header.second.contains(secret), "no header carries the secret key");
        }
    }
};

QTEST_GUILESS_MAIN(TestSigV4)
#include "tst_sigv4.moc"
