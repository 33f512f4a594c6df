// SPDX-License-Identifier: GPL-3.0-or-later
// UserFilter: every example filter in AWS's ListUsers documentation reads and writes back the
// same; quoting and escaping; only the attributes ListUsers searches; explanations for bad text.

#include "pool/UserFilter.h"

#include <QTest>

using namespace tessera::pool;

class TestUserFilter : public QObject
{
    Q_OBJECT

private slots:
    void awsExamplesRoundTrip_data();
    void awsExamplesRoundTrip();
    void escapingRoundTrips_data();
    void escapingRoundTrips();
    void rejected_data();
    void rejected();
    void onlySearchableAttributes();
};

void TestUserFilter::awsExamplesRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<bool>("prefix");
    QTest::addColumn<QString>("value");
    // "aws:" rows: the examples of the ListUsers API reference (the Filter member's text and
    // its example request), as filter text (the JSON's \" unescaped). "more:" rows: the other
    // searchable attributes in the same form.
    QTest::newRow("aws: Filter member, family_name = \"Reddy\"")
        << "family_name = \"Reddy\""
        << "family_name" << false << "Reddy";
    QTest::newRow("aws: exact match, given_name = \"Jon\"") << "given_name = \"Jon\""
                                                            << "given_name" << false << "Jon";
    QTest::newRow("aws: prefix match, given_name ^= \"Jon\"") << "given_name ^= \"Jon\""
                                                              << "given_name" << true << "Jon";
    QTest::newRow("aws: example request, email ^= \"testuser\"") << "email ^= \"testuser\""
                                                                 << "email" << true << "testuser";
    QTest::newRow("more: username = \"johndoe\"") << "username = \"johndoe\""
                                                  << "username" << false << "johndoe";
    QTest::newRow("more: phone_number ^= \"+1312\"") << "phone_number ^= \"+1312\""
                                                     << "phone_number" << true << "+1312";
    QTest::newRow("more: cognito:user_status = \"UNCONFIRMED\"")
        << "cognito:user_status = \"UNCONFIRMED\""
        << "cognito:user_status" << false << "UNCONFIRMED";
    QTest::newRow("more: status = \"Disabled\"") << "status = \"Disabled\""
                                                 << "status" << false << "Disabled";
    QTest::newRow("more: sub") << "sub = \"d8f3a1ab-5f57-4d7b-8cd1-4a0a0d3b4e11\""
                               << "sub" << false << "d8f3a1ab-5f57-4d7b-8cd1-4a0a0d3b4e11";
}

void TestUserFilter::awsExamplesRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(QString, attribute);
    QFETCH(bool, prefix);
    QFETCH(QString, value);
    const auto parsed = UserFilter::parse(text);
    QVERIFY2(parsed, qPrintable(text));
    QCOMPARE(parsed->attribute(), attribute);
    QCOMPARE(parsed->prefix(), prefix);
    QCOMPARE(parsed->value(), value);
    QCOMPARE(parsed->toString(), text);
    QVERIFY(UserFilter::explanation(text).isEmpty());
    const auto made = UserFilter::make(
        attribute, prefix ? UserFilter::Match::Prefix : UserFilter::Match::Exact, value);
    QVERIFY(made);
    QCOMPARE(*made, *parsed);
}

void TestUserFilter::escapingRoundTrips_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("quote") << "say \"hi\""
                           << R"(name = "say \"hi\"")";
    QTest::newRow("backslash") << R"(a\b)"
                               << R"(name = "a\\b")";
    QTest::newRow("backslash before quote") << R"(a\")"
                                            << R"(name = "a\\\"")";
    QTest::newRow("empty") << ""
                           << R"(name = "")";
    QTest::newRow("unicode") << QString::fromUtf8("Zoë Ünal")
                             << QString::fromUtf8("name = \"Zoë Ünal\"");
}

void TestUserFilter::escapingRoundTrips()
{
    QFETCH(QString, value);
    QFETCH(QString, text);
    const auto made = UserFilter::make(QStringLiteral("name"), UserFilter::Match::Exact, value);
    QVERIFY(made);
    QCOMPARE(made->toString(), text);
    const auto parsed = UserFilter::parse(text);
    QVERIFY(parsed);
    QCOMPARE(parsed->value(), value);
}

void TestUserFilter::rejected_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("explanationMentions");
    QTest::newRow("custom attribute") << "custom:tier = \"gold\""
                                      << "custom:tier";
    QTest::newRow("no operator") << "email \"a\""
                                 << "^=";
    QTest::newRow("unquoted value") << "email = bob"
                                    << "double quotes";
    QTest::newRow("unclosed quote") << "email = \"bob"
                                    << "double quotes";
    QTest::newRow("unescaped inner quote") << "name = \"a\"b\""
                                           << "double quotes";
    QTest::newRow("two conditions") << "email = \"a\" and name = \"b\""
                                    << "double quotes";
    QTest::newRow("not an attribute") << "= \"x\""
                                      << "attribute name";
}

void TestUserFilter::rejected()
{
    QFETCH(QString, text);
    QFETCH(QString, explanationMentions);
    const auto parsed = UserFilter::parse(text);
    QVERIFY2(!parsed, qPrintable(text));
    QCOMPARE(parsed.failure().type, QString::fromLatin1(errors::kInvalidParameter));
    const QString explanation = UserFilter::explanation(text);
    QVERIFY2(explanation.contains(explanationMentions),
             qPrintable(QStringLiteral("explanation '%1' should mention '%2'")
                            .arg(explanation, explanationMentions)));
}

void TestUserFilter::onlySearchableAttributes()
{
    const QStringList expected = {
        "username",   "email",       "phone_number",       "name",
        "given_name", "family_name", "preferred_username", "cognito:user_status",
        "status",     "sub"};
    QCOMPARE(UserFilter::searchableAttributes(), expected);
    for (const QString& other : {"address", "locale", "custom:x", "Username", "phone"}) {
        QVERIFY2(!UserFilter::make(other, UserFilter::Match::Exact, QStringLiteral("x")),
                 qPrintable(other));
    }
}

QTEST_GUILESS_MAIN(TestUserFilter)
#include "tst_userfilter.moc"
