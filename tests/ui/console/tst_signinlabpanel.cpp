// SPDX-License-Identifier: GPL-3.0-or-later
// The sign-in lab panel over the local engine with a fake clock, driven as a person drives it:
// every challenge path (password only, NEW_PASSWORD_REQUIRED, MFA_SETUP, SOFTWARE_TOKEN_MFA with
// the vault entry linked to the user, SMS and email from the outbox), a replayed code refused and
// the prompt that follows, the five-wrong-codes limit; the steps, the end and the decision trace
// as shown; a test client made in one click; accessible names; light and dark screenshots.
#include "../shell/Screenshot.h"
#include "ConsoleTestSupport.h"
#include "LabTestSupport.h"
#include "console/SignInLabPanel.h"
#include "console/SignInLabView.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>
#include <QTreeWidget>

using namespace tessera;
using namespace tessera::ui::console;
using pool::test::kPassword;
using pool::test::PoolFixture;

namespace {

struct Lab
{
    PoolFixture fixture; // first: the engine's clock refers to it
    test::MemoryLabVault vault;
    PoolSession session;
    SignInLabPanel panel{session};
    pool::local::LocalPoolEngine* engine = nullptr;
};

QStringList stepTexts(const SignInLabPanel& panel)
{
    QStringList texts;
    QTreeWidget* tree = panel.view()->stepTree();
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        texts << tree->topLevelItem(i)->text(0);
    }
    return texts;
}

QStringList traceNames(const SignInLabPanel& panel)
{
    QStringList names;
    QListWidget* list = panel.view()->traceList();
    for (int i = 0; i < list->count(); ++i) {
        names << list->item(i)->toolTip();
    }
    return names;
}

} // namespace

class TestSignInLabPanel : public QObject
{
    Q_OBJECT

    // The pool (in `mode`) and alice made, the engine lent to the panel's session, the panel
    // shown with the pool read.
    void open(Lab& lab, const QString& mode, bool aliceHasTotp)
    {
        lab.fixture.makePool(mode);
        lab.fixture.makeUser(QStringLiteral("alice"), aliceHasTotp);
        lab.engine = test::lendEngine(lab.fixture, lab.session);
        QTRY_VERIFY(lab.session.isConnected());
        lab.session.setLabVault(&lab.vault);
        lab.panel.setClock([&lab] { return lab.fixture.now; });
        lab.panel.resize(1200, 760);
        lab.panel.show();
        QSignalSpy read(&lab.panel, &SignInLabPanel::poolRead);
        lab.panel.setPool(lab.fixture.poolId);
        QTRY_COMPARE(read.count(), 1);
        findByName<QComboBox>(lab, "User")->setCurrentText(QStringLiteral("alice"));
        findByName<QLineEdit>(lab, "Password")->setText(kPassword);
    }

    template <typename T> static T* findByName(Lab& lab, const char* name)
    {
        T* found = test::findByName<T>(&lab.panel, QString::fromLatin1(name));
        if (found == nullptr) {
            qWarning("no control named %s", name);
        }
        return found;
    }

    // Clicks Start; true when the run finished (authenticated or not) within the wait.
    static bool start(Lab& lab, QSignalSpy* needed = nullptr)
    {
        QSignalSpy finished(&lab.panel, &SignInLabPanel::runFinished);
        QTest::mouseClick(findByName<QPushButton>(lab, "Start"), Qt::LeftButton);
        if (needed != nullptr) {
            return QTest::qWaitFor([&] { return finished.count() == 1 || needed->count() > 0; });
        }
        return QTest::qWaitFor([&] { return finished.count() == 1; });
    }

    // Types `code` into the prompt and sends it; waits for the next prompt or the end.
    static bool typeCode(Lab& lab, const QString& code, QSignalSpy& needed)
    {
        const qsizetype before = needed.count();
        QSignalSpy finished(&lab.panel, &SignInLabPanel::runFinished);
        auto* field = findByName<QLineEdit>(lab, "Code");
        if (field == nullptr) {
            return false;
        }
        field->setText(code);
        QTest::mouseClick(findByName<QPushButton>(lab, "Send code"), Qt::LeftButton);
        return QTest::qWaitFor([&] { return finished.count() == 1 || needed.count() > before; });
    }

private slots:
    void challengePaths_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QString>("codeFrom");
        QTest::addColumn<QString>("traced");
        QTest::newRow("password only")
            << "OFF"
            << "" << QStringList{"1. InitiateAuth (USER_PASSWORD_AUTH): authenticated"} << ""
            << "mfa.notAsked";
        QTest::newRow("NEW_PASSWORD_REQUIRED")
            << "OFF"
            << "temporary"
            << QStringList{"1. InitiateAuth (USER_PASSWORD_AUTH): challenge NEW_PASSWORD_REQUIRED",
                           "2. RespondToAuthChallenge (NEW_PASSWORD_REQUIRED): authenticated"}
            << ""
            << "auth.newPasswordRequired";
        QTest::newRow("MFA_SETUP")
            << "ON"
            << "setup"
            << QStringList{"1. InitiateAuth (USER_PASSWORD_AUTH): challenge MFA_SETUP",
                           "2. AssociateSoftwareToken: answered",
                           "3. VerifySoftwareToken: answered",
                           "4. RespondToAuthChallenge (MFA_SETUP): authenticated"}
            << "the secret just set up"
            << "mfa.setupRequired";
        QTest::newRow("SOFTWARE_TOKEN_MFA from the linked vault entry")
            << "ON"
            << "totp"
            << QStringList{"1. InitiateAuth (USER_PASSWORD_AUTH): challenge SOFTWARE_TOKEN_MFA",
                           "2. RespondToAuthChallenge (SOFTWARE_TOKEN_MFA): authenticated"}
            << "vault entry Tessera test:alice"
            << "mfa.codeAccepted";
        QTest::newRow("SMS_MFA from the outbox")
            << "ON"
            << "sms"
            << QStringList{"1. InitiateAuth (USER_PASSWORD_AUTH): challenge SMS_MFA",
                           "2. RespondToAuthChallenge (SMS_MFA): authenticated"}
            << "outbox"
            << "mfa.codeAccepted";
        QTest::newRow("EMAIL_OTP from the outbox")
            << "ON"
            << "email"
            << QStringList{"1. InitiateAuth (USER_PASSWORD_AUTH): challenge EMAIL_OTP",
                           "2. RespondToAuthChallenge (EMAIL_OTP): authenticated"}
            << "outbox"
            << "mfa.codeAccepted";
    }

    void challengePaths()
    {
        QFETCH(QString, mode);
        QFETCH(QString, setup);
        QFETCH(QStringList, steps);
        QFETCH(QString, codeFrom);
        QFETCH(QString, traced);
        Lab lab;
        open(lab, mode, setup == QLatin1String("totp"));
        if (setup == QLatin1String("temporary")) {
            QVERIFY(lab.engine->execute(QStringLiteral("AdminSetUserPassword"),
                                        {{"UserPoolId", lab.fixture.poolId},
                                         {"Username", "alice"},
                                         {"Password", kPassword},
                                         {"Permanent", false}}));
            findByName<QLineEdit>(lab, "New password")->setText(QStringLiteral("Battery-staple-2"));
        } else if (setup == QLatin1String("totp")) {
            test::setFactors(*lab.engine, lab.fixture.poolId,
                             {{"SoftwareTokenMfaSettings",
                               QJsonObject{{"Enabled", true}, {"PreferredMfa", true}}}});
            QVERIFY(lab.vault.addLinkedEntry(lab.fixture.poolId, QStringLiteral("alice"),
                                             test::aliceTotp()));
        } else if (setup == QLatin1String("sms")) {
            test::setFactors(*lab.engine, lab.fixture.poolId,
                             {{"SMSMfaSettings", QJsonObject{{"Enabled", true}}}});
        } else if (setup == QLatin1String("email")) {
            test::setFactors(*lab.engine, lab.fixture.poolId,
                             {{"EmailMfaSettings", QJsonObject{{"Enabled", true}}}});
        }
        QSignalSpy needed(&lab.panel, &SignInLabPanel::codeNeeded);
        QVERIFY2(start(lab, &needed), "the run ends without help");
        QCOMPARE(needed.count(), 0);
        QCOMPARE(stepTexts(lab.panel), steps);
        QVERIFY2(
            lab.panel.view()->outcomeLabel()->text().startsWith(QLatin1String("Authenticated")),
            qPrintable(lab.panel.view()->outcomeLabel()->text()));
        // Where the run's (last) code came from, as its step says.
        QTreeWidget* tree = lab.panel.view()->stepTree();
        QString lastSource;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (!tree->topLevelItem(i)->text(1).isEmpty()) {
                lastSource = tree->topLevelItem(i)->text(1);
            }
        }
        QCOMPARE(lastSource, codeFrom);
        const QStringList names = traceNames(lab.panel);
        QVERIFY2(names.contains(traced), qPrintable(names.join(QLatin1Char(' '))));
        QVERIFY2(names.contains(QStringLiteral("risk.score")), "the risk score is traced");
        QCOMPARE(names.last(), QStringLiteral("end.authenticated"));
        // The password is never shown: the first request's PASSWORD is masked.
        QTreeWidgetItem* request = tree->topLevelItem(0)->child(0);
        QVERIFY(request->child(0)->text(0).contains(QLatin1String("\"********\"")));
        QVERIFY(!request->child(0)->text(0).contains(kPassword));
        // "Show" decodes the tokens' claims.
        auto* show = findByName<QPushButton>(lab, "Show token claims");
        QVERIFY(show);
        QTest::mouseClick(show, Qt::LeftButton);
        auto* claims = findByName<QLabel>(lab, "Token claims");
        QVERIFY(claims);
        QVERIFY(claims->text().contains(QLatin1String("\"cognito:username\": \"alice\"")));
        if (setup == QLatin1String("setup")) {
            // The secret MFA_SETUP enrolled goes into the vault, linked to alice.
            auto* add = findByName<QPushButton>(lab, "Add the set-up secret to the vault");
            QVERIFY2(add, "offered after MFA_SETUP");
            QTest::mouseClick(add, Qt::LeftButton);
            const auto linked = lab.vault.linkedEntry(lab.fixture.poolId, QStringLiteral("alice"));
            QVERIFY2(linked, qPrintable(linked.error()));
            QCOMPARE(linked->parameters.account(), QStringLiteral("alice"));
        }
    }

    // A vault code the pool took once is refused the second time; the vault has no newer code
    // in this step, so the panel asks for one and the typed next code signs in.
    void replayedCodeRefusedThenTyped()
    {
        Lab lab;
        open(lab, QStringLiteral("ON"), true);
        test::setFactors(
            *lab.engine, lab.fixture.poolId,
            {{"SoftwareTokenMfaSettings", QJsonObject{{"Enabled", true}, {"PreferredMfa", true}}}});
        QVERIFY(lab.vault.addLinkedEntry(lab.fixture.poolId, QStringLiteral("alice"),
                                         test::aliceTotp()));
        QSignalSpy needed(&lab.panel, &SignInLabPanel::codeNeeded);
        QVERIFY(start(lab, &needed));
        QCOMPARE(lab.panel.lab()->outcome().end, pool::lab::LabOutcome::End::Authenticated);
        lab.fixture.now += 5;
        QVERIFY(start(lab, &needed));
        QCOMPARE(needed.count(), 1);
        QVERIFY(lab.panel.isRunning());
        QCOMPARE(stepTexts(lab.panel).last(),
                 QStringLiteral("2. RespondToAuthChallenge (SOFTWARE_TOKEN_MFA): refused with "
                                "ExpiredCodeException: Your software token has already been "
                                "used once."));
        QVERIFY2(needed.first().at(1).toString().contains(QLatin1String("already used")),
                 qPrintable(needed.first().at(1).toString()));
        auto* prompt = findByName<QLabel>(lab, "Code needed");
        QVERIFY2(prompt && prompt->text().contains(QLatin1String("SOFTWARE_TOKEN_MFA")),
                 "the prompt names the challenge");
        lab.fixture.now += 30;
        QVERIFY(typeCode(lab, lab.fixture.totpCode(lab.fixture.now), needed));
        QCOMPARE(lab.panel.lab()->outcome().end, pool::lab::LabOutcome::End::Authenticated);
        QTreeWidget* tree = lab.panel.view()->stepTree();
        QCOMPARE(tree->topLevelItem(2)->text(1), QStringLiteral("typed"));
    }

    // With no linked entry every code is typed: five wrong ones, then the sixth answer ends the
    // sign-in whatever it is, and the panel says what to change.
    void fiveWrongCodesEndTheSignIn()
    {
        Lab lab;
        open(lab, QStringLiteral("ON"), true);
        test::setFactors(
            *lab.engine, lab.fixture.poolId,
            {{"SoftwareTokenMfaSettings", QJsonObject{{"Enabled", true}, {"PreferredMfa", true}}}});
        QSignalSpy needed(&lab.panel, &SignInLabPanel::codeNeeded);
        QVERIFY(start(lab, &needed));
        QCOMPARE(needed.count(), 1);
        QVERIFY2(
            needed.first().at(1).toString().contains(QLatin1String("no vault entry is linked")),
            qPrintable(needed.first().at(1).toString()));
        for (const char* code : {"000000", "000001", "000002", "000003", "000004"}) {
            QVERIFY(typeCode(lab, QString::fromLatin1(code), needed));
            QVERIFY2(lab.panel.isRunning(), code);
        }
        QCOMPARE(needed.count(), 6);
        QVERIFY(typeCode(lab, lab.fixture.totpCode(lab.fixture.now), needed));
        QCOMPARE(lab.panel.lab()->outcome().errorType,
                 QStringLiteral("TooManyFailedAttemptsException"));
        const QString outcome = lab.panel.view()->outcomeLabel()->text();
        QVERIFY2(outcome.contains(QLatin1String("Five wrong codes")), qPrintable(outcome));
        QVERIFY2(traceNames(lab.panel).contains(QStringLiteral("mfa.codeRefused")),
                 "the refusals are traced");
    }

    // A pool whose only client allows neither flow: the panel offers a test client, made in one
    // click, and the run goes through it.
    void testClientInOneClick()
    {
        Lab lab;
        lab.fixture.poolId =
            lab.fixture.ok(QStringLiteral("CreateUserPool"), {{"PoolName", "bare"}})
                .value("UserPool")
                .toObject()
                .value("Id")
                .toString();
        lab.fixture.ok(QStringLiteral("CreateUserPoolClient"),
                       {{"UserPoolId", lab.fixture.poolId},
                        {"ClientName", "web"},
                        {"ExplicitAuthFlows", QJsonArray{"ALLOW_REFRESH_TOKEN_AUTH"}}});
        lab.fixture.makeUser(QStringLiteral("alice"), false);
        lab.engine = test::lendEngine(lab.fixture, lab.session);
        QTRY_VERIFY(lab.session.isConnected());
        lab.panel.setClock([&lab] { return lab.fixture.now; });
        lab.panel.show();
        QSignalSpy read(&lab.panel, &SignInLabPanel::poolRead);
        lab.panel.setPool(lab.fixture.poolId);
        QTRY_COMPARE(read.count(), 1);
        auto* create = findByName<QPushButton>(lab, "Create a test client");
        QVERIFY2(create, "offered when no client allows the flow");
        QTest::mouseClick(create, Qt::LeftButton);
        QTRY_COMPARE(read.count(), 2);
        QVERIFY(!create->isVisible());
        auto* client = findByName<QComboBox>(lab, "App client");
        client->setCurrentIndex(client->findText(QStringLiteral("tessera-lab")));
        QVERIFY(client->currentIndex() >= 0);
        findByName<QComboBox>(lab, "User")->setCurrentText(QStringLiteral("alice"));
        findByName<QLineEdit>(lab, "Password")->setText(kPassword);
        QVERIFY(start(lab));
        QCOMPARE(lab.panel.lab()->outcome().end, pool::lab::LabOutcome::End::Authenticated);
    }

    // The tutorial's proof (docs/sign-in-lab.md): with devices remembered, a new device is asked
    // for a code and remembered; the same device, chosen as remembered, signs in without one.
    void newDeviceAskedRememberedDeviceNot_data()
    {
        QTest::addColumn<QJsonObject>("remember");
        // The MFA policy editor's "Remember devices: Always remembered" (Cognito's
        // DeviceConfiguration: the lab confirms the device, then proves it with DEVICE_SRP_AUTH),
        // and the local engine's remember-for-N-days policy.
        QTest::newRow("DeviceConfiguration, always remembered") << QJsonObject{
            {"DeviceConfiguration", QJsonObject{{"ChallengeRequiredOnNewDevice", true},
                                                {"DeviceOnlyRememberedOnUserPrompt", false}}}};
        QTest::newRow("remembered for 30 days")
            << QJsonObject{{"TesseraPolicies", QJsonObject{{"RememberDeviceDays", 30}}}};
    }

    void newDeviceAskedRememberedDeviceNot()
    {
        QFETCH(QJsonObject, remember);
        Lab lab;
        open(lab, QStringLiteral("ON"), true);
        remember.insert(QStringLiteral("UserPoolId"), lab.fixture.poolId);
        QVERIFY(lab.engine->execute(QStringLiteral("UpdateUserPool"), remember));
        test::setFactors(
            *lab.engine, lab.fixture.poolId,
            {{"SoftwareTokenMfaSettings", QJsonObject{{"Enabled", true}, {"PreferredMfa", true}}}});
        QVERIFY(lab.vault.addLinkedEntry(lab.fixture.poolId, QStringLiteral("alice"),
                                         test::aliceTotp()));
        QVERIFY(start(lab));
        // Signed in with a code, then the new device confirmed so that the pool remembers it.
        QCOMPARE(stepTexts(lab.panel).size(), 3);
        QCOMPARE(stepTexts(lab.panel).last(),
                 QStringLiteral("3. ConfirmDevice: the device is remembered"));
        QVERIFY2(traceNames(lab.panel).contains(QStringLiteral("mfa.asked")), "a new device");
        QVERIFY(lab.panel.view()->outcomeLabel()->text().contains(QLatin1String("remembered")));
        auto* device = findByName<QComboBox>(lab, "Device");
        QTRY_COMPARE(device->count(), 2);
        QCOMPARE(device->itemText(1), QStringLiteral("Remembered: lab-device"));
        device->setCurrentIndex(1);
        lab.fixture.now += 60;
        QVERIFY(start(lab));
        // The device proves itself with its own password; no MFA code is asked.
        QCOMPARE(stepTexts(lab.panel),
                 (QStringList{"1. InitiateAuth (USER_PASSWORD_AUTH): challenge DEVICE_SRP_AUTH",
                              "2. RespondToAuthChallenge (DEVICE_SRP_AUTH): challenge "
                              "DEVICE_PASSWORD_VERIFIER",
                              "3. RespondToAuthChallenge (DEVICE_PASSWORD_VERIFIER): "
                              "authenticated"}));
        const QStringList names = traceNames(lab.panel);
        QVERIFY2(names.contains(QStringLiteral("mfa.rememberedDevice")),
                 qPrintable(names.join(QLatin1Char(' '))));
    }

    void everyControlNamed()
    {
        Lab lab;
        open(lab, QStringLiteral("ON"), true);
        QSignalSpy needed(&lab.panel, &SignInLabPanel::codeNeeded);
        QVERIFY(start(lab, &needed)); // the prompt is shown too
        const QStringList unnamed = test::unnamedControls(&lab.panel);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
    }

    void screenshotsLightAndDark()
    {
        for (const bool dark : {false, true}) {
            QApplication::setPalette(dark ? test::Screenshot::darkPalette()
                                          : QApplication::style()->standardPalette());
            Lab lab;
            open(lab, QStringLiteral("ON"), true);
            test::setFactors(*lab.engine, lab.fixture.poolId,
                             {{"SoftwareTokenMfaSettings",
                               QJsonObject{{"Enabled", true}, {"PreferredMfa", true}}}});
            QVERIFY(lab.vault.addLinkedEntry(lab.fixture.poolId, QStringLiteral("alice"),
                                             test::aliceTotp()));
            QVERIFY(start(lab));
            lab.panel.view()->stepTree()->expandAll();
            QTest::qWait(200);
            const QImage image = test::Screenshot::grab(&lab.panel);
            QVERIFY(test::Screenshot::distinctColours(image) > 20);
            QVERIFY(test::Screenshot::saveIfAsked(image,
                                                  dark ? QStringLiteral("console-lab-dark.png")
                                                       : QStringLiteral("console-lab-light.png")));
        }
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
};

QTEST_MAIN(TestSignInLabPanel)
#include "tst_signinlabpanel.moc"
