// SPDX-License-Identifier: GPL-3.0-or-later
// The order of a vault's entries: moving by UUID, and moving within the list the authenticator
// shows ("My order": favourites first), which a drag or "Move up/down" does.
#include "VaultTestSupport.h"

#include <QTest>

using namespace tessera::vault;
using namespace tessera::vault::test;

namespace {

// Entries named by one letter each (the issuer); capitals are favourites.
Vault vaultOf(const QString& letters)
{
    Vault vault;
    for (const QChar letter : letters) {
        Entry entry = entryFromUri(
            QStringLiteral("otpauth://totp/%1:x?secret=JBSWY3DPEHPK3PXP").arg(letter.toLower()));
        entry.setFavourite(letter.isUpper());
        vault.addEntry(std::move(entry));
    }
    return vault;
}

QString letterOf(const Entry& entry)
{
    const QString issuer = entry.parameters().issuer();
    return entry.isFavourite() ? issuer.toUpper() : issuer;
}

QString vaultLetters(const Vault& vault)
{
    QString letters;
    for (const Entry& entry : vault.entries()) {
        letters += letterOf(entry);
    }
    return letters;
}

QString listedLetters(const Vault& vault)
{
    QString letters;
    for (const QUuid& id : vault.listedOrder()) {
        letters += letterOf(*vault.entry(id));
    }
    return letters;
}

QUuid idOf(const Vault& vault, QChar letter)
{
    for (const Entry& entry : vault.entries()) {
        if (letterOf(entry) == letter) {
            return entry.id();
        }
    }
    return {};
}

} // namespace

class TestVaultOrder : public QObject
{
    Q_OBJECT

private slots:
    void moveBefore_data();
    void moveBefore();
    void moveAfter();
    void unknownIdsChangeNothing();
    void listedOrderPutsFavouritesFirst();
    void moveInListedOrder_data();
    void moveInListedOrder();
    void groupsAreUnchanged();
};

void TestVaultOrder::moveBefore_data()
{
    QTest::addColumn<QString>("vault");
    QTest::addColumn<QChar>("moving");
    QTest::addColumn<QChar>("before"); // a space for "to the end"
    QTest::addColumn<QString>("expected");
    QTest::newRow("up") << "abcde" << QChar('d') << QChar('b') << "adbce";
    QTest::newRow("down") << "abcde" << QChar('a') << QChar('d') << "bcade";
    QTest::newRow("to the front") << "abcde" << QChar('e') << QChar('a') << "eabcd";
    QTest::newRow("to the end") << "abcde" << QChar('b') << QChar(' ') << "acdeb";
    QTest::newRow("before itself") << "abcde" << QChar('c') << QChar('c') << "abcde";
    QTest::newRow("before its successor") << "abcde" << QChar('c') << QChar('d') << "abcde";
    QTest::newRow("single entry to the end") << "a" << QChar('a') << QChar(' ') << "a";
}

void TestVaultOrder::moveBefore()
{
    QFETCH(QString, vault);
    QFETCH(QChar, moving);
    QFETCH(QChar, before);
    QFETCH(QString, expected);
    Vault v = vaultOf(vault);
    const QUuid anchor = before == QLatin1Char(' ') ? QUuid() : idOf(v, before);
    QVERIFY2(v.moveEntry(idOf(v, moving), anchor), "a move between known entries succeeds");
    QCOMPARE(vaultLetters(v), expected);
}

void TestVaultOrder::moveAfter()
{
    Vault v = vaultOf(QStringLiteral("abcde"));
    QVERIFY(v.moveEntryAfter(idOf(v, 'a'), idOf(v, 'c')));
    QCOMPARE(vaultLetters(v), QStringLiteral("bcade"));
    QVERIFY(v.moveEntryAfter(idOf(v, 'a'), idOf(v, 'e')));
    QCOMPARE(vaultLetters(v), QStringLiteral("bcdea"));
    QVERIFY(v.moveEntryAfter(idOf(v, 'd'), idOf(v, 'b')));
    QCOMPARE(vaultLetters(v), QStringLiteral("bdcea"));
    QVERIFY2(!v.moveEntryAfter(idOf(v, 'd'), QUuid()), "after nothing is not a place");
    QCOMPARE(vaultLetters(v), QStringLiteral("bdcea"));
}

void TestVaultOrder::unknownIdsChangeNothing()
{
    Vault v = vaultOf(QStringLiteral("abc"));
    const QUuid stranger = QUuid::createUuid();
    QVERIFY(!v.moveEntry(stranger, idOf(v, 'a')));
    QVERIFY(!v.moveEntry(idOf(v, 'c'), stranger));
    QVERIFY(!v.moveEntryAfter(idOf(v, 'a'), stranger));
    QVERIFY(!v.moveInListedOrder(stranger, 0).has_value());
    QCOMPARE(vaultLetters(v), QStringLiteral("abc"));
}

void TestVaultOrder::listedOrderPutsFavouritesFirst()
{
    const Vault v = vaultOf(QStringLiteral("aBcDe"));
    QCOMPARE(listedLetters(v), QStringLiteral("BDace"));
}

void TestVaultOrder::moveInListedOrder_data()
{
    QTest::addColumn<QString>("vault");
    QTest::addColumn<QChar>("moving");
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("endsAt");
    QTest::addColumn<QString>("listed");
    // Without favourites the listed order is the vault's.
    QTest::newRow("up one") << "abcde" << QChar('c') << 1 << 1 << "acbde";
    QTest::newRow("down one") << "abcde" << QChar('c') << 3 << 3 << "abdce";
    QTest::newRow("to the top") << "abcde" << QChar('e') << 0 << 0 << "eabcd";
    QTest::newRow("to the bottom") << "abcde" << QChar('a') << 4 << 4 << "bcdea";
    QTest::newRow("past the bottom clamps") << "abcde" << QChar('a') << 99 << 4 << "bcdea";
    QTest::newRow("above the top clamps") << "abcde" << QChar('b') << -3 << 0 << "bacde";
    QTest::newRow("in place") << "abcde" << QChar('b') << 1 << 1 << "abcde";
    // Favourites interleaved with the others in the vault: "aBcDe" lists as "BDace".
    QTest::newRow("favourite down within favourites") << "aBcDe" << QChar('B') << 1 << 1 << "DBace";
    QTest::newRow("favourite dragged among the others stays the last favourite")
        << "aBcDe" << QChar('B') << 4 << 1 << "DBace";
    QTest::newRow("other dragged among favourites becomes the first other")
        << "aBcDe" << QChar('e') << 0 << 2 << "BDeac";
    QTest::newRow("other up within the others") << "aBcDe" << QChar('c') << 2 << 2 << "BDcae";
    QTest::newRow("other to the bottom") << "aBcDe" << QChar('a') << 4 << 4 << "BDcea";
    QTest::newRow("only favourite cannot leave the top")
        << "abCde" << QChar('C') << 3 << 0 << "Cabde";
}

void TestVaultOrder::moveInListedOrder()
{
    QFETCH(QString, vault);
    QFETCH(QChar, moving);
    QFETCH(int, position);
    QFETCH(int, endsAt);
    QFETCH(QString, listed);
    Vault v = vaultOf(vault);
    const QUuid id = idOf(v, moving);
    const std::optional<int> result = v.moveInListedOrder(id, position);
    QVERIFY2(result.has_value(), "a known entry moves");
    QCOMPARE(*result, endsAt);
    QCOMPARE(listedLetters(v), listed);
    QCOMPARE(v.listedOrder()[std::size_t(endsAt)], id);
    QCOMPARE(int(v.size()), vault.size());
}

void TestVaultOrder::groupsAreUnchanged()
{
    Vault v = vaultOf(QStringLiteral("abcd"));
    const Group work{QUuid::createUuid(), QStringLiteral("Work"), {}};
    const Group home{QUuid::createUuid(), QStringLiteral("Home"), {}};
    v.setGroups({work, home});
    v.entry(idOf(v, 'a'))->setGroups({work.id});
    v.entry(idOf(v, 'd'))->setGroups({home.id});
    // Across groups: "d" (Home) lands between two entries of other groups and stays in Home.
    QVERIFY(v.moveInListedOrder(idOf(v, 'd'), 1).has_value());
    QCOMPARE(vaultLetters(v), QStringLiteral("adbc"));
    QCOMPARE(v.entry(idOf(v, 'd'))->groups(), QList<QUuid>{home.id});
    QCOMPARE(v.entry(idOf(v, 'a'))->groups(), QList<QUuid>{work.id});
    QCOMPARE(v.groups().size(), 2);
}

QTEST_GUILESS_MAIN(TestVaultOrder)
#include "tst_vaultorder.moc"
