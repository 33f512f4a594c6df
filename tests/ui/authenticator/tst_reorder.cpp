// SPDX-License-Identifier: GPL-3.0-or-later
// Arranging accounts by hand, as a user does it: a drop in the list, Move up/down from the
// keyboard and the context menu; each move is saved at once and survives lock and unlock; other
// orders and an active search leave the order alone and say why.
#include "Screenshot.h"
#include "TestVault.h"
#include "authenticator/AuthenticatorPage.h"
#include "authenticator/TokenListModel.h"
#include "authenticator/TokenSortModel.h"
#include "authenticator/VaultSession.h"
#include "shell/MainWindow.h"
#include "vault/VaultFile.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::test;
using ui::AuthenticatorPage;
using ui::TokenListModel;

namespace {

const QStringList kUris{
    QStringLiteral("otpauth://totp/Alpha:a?secret=JBSWY3DPEHPK3PXP"),
    QStringLiteral("otpauth://totp/Bravo:b?secret=KRSXG5CTMVRXEZLU"),
    QStringLiteral("otpauth://totp/Charlie:c?secret=MFRGGZDFMZTWQ2LK"),
    QStringLiteral("otpauth://totp/Delta:d?secret=GEZDGNBVGY3TQOJQ"),
};

bool unlock(AuthenticatorPage& page)
{
    page.findChild<QLineEdit*>(QStringLiteral("password"))->setText(kPassword);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("submit")), Qt::LeftButton);
    return QTest::qWaitFor([&] { return page.model() != nullptr; }, 10000);
}

// First letters of the issuers as the list shows them.
QString shown(AuthenticatorPage& page)
{
    QString letters;
    const QAbstractItemModel* model = page.listView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        letters += model->index(row, 0).data(TokenListModel::IssuerRole).toString().front();
    }
    return letters;
}

// First letters of the issuers in the vault file on disk, opened afresh once the page's saves
// (on a worker thread) are done.
QString onDisk(AuthenticatorPage& page, const QString& path)
{
    if (!QTest::qWaitFor([&page] { return !page.session().isSaving(); }, 10000)) {
        return QStringLiteral("still saving");
    }
    auto file = vault::VaultFile::open(path, bytes(kPassword));
    if (!file) {
        return QStringLiteral("cannot open: ") + file.error();
    }
    QString letters;
    for (const vault::Entry& entry : file->vault().entries()) {
        letters += entry.parameters().issuer().front();
    }
    return letters;
}

int rowOf(AuthenticatorPage& page, QChar letter)
{
    return int(shown(page).indexOf(letter));
}

} // namespace

class TestReorder : public QObject
{
    Q_OBJECT

private slots:
    void dropSavesAndSurvivesLock();
    void keyboardMovesTheCurrentAccount();
    void contextMenuOffersMoves();
    void otherOrderOrSearchChangesNothing();
    void screenshot_data();
    void screenshot();
};

void TestReorder::dropSavesAndSurvivesLock()
{
    QTemporaryDir dir;
    const QString path = makeVault(dir, kUris);
    AuthenticatorPage page(path, [] { return kNow; });
    QVERIFY(unlock(page));
    QCOMPARE(shown(page), QStringLiteral("ABCD"));
    QAbstractItemModel* list = page.listView()->model();
    // What the view does on a drop: the dragged rows' data, dropped into the gap before Bravo.
    std::unique_ptr<QMimeData> drag(list->mimeData({list->index(rowOf(page, 'D'), 0)}));
    QVERIFY(drag);
    QVERIFY(list->canDropMimeData(drag.get(), Qt::MoveAction, 1, 0, {}));
    QVERIFY(list->dropMimeData(drag.get(), Qt::MoveAction, 1, 0, {}));
    QCOMPARE(shown(page), QStringLiteral("ADBC"));
    QCOMPARE(onDisk(page, path), QStringLiteral("ADBC"));

    page.lock();
    QVERIFY(page.model() == nullptr);
    QVERIFY(unlock(page));
    QCOMPARE(shown(page), QStringLiteral("ADBC"));
}

void TestReorder::keyboardMovesTheCurrentAccount()
{
    QTemporaryDir dir;
    const QString path = makeVault(dir, kUris);
    AuthenticatorPage page(path, [] { return kNow; });
    page.show();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QVERIFY(unlock(page));
    QListView* view = page.listView();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0)); // Alpha
    QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(shown(page), QStringLiteral("BACD"));
    QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(shown(page), QStringLiteral("BCAD"));
    QVERIFY2(view->currentIndex().data(TokenListModel::IssuerRole).toString() ==
                 QLatin1String("Alpha"),
             "the moved account stays the current one, so it can be moved again");
    QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(shown(page), QStringLiteral("BACD"));
    QCOMPARE(onDisk(page, path), QStringLiteral("BACD"));
    const QString said = page.findChild<QLabel*>(QStringLiteral("status"))->text();
    QVERIFY2(said.contains(QStringLiteral("Alpha")) && said.contains(QStringLiteral("number 2")),
             qPrintable(said));
    // At the top, up is a no-op, not a wrap-around.
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(shown(page), QStringLiteral("BACD"));

    page.lock();
    QVERIFY(unlock(page));
    QCOMPARE(shown(page), QStringLiteral("BACD"));
}

void TestReorder::contextMenuOffersMoves()
{
    QTemporaryDir dir;
    AuthenticatorPage page(makeVault(dir, kUris), [] { return kNow; });
    page.resize(600, 400);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(unlock(page));
    QListView* view = page.listView();
    const QRect third = view->visualRect(view->model()->index(2, 0));
    emit view->customContextMenuRequested(third.center());
    QMenu* menu = nullptr;
    QVERIFY(QTest::qWaitFor([&] { return (menu = page.findChild<QMenu*>()) != nullptr; }));
    QAction* up = page.findChild<QAction*>(QStringLiteral("actionMoveUp"));
    QAction* down = page.findChild<QAction*>(QStringLiteral("actionMoveDown"));
    QVERIFY(menu->actions().contains(up) && menu->actions().contains(down));
    QCOMPARE(up->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    QCOMPARE(view->currentIndex().row(), 2);
    menu->close();
    up->trigger();
    QCOMPARE(shown(page), QStringLiteral("ACBD"));
}

void TestReorder::otherOrderOrSearchChangesNothing()
{
    QTemporaryDir dir;
    const QString path = makeVault(dir, kUris);
    AuthenticatorPage page(path, [] { return kNow; });
    page.resize(600, 400);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(unlock(page));
    auto* status = page.findChild<QLabel*>(QStringLiteral("status"));
    QAction* down = page.findChild<QAction*>(QStringLiteral("actionMoveDown"));
    QAbstractItemModel* list = page.listView()->model();

    ui::AppSettings settings = page.settings();
    settings.sortOrder = int(ui::TokenSortModel::Order::Account);
    page.applySettings(settings);
    page.listView()->setCurrentIndex(list->index(0, 0));
    down->trigger();
    QVERIFY2(status->text().contains(QStringLiteral("My order")), qPrintable(status->text()));
    std::unique_ptr<QMimeData> drag(list->mimeData({list->index(0, 0)}));
    QVERIFY(!list->dropMimeData(drag.get(), Qt::MoveAction, 3, 0, {}));
    // A drag with the mouse does not start, and says why.
    status->clear();
    QWidget* viewport = page.listView()->viewport();
    const QPoint start = page.listView()->visualRect(list->index(0, 0)).center();
    QTest::mousePress(viewport, Qt::LeftButton, {}, start);
    QTest::mouseMove(viewport, start + QPoint(0, 40));
    QVERIFY2(status->text().contains(QStringLiteral("My order")), qPrintable(status->text()));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, start + QPoint(0, 40));
    QCOMPARE(onDisk(page, path), QStringLiteral("ABCD"));
    QCOMPARE(page.session().vault()->entries().front().parameters().issuer(),
             QStringLiteral("Alpha"));

    settings.sortOrder = int(ui::TokenSortModel::Order::Manual);
    page.applySettings(settings);
    page.findChild<QLineEdit*>(QStringLiteral("search"))->setText(QStringLiteral("a"));
    page.listView()->setCurrentIndex(list->index(0, 0));
    status->clear();
    down->trigger();
    QVERIFY2(status->text().contains(QStringLiteral("search")), qPrintable(status->text()));
    QVERIFY(!list->dropMimeData(drag.get(), Qt::MoveAction, 2, 0, {}));
    QCOMPARE(onDisk(page, path), QStringLiteral("ABCD"));

    // With the search cleared the same move goes through.
    page.findChild<QLineEdit*>(QStringLiteral("search"))->clear();
    page.listView()->setCurrentIndex(list->index(0, 0));
    down->trigger();
    QCOMPARE(onDisk(page, path), QStringLiteral("BACD"));
}

void TestReorder::screenshot_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

// The list with an account's context menu open on "Move up", for the docs.
void TestReorder::screenshot()
{
    QFETCH(bool, dark);
    const QPalette original = QApplication::palette();
    if (dark) {
        QApplication::setPalette(Screenshot::darkPalette());
    }
    QTemporaryDir dir;
    const QStringList uris{
        QStringLiteral("otpauth://totp/Proton:alice@proton.me?secret=JBSWY3DPEHPK3PXQ"),
        QStringLiteral("otpauth://totp/GitHub:alice@example.com?secret=JBSWY3DPEHPK3PXP"),
        QStringLiteral("otpauth://totp/Cloudflare:alice@example.com?secret=MFRGGZDFMZTWQ2LK"),
        QStringLiteral("otpauth://totp/Hetzner:K0123456?secret=KRSXG5CTMVRXEZLU"),
        QStringLiteral("otpauth://totp/Example%20Credit%20Union:alice?secret=GEZDGNBVGY3TQOJQ"),
        QStringLiteral("otpauth://totp/Bitwarden:alice@example.com?secret=JBSWY3DPEHPK3PXR"),
    };
    ui::MainWindow window(new AuthenticatorPage(makeVault(dir, uris), [] { return kNow; }));
    AuthenticatorPage& page = *window.authenticator();
    window.resize(900, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(unlock(page));
    page.model()->setTicking(false);
    QListView* view = page.listView();
    const QRect row = view->visualRect(view->model()->index(3, 0));
    const QPoint at(row.left() + 300, row.center().y());
    emit view->customContextMenuRequested(at);
    QMenu* menu = nullptr;
    QVERIFY(QTest::qWaitFor([&] { return (menu = page.findChild<QMenu*>()) != nullptr; }));
    QVERIFY(QTest::qWaitForWindowExposed(menu));
    menu->setActiveAction(page.findChild<QAction*>(QStringLiteral("actionMoveUp")));

    // The menu is a window of its own: drawn onto the main window's picture where it opened.
    QImage image = Screenshot::grab(&window);
    QPainter painter(&image);
    painter.drawImage(window.mapFromGlobal(menu->pos()), Screenshot::grab(menu));
    painter.end();
    menu->close();
    QApplication::setPalette(original);
    QVERIFY2(Screenshot::distinctColours(image) > 32, "something is drawn");
    const QString fileName = dark ? QStringLiteral("authenticator-reorder-dark.png")
                                  : QStringLiteral("authenticator-reorder-light.png");
    QVERIFY2(Screenshot::saveIfAsked(image, fileName), qPrintable(fileName));
}

QTEST_MAIN(TestReorder)
#include "tst_reorder.moc"
