// SPDX-License-Identifier: GPL-3.0-or-later
// IaC export against golden files (tests/core/pool/data/iac), and the escaping that keeps a
// hostile pool name or message from changing a document's structure. TESSERA_UPDATE_GOLDEN=1
// rewrites the golden files from the current output (then read the diff before committing).
#include "pool/iac/IacExport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tessera::pool;

namespace {

iac::PoolMfaSnapshot fullSnapshot()
{
    iac::PoolMfaSnapshot snapshot;
    snapshot.pool.id = QStringLiteral("eu-west-1_Abc123");
    snapshot.pool.name = QStringLiteral("customers");
    snapshot.pool.federatedMfa = FederatedMfa::Enforce;
    snapshot.pool.rememberDeviceDays = 30;
    snapshot.pool.deviceConfiguration = DeviceConfiguration{true, true};
    snapshot.mfa.mode = MfaMode::On;
    snapshot.mfa.softwareTokenEnabled = true;
    snapshot.mfa.sms = SmsMfaConfig{
        QStringLiteral("Your Acme code is {####}"),
        SmsConfiguration{QStringLiteral("arn:aws:iam::123456789012:role/acme-sns"),
                         QStringLiteral("acme-external"), QStringLiteral("eu-west-1")}};
    snapshot.mfa.email =
        EmailMfaConfig{QStringLiteral("Your code is {####}"), QStringLiteral("Your Acme code")};
    snapshot.mfa.webAuthn =
        WebAuthnConfig{QStringLiteral("acme.example"), UserVerification::Preferred};
    snapshot.pool.signInPolicy.allowedFirstAuthFactors = {
        QStringLiteral("PASSWORD"), QStringLiteral("EMAIL_OTP"), QStringLiteral("WEB_AUTHN")};
    RiskConfig risk;
    risk.lowAction = RiskAction::NoAction;
    risk.mediumAction = RiskAction::MfaIfConfigured;
    risk.highAction = RiskAction::Block;
    risk.blockedIpRangeList = {QStringLiteral("203.0.113.0/24")};
    risk.skippedIpRangeList = {QStringLiteral("10.0.0.0/8"), QStringLiteral("2001:db8::/32")};
    snapshot.risk = risk;
    return snapshot;
}

iac::PoolMfaSnapshot minimalSnapshot()
{
    iac::PoolMfaSnapshot snapshot;
    snapshot.pool.id = QStringLiteral("local-1_Min");
    snapshot.pool.name = QStringLiteral("minimal");
    snapshot.mfa.mode = MfaMode::Optional;
    snapshot.mfa.softwareTokenEnabled = true;
    return snapshot;
}

QString goldenPath(const QString& name)
{
    return QStringLiteral(TESSERA_POOL_TEST_DATA "/iac/") + name;
}

} // namespace

class TestIacExport : public QObject
{
    Q_OBJECT

private slots:
    void golden_data()
    {
        QTest::addColumn<QString>("snapshot");
        QTest::addColumn<QString>("format");
        for (const char* snapshot : {"full", "minimal"}) {
            for (const QString& format : iac::formatNames()) {
                QTest::addRow("%s %s", snapshot, qPrintable(format))
                    << QString::fromLatin1(snapshot) << format;
            }
        }
    }

    void golden()
    {
        QFETCH(QString, snapshot);
        QFETCH(QString, format);
        const auto which = iac::formatFromName(format);
        QVERIFY(which);
        const auto document = iac::exportSnapshot(
            snapshot == QLatin1String("full") ? fullSnapshot() : minimalSnapshot(), *which);
        const QString path = goldenPath(snapshot + iac::fileSuffix(*which));
        if (qEnvironmentVariableIsSet("TESSERA_UPDATE_GOLDEN")) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(document.text.toUtf8());
        }
        QFile golden(path);
        QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(path));
        QCOMPARE(document.text, QString::fromUtf8(golden.readAll()));
    }

    void tesseraPoliciesAreNamedNotDropped_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString& format : iac::formatNames()) {
            QTest::newRow(qPrintable(format)) << format;
        }
    }

    void tesseraPoliciesAreNamedNotDropped()
    {
        QFETCH(QString, format);
        const auto which = *iac::formatFromName(format);
        const auto document = iac::exportSnapshot(fullSnapshot(), which);
        QVERIFY(document.omitted.contains(
            QStringLiteral("TesseraPolicies.FederatedUserMfa = ENFORCE")));
        QVERIFY(
            document.omitted.contains(QStringLiteral("TesseraPolicies.RememberDeviceDays = 30")));
        if (which != iac::Format::CliJson) {
            QVERIFY(document.text.contains(
                QStringLiteral("#   TesseraPolicies.FederatedUserMfa = ENFORCE\n")));
        } else {
            // What set-user-pool-mfa-config cannot carry is named too (devices, the sign-in
            // policy, the risk configuration).
            QCOMPARE(document.omitted.size(), 5);
        }
    }

    void hostileTextStaysInsideItsString()
    {
        iac::PoolMfaSnapshot snapshot = minimalSnapshot();
        snapshot.pool.name = QStringLiteral("evil\nResources: {}\n# \"quoted\" ${var} %{if}");
        snapshot.mfa.email =
            EmailMfaConfig{QStringLiteral("line1\nline2 \"{####}\" \\ ${x}"), QStringLiteral("s")};

        const QString yaml = iac::exportSnapshot(snapshot, iac::Format::CloudFormation).text;
        // The header comment stays one line; the name is one escaped scalar.
        QVERIFY(yaml.startsWith(QStringLiteral(
            "# MFA configuration of user pool evil Resources: {} # \"quoted\" ${var} %{if} "
            "(local-1_Min), exported by Tessera.\n")));
        QVERIFY(yaml.contains(QStringLiteral(
            "UserPoolName: \"evil\\nResources: {}\\n# \\\"quoted\\\" ${var} %{if}\"\n")));
        QCOMPARE(yaml.count(QStringLiteral("\nResources:")), 1);

        const QString hcl = iac::exportSnapshot(snapshot, iac::Format::Terraform).text;
        QVERIFY(hcl.contains(QStringLiteral(
            "name              = \"evil\\nResources: {}\\n# \\\"quoted\\\" $${var} %%{if}\"\n")));
        QVERIFY(hcl.contains(
            QStringLiteral("message = \"line1\\nline2 \\\"{####}\\\" \\\\ $${x}\"\n")));

        const QString json = iac::exportSnapshot(snapshot, iac::Format::CliJson).text;
        QJsonParseError error{};
        const auto parsed = QJsonDocument::fromJson(json.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(parsed.object()
                     .value(QStringLiteral("EmailMfaConfiguration"))
                     .toObject()
                     .value(QStringLiteral("Message"))
                     .toString(),
                 snapshot.mfa.email->message);
    }

    void cliJsonIsTheSetUserPoolMfaConfigRequest()
    {
        const auto document = iac::exportSnapshot(fullSnapshot(), iac::Format::CliJson);
        const QJsonObject request = QJsonDocument::fromJson(document.text.toUtf8()).object();
        QCOMPARE(
            request.keys(),
            (QStringList{QStringLiteral("EmailMfaConfiguration"),
                         QStringLiteral("MfaConfiguration"), QStringLiteral("SmsMfaConfiguration"),
                         QStringLiteral("SoftwareTokenMfaConfiguration"),
                         QStringLiteral("UserPoolId"), QStringLiteral("WebAuthnConfiguration")}));
        // Read back, it is the configuration exported.
        const auto config = MfaConfig::fromJson(request);
        QVERIFY(config);
        QCOMPARE(*config, fullSnapshot().mfa);
    }

    // Passkeys in each format's own names: CloudFormation's WebAuthnRelyingPartyID and
    // WebAuthnUserVerification, Terraform's web_authn_configuration, SetUserPoolMfaConfig's
    // WebAuthnConfiguration; the first factors under Policies.SignInPolicy (sign_in_policy), which
    // the MFA request cannot carry and so names as omitted.
    void passkeySettingsAreExported()
    {
        iac::PoolMfaSnapshot snapshot = minimalSnapshot();
        snapshot.mfa.webAuthn =
            WebAuthnConfig{QStringLiteral("auth.example.com"), UserVerification::Required};
        snapshot.pool.signInPolicy.allowedFirstAuthFactors = {QStringLiteral("PASSWORD"),
                                                              QStringLiteral("WEB_AUTHN")};

        const QString yaml = iac::exportSnapshot(snapshot, iac::Format::CloudFormation).text;
        QVERIFY2(yaml.contains(QStringLiteral("      WebAuthnRelyingPartyID: \"auth.example.com\"\n"
                                              "      WebAuthnUserVerification: \"required\"\n")),
                 qPrintable(yaml));
        QVERIFY2(yaml.contains(QStringLiteral("      Policies:\n        SignInPolicy:\n"
                                              "          AllowedFirstAuthFactors:\n"
                                              "            - \"PASSWORD\"\n"
                                              "            - \"WEB_AUTHN\"\n")),
                 qPrintable(yaml));

        const QString hcl = iac::exportSnapshot(snapshot, iac::Format::Terraform).text;
        QVERIFY2(hcl.contains(QStringLiteral("  web_authn_configuration {\n"
                                             "    relying_party_id  = \"auth.example.com\"\n"
                                             "    user_verification = \"required\"\n  }\n")),
                 qPrintable(hcl));
        QVERIFY2(hcl.contains(QStringLiteral("  sign_in_policy {\n"
                                             "    allowed_first_auth_factors = [\"PASSWORD\", "
                                             "\"WEB_AUTHN\"]\n  }\n")),
                 qPrintable(hcl));

        const auto json = iac::exportSnapshot(snapshot, iac::Format::CliJson);
        const QJsonObject request = QJsonDocument::fromJson(json.text.toUtf8()).object();
        QCOMPARE(request["WebAuthnConfiguration"].toObject(),
                 (QJsonObject{{"RelyingPartyId", "auth.example.com"},
                              {"UserVerification", "required"}}));
        QVERIFY2(json.omitted.join(QLatin1Char('\n')).contains(QStringLiteral("SignInPolicy")),
                 "the CLI request names the sign-in policy it cannot carry");

        // Without passkey settings nothing of them appears (the golden files hold the rest).
        const QString plain = iac::exportSnapshot(minimalSnapshot(), iac::Format::Terraform).text;
        QVERIFY(!plain.contains(QStringLiteral("web_authn")));
        QVERIFY(!plain.contains(QStringLiteral("sign_in_policy")));
    }
};

QTEST_GUILESS_MAIN(TestIacExport)
#include "tst_iacexport.moc"
