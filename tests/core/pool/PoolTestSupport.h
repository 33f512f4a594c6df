// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the pool tests: an engine on a temporary file with a clock and random source the
// test controls, and short ways to call it.

#include "otp/Base32.h"
#include "otp/OtpGenerator.h"
#include "pool/local/LocalPoolEngine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace tessera::pool::test {

// RFC 6238's example secret, as a pool user's TOTP secret.
inline const QString kTotpSecret = QStringLiteral("JBSWY3DPEHPK3PXP");
inline const QString kPassword = QStringLiteral("Correct-horse-1");

// A deterministic random source: xorshift64 from a fixed seed, so runs repeat exactly.
inline crypto::RandomSource seededRandom(std::uint64_t seed)
{
    auto state = std::make_shared<std::uint64_t>(seed);
    return [state](std::span<std::uint8_t> out) {
        for (auto& byte : out) {
            *state ^= *state << 13;
            *state ^= *state >> 7;
            *state ^= *state << 17;
            byte = std::uint8_t(*state);
        }
        return true;
    };
}

// An empty store whose signing key is already made, built once per test process. Making the
// store's RSA-2048 key is nearly all a new store costs (about 0.3 s, most of tst_signinflow's
// time when every case made its own); a case needs a file of its own, not a key of its own.
inline const QString& templateStore()
{
    static QTemporaryDir folder;
    static const QString path = [] {
        const QString file = folder.filePath(QStringLiteral("template.sqlite"));
        local::LocalPoolOptions options;
        options.path = file;
        local::LocalPoolEngine engine(options);
        if (auto done = engine.open(); !done) {
            qFatal("cannot make the template pool store: %s", qPrintable(done.failure().message));
        }
        if (const auto signer = engine.services().signer(); !signer) {
            qFatal("cannot make the template store's key: %s",
                   qPrintable(signer.failure().message));
        }
        return file;
    }();
    return path;
}

class PoolFixture
{
    // First, so it outlives the engine that has the file open.
    QTemporaryDir m_dir;

public:
    // A copy of templateStore(): the store's own creation (owner-only file, schema) is
    // tested where stores are made from nothing (tst_poolstore, tst_hostile_pool).
    explicit PoolFixture(const QString& fileName = QStringLiteral("pool.sqlite"))
    {
        local::LocalPoolOptions options;
        options.path = m_dir.filePath(fileName);
        if (!QFile::copy(templateStore(), options.path)) {
            qFatal("cannot copy the template pool store to %s", qPrintable(options.path));
        }
        options.clock = [this] { return now; };
        options.random = seededRandom(0x7e55e7a);
        // Cheap hashing: these tests are about the flow, not the KDF.
        options.passwordHashing = {16, 1, 1};
        engine = std::make_unique<local::LocalPoolEngine>(options);
        if (auto done = engine->open(); !done) {
            qFatal("cannot open the pool store: %s", qPrintable(done.failure().message));
        }
    }

    QString path() const { return m_dir.filePath(QStringLiteral("pool.sqlite")); }

    // Runs an operation that must succeed.
    QJsonObject ok(const QString& operation, const QJsonObject& request)
    {
        const PoolResult result = engine->execute(operation, request);
        if (!result) {
            qWarning("%s failed: %s: %s", qPrintable(operation), qPrintable(result.failure().type),
                     qPrintable(result.failure().message));
            return {{QStringLiteral("__failed"), true}};
        }
        return *result;
    }

    // Runs an operation that must fail, and returns its error.
    PoolError error(const QString& operation, const QJsonObject& request)
    {
        const PoolResult result = engine->execute(operation, request);
        return result ? PoolError{QStringLiteral("(succeeded)"), {}} : result.failure();
    }

    // A pool with all three factors on, in `mode`, and one client allowing password sign-in.
    void makePool(const QString& mode = QStringLiteral("OFF"))
    {
        poolId = ok(QStringLiteral("CreateUserPool"),
                    {{QStringLiteral("PoolName"), QStringLiteral("test")}})
                     .value(QStringLiteral("UserPool"))
                     .toObject()
                     .value(QStringLiteral("Id"))
                     .toString();
        clientId = ok(QStringLiteral("CreateUserPoolClient"),
                      {{QStringLiteral("UserPoolId"), poolId},
                       {QStringLiteral("ClientName"), QStringLiteral("app")},
                       {QStringLiteral("ExplicitAuthFlows"),
                        QJsonArray{QStringLiteral("ALLOW_USER_PASSWORD_AUTH"),
                                   QStringLiteral("ALLOW_ADMIN_USER_PASSWORD_AUTH"),
                                   QStringLiteral("ALLOW_REFRESH_TOKEN_AUTH")}}})
                       .value(QStringLiteral("UserPoolClient"))
                       .toObject()
                       .value(QStringLiteral("ClientId"))
                       .toString();
        if (mode != QLatin1String("OFF")) {
            ok(QStringLiteral("SetUserPoolMfaConfig"), allFactors(mode));
        }
    }

    QJsonObject allFactors(const QString& mode) const
    {
        return {{QStringLiteral("UserPoolId"), poolId},
                {QStringLiteral("MfaConfiguration"), mode},
                {QStringLiteral("SmsMfaConfiguration"),
                 QJsonObject{
                     {QStringLiteral("SmsAuthenticationMessage"), QStringLiteral("Code: {####}")},
                     {QStringLiteral("SmsConfiguration"),
                      QJsonObject{{QStringLiteral("SnsCallerArn"),
                                   QStringLiteral("arn:aws:iam::123456789012:role/sns")},
                                  {QStringLiteral("ExternalId"), QStringLiteral("x")}}}}},
                {QStringLiteral("SoftwareTokenMfaConfiguration"),
                 QJsonObject{{QStringLiteral("Enabled"), true}}},
                {QStringLiteral("EmailMfaConfiguration"),
                 QJsonObject{{QStringLiteral("Message"), QStringLiteral("Your code is {####}")},
                             {QStringLiteral("Subject"), QStringLiteral("Code")}}}};
    }

    // A confirmed user with a phone number, an email and (if `withTotp`) a verified TOTP secret.
    void makeUser(const QString& username, bool withTotp = true)
    {
        ok(QStringLiteral("AdminCreateUser"),
           {{QStringLiteral("UserPoolId"), poolId},
            {QStringLiteral("Username"), username},
            {QStringLiteral("MessageAction"), QStringLiteral("SUPPRESS")},
            {QStringLiteral("UserAttributes"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("Name"), QStringLiteral("email")},
                             {QStringLiteral("Value"), username + QStringLiteral("@example.com")}},
                 QJsonObject{{QStringLiteral("Name"), QStringLiteral("phone_number")},
                             {QStringLiteral("Value"), QStringLiteral("+15555550100")}}}}});
        ok(QStringLiteral("AdminSetUserPassword"), {{QStringLiteral("UserPoolId"), poolId},
                                                    {QStringLiteral("Username"), username},
                                                    {QStringLiteral("Password"), kPassword},
                                                    {QStringLiteral("Permanent"), true}});
        if (withTotp) {
            auto& store = engine->services().store;
            auto record = store.loadUser(poolId, username);
            record->totpSecret = kTotpSecret;
            record->totpVerified = true;
            QVERIFY(store.saveUser(poolId, *record));
        }
    }

    QJsonObject signIn(const QString& username, const QString& password = kPassword,
                       const QJsonObject& extra = {})
    {
        QJsonObject parameters{{QStringLiteral("USERNAME"), username},
                               {QStringLiteral("PASSWORD"), password}};
        for (auto it = extra.begin(); it != extra.end(); ++it) {
            parameters.insert(it.key(), it.value());
        }
        const PoolResult result =
            engine->execute(QStringLiteral("InitiateAuth"),
                            {{QStringLiteral("AuthFlow"), QStringLiteral("USER_PASSWORD_AUTH")},
                             {QStringLiteral("ClientId"), clientId},
                             {QStringLiteral("AuthParameters"), parameters},
                             {QStringLiteral("UserContextData"),
                              QJsonObject{{QStringLiteral("IpAddress"), ipAddress},
                                          {QStringLiteral("EncodedData"), device}}}});
        return result ? *result : result.failure().toJson();
    }

    QJsonObject respond(const QJsonObject& challenge, const QString& username,
                        const QJsonObject& answers)
    {
        QJsonObject responses = answers;
        responses.insert(QStringLiteral("USERNAME"), username);
        const PoolResult result = engine->execute(
            QStringLiteral("RespondToAuthChallenge"),
            {{QStringLiteral("ClientId"), clientId},
             {QStringLiteral("ChallengeName"), challenge.value(QStringLiteral("ChallengeName"))},
             {QStringLiteral("Session"), challenge.value(QStringLiteral("Session"))},
             {QStringLiteral("ChallengeResponses"), responses}});
        return result ? *result : result.failure().toJson();
    }

    QString totpCode(qint64 at) const
    {
        return otp::hotp(*otp::base32::decode(kTotpSecret), crypto::HashAlgorithm::Sha1,
                         quint64(at / 30), 6);
    }

    // The code in the newest outbox message.
    QString lastOutboxCode()
    {
        const auto messages = engine->outbox();
        if (!messages || messages->isEmpty()) {
            return {};
        }
        static const QRegularExpression digits(QStringLiteral("\\d{6}"));
        return digits.match(messages->last().message).captured(0);
    }

    qint64 now = 1'700'000'010; // a step boundary plus 10 s
    QString poolId;
    QString clientId;
    QString ipAddress = QStringLiteral("192.0.2.10");
    QString device = QStringLiteral("laptop");
    std::unique_ptr<local::LocalPoolEngine> engine;
};

inline QString str(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace tessera::pool::test
