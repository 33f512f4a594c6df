// SPDX-License-Identifier: GPL-3.0-or-later
// The pool console, with a pool open, in each language Tessera ships: the window fits 1000 px
// wide (no form forces it wider), and at that width every tab (MFA policy, users with the detail
// pane, enrolment) shows its labels and buttons whole, with nothing laid over anything. When it
// does not fit, the failure names the widgets that want the width. Pictures land in
// TESSERA_SCREENSHOT_DIR when it is set.
#include "../authenticator/TestVault.h"
#include "LayoutCheck.h"
#include "Screenshot.h"

#include "authenticator/AuthenticatorPage.h"
#include "console/PoolConsolePage.h"
#include "console/UserTableModel.h"
#include "console/UsersView.h"
#include "pool/local/LocalPoolEngine.h"
#include "pool/local/SamplePool.h"
#include "shell/MainWindow.h"
#include "util/Translations.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tessera;
using tessera::test::LayoutCheck;
using tessera::test::Screenshot;

namespace {

constexpr int kWidth = 1000;

// The widgets under `root` whose minimum width is more than `limit`, deepest last, with their
// minimum widths: the chain that holds the window wide.
QStringList widestWidgets(QWidget* root, int limit)
{
    QStringList found;
    for (QWidget* child : root->findChildren<QWidget*>()) {
        if (child->isVisibleTo(root) && !child->isWindow() &&
            std::max(child->minimumSizeHint().width(), child->minimumWidth()) > limit) {
            found << QStringLiteral("%1: %2 px")
                         .arg(LayoutCheck::describe(child))
                         .arg(std::max(child->minimumSizeHint().width(), child->minimumWidth()));
        }
    }
    return found;
}

} // namespace

class TestConsoleLanguages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_store;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("pools.sqlite"));
        pool::local::LocalPoolOptions options;
        options.path = m_store;
        pool::local::LocalPoolEngine engine(options);
        QVERIFY(engine.open());
        QVERIFY(pool::local::createSamplePool(engine, QStringLiteral("customers"), 40));
    }

    void cleanupTestCase() { installTranslations(QStringLiteral("en")); }

    void fitsAThousandPixels_data()
    {
        QTest::addColumn<QString>("language");
        for (const char* language : {"de", "fr", "es", "ja", "zh_CN", "pt_BR"}) {
            QTest::addRow("%s", language) << QString::fromLatin1(language);
        }
    }

    void fitsAThousandPixels()
    {
        QFETCH(QString, language);
        QCOMPARE(installTranslations(language), language);
        auto* authenticator = new ui::AuthenticatorPage(
            m_dir.filePath(QStringLiteral("new.tessera")), [] { return test::kNow; });
        ui::MainWindow window(authenticator);
        window.showPlace(ui::MainWindow::Place::PoolConsole);
        auto* page = window.findChild<ui::console::PoolConsolePage*>();
        QVERIFY(page != nullptr);
        page->setHistoryPath(m_dir.filePath(QStringLiteral("history.json")));
        QSignalSpy shown(page, &ui::console::PoolConsolePage::poolShown);
        page->connectTo(pool::PoolConnection::local(m_store));
        QTableView* pools = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (QTableView* table : page->findChildren<QTableView*>()) {
                    if (table->model() != nullptr && table->model()->rowCount() == 1 &&
                        table != page->usersView()->table()) {
                        pools = table;
                    }
                }
                return pools != nullptr;
            }(),
            20000);
        pools->setCurrentIndex(pools->model()->index(0, 0));
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 20000);

        auto* tabs = page->findChild<QTabWidget*>();
        QVERIFY(tabs != nullptr);
        window.resize(kWidth, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            if (tabs->currentWidget() == page->usersView()) {
                QTRY_VERIFY_WITH_TIMEOUT(page->usersView()->model()->rowCount() > 0, 20000);
                page->usersView()->table()->selectRow(0);
            }
            // The detail pane follows the current row once it rests.
            QTest::qWait(400);
            const int minimum = std::max(window.minimumSizeHint().width(), window.minimumWidth());
            qInfo("%s, tab %d: the window needs at least %d px", qPrintable(language), tab,
                  minimum);
            QVERIFY2(
                minimum <= kWidth && window.width() <= kWidth,
                qPrintable(
                    QStringLiteral("%1, tab %2: the window needs %3 px; wider than "
                                   "%4 px:\n  %5")
                        .arg(language)
                        .arg(tab)
                        .arg(minimum)
                        .arg(kWidth)
                        .arg(widestWidgets(&window, kWidth - 100).join(QStringLiteral("\n  ")))));
            const QImage picture = Screenshot::grab(&window);
            QVERIFY(Screenshot::saveIfAsked(
                picture, QStringLiteral("console-%1-tab%2.png").arg(language).arg(tab)));
            const QStringList problems = LayoutCheck::problems(&window);
            QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1, tab %2: %3 problem(s):\n  ")
                                                        .arg(language)
                                                        .arg(tab)
                                                        .arg(problems.size()) +
                                                    problems.join(QStringLiteral("\n  "))));
        }
    }
};

QTEST_MAIN(TestConsoleLanguages)
#include "tst_consolelanguages.moc"
