// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk actions, new users and CSV import over the local engine, driven as a person drives them:
// a bulk run previews its count and a sample, goes on past a user that fails (and says why),
// stops half-way on Cancel naming exactly the users it changed (checked in the store), and
// saves its results as CSV; a new user is checked live and the invitation lands in the outbox;
// an import file is previewed with its problems by line and column, then imported.
#include "ConsoleTestSupport.h"
#include "UserAdminTestSupport.h"
#include "console/BulkActionDialog.h"
#include "console/CreateUserDialog.h"
#include "console/PoolSession.h"
#include "console/UserImportDialog.h"
#include "pool/UserCsv.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::ui::console;

class TestBulkActions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QString m_poolId;

    void freshStore(int users)
    {
        static int n = 0;
        m_path = m_dir.filePath(QStringLiteral("bulk-%1.sqlite").arg(++n));
        m_poolId = test::makeUserStore(m_path, users);
        QVERIFY(!m_poolId.isEmpty());
    }

    static QList<pool::PoolUser> named(int count)
    {
        QList<pool::PoolUser> users;
        for (int i = 1; i <= count; ++i) {
            pool::PoolUser user;
            user.username = QStringLiteral("user%1").arg(i, 2, 10, QLatin1Char('0'));
            users << user;
        }
        return users;
    }

    static void choose(QWidget* root, const QString& combo, const QString& text)
    {
        auto* box = test::findByName<QComboBox>(root, combo);
        QVERIFY2(box, qPrintable(combo));
        const int index = box->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        box->setCurrentIndex(index);
    }

    static QString text(QWidget* root, const QString& name)
    {
        auto* label = test::findByName<QLabel>(root, name);
        return label ? label->text() : QString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // Requiring SMS: the users with a phone number get it, the others fail with the service's
    // message, and the run goes on past them.
    void oneUserFailingDoesNotStopTheRun()
    {
        freshStore(4);
        PoolSession session;
        session.connectTo(pool::PoolConnection::local(m_path));
        QTRY_VERIFY(session.isConnected());
        BulkActionDialog dialog(session, m_poolId, named(4), std::nullopt);
        dialog.show();
        choose(&dialog, QStringLiteral("Action"), QStringLiteral("Require a preferred factor"));
        choose(&dialog, QStringLiteral("Factor"), QStringLiteral("SMS"));
        const QString preview = text(&dialog, QStringLiteral("Preview"));
        QVERIFY2(preview.contains(QStringLiteral("4 user(s) will have SMS turned on")) ||
                     preview.contains(QStringLiteral("4 users will have SMS turned on")),
                 qPrintable(preview));
        for (const auto& user : named(4)) {
            QVERIFY2(preview.contains(user.username), qPrintable(preview));
        }
        QTest::mouseClick(test::findByName<QPushButton>(&dialog, QStringLiteral("Start")),
                          Qt::LeftButton);
        QSignalSpy ended(&dialog, &BulkActionDialog::runFinished);
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 10000);
        auto* results = test::findByName<QTableWidget>(&dialog, QStringLiteral("Results"));
        QCOMPARE(results->rowCount(), 4);
        for (int row = 0; row < 4; ++row) {
            const bool hasPhone = row % 2 == 0; // user01, user03
            QCOMPARE(results->item(row, 1)->text(),
                     hasPhone ? QStringLiteral("done") : QStringLiteral("failed"));
            if (!hasPhone) {
                QVERIFY(results->item(row, 2)->text().contains(
                    QStringLiteral("does not have delivery config set to turn on SMS_MFA")));
            }
        }
        QVERIFY(
            text(&dialog, QStringLiteral("Status")).contains(QStringLiteral("2 done, 2 failed")));
        const auto stored = test::readUser(m_path, m_poolId, QStringLiteral("user03"));
        QCOMPARE(stored->value(QStringLiteral("PreferredMfaSetting")).toString(),
                 QString::fromLatin1(pool::factors::kSms));
        // Saved as CSV.
        const QString file = m_dir.filePath(QStringLiteral("results.csv"));
        QVERIFY(dialog.saveResults(file));
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(saved.readAll()).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.at(0), QStringLiteral("username,result,changed,message"));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("user01,done,true,")));
        QVERIFY(lines.at(2).startsWith(
            QStringLiteral("user02,failed,false,InvalidParameterException")));
    }

    // Cancel after a few users: the run stops, and the users it names as changed are exactly
    // those disabled in the store.
    void cancelHalfWayNamesExactlyTheChangedUsers()
    {
        freshStore(20);
        PoolSession session;
        session.connectTo(pool::PoolConnection::local(m_path));
        QTRY_VERIFY(session.isConnected());
        BulkActionDialog dialog(session, m_poolId, named(20), std::nullopt);
        dialog.show();
        choose(&dialog, QStringLiteral("Action"), QStringLiteral("Disable"));
        QTest::mouseClick(test::findByName<QPushButton>(&dialog, QStringLiteral("Start")),
                          Qt::LeftButton);
        auto* progress = test::findByName<QProgressBar>(&dialog, QStringLiteral("Progress"));
        QTRY_VERIFY(progress->value() >= 3);
        QSignalSpy ended(&dialog, &BulkActionDialog::runFinished);
        // Escape while it runs cancels the run; the dialog stays open with the results.
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 5000);
        const QStringList changed = dialog.run()->changedUsers();
        QVERIFY2(changed.size() >= 3 && changed.size() < 20, qPrintable(changed.join(',')));
        QStringList disabled;
        for (const auto& user : named(20)) {
            const auto stored = test::readUser(m_path, m_poolId, user.username);
            if (!stored->value(QStringLiteral("Enabled")).toBool()) {
                disabled << user.username;
            }
        }
        QCOMPARE(changed, disabled);
        const QString status = text(&dialog, QStringLiteral("Status"));
        QVERIFY2(status.startsWith(QStringLiteral("Cancelled. Changed before it stopped: ")),
                 qPrintable(status));
        for (const QString& name : changed) {
            QVERIFY(status.contains(name));
        }
        auto* results = test::findByName<QTableWidget>(&dialog, QStringLiteral("Results"));
        QCOMPARE(results->item(19, 1)->text(), QStringLiteral("skipped"));
        QVERIFY(results->item(19, 2)->text().contains(QStringLiteral("cancelled")));
    }

    // "All users matching this filter": the users are read first, then previewed.
    void matchingAFilterReadsTheUsersFirst()
    {
        freshStore(12);
        PoolSession session;
        session.connectTo(pool::PoolConnection::local(m_path));
        QTRY_VERIFY(session.isConnected());
        const auto filter = pool::UserFilter::parse(QStringLiteral("username ^= \"user1\""));
        QVERIFY(filter);
        BulkActionDialog dialog(session, m_poolId, {}, *filter);
        dialog.show();
        choose(&dialog, QStringLiteral("Action"), QStringLiteral("Delete"));
        QTRY_VERIFY(
            text(&dialog, QStringLiteral("Preview")).contains(QStringLiteral("user10, user11")));
        QVERIFY(
            text(&dialog, QStringLiteral("Preview")).contains(QStringLiteral("cannot be undone")));
        auto* start = test::findByName<QPushButton>(&dialog, QStringLiteral("Delete 3 user(s)"));
        if (start == nullptr) {
            start = test::findByName<QPushButton>(&dialog, QStringLiteral("Delete 3 users"));
        }
        QVERIFY(start);
        QVERIFY(!start->isEnabled());
        QTest::keyClicks(
            test::findByName<QLineEdit>(&dialog, QStringLiteral("Number of users to confirm")),
            QStringLiteral("3"));
        QVERIFY(start->isEnabled());
        QSignalSpy ended(&dialog, &BulkActionDialog::runFinished);
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 5000);
        QCOMPARE(dialog.run()->changedUsers(),
                 (QStringList{QStringLiteral("user10"), QStringLiteral("user11"),
                              QStringLiteral("user12")}));
        QVERIFY(!test::readUser(m_path, m_poolId, QStringLiteral("user11")));
        QVERIFY(test::readUser(m_path, m_poolId, QStringLiteral("user01")));
    }

    void createUserChecksLiveAndInvitationLandsInOutbox()
    {
        freshStore(0);
        PoolSession session;
        session.connectTo(pool::PoolConnection::local(m_path));
        QTRY_VERIFY(session.isConnected());
        CreateUserDialog dialog(session, m_poolId, pool::PasswordPolicy{});
        dialog.show();
        auto* create = test::findByName<QPushButton>(&dialog, QStringLiteral("Create user"));
        QVERIFY(!create->isEnabled());
        QTest::keyClicks(test::findByName<QLineEdit>(&dialog, QStringLiteral("Username")),
                         QStringLiteral("dana"));
        auto* email = test::findByName<QLineEdit>(&dialog, QStringLiteral("Email"));
        QTest::keyClicks(email, QStringLiteral("dana.example.com"));
        QCOMPARE(text(&dialog, QStringLiteral("Status")),
                 QStringLiteral("Invalid email address format."));
        QVERIFY(!create->isEnabled());
        email->setText(QStringLiteral("dana@example.com"));
        QVERIFY(create->isEnabled());
        auto* phone = test::findByName<QLineEdit>(&dialog, QStringLiteral("Phone number"));
        QTest::keyClicks(phone, QStringLiteral("+1 432 555"));
        QCOMPARE(text(&dialog, QStringLiteral("Status")),
                 QStringLiteral("Invalid phone number format."));
        phone->setText(QStringLiteral("+14325551212"));
        // A temporary password, checked against the policy as it is typed.
        QTest::mouseClick(test::findByName<QRadioButton>(
                              &dialog, QStringLiteral("Set a temporary password to hand over")),
                          Qt::LeftButton, {}, QPoint(8, 8));
        auto* password = test::findByName<QLineEdit>(&dialog, QStringLiteral("Temporary password"));
        QVERIFY(password->isEnabled());
        QTest::keyClicks(password, QStringLiteral("short"));
        QVERIFY(
            text(&dialog, QStringLiteral("Password policy")).contains(QStringLiteral("Password")));
        QVERIFY(!create->isEnabled());
        password->setText(QStringLiteral("Long-enough-1"));
        QCOMPARE(text(&dialog, QStringLiteral("Password policy")),
                 QStringLiteral("The password meets the pool's policy."));
        QVERIFY(create->isEnabled());
        // Back to the invitation by email: it goes to the outbox.
        QTest::mouseClick(
            test::findByName<QRadioButton>(&dialog, QStringLiteral("Send an invitation by email")),
            Qt::LeftButton, {}, QPoint(8, 8));
        QSignalSpy created(&dialog, &CreateUserDialog::userCreated);
        QTest::mouseClick(create, Qt::LeftButton);
        QTRY_COMPARE(created.count(), 1);
        QVERIFY(created.first().at(1).toString().contains(QStringLiteral("local outbox")));
        const auto outbox = session.localEngine()->outbox(m_poolId);
        QVERIFY(outbox);
        QCOMPARE(outbox->size(), 1);
        QCOMPARE(outbox->first().destination, QStringLiteral("dana@example.com"));
        QVERIFY(outbox->first().message.contains(QStringLiteral("Your username is dana")));
    }

    void importPreviewsProblemsThenImports()
    {
        freshStore(0);
        PoolSession session;
        session.connectTo(pool::PoolConnection::local(m_path));
        QTRY_VERIFY(session.isConnected());
        const QStringList header = pool::UserImportCsv::header();
        const auto row = [&header](const QMap<QString, QString>& cells) {
            QStringList fields;
            for (const QString& column : header) {
                fields << cells.value(column);
            }
            return fields.join(QLatin1Char(',')) + QLatin1Char('\n');
        };
        const auto user = [](const QString& name, const QString& phone) {
            return QMap<QString, QString>{
                {QStringLiteral("cognito:username"), name},
                {QStringLiteral("cognito:mfa_enabled"), QStringLiteral("false")},
                {QStringLiteral("phone_number"), phone},
                {QStringLiteral("phone_number_verified"), QStringLiteral("true")}};
        };
        QFile file(m_dir.filePath(QStringLiteral("import.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write((header.join(QLatin1Char(',')) + QLatin1Char('\n') +
                    row(user(QStringLiteral("erin"), QStringLiteral("+15555550101"))) +
                    row(user(QStringLiteral("frank"), QStringLiteral("555-0102"))) +
                    row(user(QStringLiteral("gina"), QStringLiteral("+15555550103"))))
                       .toUtf8());
        file.close();
        UserImportDialog dialog(session, m_poolId);
        dialog.show();
        QSignalSpy ready(&dialog, &UserImportDialog::previewReady);
        dialog.loadFile(file.fileName());
        QTRY_COMPARE(ready.count(), 1);
        auto* problems = test::findByName<QTableWidget>(&dialog, QStringLiteral("Problems"));
        QCOMPARE(problems->rowCount(), 1);
        QCOMPARE(problems->item(0, 0)->text(), QStringLiteral("3"));
        QCOMPARE(problems->item(0, 1)->text(), QStringLiteral("phone_number"));
        QVERIFY(
            problems->item(0, 2)->text().contains(QStringLiteral("Invalid phone number format.")));
        QCOMPARE(
            test::findByName<QTableWidget>(&dialog, QStringLiteral("Users to import"))->rowCount(),
            2);
        auto* import = test::findByName<QPushButton>(
            &dialog, QStringLiteral("Import the 2 user(s) without problems"));
        if (import == nullptr) {
            import = test::findByName<QPushButton>(
                &dialog, QStringLiteral("Import the 2 users without problems"));
        }
        QVERIFY(import && import->isEnabled());
        QSignalSpy imported(&dialog, &UserImportDialog::imported);
        QTest::mouseClick(import, Qt::LeftButton);
        QTRY_COMPARE(imported.count(), 1);
        QCOMPARE(imported.first().at(0).toInt(), 2);
        const auto erin = test::readUser(m_path, m_poolId, QStringLiteral("erin"));
        QVERIFY(erin);
        QCOMPARE(erin->value(QStringLiteral("UserStatus")).toString(),
                 QStringLiteral("RESET_REQUIRED"));
        QVERIFY(!test::readUser(m_path, m_poolId, QStringLiteral("frank")));
    }
};

QTEST_MAIN(TestBulkActions)
#include "tst_bulkactions.moc"
