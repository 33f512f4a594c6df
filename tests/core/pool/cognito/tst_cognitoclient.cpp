// SPDX-License-Identifier: GPL-3.0-or-later
#include "pool/cognito/CognitoBackend.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace tessera::pool;
using namespace tessera::pool::cognito;

namespace {

// What the fake endpoint does with each request, in order; the last repeats.
enum class Fault
{
    Ok,
    Throttle,
    ServerError,
    Reset,
    Stall,
    Unsupported,
    Paged,
};

// A one-file HTTP/1.1 server on 127.0.0.1 that misbehaves on purpose.
class FaultServer : public QTcpServer
{
public:
    QList<Fault> script;
    QList<QByteArray> requests;
    QList<QTcpSocket*> stalled;

    FaultServer()
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            }
        });
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1/").arg(serverPort()); }

private:
    QHash<QTcpSocket*, QByteArray> m_buffers;

    void serve(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            return;
        }
        qsizetype length = 0;
        for (const QByteArray& line : buffer.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:")) {
                length = line.mid(15).trimmed().toLongLong();
            }
        }
        if (buffer.size() < end + 4 + length) {
            return;
        }
        const QByteArray request = buffer.left(end + 4 + length);
        buffer.remove(0, end + 4 + length);
        requests.append(request);
        const Fault fault =
            script.isEmpty() ? Fault::Ok : script.value(requests.size() - 1, script.last());
        switch (fault) {
        case Fault::Ok:
            reply(socket, 200, "{\"UserPool\":{\"Id\":\"eu-west-1_ok\"}}");
            break;
        case Fault::Throttle:
            reply(socket, 400,
                  "{\"__type\":\"com.amazonaws.cognito#TooManyRequestsException\",\"message\":"
                  "\"Rate exceeded\"}");
            break;
        case Fault::ServerError:
            reply(socket, 500, "{\"__type\":\"InternalErrorException\",\"message\":\"boom\"}");
            break;
        case Fault::Unsupported:
            reply(socket, 500,
                  "{\"__type\":\"CognitoLocal#Unsupported\",\"message\":\"Cognito Local "
                  "unsupported feature\"}");
            break;
        case Fault::Reset:
            socket->abort();
            break;
        case Fault::Stall:
            stalled.append(socket);
            break;
        case Fault::Paged: {
            const int page = int(requests.size());
            QJsonObject body{
                {"Users", QJsonArray{QJsonObject{{"Username", QString::number(page)}}}}};
            if (page < 3) {
                body.insert("PaginationToken", QStringLiteral("t%1").arg(page));
            }
            reply(socket, 200, QJsonDocument(body).toJson(QJsonDocument::Compact));
            break;
        }
        }
    }

    static void reply(QTcpSocket* socket, int status, const QByteArray& body)
    {
        socket->write("HTTP/1.1 " + QByteArray::number(status) +
                      " X\r\nContent-Type: application/x-amz-json-1.1\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }
};

AwsSettings settingsFor(const QString& url)
{
    AwsSettings settings;
    settings.region = QStringLiteral("eu-west-1");
    settings.endpoint = QUrl(url);
    settings.credentials = std::make_shared<const AwsCredentials>(
        AwsCredentials{QStringLiteral("AKIDEXAMPLE"),
                       tessera::crypto::SecureBytes::fromView("test-secret-key"),
                       {},
                       {}});
    return settings;
}

PoolResult wait(QFuture<PoolResult> future)
{
    static_cast<void>(QTest::qWaitFor([&future] { return future.isFinished(); }, 20000));
    return !future.isFinished() || future.isCanceled() || future.resultCount() == 0
               ? PoolResult(PoolError{QString::fromLatin1(errors::kRequestCanceled), {}})
               : future.result();
}

} // namespace

// CognitoClient against a faulty local server: retries on throttling, 5xx, resets and stalls,
// what a person sees when they run out, and the errors mapped from AWS's answers.
class TestCognitoClient : public QObject
{
    Q_OBJECT

    // Backoff without waiting: the test proves the count of attempts, not the clock.
    static RetryPolicy quickRetries()
    {
        RetryPolicy retry;
        retry.baseBackoffMs = 10;
        retry.attemptTimeoutMs = 300;
        return retry;
    }

private slots:
    void errorMapping_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("message");
        QTest::newRow("namespace dropped")
            << 400
            << QByteArray("{\"__type\":\"com.amazon#UserNotFoundException\",\"message\":\"User "
                          "does not exist.\"}")
            << QByteArray() << "UserNotFoundException"
            << "User does not exist.";
        QTest::newRow("capital Message")
            << 400 << QByteArray("{\"__type\":\"InvalidParameterException\",\"Message\":\"bad\"}")
            << QByteArray() << "InvalidParameterException"
            << "bad";
        QTest::newRow("header only, suffix dropped")
            << 400 << QByteArray()
            << QByteArray("NotAuthorizedException:http://internal.amazon.com/")
            << "NotAuthorizedException"
            << "HTTP status 400 with no message";
        QTest::newRow("header with namespace")
            << 400 << QByteArray("{}") << QByteArray("aws.cognito#CodeMismatchException")
            << "CodeMismatchException"
            << "HTTP status 400 with no message";
        QTest::newRow("cognito-local unsupported")
            << 500 << QByteArray("{\"__type\":\"CognitoLocal#Unsupported\",\"message\":\"nope\"}")
            << QByteArray() << "UnsupportedOperationException"
            << "AdminListDevices is not supported by this endpoint (nope)";
        QTest::newRow("unknown operation")
            << 400
            << QByteArray("{\"__type\":\"UnknownOperationException\",\"message\":\"Unknown\"}")
            << QByteArray() << "UnsupportedOperationException"
            << "AdminListDevices is not supported by this endpoint (Unknown)";
        QTest::newRow("bare 503") << 503 << QByteArray("<html>") << QByteArray()
                                  << "InternalErrorException"
                                  << "HTTP status 503 with no message";
    }
    void errorMapping()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, header);
        QFETCH(QString, type);
        QFETCH(QString, message);
        const PoolError error = CognitoClient::errorFromResponse(QStringLiteral("AdminListDevices"),
                                                                 status, body, header);
        QCOMPARE(error.type, type);
        QCOMPARE(error.message, message);
    }

    void retryable_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("retry");
        QTest::newRow("throttled") << 400 << "TooManyRequestsException" << true;
        QTest::newRow("500") << 500 << "InternalErrorException" << true;
        QTest::newRow("503") << 503 << "ServiceUnavailable" << true;
        QTest::newRow("client error") << 400 << "InvalidParameterException" << false;
        QTest::newRow("unsupported 500") << 500 << "UnsupportedOperationException" << false;
    }
    void retryable()
    {
        QFETCH(int, status);
        QFETCH(QString, type);
        QFETCH(bool, retry);
        QCOMPARE(CognitoClient::isRetryable(status, type), retry);
    }

    void requestShapeAndSignature()
    {
        FaultServer server;
        CognitoClient client(settingsFor(server.url()), quickRetries());
        QVERIFY(wait(client.send(QStringLiteral("DescribeUserPool"), {{"UserPoolId", "x"}})));
        QVERIFY(wait(client.send(QStringLiteral("InitiateAuth"), {{"ClientId", "c"}})));
        QCOMPARE(server.requests.size(), 2);
        const QByteArray signedRequest = server.requests[0];
        QVERIFY(signedRequest.startsWith("POST / HTTP/1.1"));
        QVERIFY(signedRequest.contains(
            "X-Amz-Target: AWSCognitoIdentityProviderService.DescribeUserPool"));
        QVERIFY(signedRequest.contains("Content-Type: application/x-amz-json-1.1"));
        QVERIFY(signedRequest.contains("Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"));
        QVERIFY(signedRequest.contains("/eu-west-1/cognito-idp/aws4_request"));
        QVERIFY2(!signedRequest.contains("test-secret-key"), "the secret never leaves");
        QVERIFY2(!server.requests[1].contains("Authorization:"),
                 "token-authorised operations go unsigned");
    }

    void throttledThenSucceeds()
    {
        FaultServer server;
        server.script = {Fault::Throttle, Fault::ServerError, Fault::Ok};
        CognitoClient client(settingsFor(server.url()), quickRetries());
        QSignalSpy attempts(&client, &CognitoClient::attemptFinished);
        const PoolResult result = wait(client.send(QStringLiteral("DescribeUserPool"), {}));
        QVERIFY2(result, "the third attempt answers");
        QCOMPARE(server.requests.size(), 3);
        QCOMPARE(attempts.size(), 3);
        QCOMPARE(attempts[0][2].toString(), QStringLiteral("400 TooManyRequestsException"));
        QCOMPARE(attempts[1][2].toString(), QStringLiteral("500 InternalErrorException"));
    }

    void serverErrorGivesUpAfterThreeAttempts()
    {
        FaultServer server;
        server.script = {Fault::ServerError};
        CognitoClient client(settingsFor(server.url()), quickRetries());
        const PoolResult result = wait(client.send(QStringLiteral("ListUserPools"), {}));
        QVERIFY(!result);
        QCOMPARE(server.requests.size(), 3);
        QCOMPARE(result.failure().type, QStringLiteral("InternalErrorException"));
        QCOMPARE(result.failure().message, QStringLiteral("boom (after 3 attempts)"));
    }

    void resetIsRetriedThenReported()
    {
        FaultServer server;
        server.script = {Fault::Reset};
        CognitoClient client(settingsFor(server.url()), quickRetries());
        const PoolResult result = wait(client.send(QStringLiteral("ListUserPools"), {}));
        QVERIFY(!result);
        // Qt itself may resend once on a kept-alive connection the server dropped.
        QCOMPARE(client.requestsSent(), 3);
        QVERIFY(server.requests.size() >= 3);
        QCOMPARE(result.failure().type, QStringLiteral("NetworkError"));
        QVERIFY2(result.failure().message.startsWith(
                     QStringLiteral("Could not talk to %1").arg(server.url())),
                 qPrintable(result.failure().message));
    }

    void stallTimesOut()
    {
        FaultServer server;
        server.script = {Fault::Stall, Fault::Ok};
        CognitoClient client(settingsFor(server.url()), quickRetries());
        const PoolResult recovered = wait(client.send(QStringLiteral("ListUserPools"), {}));
        QVERIFY2(recovered, "a stalled attempt is abandoned and the next one answers");
        server.script = {Fault::Stall};
        server.requests.clear();
        const PoolResult result = wait(client.send(QStringLiteral("ListUserPools"), {}));
        QVERIFY(!result);
        QCOMPARE(result.failure().type, QStringLiteral("RequestTimeout"));
        QCOMPARE(
            result.failure().message,
            QStringLiteral("%1 gave no answer within 0.3 s (after 3 attempts)").arg(server.url()));
    }

    void unsupportedIsNotRetried()
    {
        FaultServer server;
        server.script = {Fault::Unsupported};
        CognitoBackend backend(settingsFor(server.url()), quickRetries());
        QVERIFY(backend.supports(QStringLiteral("AdminListDevices")));
        const PoolResult result = wait(backend.call(QStringLiteral("AdminListDevices"), {}));
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(result.failure().type, QStringLiteral("UnsupportedOperationException"));
        QVERIFY(
            result.failure().message.contains(QStringLiteral("not supported by this endpoint")));
        QVERIFY2(!backend.supports(QStringLiteral("AdminListDevices")),
                 "the backend remembers what the endpoint lacks");
    }

    // The console's probe for passkeys: an endpoint without them is found out in one request,
    // and remembered.
    void webAuthnProbeFindsItMissing()
    {
        FaultServer server;
        server.script = {Fault::Unsupported};
        CognitoBackend backend(settingsFor(server.url()), quickRetries());
        auto probe = backend.probeWebAuthn();
        QTRY_VERIFY(probe.isFinished());
        QVERIFY(probe.result());
        QCOMPARE(*probe.result(), false);
        QCOMPARE(server.requests.size(), 1);
        QVERIFY(!backend.supports(QStringLiteral("ListWebAuthnCredentials")));
    }

    void cancellationStopsTheRequest()
    {
        FaultServer server;
        server.script = {Fault::Stall};
        RetryPolicy retry = quickRetries();
        retry.attemptTimeoutMs = 60000;
        CognitoClient client(settingsFor(server.url()), retry);
        QFuture<PoolResult> future = client.send(QStringLiteral("ListUserPools"), {});
        QTRY_COMPARE(server.requests.size(), 1);
        client.cancelAll();
        const PoolResult result = wait(future);
        QVERIFY(!result);
        QCOMPARE(result.failure().type, QString::fromLatin1(errors::kRequestCanceled));
        QCOMPARE(server.requests.size(), 1);
    }

    void pagesThroughTokens()
    {
        FaultServer server;
        server.script = {Fault::Paged};
        CognitoBackend backend(settingsFor(server.url()), quickRetries());
        const PoolResult result =
            wait(backend.callAllPages(QStringLiteral("ListUsers"), {{"UserPoolId", "p"}}));
        QVERIFY(result);
        QCOMPARE(result->value("Users").toArray().size(), 3);
        QVERIFY(!result->contains("PaginationToken"));
        QCOMPARE(server.requests.size(), 3);
        QVERIFY2(server.requests[0].contains("\"Limit\":60"), "the largest page size is asked for");
        QVERIFY(server.requests[2].contains("\"PaginationToken\":\"t2\""));
    }

    void noCredentialsForSignedCall()
    {
        AwsSettings settings = settingsFor(QStringLiteral("http://127.0.0.1:9/"));
        settings.credentials.reset();
        CognitoClient client(settings, quickRetries());
        const PoolResult result = wait(client.send(QStringLiteral("ListUserPools"), {}));
        QCOMPARE(result.failure().type, QStringLiteral("NoCredentialsError"));
        QCOMPARE(client.requestsSent(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCognitoClient)
#include "tst_cognitoclient.moc"
