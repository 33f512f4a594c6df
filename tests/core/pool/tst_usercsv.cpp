// SPDX-License-Identifier: GPL-3.0-or-later
// Users as CSV: fields quoted as RFC 4180 says and guarded against formula injection; Cognito's
// import header read in any order; each wrong row named by line and column; hostile files
// (unclosed quotes, stray quotes, ragged rows, BOMs, control characters) refused row by row.
#include "pool/UserChanges.h"
#include "pool/UserCsv.h"

#include <QTest>

using namespace tessera::pool;

namespace {

// A cell as a person's spreadsheet writes it: quoted where RFC 4180 needs it, no formula guard.
QString cell(const QString& value)
{
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
        value.contains(QLatin1Char('\n'))) {
        return QLatin1Char('"') +
               QString(value).replace(QLatin1String("\""), QLatin1String("\"\"")) +
               QLatin1Char('"');
    }
    return value;
}

// A header in GetCSVHeader's order and a row with the given cells set, the rest empty.
QString importFile(const QList<QMap<QString, QString>>& rows)
{
    const QStringList header = UserImportCsv::header();
    QString text = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const auto& cells : rows) {
        QStringList fields;
        for (const QString& column : header) {
            fields << cell(cells.value(column));
        }
        text += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return text;
}

QMap<QString, QString> goodRow(const QString& username)
{
    return {{QStringLiteral("cognito:username"), username},
            {QStringLiteral("cognito:mfa_enabled"), QStringLiteral("false")},
            {QStringLiteral("email"), username + QStringLiteral("@example.com")},
            {QStringLiteral("email_verified"), QStringLiteral("true")}};
}

} // namespace

class TestUserCsv : public QObject
{
    Q_OBJECT

private slots:
    void fieldQuoting_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << "alice"
                               << "alice";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("comma") << "a,b"
                               << "\"a,b\"";
        QTest::newRow("quote doubled") << "say \"hi\""
                                       << "\"say \"\"hi\"\"\"";
        QTest::newRow("line feed") << "a\nb"
                                   << "\"a\nb\"";
        QTest::newRow("carriage return") << "a\rb"
                                         << "\"a\rb\"";
        QTest::newRow("formula =") << "=HYPERLINK(\"x\")"
                                   << "\"'=HYPERLINK(\"\"x\"\")\"";
        QTest::newRow("formula +") << "+1+1"
                                   << "'+1+1";
        QTest::newRow("formula -") << "-2"
                                   << "'-2";
        QTest::newRow("formula @") << "@SUM(A1)"
                                   << "'@SUM(A1)";
        QTest::newRow("formula after tab") << "\t=1"
                                           << "'\t=1";
        QTest::newRow("formula after CR") << "\r=1"
                                          << "\"'\r=1\"";
        QTest::newRow("phone keeps its plus guarded") << "+14325551212"
                                                      << "'+14325551212";
        QTest::newRow("equals inside is harmless") << "a=b"
                                                   << "a=b";
        QTest::newRow("unicode") << "Zoë Ø"
                                 << "Zoë Ø";
    }
    void fieldQuoting()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(csv::field(value), written);
    }

    void exportRowsEndWithCrLf()
    {
        PoolUser alice;
        alice.username = QStringLiteral("alice");
        alice.attributes = {{QStringLiteral("email"), QStringLiteral("a@example.com")},
                            {QStringLiteral("custom:team"), QStringLiteral("=cmd|' /C calc'!A0")}};
        alice.userMfaSettingList = {QString::fromLatin1(factors::kSoftwareToken)};
        alice.preferredMfaSetting = QString::fromLatin1(factors::kSoftwareToken);
        PoolUser bob;
        bob.username = QStringLiteral("bob");
        bob.enabled = false;
        const QString text = usersToCsv({alice, bob});
        const QStringList lines = text.split(QStringLiteral("\r\n"));
        QCOMPARE(lines.size(), 4); // header, two users, and the empty rest after the last CRLF
        QCOMPARE(lines[0], QStringLiteral("username,status,enabled,created,last_modified,"
                                          "mfa_factors,preferred_mfa,custom:team,email"));
        QCOMPARE(lines[1], QStringLiteral("alice,CONFIRMED,true,,,SOFTWARE_TOKEN_MFA,"
                                          "SOFTWARE_TOKEN_MFA,'=cmd|' /C calc'!A0,a@example.com"));
        QCOMPARE(lines[2], QStringLiteral("bob,CONFIRMED,false,,,,,,"));
        QVERIFY(lines[3].isEmpty());
    }

    void headerIsGetCsvHeaders()
    {
        const QStringList header = UserImportCsv::header({QStringLiteral("custom:team")});
        QCOMPARE(header.size(), 22);
        QCOMPARE(header.first(), QStringLiteral("name"));
        QCOMPARE(header.last(), QStringLiteral("cognito:username"));
        QCOMPARE(header[header.size() - 2], QStringLiteral("cognito:mfa_enabled"));
        QVERIFY(header.contains(QStringLiteral("custom:team")));
        QVERIFY(header.contains(QStringLiteral("phone_number_verified")));
    }

    void readsGoodFileInAnyColumnOrder()
    {
        QStringList header = UserImportCsv::header();
        std::reverse(header.begin(), header.end());
        QString text = QChar(0xFEFF) + header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        QStringList fields;
        for (const QString& column : std::as_const(header)) {
            fields << cell(goodRow(QStringLiteral("zoë"))
                               .value(column, column == QLatin1String("address")
                                                  ? QStringLiteral("1 Main St,\nSpringfield")
                                                  : QString()));
        }
        text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        const UserImportPreview preview = UserImportCsv::read(text);
        QVERIFY2(preview.problems.isEmpty(),
                 qPrintable(preview.problems.value(0).column + QLatin1Char(' ') +
                            preview.problems.value(0).message));
        QCOMPARE(preview.users.size(), 1);
        QCOMPARE(preview.lines, QList<int>{2});
        const PoolUser& user = preview.users.first();
        QCOMPARE(user.username, QStringLiteral("zoë"));
        QCOMPARE(user.userStatus, QStringLiteral("RESET_REQUIRED"));
        QCOMPARE(user.attributes.value(QStringLiteral("address")),
                 QStringLiteral("1 Main St,\nSpringfield"));
        QCOMPARE(user.attributes.value(QStringLiteral("email_verified")), QStringLiteral("true"));
        QVERIFY(user.userMfaSettingList.isEmpty());
    }

    void rowProblems_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("problemColumn");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no username") << "cognito:username"
                                     << ""
                                     << "cognito:username"
                                     << "username";
        QTest::newRow("username with space") << "cognito:username"
                                             << "a b"
                                             << "cognito:username"
                                             << "validation error";
        QTest::newRow("mfa not boolean") << "cognito:mfa_enabled"
                                         << "yes"
                                         << "cognito:mfa_enabled"
                                         << "true or false";
        QTest::newRow("mfa without phone") << "cognito:mfa_enabled"
                                           << "TRUE"
                                           << "phone_number"
                                           << "phone number is needed";
        QTest::newRow("nothing verified") << "email_verified"
                                          << "false"
                                          << "email_verified"
                                          << "must be true";
        QTest::newRow("verified not boolean") << "email_verified"
                                              << "1"
                                              << "email_verified"
                                              << "true, false or empty";
        QTest::newRow("bad email") << "email"
                                   << "not-an-address"
                                   << "email"
                                   << "email address";
        QTest::newRow("phone with spaces") << "phone_number"
                                           << "+1 432 555 1212"
                                           << "phone_number"
                                           << "+14325551212";
        QTest::newRow("phone without plus") << "phone_number"
                                            << "14325551212"
                                            << "phone_number"
                                            << "phone number format";
        QTest::newRow("phone too long") << "phone_number"
                                        << "+1234567890123456"
                                        << "phone_number"
                                        << "phone number format";
        QTest::newRow("updated_at text") << "updated_at"
                                         << "yesterday"
                                         << "updated_at"
                                         << "seconds";
        QTest::newRow("value too long") << "name" << QString(2049, QLatin1Char('x')) << "name"
                                        << "2048";
    }
    void rowProblems()
    {
        QFETCH(QString, column);
        QFETCH(QString, value);
        QFETCH(QString, problemColumn);
        QFETCH(QString, mentions);
        auto bad = goodRow(QStringLiteral("bad"));
        bad.insert(column, value);
        const UserImportPreview preview =
            UserImportCsv::read(importFile({goodRow(QStringLiteral("good")), bad}));
        QCOMPARE(preview.rowsRead, 2);
        QCOMPARE(preview.users.size(), 1);
        QCOMPARE(preview.users.first().username, QStringLiteral("good"));
        QVERIFY2(!preview.problems.isEmpty(), "the bad row is reported");
        const CsvProblem& problem = preview.problems.first();
        QCOMPARE(preview.problems.size(), 1); // one problem, said once
        QCOMPARE(problem.line, 3);
        QCOMPARE(problem.column, problemColumn);
        QVERIFY2(problem.message.contains(mentions, Qt::CaseInsensitive),
                 qPrintable(problem.message));
    }

    void mfaEnabledTurnsSmsOn()
    {
        auto row = goodRow(QStringLiteral("carol"));
        row.insert(QStringLiteral("cognito:mfa_enabled"), QStringLiteral("true"));
        row.insert(QStringLiteral("phone_number"), QStringLiteral("+14325551212"));
        const UserImportPreview preview = UserImportCsv::read(importFile({row}));
        QVERIFY(preview.problems.isEmpty());
        QCOMPARE(preview.users.first().userMfaSettingList,
                 QStringList{QString::fromLatin1(factors::kSms)});
    }

    void hostileFiles_data()
    {
        const QString header = UserImportCsv::header().join(QLatin1Char(','));
        const QString good =
            importFile({goodRow(QStringLiteral("ok"))}).section(QLatin1Char('\n'), 1, 1);
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("mentions");
        QTest::addColumn<int>("users");
        QTest::newRow("empty file") << "" << 1 << ""
                                    << "empty" << 0;
        QTest::newRow("only blank lines") << "\n\r\n\n"
                                          << 1 << ""
                                          << "empty" << 0;
        QTest::newRow("header missing a column")
            << header.section(QLatin1Char(','), 0, -2) + QStringLiteral("\n") << 1
            << "cognito:username"
            << "lacks" << 0;
        QTest::newRow("unknown column") << header + QStringLiteral(",password\n") << 1 << "password"
                                        << "Not a column" << 0;
        QTest::newRow("column twice") << header + QStringLiteral(",email\n") << 1 << "email"
                                      << "twice" << 0;
        QTest::newRow("unclosed quote swallows the rest")
            << header + QStringLiteral("\n") + good + QStringLiteral("\n\"never closed,") + good
            << 3 << ""
            << "never closed" << 1;
        QTest::newRow("stray quote in a field")
            << header + QStringLiteral("\nab\"c") + good.mid(good.indexOf(QLatin1Char(','))) +
                   QStringLiteral("\n") + good
            << 2 << ""
            << "quote inside" << 1;
        QTest::newRow("text after closing quote")
            << header + QStringLiteral("\n\"ok\"x") + good.mid(good.indexOf(QLatin1Char(','))) +
                   QStringLiteral("\n")
            << 2 << ""
            << "after a closing quote" << 0;
        QTest::newRow("too few fields")
            << header + QStringLiteral("\nonly,three,fields\n") + good << 2 << ""
            << "has 3 fields" << 1;
        QTest::newRow("too many fields")
            << header + QStringLiteral("\n") + good + QStringLiteral(",extra\n") << 2 << ""
            << "fields" << 0;
        QTest::newRow("duplicate username")
            << header + QStringLiteral("\n") + good + QStringLiteral("\n") + good << 3
            << "cognito:username"
            << "already on line 2" << 1;
        QTest::newRow("control character in username")
            << importFile({goodRow(QStringLiteral("a\u0001b"))}) << 2 << "cognito:username"
            << "validation error" << 0;
    }
    void hostileFiles()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QString, column);
        QFETCH(QString, mentions);
        QFETCH(int, users);
        const UserImportPreview preview = UserImportCsv::read(text);
        QVERIFY2(!preview.problems.isEmpty(), "a hostile file is reported");
        const CsvProblem& problem = preview.problems.first();
        QCOMPARE(problem.line, line);
        QCOMPARE(problem.column, column);
        QVERIFY2(problem.message.contains(mentions, Qt::CaseInsensitive),
                 qPrintable(problem.message));
        QCOMPARE(preview.users.size(), users);
    }

    void newUserValidation_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<int>("invitation");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("error");
        const int none = int(NewUser::Invitation::None);
        const int email = int(NewUser::Invitation::Email);
        const int sms = int(NewUser::Invitation::Sms);
        QTest::newRow("email invitation") << "a@example.com"
                                          << "" << email << ""
                                          << "";
        QTest::newRow("sms invitation") << ""
                                        << "+14325551212" << sms << ""
                                        << "";
        QTest::newRow("password only") << ""
                                       << "" << none << "Temp-pass-1"
                                       << "";
        QTest::newRow("email invitation without email") << ""
                                                        << "+1432" << email << ""
                                                        << "email address";
        QTest::newRow("sms invitation without phone") << "a@example.com"
                                                      << "" << sms << ""
                                                      << "phone number";
        QTest::newRow("no invitation, no password") << ""
                                                    << "" << none << ""
                                                    << "temporary password";
        QTest::newRow("phone with dashes") << ""
                                           << "+1-432-555" << none << "x"
                                           << "Invalid phone number format.";
        QTest::newRow("phone plus only") << ""
                                         << "+" << none << "x"
                                         << "Invalid phone number format.";
        QTest::newRow("email without at") << "a.example.com"
                                          << "" << none << "x"
                                          << "Invalid email address format.";
        QTest::newRow("email with space") << "a b@example.com"
                                          << "" << none << "x"
                                          << "Invalid email address format.";
    }
    void newUserValidation()
    {
        QFETCH(QString, email);
        QFETCH(QString, phone);
        QFETCH(int, invitation);
        QFETCH(QString, password);
        QFETCH(QString, error);
        NewUser user;
        user.username = QStringLiteral("dana");
        if (!email.isEmpty()) {
            user.attributes.insert(QStringLiteral("email"), email);
        }
        if (!phone.isEmpty()) {
            user.attributes.insert(QStringLiteral("phone_number"), phone);
        }
        user.invitation = NewUser::Invitation(invitation);
        user.setTemporaryPassword(password);
        const auto valid = user.validate();
        if (error.isEmpty()) {
            QVERIFY2(valid, qPrintable(valid.failure().message));
        } else {
            QVERIFY(!valid);
            QVERIFY2(valid.failure().message.contains(error), qPrintable(valid.failure().message));
        }
    }

    // The temporary password is kept as UTF-8 in wiped memory, shared by copies of the value
    // (a lambda's capture does not copy the secret), and is text only in the request.
    void temporaryPasswordInWipedMemory()
    {
        NewUser user;
        user.username = QStringLiteral("dana");
        user.invitation = NewUser::Invitation::None;
        QVERIFY(!user.hasTemporaryPassword());
        QVERIFY2(!user.toRequest(QStringLiteral("p")).contains(QStringLiteral("TemporaryPassword")),
                 "no password: Cognito makes one");
        user.setTemporaryPassword(u"Tëmp-pass-1€");
        QVERIFY(user.hasTemporaryPassword());
        const QByteArray utf8 = QStringLiteral("Tëmp-pass-1€").toUtf8();
        QCOMPARE(user.temporaryPassword()->view().toByteArray(), utf8);
        const NewUser copy = user;
        QVERIFY2(copy.temporaryPassword() == user.temporaryPassword(),
                 "copies share one wiped buffer");
        QCOMPARE(copy.toRequest(QStringLiteral("p")).value(QStringLiteral("TemporaryPassword")),
                 QStringLiteral("Tëmp-pass-1€"));
        QVERIFY(user.validate());
        user.setTemporaryPassword({});
        QVERIFY(!user.hasTemporaryPassword());
        QVERIFY2(!user.validate(), "no invitation and no password is refused");
    }

    void preferenceChanges()
    {
        QCOMPARE(MfaPreferenceChange::prefer(QString::fromLatin1(factors::kSoftwareToken)).toJson(),
                 (QJsonObject{{QStringLiteral("SoftwareTokenMfaSettings"),
                               QJsonObject{{QStringLiteral("Enabled"), true},
                                           {QStringLiteral("PreferredMfa"), true}}}}));
        PoolUser user;
        user.userMfaSettingList = {QString::fromLatin1(factors::kSms),
                                   QString::fromLatin1(factors::kEmail)};
        user.preferredMfaSetting = QString::fromLatin1(factors::kSms);
        const QJsonObject cleared = MfaPreferenceChange::clearPreference(user).toJson();
        QCOMPARE(cleared.keys(), (QStringList{QStringLiteral("EmailMfaSettings"),
                                              QStringLiteral("SMSMfaSettings")}));
        QCOMPARE(cleared.value(QStringLiteral("SMSMfaSettings")).toObject(),
                 (QJsonObject{{QStringLiteral("Enabled"), true},
                              {QStringLiteral("PreferredMfa"), false}}));
        QCOMPARE(MfaPreferenceChange::resetAll().toJson().size(), 3);
        QCOMPARE(MfaPreferenceChange::remove(QStringLiteral("NOT_A_FACTOR")).toJson(),
                 QJsonObject());
    }
};

QTEST_GUILESS_MAIN(TestUserCsv)
#include "tst_usercsv.moc"
