// SPDX-License-Identifier: GPL-3.0-or-later
#include "PoolTestSupport.h"

#include <QFuture>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

using namespace tessera;
using namespace tessera::pool;
using namespace tessera::pool::test;

namespace {

const QString kSms = QStringLiteral("SMS_MFA");
const QString kTotp = QStringLiteral("SOFTWARE_TOKEN_MFA");
const QString kEmail = QStringLiteral("EMAIL_OTP");

QJsonObject factorSetting(bool enabled, bool preferred)
{
    return {{"Enabled", enabled}, {"PreferredMfa", preferred}};
}

// Six digits that are not `right`.
QString wrongCode(const QString& right)
{
    return right == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
}

// A sign-in of alice waiting for a TOTP code, by one of the two paths that check one: the
// answer to a SOFTWARE_TOKEN_MFA challenge ("respond"), or VerifySoftwareToken with an MFA_SETUP
// session ("setup").
struct CodeStep
{
    QString session;
    QString rightCode;
    QString mismatchType;
    std::function<QJsonObject(const QString& code)> answer;
};

CodeStep waitForCode(PoolFixture& fixture, const QString& path)
{
    const bool setup = path == QLatin1String("setup");
    fixture.makePool(QStringLiteral("ON"));
    fixture.makeUser(QStringLiteral("alice"), !setup);
    if (!setup) {
        fixture.ok(QStringLiteral("AdminSetUserMFAPreference"),
                   {{"UserPoolId", fixture.poolId},
                    {"Username", "alice"},
                    {"SoftwareTokenMfaSettings", factorSetting(true, true)}});
    }
    const QJsonObject step = fixture.signIn(QStringLiteral("alice"));
    CodeStep code;
    if (!setup) {
        code.session = str(step, "Session");
        code.rightCode = fixture.totpCode(fixture.now);
        code.mismatchType = QStringLiteral("CodeMismatchException");
        code.answer = [&fixture, step](const QString& answer) {
            return fixture.respond(step, QStringLiteral("alice"),
                                   {{"SOFTWARE_TOKEN_MFA_CODE", answer}});
        };
        return code;
    }
    const QJsonObject associated =
        fixture.ok(QStringLiteral("AssociateSoftwareToken"), {{"Session", step.value("Session")}});
    code.session = str(associated, "Session");
    code.rightCode = otp::hotp(*otp::base32::decode(str(associated, "SecretCode")),
                               crypto::HashAlgorithm::Sha1, quint64(fixture.now / 30), 6);
    code.mismatchType = QStringLiteral("EnableSoftwareTokenMFAException");
    code.answer = [&fixture, session = code.session](const QString& answer) {
        const PoolResult result = fixture.engine->execute(
            QStringLiteral("VerifySoftwareToken"), {{"Session", session}, {"UserCode", answer}});
        return result ? *result : result.failure().toJson();
    };
    return code;
}

} // namespace

// Cognito's challenge sequence through the local engine, walked to the tokens: every MFA mode x
// set of enabled factors x preference; then the rules on codes and sessions.
class TestSignInFlow : public QObject
{
    Q_OBJECT

    // Answers whatever challenge `step` is, correctly, until tokens come; returns the names seen.
    QStringList walk(PoolFixture& fixture, QJsonObject step, const QString& username)
    {
        QStringList seen;
        for (int guard = 0; guard < 6 && step.contains(QStringLiteral("ChallengeName")); ++guard) {
            const QString name = str(step, "ChallengeName");
            seen.append(name);
            if (name == kSms || name == kEmail) {
                step = fixture.respond(
                    step, username,
                    {{name == kSms ? "SMS_MFA_CODE" : "EMAIL_OTP_CODE", fixture.lastOutboxCode()}});
            } else if (name == kTotp) {
                step = fixture.respond(
                    step, username, {{"SOFTWARE_TOKEN_MFA_CODE", fixture.totpCode(fixture.now)}});
            } else if (name == QLatin1String("SELECT_MFA_TYPE")) {
                const auto choices = QJsonDocument::fromJson(step.value("ChallengeParameters")
                                                                 .toObject()
                                                                 .value("MFAS_CAN_CHOOSE")
                                                                 .toString()
                                                                 .toUtf8())
                                         .array();
                step = fixture.respond(step, username, {{"ANSWER", choices.first().toString()}});
            } else if (name == QLatin1String("MFA_SETUP")) {
                const QJsonObject associated = fixture.ok(QStringLiteral("AssociateSoftwareToken"),
                                                          {{"Session", step.value("Session")}});
                const QString secret = str(associated, "SecretCode");
                const QString code =
                    otp::hotp(*otp::base32::decode(secret), crypto::HashAlgorithm::Sha1,
                              quint64(fixture.now / 30), 6);
                const QJsonObject verified =
                    fixture.ok(QStringLiteral("VerifySoftwareToken"),
                               {{"Session", associated.value("Session")}, {"UserCode", code}});
                if (str(verified, "Status") != QLatin1String("SUCCESS")) {
                    return seen << QStringLiteral("verify failed");
                }
                step.insert(QStringLiteral("Session"), verified.value("Session"));
                step = fixture.respond(step, username, {});
            } else if (name == QLatin1String("NEW_PASSWORD_REQUIRED")) {
                step = fixture.respond(step, username, {{"NEW_PASSWORD", "Brand-new-pass-2"}});
            } else {
                break;
            }
        }
        if (!step.contains(QStringLiteral("AuthenticationResult"))) {
            seen.append(QStringLiteral("no tokens: ") +
                        QString::fromUtf8(QJsonDocument(step).toJson(QJsonDocument::Compact)));
        }
        return seen;
    }

private slots:
    void challengeSequence_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QStringList>("factors");
        QTest::addColumn<QString>("preferred");
        QTest::addColumn<QString>("expected");
        const QList<QStringList> subsets = {{},
                                            {kSms},
                                            {kTotp},
                                            {kEmail},
                                            {kSms, kTotp},
                                            {kSms, kEmail},
                                            {kTotp, kEmail},
                                            {kSms, kTotp, kEmail}};
        for (const QString& mode :
             {QStringLiteral("OFF"), QStringLiteral("OPTIONAL"), QStringLiteral("ON")}) {
            for (const QStringList& factors : subsets) {
                QStringList preferences{QString()};
                if (mode != QLatin1String("OFF")) {
                    preferences += factors;
                }
                for (const QString& preferred : preferences) {
                    QString expected;
                    if (mode == QLatin1String("OFF")) {
                        expected = QString();
                    } else if (factors.isEmpty()) {
                        expected =
                            mode == QLatin1String("ON") ? QStringLiteral("MFA_SETUP") : QString();
                    } else if (!preferred.isEmpty()) {
                        expected = preferred;
                    } else if (factors.size() == 1) {
                        expected = factors.first();
                    } else {
                        expected = QStringLiteral("SELECT_MFA_TYPE");
                    }
                    const QString name =
                        QStringLiteral("%1 factors=[%2] preferred=%3")
                            .arg(mode, factors.join(QLatin1Char(',')),
                                 preferred.isEmpty() ? QStringLiteral("none") : preferred);
                    QTest::newRow(qPrintable(name)) << mode << factors << preferred << expected;
                }
            }
        }
    }

    void challengeSequence()
    {
        QFETCH(QString, mode);
        QFETCH(QStringList, factors);
        QFETCH(QString, preferred);
        QFETCH(QString, expected);
        PoolFixture fixture;
        fixture.makePool(mode);
        fixture.makeUser(QStringLiteral("alice"));
        if (mode != QLatin1String("OFF")) {
            fixture.ok(
                QStringLiteral("AdminSetUserMFAPreference"),
                {{"UserPoolId", fixture.poolId},
                 {"Username", "alice"},
                 {"SMSMfaSettings", factorSetting(factors.contains(kSms), preferred == kSms)},
                 {"SoftwareTokenMfaSettings",
                  factorSetting(factors.contains(kTotp), preferred == kTotp)},
                 {"EmailMfaSettings",
                  factorSetting(factors.contains(kEmail), preferred == kEmail)}});
        }
        const QJsonObject first = fixture.signIn(QStringLiteral("alice"));
        QCOMPARE(str(first, "ChallengeName"), expected);
        const QStringList seen = walk(fixture, first, QStringLiteral("alice"));
        QVERIFY2(seen.isEmpty() || !seen.last().startsWith(QLatin1String("no tokens")),
                 qPrintable(seen.join(QStringLiteral(" -> "))));
        const QJsonObject events =
            fixture.ok(QStringLiteral("AdminListUserAuthEvents"),
                       {{"UserPoolId", fixture.poolId}, {"Username", "alice"}});
        QCOMPARE(str(events.value("AuthEvents").toArray().first().toObject(), "EventResponse"),
                 QStringLiteral("Pass"));
    }

    void smsSuccessVerifiesThePhone()
    {
        PoolFixture fixture;
        fixture.makePool(QStringLiteral("ON"));
        fixture.makeUser(QStringLiteral("alice"), false);
        fixture.ok(QStringLiteral("AdminSetUserMFAPreference"),
                   {{"UserPoolId", fixture.poolId},
                    {"Username", "alice"},
                    {"SMSMfaSettings", factorSetting(true, true)}});
        const QJsonObject challenge = fixture.signIn(QStringLiteral("alice"));
        QCOMPARE(str(challenge, "ChallengeName"), kSms);
        QCOMPARE(
            str(challenge.value("ChallengeParameters").toObject(), "CODE_DELIVERY_DESTINATION"),
            QStringLiteral("+*******0100"));
        const auto outbox = fixture.engine->outbox();
        QCOMPARE(outbox->size(), 1);
        QCOMPARE(outbox->first().destination, QStringLiteral("+15555550100"));
        QVERIFY2(outbox->first().message.startsWith(QLatin1String("Code: ")),
                 "rendered from the pool's template");
        QVERIFY(fixture
                    .respond(challenge, QStringLiteral("alice"),
                             {{"SMS_MFA_CODE", fixture.lastOutboxCode()}})
                    .contains(QStringLiteral("AuthenticationResult")));
        const auto user =
            fixture.engine->services().store.loadUser(fixture.poolId, QStringLiteral("alice"));
        QCOMPARE(user->user.attributes.value(QStringLiteral("phone_number_verified")),
                 QStringLiteral("true"));
    }

    void totpCodeCannotBeReused()
    {
        PoolFixture fixture;
        fixture.makePool(QStringLiteral("ON"));
        fixture.makeUser(QStringLiteral("alice"));
        fixture.ok(QStringLiteral("AdminSetUserMFAPreference"),
                   {{"UserPoolId", fixture.poolId},
                    {"Username", "alice"},
                    {"SoftwareTokenMfaSettings", factorSetting(true, true)}});
        const QString code = fixture.totpCode(fixture.now);
        QVERIFY(
            fixture.respond(fixture.signIn("alice"), "alice", {{"SOFTWARE_TOKEN_MFA_CODE", code}})
                .contains("AuthenticationResult"));
        const QJsonObject replay =
            fixture.respond(fixture.signIn("alice"), "alice", {{"SOFTWARE_TOKEN_MFA_CODE", code}});
        QCOMPARE(str(replay, "__type"), QStringLiteral("ExpiredCodeException"));
        QCOMPARE(str(replay, "message"),
                 QStringLiteral("Your software token has already been used once."));
        fixture.now += 30;
        QVERIFY2(fixture
                     .respond(fixture.signIn("alice"), "alice",
                              {{"SOFTWARE_TOKEN_MFA_CODE", fixture.totpCode(fixture.now)}})
                     .contains("AuthenticationResult"),
                 "the next step's code must work");
    }

    void totpWindow_data()
    {
        QTest::addColumn<int>("offsetSteps");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("two steps back") << -2 << false;
        QTest::newRow("one step back") << -1 << true;
        QTest::newRow("current") << 0 << true;
        QTest::newRow("one step ahead") << 1 << true;
        QTest::newRow("two steps ahead") << 2 << false;
    }

    void totpWindow()
    {
        QFETCH(int, offsetSteps);
        QFETCH(bool, accepted);
        PoolFixture fixture;
        fixture.makePool(QStringLiteral("ON"));
        fixture.makeUser(QStringLiteral("alice"));
        fixture.ok(QStringLiteral("AdminSetUserMFAPreference"),
                   {{"UserPoolId", fixture.poolId},
                    {"Username", "alice"},
                    {"SoftwareTokenMfaSettings", factorSetting(true, true)}});
        const QJsonObject result = fixture.respond(
            fixture.signIn("alice"), "alice",
            {{"SOFTWARE_TOKEN_MFA_CODE", fixture.totpCode(fixture.now + 30 * offsetSteps)}});
        QCOMPARE(result.contains(QStringLiteral("AuthenticationResult")), accepted);
        if (!accepted) {
            QCOMPARE(str(result, "__type"), QStringLiteral("CodeMismatchException"));
            QCOMPARE(str(result, "message"), QStringLiteral("Invalid code received for user"));
        }
    }

    void sessionExpires_data()
    {
        QTest::addColumn<int>("wait");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("at 3 minutes") << 180 << true;
        QTest::newRow("after 3 minutes") << 181 << false;
    }

    void sessionExpires()
    {
        QFETCH(int, wait);
        QFETCH(bool, accepted);
        PoolFixture fixture;
        fixture.makePool(QStringLiteral("ON"));
        fixture.makeUser(QStringLiteral("alice"), false);
        fixture.ok(QStringLiteral("AdminSetUserMFAPreference"),
                   {{"UserPoolId", fixture.poolId},
                    {"Username", "alice"},
                    {"EmailMfaSettings", factorSetting(true, false)}});
        const QJsonObject challenge = fixture.signIn("alice");
        QCOMPARE(str(challenge, "ChallengeName"), kEmail);
        fixture.now += wait;
        const QJsonObject result =
            fixture.respond(challenge, "alice", {{"EMAIL_OTP_CODE", fixture.lastOutboxCode()}});
        QCOMPARE(result.contains(QStringLiteral("AuthenticationResult")), accepted);
        if (!accepted) {
            QCOMPARE(str(result, "__type"), QStringLiteral("NotAuthorizedException"));
            QCOMPARE(str(result, "message"),
                     QStringLiteral("Invalid session for the user, session is expired."));
        }
    }

    void fiveWrongCodesEndTheAttempt()
    {
        PoolFixture fixture;
        fixture.makePool(QStringLiteral("ON"));
        fixture.makeUser(QStringLiteral("alice"), false);
        fixture.ok(QStringLiteral("AdminSetUserMFAPreference"),
                   {{"UserPoolId", fixture.poolId},
                    {"Username", "alice"},
                    {"SMSMfaSettings", factorSetting(true, true)}});
        const QJsonObject challenge = fixture.signIn("alice");
        const QString good = fixture.lastOutboxCode();
        const QString bad =
            good == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
        for (int attempt = 1; attempt <= 5; ++attempt) {
            QCOMPARE(str(fixture.respond(challenge, "alice", {{"SMS_MFA_CODE", bad}}), "__type"),
                     QStringLiteral("CodeMismatchException"));
        }
        const QJsonObject refused = fixture.respond(challenge, "alice", {{"SMS_MFA_CODE", good}});
        QCOMPARE(str(refused, "__type"), QStringLiteral("TooManyFailedAttemptsException"));
        QCOMPARE(str(fixture.respond(challenge, "alice", {{"SMS_MFA_CODE", good}}), "message"),
                 QStringLiteral("Invalid session for the user."));
    }

    // A wrong code counts against the sign-in session and the user, and the sign-in's auth event
    // records it, whichever path checked it. VerifySoftwareToken's copy of the check used to
    // count the session only, and record nothing.
    void wrongCodeIsCountedAndRecorded_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("RespondToAuthChallenge SOFTWARE_TOKEN_MFA") << "respond";
        QTest::newRow("VerifySoftwareToken in MFA_SETUP") << "setup";
    }

    void wrongCodeIsCountedAndRecorded()
    {
        QFETCH(QString, path);
        PoolFixture fixture;
        const CodeStep step = waitForCode(fixture, path);
        QVERIFY(!step.session.isEmpty());
        const QJsonObject wrong = step.answer(wrongCode(step.rightCode));
        QCOMPARE(str(wrong, "__type"), step.mismatchType);

        const QJsonArray events = fixture
                                      .ok(QStringLiteral("AdminListUserAuthEvents"),
                                          {{"UserPoolId", fixture.poolId}, {"Username", "alice"}})
                                      .value("AuthEvents")
                                      .toArray();
        QVERIFY(!events.isEmpty());
        const QJsonArray responses =
            events.first().toObject().value("ChallengeResponses").toArray();
        const QJsonObject failure{{"ChallengeName", "Mfa"}, {"ChallengeResponse", "Failure"}};
        QVERIFY2(
            responses.contains(failure),
            qPrintable(QStringLiteral("the sign-in's event should record the wrong code: ") +
                       QString::fromUtf8(QJsonDocument(responses).toJson(QJsonDocument::Compact))));

        local::PoolStore& store = fixture.engine->services().store;
        const auto session = store.loadSession(step.session);
        QVERIFY(session.ok() && session->has_value());
        QCOMPARE((*session)->attempts, 1);
        const auto failures =
            store.loadFailures(fixture.poolId, QStringLiteral("alice"), local::AttemptKind::Code);
        QVERIFY(failures.ok());
        QVERIFY2(failures->failures == 1, "the user's count of wrong codes should be 1");

        QVERIFY2(step.answer(step.rightCode)
                     .contains(path == QLatin1String("setup")
                                   ? QStringLiteral("Status")
                                   : QStringLiteral("AuthenticationResult")),
                 "the right code still works after one wrong one");
    }

    // When the store fails while a wrong code is counted or recorded, the caller gets the
    // store's error (and the operation is rolled back), on both paths: VerifySoftwareToken's
    // copy of the check dropped it and answered as if the code had merely been wrong.
    void storeErrorOnWrongCodeSurfaces_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("sabotage");
        const QString trigger =
            QStringLiteral("CREATE TRIGGER sabotage BEFORE %1 BEGIN SELECT RAISE(ABORT, "
                           "'sabotaged by the test'); END");
        for (const char* path : {"respond", "setup"}) {
            const QString name = QLatin1String(path) == QLatin1String("setup")
                                     ? QStringLiteral("VerifySoftwareToken in MFA_SETUP")
                                     : QStringLiteral("RespondToAuthChallenge");
            QTest::addRow("%s: counting the session's attempt", qPrintable(name))
                << path << trigger.arg(QStringLiteral("UPDATE ON sessions"));
            QTest::addRow("%s: counting the user's failure", qPrintable(name))
                << path << trigger.arg(QStringLiteral("INSERT ON sign_in_failures"));
            QTest::addRow("%s: saving the auth event", qPrintable(name))
                << path << trigger.arg(QStringLiteral("INSERT ON auth_events"));
            QTest::addRow("%s: reading the auth event", qPrintable(name))
                << path << QStringLiteral("ALTER TABLE auth_events RENAME TO auth_events_gone");
        }
    }

    void storeErrorOnWrongCodeSurfaces()
    {
        QFETCH(QString, path);
        QFETCH(QString, sabotage);
        PoolFixture fixture;
        const CodeStep step = waitForCode(fixture, path);
        QVERIFY(!step.session.isEmpty());
        QSqlQuery query(fixture.engine->services().store.database());
        QVERIFY2(query.exec(sabotage), qPrintable(query.lastError().text()));
        const QJsonObject wrong = step.answer(wrongCode(step.rightCode));
        QVERIFY2(
            str(wrong, "__type") == QLatin1String("InternalErrorException") &&
                (str(wrong, "message").contains(QLatin1String("sabotaged by the test")) ||
                 str(wrong, "message").contains(QLatin1String("no such table"))),
            qPrintable(QStringLiteral("the store's error should reach the caller, not: ") +
                       QString::fromUtf8(QJsonDocument(wrong).toJson(QJsonDocument::Compact))));
    }

    void newPasswordRequiredThenRefresh()
    {
        PoolFixture fixture;
        fixture.makePool();
        fixture.ok(QStringLiteral("AdminCreateUser"), {{"UserPoolId", fixture.poolId},
                                                       {"Username", "carol"},
                                                       {"TemporaryPassword", "Temp-pass-1"},
                                                       {"MessageAction", "SUPPRESS"}});
        QCOMPARE(str(fixture.signIn("carol", "wrong-Pass-1"), "message"),
                 QStringLiteral("Incorrect username or password."));
        const QJsonObject challenge = fixture.signIn("carol", "Temp-pass-1");
        QCOMPARE(str(challenge, "ChallengeName"), QStringLiteral("NEW_PASSWORD_REQUIRED"));
        QCOMPARE(str(fixture.respond(challenge, "carol", {{"NEW_PASSWORD", "weak"}}), "__type"),
                 QStringLiteral("InvalidPasswordException"));
        const QJsonObject tokens =
            fixture.respond(challenge, "carol", {{"NEW_PASSWORD", "Brand-new-pass-2"}});
        const QJsonObject result = tokens.value("AuthenticationResult").toObject();
        QVERIFY2(str(result, "IdToken").count(QLatin1Char('.')) == 2, "the ID token is a JWT");
        const auto signer = fixture.engine->services().signer();
        const auto claims = signer->verify(str(result, "IdToken"));
        QVERIFY2(claims.has_value(), "the ID token verifies with the store's key");
        QCOMPARE(claims->value("cognito:username").toString(), QStringLiteral("carol"));
        const QJsonObject refreshed = fixture.ok(
            QStringLiteral("InitiateAuth"),
            {{"ClientId", fixture.clientId},
             {"AuthFlow", "REFRESH_TOKEN_AUTH"},
             {"AuthParameters", QJsonObject{{"REFRESH_TOKEN", result.value("RefreshToken")}}}});
        QVERIFY(refreshed.value("AuthenticationResult").toObject().contains("AccessToken"));
        QCOMPARE(fixture
                     .error(QStringLiteral("InitiateAuth"),
                            {{"ClientId", fixture.clientId},
                             {"AuthFlow", "REFRESH_TOKEN_AUTH"},
                             {"AuthParameters", QJsonObject{{"REFRESH_TOKEN", "forged"}}}})
                     .message,
                 QStringLiteral("Invalid Refresh Token"));
    }

    void enrolWithAccessToken()
    {
        PoolFixture fixture;
        fixture.makePool(QStringLiteral("OPTIONAL"));
        fixture.makeUser(QStringLiteral("dave"), false);
        const QString access =
            str(fixture.signIn("dave").value("AuthenticationResult").toObject(), "AccessToken");
        const QString secret =
            str(fixture.ok(QStringLiteral("AssociateSoftwareToken"), {{"AccessToken", access}}),
                "SecretCode");
        QCOMPARE(secret.size(), 32);
        QCOMPARE(fixture
                     .error(QStringLiteral("SetUserMFAPreference"),
                            {{"AccessToken", access},
                             {"SoftwareTokenMfaSettings", factorSetting(true, true)}})
                     .message,
                 QStringLiteral("User has not verified software token mfa"));
        QCOMPARE(fixture
                     .error(QStringLiteral("VerifySoftwareToken"),
                            {{"AccessToken", access}, {"UserCode", "123456"}})
                     .type,
                 QStringLiteral("EnableSoftwareTokenMFAException"));
        const QString code = otp::hotp(*otp::base32::decode(secret), crypto::HashAlgorithm::Sha1,
                                       quint64(fixture.now / 30), 6);
        QCOMPARE(str(fixture.ok(QStringLiteral("VerifySoftwareToken"),
                                {{"AccessToken", access}, {"UserCode", code}}),
                     "Status"),
                 QStringLiteral("SUCCESS"));
        fixture.ok(
            QStringLiteral("SetUserMFAPreference"),
            {{"AccessToken", access}, {"SoftwareTokenMfaSettings", factorSetting(true, true)}});
        const QJsonObject user = fixture.ok(QStringLiteral("AdminGetUser"),
                                            {{"UserPoolId", fixture.poolId}, {"Username", "dave"}});
        QCOMPARE(str(user, "PreferredMfaSetting"), kTotp);
        fixture.now += 30;
        QCOMPARE(str(fixture.signIn("dave"), "ChallengeName"), kTotp);
    }

    void rememberedDeviceSkipsMfa()
    {
        PoolFixture fixture;
        fixture.makePool(QStringLiteral("ON"));
        fixture.ok(QStringLiteral("UpdateUserPool"),
                   {{"UserPoolId", fixture.poolId},
                    {"TesseraPolicies", QJsonObject{{"RememberDeviceDays", 30}}}});
        fixture.makeUser(QStringLiteral("erin"));
        fixture.ok(QStringLiteral("AdminSetUserMFAPreference"),
                   {{"UserPoolId", fixture.poolId},
                    {"Username", "erin"},
                    {"SoftwareTokenMfaSettings", factorSetting(true, true)}});
        const QJsonObject tokens =
            fixture.respond(fixture.signIn("erin"), "erin",
                            {{"SOFTWARE_TOKEN_MFA_CODE", fixture.totpCode(fixture.now)}});
        const QString deviceKey = str(
            tokens.value("AuthenticationResult").toObject().value("NewDeviceMetadata").toObject(),
            "DeviceKey");
        QVERIFY2(!deviceKey.isEmpty(), "the pool remembers devices, so a device key comes back");
        QVERIFY2(fixture.signIn("erin", kPassword, {{"DEVICE_KEY", deviceKey}})
                     .contains("AuthenticationResult"),
                 "a remembered device skips MFA");
        fixture.now += 31 * 86400;
        QCOMPARE(
            str(fixture.signIn("erin", kPassword, {{"DEVICE_KEY", deviceKey}}), "ChallengeName"),
            kTotp);
        fixture.ok(
            QStringLiteral("AdminForgetDevice"),
            {{"UserPoolId", fixture.poolId}, {"Username", "erin"}, {"DeviceKey", deviceKey}});
        QCOMPARE(fixture
                     .ok(QStringLiteral("AdminListDevices"),
                         {{"UserPoolId", fixture.poolId}, {"Username", "erin"}})
                     .value("Devices")
                     .toArray()
                     .size(),
                 0);
    }

    void asynchronousCall()
    {
        PoolFixture fixture;
        fixture.makePool();
        QFuture<Expected<MfaConfig, PoolError>> future =
            fixture.engine->getUserPoolMfaConfig(fixture.poolId);
        future.waitForFinished();
        QVERIFY(future.result().ok());
        QCOMPARE(future.result()->mode, MfaMode::Off);
        QFuture<PoolResult> missing = fixture.engine->call(
            QStringLiteral("AdminGetUser"), {{"UserPoolId", fixture.poolId}, {"Username", "x"}});
        missing.waitForFinished();
        QCOMPARE(missing.result().failure().type, QStringLiteral("UserNotFoundException"));
    }

    void listUsersFilterAndPages()
    {
        PoolFixture fixture;
        fixture.makePool();
        QList<PoolUser> users;
        for (int i = 0; i < 130; ++i) {
            PoolUser user;
            user.username = QStringLiteral("user%1").arg(i, 3, 10, QLatin1Char('0'));
            user.attributes.insert(QStringLiteral("email"),
                                   user.username + (i % 2 ? QStringLiteral("@odd.test")
                                                          : QStringLiteral("@even.test")));
            users.append(user);
        }
        QVERIFY(fixture.engine->importUsers(fixture.poolId, users).ok());
        QStringList seen;
        QJsonObject request{{"UserPoolId", fixture.poolId}, {"Limit", 60}};
        for (int page = 0; page < 5; ++page) {
            const QJsonObject response = fixture.ok(QStringLiteral("ListUsers"), request);
            for (const QJsonValue& user : response.value("Users").toArray()) {
                seen.append(str(user.toObject(), "Username"));
            }
            if (!response.contains(QStringLiteral("PaginationToken"))) {
                break;
            }
            request.insert(QStringLiteral("PaginationToken"), response.value("PaginationToken"));
        }
        QCOMPARE(seen.size(), 130);
        QCOMPARE(seen.first(), QStringLiteral("user000"));
        const QJsonObject prefix =
            fixture.ok(QStringLiteral("ListUsers"),
                       {{"UserPoolId", fixture.poolId}, {"Filter", "username ^= \"user12\""}});
        QCOMPARE(prefix.value("Users").toArray().size(), 10);
        const QJsonObject exact =
            fixture.ok(QStringLiteral("ListUsers"), {{"UserPoolId", fixture.poolId},
                                                     {"Filter", "email = \"user007@odd.test\""}});
        QCOMPARE(exact.value("Users").toArray().size(), 1);
        QCOMPARE(
            fixture
                .error(QStringLiteral("ListUsers"), {{"UserPoolId", fixture.poolId}, {"Limit", 61}})
                .message,
            QStringLiteral("1 validation error detected: Value '61' at 'limit' failed to satisfy "
                           "constraint: Member must have value less than or equal to 60"));
        QCOMPARE(fixture
                     .error(QStringLiteral("ListUsers"),
                            {{"UserPoolId", fixture.poolId}, {"Filter", "email is bob"}})
                     .message,
                 QStringLiteral("Error while parsing filter."));
    }
};

QTEST_GUILESS_MAIN(TestSignInFlow)
#include "tst_signinflow.moc"
