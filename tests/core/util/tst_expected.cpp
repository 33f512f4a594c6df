// SPDX-License-Identifier: GPL-3.0-or-later
// Expected<T, E>: true on success; error() is the message a person reads, failure() the whole
// error value with the code a caller branches on, whether that code is a name (Error, a pool
// error) or an enum of its own (vault::OpenFailure).
#include "pool/PoolError.h"
#include "util/Expected.h"
#include "vault/VaultFile.h"

#include <QTest>

using namespace tessera;

namespace {

Expected<int> half(int n)
{
    if (n % 2 != 0) {
        return Error{QStringLiteral("%1 is odd").arg(n), QStringLiteral("Odd")};
    }
    return n / 2;
}

Status checked(bool fine)
{
    if (!fine) {
        return makeError(QStringLiteral("not fine"));
    }
    return {};
}

} // namespace

class TestExpected : public QObject
{
    Q_OBJECT
private slots:
    void valueIsTrue();
    void errorKeepsMessageAndCode();
    void statusIsTrueOnSuccess();
    void typedCodeIsKept();
    void poolErrorKeepsItsNameAsCode();
};

void TestExpected::valueIsTrue()
{
    const auto result = half(8);
    QVERIFY(result);
    QVERIFY(result.hasValue());
    QCOMPARE(*result, 4);
}

void TestExpected::errorKeepsMessageAndCode()
{
    const auto result = half(7);
    QVERIFY(!result);
    QCOMPARE(result.error(), QStringLiteral("7 is odd"));
    QCOMPARE(result.failure().message, QStringLiteral("7 is odd"));
    QCOMPARE(result.failure().code, QStringLiteral("Odd"));
    QVERIFY2(makeError(QStringLiteral("x")).code.isEmpty(), "makeError has no code to branch on");
}

void TestExpected::statusIsTrueOnSuccess()
{
    QVERIFY(checked(true));
    const Status failed = checked(false);
    QVERIFY(!failed);
    QCOMPARE(failed.error(), QStringLiteral("not fine"));
}

void TestExpected::typedCodeIsKept()
{
    const Expected<int, vault::OpenFailure> refused = vault::OpenFailure{
        QStringLiteral("the password is wrong"), vault::OpenError::WrongPassword, {}};
    QVERIFY(!refused);
    QCOMPARE(refused.error(), QStringLiteral("the password is wrong"));
    QVERIFY(refused.failure().code == vault::OpenError::WrongPassword);
    const Expected<void, vault::OpenFailure> fine;
    QVERIFY(fine);
}

void TestExpected::poolErrorKeepsItsNameAsCode()
{
    const Error error = pool::PoolError::userNotFound().toError();
    QCOMPARE(error.code, QString::fromLatin1(pool::errors::kUserNotFound));
    QVERIFY(!error.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestExpected)
#include "tst_expected.moc"
