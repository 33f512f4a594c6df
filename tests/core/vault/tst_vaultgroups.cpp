// SPDX-License-Identifier: GPL-3.0-or-later
// Groups by name, as the edit dialog names them: an existing group is found, a new name makes a
// group at the end, and no name means no group.
#include "vault/Vault.h"

#include <QTest>

using tessera::vault::Group;
using tessera::vault::Vault;

class TestVaultGroups : public QObject
{
    Q_OBJECT

private slots:
    void groupNamed_data();
    void groupNamed();
    void groupNameOfUnknownIdIsEmpty();
};

void TestVaultGroups::groupNamed_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("expectedIndex"); // in groups() after the call; -1: null id
    QTest::addColumn<int>("expectedCount");
    QTest::newRow("existing first") << QStringLiteral("Work") << 0 << 2;
    QTest::newRow("existing second") << QStringLiteral("Home") << 1 << 2;
    QTest::newRow("new goes last") << QStringLiteral("Banks") << 2 << 3;
    QTest::newRow("case matters") << QStringLiteral("work") << 2 << 3;
    QTest::newRow("empty is no group") << QString() << -1 << 2;
}

void TestVaultGroups::groupNamed()
{
    QFETCH(QString, name);
    QFETCH(int, expectedIndex);
    QFETCH(int, expectedCount);
    Vault vault;
    vault.setGroups({Group{QUuid::createUuid(), QStringLiteral("Work"), {}},
                     Group{QUuid::createUuid(), QStringLiteral("Home"), {}}});
    const QUuid id = vault.groupNamed(name);
    QCOMPARE(vault.groups().size(), expectedCount);
    if (expectedIndex < 0) {
        QVERIFY2(id.isNull(), "an empty name names no group");
        return;
    }
    QCOMPARE(id, vault.groups().at(expectedIndex).id);
    QCOMPARE(vault.groupName(id), name);
    QCOMPARE(vault.groupNamed(name), id); // asking again finds the same group, adds none
    QCOMPARE(vault.groups().size(), expectedCount);
}

void TestVaultGroups::groupNameOfUnknownIdIsEmpty()
{
    Vault vault;
    vault.setGroups({Group{QUuid::createUuid(), QStringLiteral("Work"), {}}});
    QVERIFY(vault.groupName(QUuid::createUuid()).isEmpty());
    QVERIFY(vault.groupName(QUuid()).isEmpty());
}

QTEST_GUILESS_MAIN(TestVaultGroups)
#include "tst_vaultgroups.moc"
