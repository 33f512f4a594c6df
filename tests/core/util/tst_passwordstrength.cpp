// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/PasswordStrength.h"

#include <QTest>

using tessera::PasswordStrength;
using Level = PasswordStrength::Level;

class TestPasswordStrength : public QObject
{
    Q_OBJECT

private slots:
    void levels_data();
    void levels();
    void runsCountLessThanFreeCharacters();
};

void TestPasswordStrength::levels_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("level");
    QTest::newRow("empty") << QString() << int(Level::Empty);
    QTest::newRow("short word") << QStringLiteral("abc") << int(Level::Weak);
    QTest::newRow("eight lowercase") << QStringLiteral("sunshine") << int(Level::Weak);
    QTest::newRow("one repeated letter, however long")
        << QString(40, QLatin1Char('a')) << int(Level::Weak);
    QTest::newRow("digits in a run") << QStringLiteral("1234567890") << int(Level::Weak);
    QTest::newRow("mixed classes, ten long") << QStringLiteral("Tr0ub4dor&") << int(Level::Fair);
    QTest::newRow("four-word passphrase")
        << QStringLiteral("correct horse battery staple") << int(Level::Strong);
    QTest::newRow("other script") << QStringLiteral("пароль-для-хранилища-кодов")
                                  << int(Level::Strong);
}

void TestPasswordStrength::levels()
{
    QFETCH(QString, password);
    QFETCH(int, level);
    const PasswordStrength strength = tessera::estimatePasswordStrength(password);
    QVERIFY2(int(strength.level) == level,
             qPrintable(QStringLiteral("%1 bits gave level %2, expected %3")
                            .arg(strength.bits)
                            .arg(int(strength.level))
                            .arg(level)));
}

void TestPasswordStrength::runsCountLessThanFreeCharacters()
{
    const double run = tessera::estimatePasswordStrength(u"abcdefgh").bits;
    const double free = tessera::estimatePasswordStrength(u"qmzrtxkw").bits;
    QVERIFY2(run < free / 2, "a run of consecutive letters is far easier to guess");
}

QTEST_GUILESS_MAIN(TestPasswordStrength)
#include "tst_passwordstrength.moc"
