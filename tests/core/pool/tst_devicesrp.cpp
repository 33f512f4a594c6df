// SPDX-License-Identifier: GPL-3.0-or-later
#include "PoolTestSupport.h"
#include "pool/CognitoSrp.h"

using namespace tessera;
using namespace tessera::pool;
using namespace tessera::pool::test;

namespace {

const QString kDevicePassword = QStringLiteral("device-random-password-40-characters-long");

// A hex number as the Base64 of its bytes, as DeviceSecretVerifierConfig carries it.
QString base64OfHex(QString hex)
{
    if (hex.size() % 2 != 0) {
        hex.prepend(QLatin1Char('0'));
    }
    return QString::fromLatin1(QByteArray::fromHex(hex.toLatin1()).toBase64());
}

} // namespace

// Remembered devices as on AWS, answered by Tessera's own SRP client in the roles
// amazon-cognito-identity-js plays (tst_serve_cognito_identity_js runs the library itself): a
// sign-in through a pool with a DeviceConfiguration gets NewDeviceMetadata; ConfirmDevice keeps
// the device password's verifier, made with the group key as pool name and the device key as
// user; UpdateDeviceStatus and AdminUpdateDeviceStatus remember and forget; a remembered device
// answers DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER and skips MFA; every way it can go wrong
// is refused or falls back to MFA.
class TestDeviceSrp : public QObject
{
    Q_OBJECT

    std::unique_ptr<PoolFixture> m_pool;
    QString m_deviceKey;
    QString m_groupKey;
    QString m_accessToken;

    void configureDevices(bool userPrompt)
    {
        m_pool->ok(
            QStringLiteral("UpdateUserPool"),
            {{QStringLiteral("UserPoolId"), m_pool->poolId},
             {QStringLiteral("DeviceConfiguration"),
              QJsonObject{{QStringLiteral("ChallengeRequiredOnNewDevice"), true},
                          {QStringLiteral("DeviceOnlyRememberedOnUserPrompt"), userPrompt}}}});
    }

    // A sign-in answered with a TOTP code; its AuthenticationResult.
    QJsonObject signInWithTotp(const QJsonObject& extra = {})
    {
        const QJsonObject challenge = m_pool->signIn(QStringLiteral("tina"), kPassword, extra);
        if (str(challenge, "ChallengeName") != QLatin1String("SOFTWARE_TOKEN_MFA")) {
            return challenge;
        }
        m_pool->now += 30; // a fresh code each time
        return m_pool->respond(challenge, QStringLiteral("tina"),
                               {{"SOFTWARE_TOKEN_MFA_CODE", m_pool->totpCode(m_pool->now)}});
    }

    QJsonObject confirmDevice(const QString& password = kDevicePassword)
    {
        const auto verifier = srp::makeVerifier(m_groupKey, m_deviceKey, password);
        if (!verifier) {
            return {};
        }
        const PoolResult result = m_pool->engine->execute(
            QStringLiteral("ConfirmDevice"),
            {{QStringLiteral("AccessToken"), m_accessToken},
             {QStringLiteral("DeviceKey"), m_deviceKey},
             {QStringLiteral("DeviceName"), QStringLiteral("node")},
             {QStringLiteral("DeviceSecretVerifierConfig"),
              QJsonObject{{QStringLiteral("PasswordVerifier"), base64OfHex(verifier->verifierHex)},
                          {QStringLiteral("Salt"), base64OfHex(verifier->saltHex)}}}});
        return result ? *result : result.failure().toJson();
    }

    // A sign-in from the device: the password, then, when challenged, the device's SRP with
    // `password` and `deviceKey` (the device's own unless given); the last answer.
    QJsonObject signInFromDevice(const QString& password = kDevicePassword,
                                 const QString& answeredKey = {})
    {
        const QJsonObject first = m_pool->signIn(QStringLiteral("tina"), kPassword,
                                                 {{QStringLiteral("DEVICE_KEY"), m_deviceKey}});
        if (str(first, "ChallengeName") != QLatin1String("DEVICE_SRP_AUTH")) {
            return first;
        }
        const auto client = srp::Client::create();
        const QString key = answeredKey.isEmpty() ? m_deviceKey : answeredKey;
        const QJsonObject verifier = m_pool->respond(
            first, QStringLiteral("tina"),
            {{QStringLiteral("DEVICE_KEY"), key}, {QStringLiteral("SRP_A"), client->publicHex()}});
        if (str(verifier, "ChallengeName") != QLatin1String("DEVICE_PASSWORD_VERIFIER")) {
            return verifier;
        }
        const QJsonObject parameters = verifier[QStringLiteral("ChallengeParameters")].toObject();
        const QString when = srp::timestamp(QDateTime::fromSecsSinceEpoch(m_pool->now, Qt::UTC));
        const auto signature =
            client->passwordClaim(m_groupKey, m_deviceKey, password, str(parameters, "SALT"),
                                  str(parameters, "SRP_B"), str(parameters, "SECRET_BLOCK"), when);
        return m_pool->respond(
            verifier, QStringLiteral("tina"),
            {{QStringLiteral("DEVICE_KEY"), m_deviceKey},
             {QStringLiteral("PASSWORD_CLAIM_SECRET_BLOCK"), str(parameters, "SECRET_BLOCK")},
             {QStringLiteral("TIMESTAMP"), when},
             {QStringLiteral("PASSWORD_CLAIM_SIGNATURE"), signature.value_or(QString())}});
    }

    void setStatus(const QString& status, bool admin)
    {
        QJsonObject request{{QStringLiteral("DeviceKey"), m_deviceKey},
                            {QStringLiteral("DeviceRememberedStatus"), status}};
        if (admin) {
            request.insert(QStringLiteral("UserPoolId"), m_pool->poolId);
            request.insert(QStringLiteral("Username"), QStringLiteral("tina"));
        } else {
            request.insert(QStringLiteral("AccessToken"), m_accessToken);
        }
        m_pool->ok(admin ? QStringLiteral("AdminUpdateDeviceStatus")
                         : QStringLiteral("UpdateDeviceStatus"),
                   request);
    }

private slots:
    void init()
    {
        m_pool = std::make_unique<PoolFixture>();
        m_pool->makePool();
        m_pool->ok(QStringLiteral("SetUserPoolMfaConfig"),
                   {{QStringLiteral("UserPoolId"), m_pool->poolId},
                    {QStringLiteral("MfaConfiguration"), QStringLiteral("ON")},
                    {QStringLiteral("SoftwareTokenMfaConfiguration"),
                     QJsonObject{{QStringLiteral("Enabled"), true}}}});
        m_pool->makeUser(QStringLiteral("tina"), true);
        m_pool->ok(QStringLiteral("AdminSetUserMFAPreference"),
                   {{QStringLiteral("UserPoolId"), m_pool->poolId},
                    {QStringLiteral("Username"), QStringLiteral("tina")},
                    {QStringLiteral("SoftwareTokenMfaSettings"),
                     QJsonObject{{QStringLiteral("Enabled"), true},
                                 {QStringLiteral("PreferredMfa"), true}}}});
    }

    void noDeviceKeyWithoutDeviceConfiguration()
    {
        const QJsonObject result =
            signInWithTotp()[QStringLiteral("AuthenticationResult")].toObject();
        QVERIFY2(result.contains(QStringLiteral("IdToken")), "the sign-in ends with tokens");
        QVERIFY2(!result.contains(QStringLiteral("NewDeviceMetadata")),
                 "a pool that does not remember devices gives no device key, as on AWS");
    }

    void rememberedDevice_data()
    {
        QTest::addColumn<bool>("userPrompt");
        QTest::addColumn<QString>("statusChange");
        QTest::addColumn<QString>("devicePassword");
        QTest::addColumn<QString>("answeredKey");
        QTest::addColumn<QString>("expected"); // a challenge, "tokens" or an error type

        QTest::newRow("always remembered: device SRP instead of MFA")
            << false << "" << kDevicePassword << ""
            << "tokens";
        QTest::newRow("on the user's word, not given yet: MFA")
            << true << "" << kDevicePassword << ""
            << "SOFTWARE_TOKEN_MFA";
        QTest::newRow("on the user's word, UpdateDeviceStatus remembered")
            << true << "remembered" << kDevicePassword << ""
            << "tokens";
        QTest::newRow("on the user's word, AdminUpdateDeviceStatus remembered")
            << true << "admin remembered" << kDevicePassword << ""
            << "tokens";
        QTest::newRow("UpdateDeviceStatus not_remembered: MFA again")
            << false << "not_remembered" << kDevicePassword << ""
            << "SOFTWARE_TOKEN_MFA";
        QTest::newRow("AdminUpdateDeviceStatus not_remembered: MFA again")
            << false << "admin not_remembered" << kDevicePassword << ""
            << "SOFTWARE_TOKEN_MFA";
        QTest::newRow("wrong device password refused") << false << ""
                                                       << "another-password"
                                                       << ""
                                                       << "NotAuthorizedException";
        QTest::newRow("DEVICE_SRP_AUTH answered for another device")
            << false << "" << kDevicePassword << "us-east-1_other"
            << "ResourceNotFoundException";
    }
    void rememberedDevice()
    {
        QFETCH(bool, userPrompt);
        QFETCH(QString, statusChange);
        QFETCH(QString, devicePassword);
        QFETCH(QString, answeredKey);
        QFETCH(QString, expected);
        configureDevices(userPrompt);

        const QJsonObject first =
            signInWithTotp()[QStringLiteral("AuthenticationResult")].toObject();
        const QJsonObject metadata = first[QStringLiteral("NewDeviceMetadata")].toObject();
        m_deviceKey = str(metadata, "DeviceKey");
        m_groupKey = str(metadata, "DeviceGroupKey");
        m_accessToken = str(first, "AccessToken");
        QVERIFY2(!m_deviceKey.isEmpty() && !m_groupKey.isEmpty(),
                 "a pool with a DeviceConfiguration gives a new device its key and group key");
        const QJsonObject confirmed = confirmDevice();
        QCOMPARE(confirmed[QStringLiteral("UserConfirmationNecessary")].toBool(true), userPrompt);
        if (!statusChange.isEmpty()) {
            setStatus(statusChange.section(QLatin1Char(' '), -1),
                      statusChange.startsWith(QLatin1String("admin")));
        }

        const QJsonObject last = signInFromDevice(devicePassword, answeredKey);
        if (expected == QLatin1String("tokens")) {
            const QJsonObject tokens = last[QStringLiteral("AuthenticationResult")].toObject();
            QVERIFY2(tokens.contains(QStringLiteral("AccessToken")),
                     QJsonDocument(last).toJson().constData());
            QVERIFY2(!tokens.contains(QStringLiteral("NewDeviceMetadata")),
                     "a known device is not given a new key");
            const auto claims =
                m_pool->engine->services().signer()->verify(str(tokens, "AccessToken"));
            QCOMPARE(claims->value(QStringLiteral("device_key")).toString(), m_deviceKey);
        } else if (expected.endsWith(QLatin1String("Exception"))) {
            QCOMPARE(str(last, "__type"), expected);
        } else {
            QCOMPARE(str(last, "ChallengeName"), expected);
        }
    }

    void listedAsRemembered()
    {
        configureDevices(false);
        const QJsonObject first =
            signInWithTotp()[QStringLiteral("AuthenticationResult")].toObject();
        m_deviceKey = str(first[QStringLiteral("NewDeviceMetadata")].toObject(), "DeviceKey");
        m_groupKey = str(first[QStringLiteral("NewDeviceMetadata")].toObject(), "DeviceGroupKey");
        m_accessToken = str(first, "AccessToken");
        const auto status = [this] {
            const QJsonArray devices =
                m_pool
                    ->ok(QStringLiteral("AdminListDevices"),
                         {{QStringLiteral("UserPoolId"), m_pool->poolId},
                          {QStringLiteral("Username"),
                           QStringLiteral("tina")}})[QStringLiteral("Devices")]
                    .toArray();
            for (const QJsonValue attribute :
                 devices[0].toObject()[QStringLiteral("DeviceAttributes")].toArray()) {
                if (str(attribute.toObject(), "Name") == QLatin1String("device_status")) {
                    return str(attribute.toObject(), "Value");
                }
            }
            return QString();
        };
        QCOMPARE(status(), QStringLiteral("not_remembered"));
        confirmDevice();
        QCOMPARE(status(), QStringLiteral("remembered"));
    }

    // GetDevice, ListDevices (paged) and ForgetDevice with the access token, and their Admin
    // forms: DeviceType as AWS shapes it; a forgotten device asks for MFA again.
    void readAndForgetDevices()
    {
        configureDevices(false);
        QStringList keys;
        QString accessToken;
        for (int i = 0; i < 3; ++i) {
            const QJsonObject result =
                signInWithTotp()[QStringLiteral("AuthenticationResult")].toObject();
            const QJsonObject metadata = result[QStringLiteral("NewDeviceMetadata")].toObject();
            keys.append(str(metadata, "DeviceKey"));
            if (i == 0) {
                m_deviceKey = keys.first();
                m_groupKey = str(metadata, "DeviceGroupKey");
                m_accessToken = str(result, "AccessToken");
                QVERIFY(confirmDevice().contains(QStringLiteral("UserConfirmationNecessary")));
            }
            accessToken = str(result, "AccessToken");
        }
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), 3);

        const QJsonObject got =
            m_pool->ok(QStringLiteral("GetDevice"), {{QStringLiteral("AccessToken"), accessToken},
                                                     {QStringLiteral("DeviceKey"), m_deviceKey}});
        const QJsonObject device = got[QStringLiteral("Device")].toObject();
        QCOMPARE(str(device, "DeviceKey"), m_deviceKey);
        QMap<QString, QString> attributes;
        for (const QJsonValue a : device[QStringLiteral("DeviceAttributes")].toArray()) {
            attributes.insert(str(a.toObject(), "Name"), str(a.toObject(), "Value"));
        }
        QCOMPARE(attributes.value(QStringLiteral("device_status")), QStringLiteral("remembered"));
        QCOMPARE(attributes.value(QStringLiteral("device_name")), QStringLiteral("node"));
        for (const char* date :
             {"DeviceCreateDate", "DeviceLastModifiedDate", "DeviceLastAuthenticatedDate"}) {
            QVERIFY2(device[QLatin1String(date)].toDouble() > 1e9, date);
        }
        QCOMPARE(m_pool
                     ->ok(QStringLiteral("AdminGetDevice"),
                          {{QStringLiteral("UserPoolId"), m_pool->poolId},
                           {QStringLiteral("Username"), QStringLiteral("tina")},
                           {QStringLiteral("DeviceKey"), m_deviceKey}})[QStringLiteral("Device")]
                     .toObject(),
                 device);

        // Paged two at a time: every device once, oldest first, the token only while more follow.
        const QJsonObject first =
            m_pool->ok(QStringLiteral("ListDevices"), {{QStringLiteral("AccessToken"), accessToken},
                                                       {QStringLiteral("Limit"), 2}});
        QCOMPARE(first[QStringLiteral("Devices")].toArray().size(), 2);
        QVERIFY(first.contains(QStringLiteral("PaginationToken")));
        const QJsonObject second = m_pool->ok(
            QStringLiteral("ListDevices"),
            {{QStringLiteral("AccessToken"), accessToken},
             {QStringLiteral("Limit"), 2},
             {QStringLiteral("PaginationToken"), first[QStringLiteral("PaginationToken")]}});
        QCOMPARE(second[QStringLiteral("Devices")].toArray().size(), 1);
        QVERIFY(!second.contains(QStringLiteral("PaginationToken")));
        QStringList listed;
        for (const QJsonObject& page : {first, second}) {
            for (const QJsonValue d : page[QStringLiteral("Devices")].toArray()) {
                listed.append(str(d.toObject(), "DeviceKey"));
            }
        }
        QCOMPARE(listed, keys);
        QCOMPARE(m_pool
                     ->error(QStringLiteral("ListDevices"),
                             {{QStringLiteral("AccessToken"), accessToken},
                              {QStringLiteral("Limit"), 61}})
                     .type,
                 QStringLiteral("InvalidParameterException"));

        // Remembered, the device skips MFA; forgotten, it is asked for TOTP again.
        QVERIFY(str(signInFromDevice(), "ChallengeName").isEmpty());
        m_pool->ok(QStringLiteral("ForgetDevice"), {{QStringLiteral("AccessToken"), accessToken},
                                                    {QStringLiteral("DeviceKey"), m_deviceKey}});
        QCOMPARE(
            m_pool
                ->error(QStringLiteral("GetDevice"), {{QStringLiteral("AccessToken"), accessToken},
                                                      {QStringLiteral("DeviceKey"), m_deviceKey}})
                .type,
            QStringLiteral("ResourceNotFoundException"));
        QCOMPARE(str(signInFromDevice(), "ChallengeName"), QStringLiteral("SOFTWARE_TOKEN_MFA"));
        QCOMPARE(m_pool
                     ->error(QStringLiteral("ForgetDevice"),
                             {{QStringLiteral("AccessToken"), accessToken},
                              {QStringLiteral("DeviceKey"), m_deviceKey}})
                     .type,
                 QStringLiteral("ResourceNotFoundException"));
        m_pool->ok(QStringLiteral("AdminForgetDevice"),
                   {{QStringLiteral("UserPoolId"), m_pool->poolId},
                    {QStringLiteral("Username"), QStringLiteral("tina")},
                    {QStringLiteral("DeviceKey"), keys[1]}});
        const QJsonArray left = m_pool
                                    ->ok(QStringLiteral("AdminListDevices"),
                                         {{QStringLiteral("UserPoolId"), m_pool->poolId},
                                          {QStringLiteral("Username"),
                                           QStringLiteral("tina")}})[QStringLiteral("Devices")]
                                    .toArray();
        QCOMPARE(left.size(), 1);
        QCOMPARE(str(left[0].toObject(), "DeviceKey"), keys[2]);
        QCOMPARE(m_pool
                     ->error(QStringLiteral("GetDevice"),
                             {{QStringLiteral("AccessToken"), QStringLiteral("a.b.c")},
                              {QStringLiteral("DeviceKey"), keys[2]}})
                     .type,
                 QStringLiteral("NotAuthorizedException"));
    }

    void unconfirmedDeviceCannotBeRemembered()
    {
        configureDevices(true);
        const QJsonObject first =
            signInWithTotp()[QStringLiteral("AuthenticationResult")].toObject();
        m_deviceKey = str(first[QStringLiteral("NewDeviceMetadata")].toObject(), "DeviceKey");
        m_accessToken = str(first, "AccessToken");
        const PoolError refused = m_pool->error(
            QStringLiteral("UpdateDeviceStatus"),
            {{QStringLiteral("AccessToken"), m_accessToken},
             {QStringLiteral("DeviceKey"), m_deviceKey},
             {QStringLiteral("DeviceRememberedStatus"), QStringLiteral("remembered")}});
        QCOMPARE(refused.type, QStringLiteral("InvalidParameterException"));
        QVERIFY2(str(signInFromDevice(), "ChallengeName") == QLatin1String("SOFTWARE_TOKEN_MFA"),
                 "a device key without ConfirmDevice's verifier does not skip MFA");
    }

    void confirmDeviceRefusals_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("type");
        QTest::newRow("unknown device key") << "key"
                                            << "ResourceNotFoundException";
        QTest::newRow("no verifier") << "verifier"
                                     << "InvalidParameterException";
        QTest::newRow("not Base64") << "base64"
                                    << "InvalidParameterException";
        QTest::newRow("forged access token") << "token"
                                             << "NotAuthorizedException";
    }
    void confirmDeviceRefusals()
    {
        QFETCH(QString, change);
        QFETCH(QString, type);
        configureDevices(false);
        const QJsonObject first =
            signInWithTotp()[QStringLiteral("AuthenticationResult")].toObject();
        QJsonObject request{
            {QStringLiteral("AccessToken"), str(first, "AccessToken")},
            {QStringLiteral("DeviceKey"),
             str(first[QStringLiteral("NewDeviceMetadata")].toObject(), "DeviceKey")},
            {QStringLiteral("DeviceSecretVerifierConfig"),
             QJsonObject{{QStringLiteral("PasswordVerifier"), QStringLiteral("AQID")},
                         {QStringLiteral("Salt"), QStringLiteral("AQID")}}}};
        if (change == QLatin1String("key")) {
            request.insert(QStringLiteral("DeviceKey"), QStringLiteral("us-east-1_unknown"));
        } else if (change == QLatin1String("verifier")) {
            request.remove(QStringLiteral("DeviceSecretVerifierConfig"));
        } else if (change == QLatin1String("base64")) {
            request.insert(QStringLiteral("DeviceSecretVerifierConfig"),
                           QJsonObject{{QStringLiteral("PasswordVerifier"), QStringLiteral("#!")},
                                       {QStringLiteral("Salt"), QStringLiteral("AQID")}});
        } else {
            request.insert(QStringLiteral("AccessToken"), QStringLiteral("a.b.c"));
        }
        QCOMPARE(m_pool->error(QStringLiteral("ConfirmDevice"), request).type, type);
    }
};

QTEST_GUILESS_MAIN(TestDeviceSrp)
#include "tst_devicesrp.moc"
