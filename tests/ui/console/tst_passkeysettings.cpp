// SPDX-License-Identifier: GPL-3.0-or-later
// The console's passkey settings and a user's passkeys over the local engine, driven as a person
// drives them: passkeys on with a relying party (checked against the app's address), user
// verification required and email codes allowed, reviewed as plan rows, applied and read back
// by a second engine; a user's passkeys listed and one deleted after confirming; every control
// named; the section no wider than the console allows; light and dark screenshots.
#include "../shell/Screenshot.h"
#include "ConsoleTestSupport.h"
#include "UserAdminTestSupport.h"
#include "console/ActionConfirmBar.h"
#include "console/ChangePlanDialog.h"
#include "console/PasskeySettings.h"
#include "console/PoolConsolePage.h"
#include "console/PoolSession.h"
#include "console/UserDetailPane.h"
#include "console/UserPasskeysSection.h"
#include "widgets/MessageBar.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::ui::console;

class TestPasskeySettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Store
    {
        QString path;
        QString poolId;
    };

    Store freshStore()
    {
        static int n = 0;
        Store store;
        store.path = m_dir.filePath(QStringLiteral("passkeys-%1.sqlite").arg(++n));
        store.poolId = test::makeUserStore(store.path, 1);
        return store;
    }

    // The page showing the store's pool.
    static void showPool(PoolConsolePage& page, const Store& store, QSignalSpy& shown)
    {
        page.resize(1000, 700);
        page.show();
        page.connectTo(pool::PoolConnection::local(store.path));
        QTableView* table = nullptr;
        QTRY_VERIFY((table = test::findByName<QTableView>(&page, QStringLiteral("User pools"))) !=
                    nullptr);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        table->setCurrentIndex(table->model()->index(0, 0));
        QTRY_COMPARE(shown.count(), 1);
    }

    static void click(QAbstractButton* button)
    {
        QVERIFY(button != nullptr);
        button->click();
    }

    static pool::PoolResult readBack(const Store& store, const QString& operation)
    {
        pool::local::LocalPoolOptions options;
        options.path = store.path;
        pool::local::LocalPoolEngine engine(options);
        if (auto opened = engine.open(); !opened) {
            return opened.failure();
        }
        return engine.execute(operation, {{QStringLiteral("UserPoolId"), store.poolId}});
    }

    static void addPasskey(const Store& store, const QString& credentialId, const QString& name,
                           qint64 created, qint64 lastUsed)
    {
        pool::local::LocalPoolOptions options;
        options.path = store.path;
        pool::local::LocalPoolEngine engine(options);
        QVERIFY(engine.open());
        pool::local::WebAuthnCredentialRecord record;
        record.poolId = store.poolId;
        record.username = QStringLiteral("alice");
        record.credentialId = credentialId;
        record.publicKey = QByteArray("\xa1\x01\x02", 3);
        record.algorithm = -7;
        record.name = name;
        record.relyingPartyId = QStringLiteral("example.com");
        record.created = created;
        record.lastUsed = lastUsed;
        QVERIFY(engine.services().store.addWebAuthnCredential(record));
    }

    // Passkeys on for example.com, user verification required, email codes allowed.
    static void editPasskeys(PoolConsolePage& page)
    {
        click(test::findByName<QCheckBox>(&page, QStringLiteral("Allow sign-in with passkeys")));
        auto* party = test::findByName<QLineEdit>(&page, QStringLiteral("Relying party ID"));
        QVERIFY(party && party->isEnabled());
        QTest::keyClicks(party, QStringLiteral("example.com"));
        auto* address = test::findByName<QLineEdit>(&page, QStringLiteral("App address to check"));
        QVERIFY(address);
        QTest::keyClicks(address, QStringLiteral("https://app.example.com/login"));
        click(test::findByName<QRadioButton>(&page, QStringLiteral("User verification: Required")));
        click(test::findByName<QCheckBox>(&page, QStringLiteral("First factor: code by email")));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void changesGoThroughThePlan()
    {
        const Store store = freshStore();
        PoolConsolePage page;
        page.setHistoryPath(m_dir.filePath(QStringLiteral("history.json")));
        QSignalSpy shown(&page, &PoolConsolePage::poolShown);
        QSignalSpy finished(&page, &PoolConsolePage::planFinished);
        showPool(page, store, shown);
        auto* password =
            test::findByName<QCheckBox>(&page, QStringLiteral("First factor: password"));
        QVERIFY(password && password->isChecked() && !password->isEnabled());
        editPasskeys(page);
        auto* check = test::findByName<QLabel>(&page, QStringLiteral("Relying party check"));
        QVERIFY(check);
        QVERIFY2(check->text().contains(QStringLiteral("Pages at app.example.com can register")),
                 qPrintable(check->text()));

        click(test::findByName<QPushButton>(&page, QStringLiteral("Review changes")));
        ChangePlanDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<ChangePlanDialog*>()) != nullptr &&
                    dialog->isVisible());
        for (const QString& row :
             {QStringLiteral("Passkey relying party: (the pool's own domain) to example.com"),
              QStringLiteral("Passkey user verification: Preferred to Required"),
              QStringLiteral("First factor: Code by email (EMAIL_OTP): Not allowed to Allowed"),
              QStringLiteral("First factor: Passkey (WEB_AUTHN): Not allowed to Allowed")}) {
            QVERIFY2(test::findByName<QLabel>(dialog, row) != nullptr, qPrintable(row));
        }
        click(test::findByName<QPushButton>(dialog, QStringLiteral("Apply")));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toString(), QString());

        // Read back by another engine, as another process would.
        const auto mfa = readBack(store, QStringLiteral("GetUserPoolMfaConfig"));
        QVERIFY2(mfa, qPrintable(mfa ? QString() : mfa.failure().message));
        QCOMPARE(mfa->value(QStringLiteral("WebAuthnConfiguration")).toObject(),
                 (QJsonObject{{QStringLiteral("RelyingPartyId"), QStringLiteral("example.com")},
                              {QStringLiteral("UserVerification"), QStringLiteral("required")}}));
        const auto described = readBack(store, QStringLiteral("DescribeUserPool"));
        QVERIFY(described);
        QCOMPARE(described->value(QStringLiteral("UserPool"))
                     .toObject()
                     .value(QStringLiteral("Policies"))
                     .toObject()
                     .value(QStringLiteral("SignInPolicy"))
                     .toObject()
                     .value(QStringLiteral("AllowedFirstAuthFactors"))
                     .toArray(),
                 (QJsonArray{QStringLiteral("PASSWORD"), QStringLiteral("EMAIL_OTP"),
                             QStringLiteral("WEB_AUTHN")}));
        // The page re-read the pool and shows what is in force.
        QTRY_COMPARE(shown.count(), 2);
        QVERIFY(test::findByName<QCheckBox>(&page, QStringLiteral("Allow sign-in with passkeys"))
                    ->isChecked());
        QCOMPARE(test::findByName<QLineEdit>(&page, QStringLiteral("Relying party ID"))->text(),
                 QStringLiteral("example.com"));
        auto* review = test::findByName<QPushButton>(&page, QStringLiteral("Review changes"));
        QVERIFY2(!review->isEnabled(), "nothing is left to change after the re-read");
    }

    void relyingPartyProblemsAreExplained_data()
    {
        QTest::addColumn<QString>("relyingParty");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("says");
        QTest::newRow("scheme") << "https://example.com"
                                << ""
                                << "is not a domain name";
        QTest::newRow("another site") << "example.com"
                                      << "https://example.org"
                                      << "Pages at example.org cannot use passkeys for example.com";
        QTest::newRow("child of the app") << "login.app.example.com"
                                          << "https://app.example.com"
                                          << "cannot use passkeys";
        QTest::newRow("empty") << ""
                               << ""
                               << "Give the relying party ID";
    }

    void relyingPartyProblemsAreExplained()
    {
        QFETCH(QString, relyingParty);
        QFETCH(QString, address);
        QFETCH(QString, says);
        PasskeySettings settings;
        settings.setPolicy(pool::MfaPolicy{});
        settings.show();
        click(
            test::findByName<QCheckBox>(&settings, QStringLiteral("Allow sign-in with passkeys")));
        QTest::keyClicks(test::findByName<QLineEdit>(&settings, QStringLiteral("Relying party ID")),
                         relyingParty);
        QTest::keyClicks(
            test::findByName<QLineEdit>(&settings, QStringLiteral("App address to check")),
            address);
        auto* check = test::findByName<QLabel>(&settings, QStringLiteral("Relying party check"));
        QVERIFY(check);
        QVERIFY2(check->text().contains(says), qPrintable(check->text()));
    }

    void userPasskeysAreListedAndDeleted()
    {
        const Store store = freshStore();
        addPasskey(store, QStringLiteral("cred-yubikey"), QStringLiteral("YubiKey 5"),
                   1'700'000'000, 0);
        addPasskey(store, QStringLiteral("cred-phone"), QStringLiteral("Pixel"), 1'700'100'000,
                   1'700'500'000);
        PoolSession session;
        UserDetailPane pane(session);
        session.connectTo(pool::PoolConnection::local(store.path));
        QTRY_VERIFY(session.isConnected());
        pane.resize(800, 1000);
        pane.show();
        auto* section = pane.findChild<UserPasskeysSection*>();
        QVERIFY(section);
        QSignalSpy listed(section, &UserPasskeysSection::passkeysShown);
        pane.showUser(store.poolId, QStringLiteral("alice"));
        QTRY_VERIFY(listed.count() >= 1);
        QCOMPARE(listed.last().first().toString(), QString());
        auto* table = test::findByName<QTableWidget>(section, QStringLiteral("Passkeys"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("YubiKey 5"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("never"));
        QVERIFY(!table->item(1, 2)->text().isEmpty());
        QVERIFY(table->item(1, 2)->text() != QLatin1String("never"));

        auto* remove = test::findByName<QPushButton>(section, QStringLiteral("Delete passkey"));
        QVERIFY(remove && !remove->isEnabled());
        table->selectRow(1);
        QVERIFY(remove->isEnabled());
        click(remove);
        auto* bar = section->findChild<ActionConfirmBar*>();
        QVERIFY(bar && bar->isVisible());
        auto* sentence = test::findByName<QLabel>(bar, QStringLiteral("What the action will do"));
        QVERIFY2(sentence->text().contains(QStringLiteral("Delete the passkey \"Pixel\" of alice")),
                 qPrintable(sentence->text()));
        QSignalSpy deleted(section, &UserPasskeysSection::deleteFinished);
        click(test::findByName<QPushButton>(bar, QStringLiteral("Delete passkey")));
        QTRY_COMPARE(deleted.count(), 1);
        QCOMPARE(deleted.first().first().toString(), QString());
        // The bar reads its text as its name.
        auto* outcome = section->findChild<ui::MessageBar*>();
        QVERIFY(outcome && outcome->isVisible());
        QVERIFY2(outcome->text().contains(QStringLiteral("Deleted the passkey \"Pixel\" of alice")),
                 qPrintable(outcome->text()));
        QTRY_COMPARE(table->rowCount(), 1);
        // Gone from the store, the other one kept.
        pool::local::LocalPoolOptions options;
        options.path = store.path;
        pool::local::LocalPoolEngine engine(options);
        QVERIFY(engine.open());
        const auto left =
            engine.services().store.listWebAuthnCredentials(store.poolId, QStringLiteral("alice"));
        QVERIFY(left);
        QCOMPARE(left->size(), 1);
        QCOMPARE(left->first().credentialId, QStringLiteral("cred-yubikey"));
    }

    void everyControlIsNamedAndTheSectionWraps()
    {
        PasskeySettings settings;
        settings.setPolicy(pool::MfaPolicy{});
        settings.show();
        click(
            test::findByName<QCheckBox>(&settings, QStringLiteral("Allow sign-in with passkeys")));
        QStringList unnamed;
        for (QWidget* widget : settings.findChildren<QWidget*>()) {
            const bool control =
                qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget);
            if (control && widget->isVisibleTo(&settings) && widget->accessibleName().isEmpty()) {
                unnamed << widget->metaObject()->className();
            }
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
        // The long explanations wrap: the section never asks for more than the console's width.
        QVERIFY2(settings.minimumSizeHint().width() <= 600,
                 qPrintable(QString::number(settings.minimumSizeHint().width())));
        PoolConsolePage page;
        QVERIFY2(page.minimumSizeHint().width() <= 1000,
                 qPrintable(QString::number(page.minimumSizeHint().width())));
    }

    void screenshotsLightAndDark()
    {
        const Store store = freshStore();
        addPasskey(store, QStringLiteral("cred-yubikey"), QStringLiteral("YubiKey 5"),
                   1'700'000'000, 1'700'500'000);
        addPasskey(store, QStringLiteral("cred-laptop"), QStringLiteral("Work laptop"),
                   1'700'100'000, 0);
        for (const bool dark : {false, true}) {
            QApplication::setPalette(dark ? test::Screenshot::darkPalette()
                                          : QApplication::style()->standardPalette());
            PoolConsolePage page;
            QSignalSpy shown(&page, &PoolConsolePage::poolShown);
            showPool(page, store, shown);
            editPasskeys(page);
            auto* settings = page.findChild<PasskeySettings*>();
            QVERIFY(settings);
            PoolSession session;
            UserDetailPane pane(session);
            session.connectTo(pool::PoolConnection::local(store.path));
            QTRY_VERIFY(session.isConnected());
            auto* section = pane.findChild<UserPasskeysSection*>();
            QSignalSpy listed(section, &UserPasskeysSection::passkeysShown);
            pane.resize(560, 1000);
            pane.show();
            pane.showUser(store.poolId, QStringLiteral("alice"));
            QTRY_VERIFY(listed.count() >= 1);
            section->findChild<QTableWidget*>()->selectRow(0);
            QTest::qWait(50);
            const QImage top = test::Screenshot::grab(settings);
            const QImage bottom = test::Screenshot::grab(section);
            QImage image(qMax(top.width(), bottom.width()) + 24,
                         top.height() + bottom.height() + 36, QImage::Format_RGB32);
            image.fill(QApplication::palette().color(QPalette::Window));
            QPainter painter(&image);
            painter.drawImage(12, 12, top);
            painter.drawImage(12, top.height() + 24, bottom);
            painter.end();
            QVERIFY(test::Screenshot::distinctColours(image) > 20);
            QVERIFY(test::Screenshot::saveIfAsked(
                image, dark ? QStringLiteral("console-passkeys-dark.png")
                            : QStringLiteral("console-passkeys-light.png")));
        }
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
};

QTEST_MAIN(TestPasskeySettings)
#include "tst_passkeysettings.moc"
