// SPDX-License-Identifier: GPL-3.0-or-later
#include "PoolTestSupport.h"

using namespace tessera;
using namespace tessera::pool;
using namespace tessera::pool::test;

namespace {

QJsonObject policies(int minimumLength)
{
    return {{QStringLiteral("PasswordPolicy"),
             QJsonObject{{QStringLiteral("MinimumLength"), minimumLength}}}};
}

QString refusal(int value, const char* constraint)
{
    return QStringLiteral("1 validation error detected: Value '%1' at "
                          "'policies.passwordPolicy.minimumLength' failed to satisfy constraint: "
                          "Member must have value %2")
        .arg(value)
        .arg(QLatin1String(constraint));
}

} // namespace

// A pool's password policy holds Cognito's range for MinimumLength (6 to 99) in one place, the
// value class, and every way of setting it goes through it: CreateUserPool, UpdateUserPool and
// UserPool::update. UpdateUserPool and UserPool::update used to take any length.
class TestPasswordPolicy : public QObject
{
    Q_OBJECT

private slots:
    void minimumLength_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("message"); // empty: accepted
        QTest::newRow("5, below the range") << 5 << refusal(5, "greater than or equal to 6");
        QTest::newRow("0") << 0 << refusal(0, "greater than or equal to 6");
        QTest::newRow("-1") << -1 << refusal(-1, "greater than or equal to 6");
        QTest::newRow("6, the shortest") << 6 << QString();
        QTest::newRow("99, the longest") << 99 << QString();
        QTest::newRow("100, above the range") << 100 << refusal(100, "less than or equal to 99");
    }

    void minimumLength()
    {
        QFETCH(int, length);
        QFETCH(QString, message);
        PasswordPolicy policy;
        policy.minimumLength = length;
        const auto valid = policy.validate();
        QCOMPARE(valid ? QString() : valid.failure().message, message);
        if (!valid) {
            QCOMPARE(valid.failure().type, QStringLiteral("InvalidParameterException"));
        }
    }

    void userPoolUpdateRefusesAndKeepsThePool_data() { minimumLength_data(); }

    void userPoolUpdateRefusesAndKeepsThePool()
    {
        QFETCH(int, length);
        QFETCH(QString, message);
        UserPool pool;
        pool.name = QStringLiteral("before");
        const UserPool before = pool;
        const auto updated = pool.update(
            {{QStringLiteral("Policies"), policies(length)},
             {QStringLiteral("SmsAuthenticationMessage"), QStringLiteral("Code {####}")}});
        QCOMPARE(updated ? QString() : updated.failure().message, message);
        if (!updated) {
            QVERIFY2(pool.toJson() == before.toJson(), "a refused update changes nothing");
        } else {
            QCOMPARE(pool.passwordPolicy.minimumLength, length);
            QCOMPARE(pool.smsAuthenticationMessage, QStringLiteral("Code {####}"));
        }
    }

    void operations_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("message"); // empty: accepted
        for (const char* operation : {"CreateUserPool", "UpdateUserPool"}) {
            const auto row = [operation](int length, const QString& message) {
                QTest::addRow("%s MinimumLength %d", operation, length)
                    << QString::fromLatin1(operation) << length << message;
            };
            row(5, refusal(5, "greater than or equal to 6"));
            row(6, {});
            row(99, {});
            row(100, refusal(100, "less than or equal to 99"));
        }
    }

    void operations()
    {
        QFETCH(QString, operation);
        QFETCH(int, length);
        QFETCH(QString, message);
        PoolFixture fixture;
        fixture.makePool();
        QJsonObject request{{"Policies", policies(length)}};
        if (operation == QLatin1String("CreateUserPool")) {
            request.insert(QStringLiteral("PoolName"), QStringLiteral("second"));
        } else {
            request.insert(QStringLiteral("UserPoolId"), fixture.poolId);
        }
        const PoolResult result = fixture.engine->execute(operation, request);
        QCOMPARE(result ? QString() : result.failure().message, message);
        if (operation == QLatin1String("UpdateUserPool")) {
            const int stored =
                fixture.ok(QStringLiteral("DescribeUserPool"), {{"UserPoolId", fixture.poolId}})
                    .value("UserPool")
                    .toObject()
                    .value("Policies")
                    .toObject()
                    .value("PasswordPolicy")
                    .toObject()
                    .value("MinimumLength")
                    .toInt();
            QCOMPARE(stored, message.isEmpty() ? length : PasswordPolicy{}.minimumLength);
        }
    }
};

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "tst_passwordpolicy.moc"
