// SPDX-License-Identifier: GPL-3.0-or-later
#include "../PoolTestSupport.h"
#include "HttpTestClient.h"
#include "pool/serve/PoolServer.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

#include <memory>

using namespace tessera;
using namespace tessera::pool;
using namespace tessera::pool::test;

namespace {

// One client connection driven by the test's event loop.
class Client
{
public:
    explicit Client(quint16 port) { m_socket.connectToHost(QHostAddress::LocalHost, port); }

    void send(const QByteArray& bytes) { m_socket.write(bytes); }

    // The next answer, or nothing if the server closed the connection or `timeoutMs` passed.
    std::optional<HttpAnswer> next(int timeoutMs = 10000)
    {
        std::optional<HttpAnswer> answer = takeAnswer(m_buffer);
        (void)QTest::qWaitFor(
            [&] {
                m_buffer += m_socket.readAll();
                answer = answer ? answer : takeAnswer(m_buffer);
                return answer.has_value() || m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
        if (!answer) {
            m_buffer += m_socket.readAll();
            answer = takeAnswer(m_buffer);
        }
        return answer;
    }

    // Whether the server closes the connection within `timeoutMs`.
    bool closedWithin(int timeoutMs)
    {
        return QTest::qWaitFor(
            [&] {
                m_buffer += m_socket.readAll();
                return m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
    }

    QTcpSocket& socket() { return m_socket; }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

// Verifies an RS256 JSON Web Token with the JWK {n, e} a server published.
bool verifiesWithJwk(const QString& token, const QJsonObject& jwk)
{
    constexpr auto base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    const QByteArray n = QByteArray::fromBase64(jwk.value("n").toString().toLatin1(), base64Url);
    const QByteArray e = QByteArray::fromBase64(jwk.value("e").toString().toLatin1(), base64Url);
    const auto u8 = [](const QByteArray& bytes) {
        return reinterpret_cast<const unsigned char*>(bytes.constData());
    };
    BIGNUM* modulus = BN_bin2bn(u8(n), int(n.size()), nullptr);
    BIGNUM* exponent = BN_bin2bn(u8(e), int(e.size()), nullptr);
    OSSL_PARAM_BLD* build = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_BN(build, OSSL_PKEY_PARAM_RSA_N, modulus);
    OSSL_PARAM_BLD_push_BN(build, OSSL_PKEY_PARAM_RSA_E, exponent);
    OSSL_PARAM* params = OSSL_PARAM_BLD_to_param(build);
    EVP_PKEY_CTX* context = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
    EVP_PKEY* key = nullptr;
    bool ok = EVP_PKEY_fromdata_init(context) == 1 &&
              EVP_PKEY_fromdata(context, &key, EVP_PKEY_PUBLIC_KEY, params) == 1;
    const QStringList parts = token.split(QLatin1Char('.'));
    if (ok && parts.size() == 3) {
        const QByteArray input = (parts[0] + QLatin1Char('.') + parts[1]).toLatin1();
        const QByteArray signature = QByteArray::fromBase64(parts[2].toLatin1(), base64Url);
        EVP_MD_CTX* digest = EVP_MD_CTX_new();
        ok = EVP_DigestVerifyInit(digest, nullptr, EVP_sha256(), nullptr, key) == 1 &&
             EVP_DigestVerify(digest, u8(signature), size_t(signature.size()), u8(input),
                              size_t(input.size())) == 1;
        EVP_MD_CTX_free(digest);
    } else {
        ok = false;
    }
    EVP_PKEY_free(key);
    EVP_PKEY_CTX_free(context);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(build);
    BN_free(modulus);
    BN_free(exponent);
    return ok;
}

QJsonObject claims(const QString& token)
{
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(token.section(QLatin1Char('.'), 1, 1).toLatin1(),
                                      QByteArray::Base64UrlEncoding))
        .object();
}

const QRegularExpression
    kUuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));

} // namespace

// `pool serve`'s endpoint and server in one process, with a raw HTTP client: Cognito's protocol
// and errors byte for byte, the published token keys checked against tokens it issued, and the
// abuse a public endpoint meets (malformed and oversized requests, a thousand connections, slow
// and vanishing clients), after which the server still answers and the store is intact.
class TestPoolServer : public QObject
{
    Q_OBJECT

    std::unique_ptr<PoolFixture> m_pool;
    std::unique_ptr<serve::CognitoEndpoint> m_endpoint;
    std::unique_ptr<serve::PoolServer> m_server;

    // A server over the fixture's engine with `limits`, the test key fixed.
    void startServer(serve::ServeLimits limits = {}, int maxInFlight = 256)
    {
        m_server.reset();
        serve::EndpointSettings settings;
        settings.signing.accessKeyId = RequestKey{}.accessKeyId;
        settings.signing.secretAccessKey = crypto::SecureBytes::fromView(RequestKey{}.secret);
        settings.maxInFlight = maxInFlight;
        m_endpoint = std::make_unique<serve::CognitoEndpoint>(*m_pool->engine, std::move(settings));
        m_server = std::make_unique<serve::PoolServer>(*m_endpoint, limits);
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
        QVERIFY(m_endpoint->prepare(m_server->url()));
    }

    quint16 port() const { return m_server->port(); }

    HttpAnswer exchange(const QByteArray& request)
    {
        Client client(port());
        client.send(request);
        const auto answer = client.next();
        return answer ? *answer : HttpAnswer{};
    }

    HttpAnswer call(const QString& operation, const QJsonObject& body,
                    const std::optional<RequestKey>& key = RequestKey{})
    {
        return exchange(cognitoRequest(operation, body, key));
    }

    static QJsonObject listUsers(const QString& poolId)
    {
        return {{QStringLiteral("UserPoolId"), poolId}};
    }

private slots:
    void initTestCase()
    {
        m_pool = std::make_unique<PoolFixture>();
        m_pool->now = QDateTime::currentSecsSinceEpoch();
        m_pool->makePool();
        for (int i = 0; i < 5; ++i) {
            m_pool->makeUser(QStringLiteral("user%1").arg(i), false);
        }
    }

    void init() { startServer(); }

    void operationAnswersAsCognito()
    {
        const HttpAnswer answer =
            call(QStringLiteral("DescribeUserPool"), listUsers(m_pool->poolId));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.headers.value("content-type"), QByteArray("application/x-amz-json-1.1"));
        QVERIFY2(
            kUuid.match(QString::fromLatin1(answer.headers.value("x-amzn-requestid"))).hasMatch(),
            "every answer carries x-amzn-RequestId");
        QCOMPARE(answer.json()["UserPool"].toObject()["Id"].toString(), m_pool->poolId);
        QVERIFY(!answer.headers.contains("x-amzn-errortype"));
    }

    void errorsAsCognito_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type");
        const QJsonObject body{{QStringLiteral("UserPoolId"), QStringLiteral("local-1_nope")}};
        QTest::newRow("unsigned admin operation")
            << cognitoRequest("AdminGetUser", body, std::nullopt) << 400
            << "MissingAuthenticationTokenException";
        RequestKey otherKey;
        otherKey.accessKeyId = QStringLiteral("AKIDSOMEONEELSE");
        QTest::newRow("another access key")
            << cognitoRequest("ListUsers", body, otherKey) << 400 << "UnrecognizedClientException";
        RequestKey wrongSecret;
        wrongSecret.secret = "not the secret";
        QTest::newRow("wrong secret")
            << cognitoRequest("ListUsers", body, wrongSecret) << 400 << "InvalidSignatureException";
        QTest::newRow("signed an hour ago")
            << cognitoRequest("ListUsers", body, RequestKey{},
                              QDateTime::currentDateTimeUtc().addSecs(-3600))
            << 400 << "InvalidSignatureException";
        QTest::newRow("unknown target")
            << cognitoRequest("DoSomethingElse", body) << 400 << "UnknownOperationException";
        QByteArray noTarget = cognitoRequest("ListUsers", body);
        noTarget.replace("X-Amz-Target: AWSCognitoIdentityProviderService.", "X-Other: ");
        QTest::newRow("no target") << noTarget << 400 << "UnknownOperationException";
        QTest::newRow("wrong content type")
            << cognitoRequest("ListUsers", body, RequestKey{}, QDateTime::currentDateTimeUtc(),
                              "127.0.0.1", "application/json")
            << 400 << "UnknownOperationException";
        QTest::newRow("operation the engine lacks")
            << cognitoRequest("SignUp", body) << 400 << "UnsupportedOperationException";
        QTest::newRow("a list where an object belongs")
            << cognitoRequest("InitiateAuth", body, std::nullopt)
                   .replace("{\"UserPoolId\"", "[\"UserPoolId\"")
            << 400 << "SerializationException";
        QTest::newRow("engine error")
            << cognitoRequest("ListUsers", body) << 400 << "ResourceNotFoundException";
        QTest::newRow("nothing at the path")
            << QByteArray("GET /nothing HTTP/1.1\r\nHost: h\r\n\r\n") << 404
            << "UnknownOperationException";
        QTest::newRow("bad request line")
            << QByteArray("HELLO\r\n\r\n") << 400 << "BadRequestException";
    }
    void errorsAsCognito()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QFETCH(QString, type);
        const HttpAnswer answer = exchange(request);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.errorType(), type);
        QCOMPARE(QString::fromLatin1(answer.headers.value("x-amzn-errortype")), type);
        QVERIFY2(!answer.json().value(QStringLiteral("message")).toString().isEmpty(),
                 "every error says why");
        QVERIFY2(
            kUuid.match(QString::fromLatin1(answer.headers.value("x-amzn-requestid"))).hasMatch(),
            "errors carry x-amzn-RequestId too");
    }

    void malformedJsonOnASignedRequest()
    {
        // The signature covers the body as sent, so sign the malformed text itself.
        cognito::SigningRequest request;
        request.method = "POST";
        request.headers = {{"Host", "127.0.0.1"},
                           {"Content-Type", "application/x-amz-json-1.1"},
                           {"X-Amz-Target", "AWSCognitoIdentityProviderService.ListUsers"}};
        request.body = "{\"UserPoolId\": ";
        const auto signature = cognito::SigV4Signer::sign(
            request,
            {RequestKey{}.accessKeyId, crypto::SecureBytes::fromView(RequestKey{}.secret), {}, {}},
            {QStringLiteral("us-east-1"), QStringLiteral("cognito-idp"),
             QDateTime::currentDateTimeUtc()});
        QByteArray raw = "POST / HTTP/1.1\r\n";
        for (const auto& [name, value] : request.headers + signature.headers) {
            raw += name + ": " + value + "\r\n";
        }
        raw += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n\r\n" +
               request.body;
        const HttpAnswer answer = exchange(raw);
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.errorType(), QStringLiteral("SerializationException"));
    }

    void tokenAuthorisedOperationsNeedNoSignature()
    {
        const HttpAnswer answer =
            call(QStringLiteral("InitiateAuth"),
                 {{QStringLiteral("AuthFlow"), QStringLiteral("USER_PASSWORD_AUTH")},
                  {QStringLiteral("ClientId"), m_pool->clientId},
                  {QStringLiteral("AuthParameters"),
                   QJsonObject{{QStringLiteral("USERNAME"), QStringLiteral("user0")},
                               {QStringLiteral("PASSWORD"), kPassword}}}},
                 std::nullopt);
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.json()["AuthenticationResult"].toObject().contains("IdToken"));
    }

    void publishedKeysVerifyIssuedTokens()
    {
        const HttpAnswer signedIn =
            call(QStringLiteral("InitiateAuth"),
                 {{QStringLiteral("AuthFlow"), QStringLiteral("USER_PASSWORD_AUTH")},
                  {QStringLiteral("ClientId"), m_pool->clientId},
                  {QStringLiteral("AuthParameters"),
                   QJsonObject{{QStringLiteral("USERNAME"), QStringLiteral("user1")},
                               {QStringLiteral("PASSWORD"), kPassword}}}},
                 std::nullopt);
        const QString idToken =
            signedIn.json()["AuthenticationResult"].toObject()["IdToken"].toString();
        QVERIFY(!idToken.isEmpty());
        const QString issuer = m_server->url() + QLatin1Char('/') + m_pool->poolId;
        QCOMPARE(claims(idToken).value(QStringLiteral("iss")).toString(), issuer);

        const HttpAnswer configuration =
            exchange("GET /" + m_pool->poolId.toLatin1() +
                     "/.well-known/openid-configuration HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QCOMPARE(configuration.status, 200);
        QCOMPARE(configuration.json()["issuer"].toString(), issuer);
        const QString jwksUri = configuration.json()["jwks_uri"].toString();
        QCOMPARE(jwksUri, issuer + QStringLiteral("/.well-known/jwks.json"));

        for (const QByteArray& path :
             {QUrl(jwksUri).path().toLatin1(), QByteArray("/.well-known/jwks.json")}) {
            const HttpAnswer jwks =
                exchange("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            QCOMPARE(jwks.status, 200);
            const QJsonObject key = jwks.json()["keys"].toArray().first().toObject();
            QCOMPARE(key["kid"].toString(),
                     QJsonDocument::fromJson(
                         QByteArray::fromBase64(idToken.section('.', 0, 0).toLatin1(),
                                                QByteArray::Base64UrlEncoding))
                         .object()["kid"]
                         .toString());
            QVERIFY2(verifiesWithJwk(idToken, key), "the published key checks the token");
        }
        const HttpAnswer unknownPool = exchange(
            "GET /local-1_nope/.well-known/openid-configuration HTTP/1.1\r\nHost: h\r\n\r\n");
        QCOMPARE(unknownPool.status, 404);
        QCOMPARE(unknownPool.errorType(), QStringLiteral("ResourceNotFoundException"));
    }

    void pipelinedRequestsAnsweredInOrder()
    {
        Client client(port());
        client.send(cognitoRequest("DescribeUserPool", listUsers(m_pool->poolId)) +
                    cognitoRequest("AdminGetUser",
                                   {{"UserPoolId", m_pool->poolId}, {"Username", "user2"}}) +
                    cognitoRequest("DoSomethingElse", {}));
        QCOMPARE(client.next()->json()["UserPool"].toObject()["Id"].toString(), m_pool->poolId);
        QCOMPARE(client.next()->json()["Username"].toString(), QStringLiteral("user2"));
        QCOMPARE(client.next()->errorType(), QStringLiteral("UnknownOperationException"));
    }

    void tenMegabyteBodyRefusedUnread()
    {
        const QByteArray head =
            "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-amz-json-1.1\r\n"
            "X-Amz-Target: AWSCognitoIdentityProviderService.ListUsers\r\n"
            "Content-Length: 10485760\r\n\r\n";
        Client client(port());
        client.send(head + QByteArray(10 * 1024 * 1024, 'x'));
        const auto answer = client.next();
        QVERIFY(answer);
        QCOMPARE(answer->status, 413);
        QCOMPARE(answer->errorType(), QStringLiteral("RequestEntityTooLargeException"));
        QVERIFY2(client.closedWithin(5000), "a refused request ends its connection");

        // With Expect: 100-continue the body is refused before it is sent.
        Client polite(port());
        polite.send(QByteArray(head).replace("Content-Length", "Expect: 100-continue\r\n"
                                                               "Content-Length"));
        QCOMPARE(polite.next()->status, 413);
        QCOMPARE(call(QStringLiteral("DescribeUserPool"), listUsers(m_pool->poolId)).status, 200);
    }

    void thousandConcurrentConnections()
    {
        serve::ServeLimits limits;
        limits.maxConnections = 100; // the rest wait in the listen queue
        startServer(limits);
        constexpr int kClients = 1000;
        std::vector<std::unique_ptr<Client>> clients;
        for (int i = 0; i < kClients; ++i) {
            clients.push_back(std::make_unique<Client>(port()));
        }
        const QByteArray request =
            cognitoRequest("AdminGetUser", {{"UserPoolId", m_pool->poolId}, {"Username", "user3"}});
        for (auto& client : clients) {
            client->send(request);
        }
        int answered = 0;
        QMap<QString, int> failures;
        for (auto& client : clients) {
            const auto answer = client->next(60000);
            answered += answer && answer->status == 200 ? 1 : 0;
            if (!answer || answer->status != 200) {
                ++failures[answer ? QString::number(answer->status) + answer->errorType()
                                  : client->socket().errorString()];
            }
        }
        for (auto it = failures.cbegin(); it != failures.cend(); ++it) {
            qWarning("%d clients: %s", it.value(), qPrintable(it.key()));
        }
        QCOMPARE(answered, kClients);
        QVERIFY2(m_server->connectionCount() <= limits.maxConnections,
                 "no more connections are served at once than the limit");
        clients.clear();
        QVERIFY2(QTest::qWaitFor([this] { return m_server->connectionCount() == 0; }, 10000),
                 "closed connections are let go");
    }

    void slowClientCutOffWhileOthersAreServed()
    {
        serve::ServeLimits limits;
        limits.requestTimeoutMs = 600;
        startServer(limits);
        Client slow(port());
        const QByteArray request = cognitoRequest("DescribeUserPool", listUsers(m_pool->poolId));
        qsizetype sent = 0;
        QTimer drip;
        QObject::connect(&drip, &QTimer::timeout, [&] {
            if (sent < request.size()) {
                slow.send(request.mid(sent++, 1));
            }
        });
        drip.start(20);
        QElapsedTimer timer;
        timer.start();
        // Another client is answered while the slow one dribbles.
        QCOMPARE(call(QStringLiteral("DescribeUserPool"), listUsers(m_pool->poolId)).status, 200);
        const auto answer = slow.next(5000);
        QVERIFY(answer);
        QCOMPARE(answer->status, 408);
        QCOMPARE(answer->errorType(), QStringLiteral("RequestTimeoutException"));
        QVERIFY2(sent < request.size(), "the slow request was cut off before it was whole");
        QVERIFY2(timer.elapsed() < 4000, "within about the request timeout");
        QVERIFY(slow.closedWithin(5000));
    }

    void idleConnectionClosed()
    {
        serve::ServeLimits limits;
        limits.idleTimeoutMs = 300;
        startServer(limits);
        Client client(port());
        client.send(cognitoRequest("DescribeUserPool", listUsers(m_pool->poolId)));
        QCOMPARE(client.next()->status, 200);
        QVERIFY2(client.closedWithin(5000), "a kept-alive connection with nothing to do ends");
    }

    void silentConnectionClosed()
    {
        serve::ServeLimits limits;
        limits.requestTimeoutMs = 300;
        startServer(limits);
        Client client(port());
        QVERIFY2(client.closedWithin(5000),
                 "a connection that never starts a request does not keep its place");
        QCOMPARE(m_server->connectionCount(), 0);
    }

    void vanishingClientsLeaveTheServerUp()
    {
        for (int i = 0; i < 50; ++i) {
            Client client(port());
            QByteArray requests;
            for (int j = 0; j < 20; ++j) {
                requests += cognitoRequest("ListUsers", listUsers(m_pool->poolId));
            }
            client.send(requests);
            QVERIFY(QTest::qWaitFor([&] { return client.socket().bytesToWrite() == 0; }, 5000));
            client.socket().abort();
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_endpoint->inFlight(), 0, 10000);
        QCOMPARE(call(QStringLiteral("ListUsers"), listUsers(m_pool->poolId)).status, 200);
    }

    void busyEngineAnswersTooManyRequests()
    {
        startServer({}, 1);
        // Work queued straight on the engine keeps the first request waiting behind it.
        QList<QFuture<PoolResult>> backlog;
        for (int i = 0; i < 300; ++i) {
            backlog << m_pool->engine->call(QStringLiteral("ListUsers"), listUsers(m_pool->poolId));
        }
        Client first(port());
        first.send(cognitoRequest("DescribeUserPool", listUsers(m_pool->poolId)));
        QTRY_COMPARE_WITH_TIMEOUT(m_endpoint->inFlight(), 1, 10000);
        const HttpAnswer refused =
            call(QStringLiteral("DescribeUserPool"), listUsers(m_pool->poolId));
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorType(), QStringLiteral("TooManyRequestsException"));
        QCOMPARE(first.next()->status, 200);
        for (auto& future : backlog) {
            future.waitForFinished();
        }
    }

    void storeIntactAfterward()
    {
        const HttpAnswer users = call(QStringLiteral("ListUsers"), listUsers(m_pool->poolId));
        QCOMPARE(users.status, 200);
        QCOMPARE(users.json()["Users"].toArray().size(), 5);
        m_server.reset();
        local::PoolStore second(m_pool->path());
        QVERIFY(second.open());
        const auto intact = second.checkIntegrity();
        QVERIFY2(intact, intact ? "" : qPrintable(intact.failure().message));
        QCOMPARE(*second.countUsers(m_pool->poolId), qint64(5));
    }
};

QTEST_GUILESS_MAIN(TestPoolServer)
#include "tst_poolserver.moc"
