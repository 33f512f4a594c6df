// SPDX-License-Identifier: GPL-3.0-or-later
#include "authenticator/TokenListModel.h"
#include "authenticator/TokenSortModel.h"
#include "otp/OtpAuthUri.h"
#include "otp/OtpGenerator.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using tessera::ui::TokenListModel;
using tessera::ui::TokenSortModel;
namespace vault = tessera::vault;
namespace otp = tessera::otp;

namespace {

vault::Entry entry(const QString& uri)
{
    auto parameters = otp::otpauth::parse(uri);
    Q_ASSERT(parameters);
    return vault::Entry(std::move(*parameters));
}

// Rows: 0 and 1 roll every 30 s, 2 every 60 s, 3 is HOTP, 4 rolls every 30 s.
vault::Vault sampleVault()
{
    vault::Vault v;
    v.addEntry(entry(QStringLiteral("otpauth://totp/ACME:alice?secret=JBSWY3DPEHPK3PXP")));
    v.addEntry(entry(QStringLiteral("otpauth://totp/Beta:bob?secret=KRSXG5CTMVRXEZLU")));
    v.addEntry(
        entry(QStringLiteral("otpauth://totp/Slow:carol?secret=MFRGGZDFMZTWQ2LK&period=60")));
    v.addEntry(
        entry(QStringLiteral("otpauth://hotp/Counter:dave?secret=JBSWY3DPEHPK3PXP&counter=0")));
    v.addEntry(entry(QStringLiteral("otpauth://totp/Delta:erin?secret=GEZDGNBVGY3TQOJQ")));
    return v;
}

// The rows a list of dataChanged emissions touched for `role`.
// The issuers of `model`'s rows, in order, first letters only ("ABSCD").
QString issuers(const QAbstractItemModel& model)
{
    QString letters;
    for (int row = 0; row < model.rowCount(); ++row) {
        letters += model.index(row, 0).data(TokenListModel::IssuerRole).toString().front();
    }
    return letters;
}

QString vaultIssuers(const vault::Vault& v)
{
    QString letters;
    for (const vault::Entry& e : v.entries()) {
        letters += e.parameters().issuer().front();
    }
    return letters;
}

QSet<int> rowsChanged(const QSignalSpy& spy, int role)
{
    QSet<int> rows;
    for (const auto& arguments : spy) {
        const auto roles = arguments.at(2).value<QList<int>>();
        if (!roles.contains(role)) {
            continue;
        }
        const auto from = arguments.at(0).toModelIndex();
        const auto to = arguments.at(1).toModelIndex();
        for (int row = from.row(); row <= to.row(); ++row) {
            rows.insert(row);
        }
    }
    return rows;
}

} // namespace

class TestTokenListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsEntries();
    void codesMatchCore();
    void onlyRolledRowsChange_data();
    void onlyRolledRowsChange();
    void countdownIsOneCheapSignal();
    void hotpRevealMovesCounter();
    void addAndTake();
    void searchFiltersIssuerAccountNote();
    void groupedCodes_data();
    void groupedCodes();
    void moveByIdCarriesRowState();
    void dropMovesByIdNotByStaleRow();
    void dragCarriesNoSecret();
    void sortModelMovesInMyOrder();
    void sortModelRefusesOtherOrdersAndSearch();
    void iconKeyFromIssuerOrReference();

private:
    vault::Vault m_vault;
    qint64 m_now = 0;
    std::unique_ptr<TokenListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestTokenListModel::init()
{
    m_vault = sampleVault();
    // 15 s into a 30-second period and 15 s into a 60-second one.
    m_now = 1'000'005;
    m_model = std::make_unique<TokenListModel>(m_vault, [this] { return m_now; });
    m_model->setTicking(false);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestTokenListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestTokenListModel::showsEntries()
{
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->rowCount(m_model->index(0)), 0);
    const QModelIndex first = m_model->index(0);
    QCOMPARE(first.data(TokenListModel::IssuerRole).toString(), QStringLiteral("ACME"));
    QCOMPARE(first.data(TokenListModel::AccountRole).toString(), QStringLiteral("alice"));
    QCOMPARE(first.data(TokenListModel::InitialsRole).toString(), QStringLiteral("A"));
    QCOMPARE(first.data(TokenListModel::PeriodRole).toInt(), 30);
    QCOMPARE(m_model->index(2).data(TokenListModel::PeriodRole).toInt(), 60);
    QVERIFY2(m_model->index(3).data(TokenListModel::NeedsRevealRole).toBool(),
             "an HOTP code stays hidden until asked for");
    QVERIFY(m_model->index(3).data(TokenListModel::CodeRole).toString().isEmpty());
    QVERIFY(!first.data(TokenListModel::NeedsRevealRole).toBool());
}

void TestTokenListModel::codesMatchCore()
{
    for (int row : {0, 1, 2, 4}) {
        const auto& parameters = m_vault.entries()[std::size_t(row)].parameters();
        QCOMPARE(m_model->index(row).data(TokenListModel::CodeRole).toString(),
                 otp::code(parameters, m_now));
        QCOMPARE(m_model->index(row).data(TokenListModel::SecondsRemainingRole).toInt(),
                 otp::secondsRemaining(m_now, parameters.period()));
    }
}

void TestTokenListModel::onlyRolledRowsChange_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<QList<int>>("rolled");
    QTest::newRow("same-second") << qint64(1'000'005) << qint64(1'000'005) << QList<int>{};
    QTest::newRow("within-period") << qint64(1'000'005) << qint64(1'000'006) << QList<int>{};
    // 1,000,050 is a multiple of 30 but not of 60: the 30-second rows roll, the 60-second one not.
    QTest::newRow("30-second-boundary")
        << qint64(1'000'049) << qint64(1'000'050) << QList<int>{0, 1, 4};
    // 1,000,080 is a multiple of 60 (and so of 30): every time-based row rolls, HOTP never.
    QTest::newRow("60-second-boundary")
        << qint64(1'000'079) << qint64(1'000'080) << QList<int>{0, 1, 2, 4};
}

void TestTokenListModel::onlyRolledRowsChange()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(QList<int>, rolled);
    m_now = from;
    m_model->tick();
    const QString before = m_model->index(0).data(TokenListModel::CodeRole).toString();
    QSignalSpy spy(m_model.get(), &TokenListModel::dataChanged);
    m_now = to;
    m_model->tick();
    const QSet<int> changed = rowsChanged(spy, TokenListModel::CodeRole);
    QCOMPARE(changed, QSet<int>(rolled.begin(), rolled.end()));
    const QString after = m_model->index(0).data(TokenListModel::CodeRole).toString();
    QCOMPARE(after, otp::code(m_vault.entries()[0].parameters(), to));
    if (rolled.isEmpty()) {
        QCOMPARE(after, before);
    }
}

void TestTokenListModel::countdownIsOneCheapSignal()
{
    QSignalSpy spy(m_model.get(), &TokenListModel::dataChanged);
    m_now += 1;
    m_model->tick();
    QCOMPARE(spy.count(), 1);
    const auto roles = spy.at(0).at(2).value<QList<int>>();
    QVERIFY2(!roles.contains(TokenListModel::CodeRole), "no code changed within the period");
    QVERIFY(roles.contains(TokenListModel::CountdownRole));
    QCOMPARE(spy.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(spy.at(0).at(1).toModelIndex().row(), 4);
}

void TestTokenListModel::hotpRevealMovesCounter()
{
    const auto& parameters = m_vault.entries()[3].parameters();
    const QString expected = otp::hotp(parameters.secret(), parameters.algorithm(), 0, 6);
    QSignalSpy spy(m_model.get(), &TokenListModel::dataChanged);
    const std::optional<QString> code = m_model->advanceHotp(3);
    QCOMPARE(code, std::optional<QString>(expected));
    QCOMPARE(m_vault.entries()[3].parameters().counter(), quint64(1));
    QVERIFY2(m_model->index(3).data(TokenListModel::CodeRole).toString().isEmpty(),
             "no code on screen before the counter is saved");
    QVERIFY(m_model->index(3).data(TokenListModel::NeedsRevealRole).toBool());
    m_model->showHotpCode(m_vault.entries()[3].id(), *code);
    QCOMPARE(m_model->index(3).data(TokenListModel::CodeRole).toString(), expected);
    QVERIFY(!m_model->index(3).data(TokenListModel::NeedsRevealRole).toBool());
    QCOMPARE(rowsChanged(spy, TokenListModel::CodeRole), QSet<int>{3});
    QVERIFY2(!m_model->advanceHotp(0), "a TOTP row has nothing to reveal");
    // A save that failed takes the counter back and the code off the row.
    m_model->undoAdvanceHotp(m_vault.entries()[3].id(), 0);
    QCOMPARE(m_vault.entries()[3].parameters().counter(), quint64(0));
    QVERIFY(m_model->index(3).data(TokenListModel::CodeRole).toString().isEmpty());
}

void TestTokenListModel::addAndTake()
{
    const QModelIndex added = m_model->addEntry(
        entry(QStringLiteral("otpauth://totp/New:frank?secret=JBSWY3DPEHPK3PXP")));
    QCOMPARE(added.row(), 5);
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(m_vault.size(), std::size_t(6));
    auto taken = m_model->takeEntry(1);
    QVERIFY(taken);
    QCOMPARE(taken->parameters().issuer(), QStringLiteral("Beta"));
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->index(1).data(TokenListModel::IssuerRole).toString(), QStringLiteral("Slow"));
    QVERIFY(!m_model->takeEntry(99));
    // Put back where it was, before the entry that followed it.
    const QUuid next = m_model->entryAt(1)->id();
    QCOMPARE(m_model->insertEntry(std::move(*taken), next).row(), 1);
    QCOMPARE(m_model->index(1).data(TokenListModel::IssuerRole).toString(), QStringLiteral("Beta"));
    QCOMPARE(m_vault.entries()[1].parameters().issuer(), QStringLiteral("Beta"));
    QVERIFY(m_model->takeEntry(1));
    // Rows after the removal still roll correctly.
    QSignalSpy spy(m_model.get(), &TokenListModel::dataChanged);
    m_now = 1'000'080;
    m_model->tick();
    QCOMPARE(rowsChanged(spy, TokenListModel::CodeRole), (QSet<int>{0, 1, 3, 4}));
}

void TestTokenListModel::searchFiltersIssuerAccountNote()
{
    m_vault.entry(m_vault.entries()[4].id())->setNote(QStringLiteral("work laptop"));
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    proxy.setFilterRole(TokenListModel::SearchTextRole);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterFixedString(QStringLiteral("acme"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterFixedString(QStringLiteral("BOB"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterFixedString(QStringLiteral("laptop"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(TokenListModel::IssuerRole).toString(),
             QStringLiteral("Delta"));
    proxy.setFilterFixedString(QStringLiteral("nothing like this"));
    QCOMPARE(proxy.rowCount(), 0);
}

void TestTokenListModel::groupedCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("grouped");
    QTest::newRow("six") << "123456"
                         << "123 456";
    QTest::newRow("eight") << "12345678"
                           << "1234 5678";
    QTest::newRow("seven") << "1234567"
                           << "123 4567";
    QTest::newRow("steam") << "K7QWX"
                           << "K7QWX";
}

void TestTokenListModel::groupedCodes()
{
    QFETCH(QString, code);
    QFETCH(QString, grouped);
    QCOMPARE(tessera::ui::groupedCode(code), grouped);
}

void TestTokenListModel::moveByIdCarriesRowState()
{
    QCOMPARE(issuers(*m_model), QStringLiteral("ABSCD"));
    const QUuid delta = m_vault.entries()[4].id();
    const QUuid beta = m_vault.entries()[1].id();
    const QString deltaCode = m_model->index(4).data(TokenListModel::CodeRole).toString();
    QSignalSpy moved(m_model.get(), &TokenListModel::rowsMoved);
    QSignalSpy announced(m_model.get(), &TokenListModel::entryMoved);
    QVERIFY(m_model->moveEntry(delta, beta));
    QCOMPARE(issuers(*m_model), QStringLiteral("ADBSC"));
    QCOMPARE(vaultIssuers(m_vault), QStringLiteral("ADBSC"));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(announced.count(), 1);
    QCOMPARE(announced.at(0).at(0).toUuid(), delta);
    QVERIFY2(announced.at(0).at(1).toUuid().isNull(), "Delta was last: nothing followed it");
    QCOMPARE(m_model->index(1).data(TokenListModel::CodeRole).toString(), deltaCode);
    // The per-row state moved with the rows: a 60-second roll-over changes every TOTP row.
    QSignalSpy changed(m_model.get(), &TokenListModel::dataChanged);
    m_now = 1'000'080;
    m_model->tick();
    QCOMPARE(rowsChanged(changed, TokenListModel::CodeRole), (QSet<int>{0, 1, 2, 3}));
    // Putting it back with what the signal said restores the order.
    QVERIFY(m_model->moveEntry(delta, QUuid()));
    QCOMPARE(issuers(*m_model), QStringLiteral("ABSCD"));
    QVERIFY2(m_model->moveEntry(beta, m_vault.entries()[2].id()), "a move onto its own place");
    QCOMPARE(moved.count(), 2);
    QVERIFY(!m_model->moveEntry(QUuid::createUuid(), beta));
}

void TestTokenListModel::dropMovesByIdNotByStaleRow()
{
    std::unique_ptr<QMimeData> drag(m_model->mimeData({m_model->index(0)})); // ACME
    QVERIFY(drag);
    QVERIFY(m_model->canDropMimeData(drag.get(), Qt::MoveAction, 3, 0, {}));
    QVERIFY2(!m_model->canDropMimeData(drag.get(), Qt::MoveAction, -1, 0, m_model->index(2)),
             "entries are dropped between rows, never onto one");
    QVERIFY(!m_model->canDropMimeData(drag.get(), Qt::CopyAction, 3, 0, {}));
    // Something else moved first: the drag still names ACME, wherever it is now.
    QVERIFY(m_model->moveEntry(m_vault.entries()[0].id(), QUuid()));
    QCOMPARE(issuers(*m_model), QStringLiteral("BSCDA"));
    QVERIFY(m_model->dropMimeData(drag.get(), Qt::MoveAction, 1, 0, {}));
    QCOMPARE(issuers(*m_model), QStringLiteral("BASCD"));
    QVERIFY(m_model->dropMimeData(drag.get(), Qt::MoveAction, -1, 0, {}));
    QCOMPARE(issuers(*m_model), QStringLiteral("BSCDA"));
    QVERIFY((m_model->flags(m_model->index(0)) & Qt::ItemIsDragEnabled) != 0);
    QVERIFY((m_model->flags(m_model->index(0)) & Qt::ItemIsDropEnabled) == 0);
    QVERIFY((m_model->flags({}) & Qt::ItemIsDropEnabled) != 0);
}

void TestTokenListModel::dragCarriesNoSecret()
{
    std::unique_ptr<QMimeData> drag(m_model->mimeData({m_model->index(0), m_model->index(1)}));
    QVERIFY(drag);
    for (const QString& format : drag->formats()) {
        const QByteArray bytes = drag->data(format);
        QVERIFY2(!bytes.contains("JBSWY3DPEHPK3PXP") && !bytes.contains("KRSXG5CTMVRXEZLU"),
                 "a drag must never carry a secret");
    }
    QCOMPARE(TokenListModel::idsFromMimeData(drag.get()),
             (QList<QUuid>{m_vault.entries()[0].id(), m_vault.entries()[1].id()}));
}

void TestTokenListModel::sortModelMovesInMyOrder()
{
    TokenSortModel proxy;
    proxy.setSourceModel(m_model.get());
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setFavourite(2, true); // Slow
    proxy.invalidate();
    QCOMPARE(issuers(proxy), QStringLiteral("SABCD"));
    QVERIFY(proxy.canMoveByHand());
    const auto dragOf = [&](int proxyRow) {
        return std::unique_ptr<QMimeData>(proxy.mimeData({proxy.index(proxyRow, 0)}));
    };
    // Delta dropped into the gap before ACME.
    auto delta = dragOf(4);
    QVERIFY(proxy.dropMimeData(delta.get(), Qt::MoveAction, 1, 0, {}));
    QCOMPARE(issuers(proxy), QStringLiteral("SDABC"));
    QCOMPARE(vaultIssuers(m_vault), QStringLiteral("DABSC"));
    // Among the favourites it stays the first of the others.
    QVERIFY(proxy.dropMimeData(delta.get(), Qt::MoveAction, 0, 0, {}));
    QCOMPARE(issuers(proxy), QStringLiteral("SDABC"));
    // To the end (a drop below the last row).
    QVERIFY(proxy.dropMimeData(delta.get(), Qt::MoveAction, -1, 0, {}));
    QCOMPARE(issuers(proxy), QStringLiteral("SABCD"));
    // The view's moveRow path (QListView tries it first): Counter to the gap before Beta.
    QVERIFY(proxy.moveRow({}, 3, {}, 2));
    QCOMPARE(issuers(proxy), QStringLiteral("SACBD"));
    QVERIFY(proxy.moveRow({}, 1, {}, 4)); // ACME down past Counter and Beta
    QCOMPARE(issuers(proxy), QStringLiteral("SCBAD"));
}

void TestTokenListModel::sortModelRefusesOtherOrdersAndSearch()
{
    TokenSortModel proxy;
    proxy.setSourceModel(m_model.get());
    const QString before = vaultIssuers(m_vault);
    auto drag = std::unique_ptr<QMimeData>(proxy.mimeData({proxy.index(4, 0)}));
    QVERIFY(drag);

    proxy.setOrder(TokenSortModel::Order::Issuer);
    QVERIFY(!proxy.canMoveByHand());
    QVERIFY2(!proxy.moveByHandBlockedReason().isEmpty(), "the user is told why");
    QVERIFY((proxy.flags(proxy.index(0, 0)) & Qt::ItemIsDragEnabled) == 0);
    QVERIFY(!proxy.canDropMimeData(drag.get(), Qt::MoveAction, 0, 0, {}));
    QVERIFY(!proxy.dropMimeData(drag.get(), Qt::MoveAction, 0, 0, {}));
    QVERIFY(!proxy.moveRow({}, 4, {}, 0));
    QCOMPARE(vaultIssuers(m_vault), before);

    proxy.setOrder(TokenSortModel::Order::Manual);
    proxy.setFilterFixedString(QStringLiteral("e")); // ACME, Beta, Delta
    QVERIFY(!proxy.canMoveByHand());
    const QString searchReason = proxy.moveByHandBlockedReason();
    QVERIFY(searchReason.contains(QStringLiteral("search")));
    QVERIFY(!proxy.dropMimeData(drag.get(), Qt::MoveAction, 0, 0, {}));
    QVERIFY(!proxy.moveRow({}, 2, {}, 0));
    QCOMPARE(vaultIssuers(m_vault), before);

    proxy.setFilterFixedString(QString());
    QVERIFY(proxy.canMoveByHand());
    QVERIFY((proxy.flags(proxy.index(0, 0)) & Qt::ItemIsDragEnabled) != 0);
}

void TestTokenListModel::iconKeyFromIssuerOrReference()
{
    QVERIFY2(m_model->index(0).data(TokenListModel::IconKeyRole).toString().isEmpty(),
             "ACME has no icon: initials");
    m_model->addEntry(entry(QStringLiteral("otpauth://totp/GitHub:alice?secret=JBSWY3DPEHPK3PXP")));
    QCOMPARE(m_model->index(5).data(TokenListModel::IconKeyRole).toString(),
             QStringLiteral("github"));
    // An icon reference names the icon; an edit resolves it again.
    QSignalSpy changed(m_model.get(), &TokenListModel::dataChanged);
    m_model->updateEntry(0, [](vault::Entry& e) { e.setIconReference(QStringLiteral("gitlab")); });
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->index(0).data(TokenListModel::IconKeyRole).toString(),
             QStringLiteral("gitlab"));
    QCOMPARE(m_model->index(0).data(TokenListModel::InitialsRole).toString(), QStringLiteral("A"));
}

QTEST_MAIN(TestTokenListModel)
#include "tst_tokenlistmodel.moc"
