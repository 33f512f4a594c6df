// SPDX-License-Identifier: GPL-3.0-or-later
// The enrolment bridge dialog over the local engine with a fake clock: the QR branch (shown on
// request with the admin's issuer and account, hidden after 60 s, then verified) and the vault
// branch (signed in here with the user's password, the secret added to the vault linked to the
// user, verified); each step said; TOTP on and preferred in the store; accessible names; a
// screenshot.
#include "../shell/Screenshot.h"
#include "ConsoleTestSupport.h"
#include "LabTestSupport.h"
#include "console/EnrolmentBridgeDialog.h"
#include "scan/QrDecoder.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace tessera;
using namespace tessera::ui::console;
using pool::test::kPassword;
using pool::test::PoolFixture;

namespace {

struct Bridge
{
    PoolFixture fixture;
    test::MemoryLabVault vault;
    PoolSession session;
    pool::local::LocalPoolEngine* engine = nullptr;
};

// Alice with a password and no factor, in a pool with TOTP allowed; the engine lent to the
// session.
void prepare(Bridge& bridge)
{
    bridge.fixture.makePool(QStringLiteral("OPTIONAL"));
    bridge.fixture.makeUser(QStringLiteral("alice"), false);
    bridge.engine = test::lendEngine(bridge.fixture, bridge.session);
    QTRY_VERIFY(bridge.session.isConnected());
    bridge.session.setLabVault(&bridge.vault);
}

QString accessToken(Bridge& bridge)
{
    const auto answer = bridge.engine->execute(
        QStringLiteral("InitiateAuth"),
        {{"AuthFlow", "USER_PASSWORD_AUTH"},
         {"ClientId", bridge.fixture.clientId},
         {"AuthParameters", QJsonObject{{"USERNAME", "alice"}, {"PASSWORD", kPassword}}}});
    return answer ? answer->value("AuthenticationResult").toObject().value("AccessToken").toString()
                  : QString();
}

// TOTP is on and preferred for alice, as AdminGetUser reads it.
bool totpPreferred(Bridge& bridge)
{
    const auto user =
        bridge.engine->execute(QStringLiteral("AdminGetUser"),
                               {{"UserPoolId", bridge.fixture.poolId}, {"Username", "alice"}});
    return user &&
           user->value("PreferredMfaSetting").toString() == QLatin1String("SOFTWARE_TOKEN_MFA") &&
           user->value("UserMFASettingList").toArray().contains(QJsonValue("SOFTWARE_TOKEN_MFA"));
}

QStringList stepTexts(EnrolmentBridgeDialog& dialog)
{
    QStringList texts;
    for (int i = 0; i < dialog.stepList()->count(); ++i) {
        texts << dialog.stepList()->item(i)->text();
    }
    return texts;
}

template <typename T> T* named(QWidget* root, const char* name)
{
    return test::findByName<T>(root, QString::fromLatin1(name));
}

} // namespace

class TestEnrolmentBridgeDialog : public QObject
{
    Q_OBJECT

private slots:
    void qrForAPhone()
    {
        Bridge bridge;
        prepare(bridge);
        EnrolmentBridgeDialog dialog(bridge.session, bridge.fixture.poolId,
                                     QStringLiteral("alice"));
        dialog.setClock([&bridge] { return bridge.fixture.now; });
        dialog.setAccessToken(accessToken(bridge));
        dialog.show();
        named<QLineEdit>(&dialog, "Issuer")->setText(QStringLiteral("Acme Shop"));
        named<QLineEdit>(&dialog, "Account name")->setText(QStringLiteral("alice@example.com"));
        QSignalSpy associated(&dialog, &EnrolmentBridgeDialog::associated);
        QTest::mouseClick(named<QPushButton>(&dialog, "Start set-up"), Qt::LeftButton);
        QTRY_COMPARE(associated.count(), 1);
        QVERIFY2(!dialog.qrLabel()->isVisible(), "the QR code waits to be asked for");
        QTest::mouseClick(named<QPushButton>(&dialog, "Show QR code"), Qt::LeftButton);
        QVERIFY(dialog.qrLabel()->isVisible());
        const auto read = scan::QrDecoder::decode(dialog.qrLabel()->pixmap().toImage());
        QVERIFY2(read && read->size() == 1, "the QR code reads back");
        QVERIFY2(read->first().startsWith(
                     QLatin1String("otpauth://totp/Acme%20Shop:alice@example.com?")),
                 qPrintable(read->first()));
        QVERIFY(read->first().contains(QLatin1String("issuer=Acme%20Shop")));
        const QImage shot = test::Screenshot::grab(&dialog);
        QVERIFY(test::Screenshot::saveIfAsked(shot, QStringLiteral("console-bridge.png")));
        bridge.fixture.now += 59;
        QTest::qWait(400);
        QVERIFY2(dialog.qrLabel()->isVisible(), "still shown before 60 s");
        bridge.fixture.now += 2;
        QTRY_VERIFY2(!dialog.qrLabel()->isVisible(), "hidden after 60 s");
        QVERIFY(dialog.qrLabel()->pixmap().isNull());
        QSignalSpy finished(&dialog, &EnrolmentBridgeDialog::finished);
        QTest::mouseClick(named<QPushButton>(&dialog, "Verify and turn on"), Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toString(), QString());
        QVERIFY(dialog.succeeded());
        const QStringList steps = stepTexts(dialog);
        QCOMPARE(steps.size(), 5);
        QVERIFY(steps[0].startsWith(QLatin1String("AssociateSoftwareToken:")));
        QVERIFY(steps[1].startsWith(QLatin1String("The QR code is shown for 60 second")));
        QVERIFY(steps[2].startsWith(QLatin1String("VerifySoftwareToken: the code")));
        QVERIFY(steps[3].startsWith(QLatin1String("SetUserMFAPreference:")));
        QVERIFY(steps[4].startsWith(QLatin1String("Done:")));
        QVERIFY2(totpPreferred(bridge), "TOTP on and preferred in the store");
        QVERIFY2(bridge.vault.vault.entries().empty(), "the QR branch leaves the vault alone");
    }

    // From the user detail pane there is no token yet: the dialog signs in with the password.
    void addToThisVault()
    {
        Bridge bridge;
        prepare(bridge);
        EnrolmentBridgeDialog dialog(bridge.session, bridge.fixture.poolId,
                                     QStringLiteral("alice"));
        dialog.setClock([&bridge] { return bridge.fixture.now; });
        dialog.show();
        auto* start = named<QPushButton>(&dialog, "Start set-up");
        QVERIFY2(!start->isEnabled(), "no token yet");
        QTRY_VERIFY(named<QComboBox>(&dialog, "App client")->count() == 1);
        named<QLineEdit>(&dialog, "Password")->setText(kPassword);
        QTest::mouseClick(named<QPushButton>(&dialog, "Sign in as the user"), Qt::LeftButton);
        QTRY_VERIFY(start->isEnabled());
        QSignalSpy associated(&dialog, &EnrolmentBridgeDialog::associated);
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_COMPARE(associated.count(), 1);
        QSignalSpy finished(&dialog, &EnrolmentBridgeDialog::finished);
        QTest::mouseClick(named<QPushButton>(&dialog, "Add to this computer's vault"),
                          Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toString(), QString());
        QVERIFY2(totpPreferred(bridge), "TOTP on and preferred in the store");
        const auto linked =
            bridge.vault.linkedEntry(bridge.fixture.poolId, QStringLiteral("alice"));
        QVERIFY2(linked, qPrintable(linked.error()));
        QCOMPARE(linked->name, QStringLiteral("Tessera:alice"));
        // The entry is the user's factor: its code now is the one the pool accepts.
        QCOMPARE(otp::code(linked->parameters, bridge.fixture.now).size(), 6);
        QVERIFY(stepTexts(dialog).first().startsWith(QLatin1String("Signed in as alice")));
        QVERIFY(stepTexts(dialog).join(QLatin1Char('\n')).contains(QLatin1String("vault")));
    }

    void everyControlNamed()
    {
        Bridge bridge;
        prepare(bridge);
        EnrolmentBridgeDialog dialog(bridge.session, bridge.fixture.poolId,
                                     QStringLiteral("alice"));
        dialog.show();
        const QStringList unnamed = test::unnamedControls(&dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
    }
};

QTEST_MAIN(TestEnrolmentBridgeDialog)
#include "tst_enrolmentbridgedialog.moc"
