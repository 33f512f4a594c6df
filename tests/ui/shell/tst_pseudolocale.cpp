// SPDX-License-Identifier: GPL-3.0-or-later
// Every page and dialog in a pseudo-language (accented, 40 % longer) and right to left: no label
// or button is narrower than its text, no visible widget lies over a sibling. Geometry, not only
// pictures; the pictures land in TESSERA_SCREENSHOT_DIR when it is set.
#include "../authenticator/TestVault.h"
#include "LayoutCheck.h"
#include "Screenshot.h"

#include "authenticator/AddEntryDialog.h"
#include "authenticator/AppSettings.h"
#include "authenticator/AuthenticatorPage.h"
#include "authenticator/EditEntryDialog.h"
#include "authenticator/ExportDialog.h"
#include "authenticator/ImportDialog.h"
#include "authenticator/QrCodeDialog.h"
#include "authenticator/SettingsDialog.h"
#include "authenticator/TokenListModel.h"
#include "authenticator/VaultSession.h"
#include "console/BulkActionDialog.h"
#include "console/ChangePlanDialog.h"
#include "console/ConsoleDialogs.h"
#include "console/CreateUserDialog.h"
#include "console/IacExportDialog.h"
#include "console/PoolConsolePage.h"
#include "console/PoolSession.h"
#include "console/RiskConfigEditor.h"
#include "console/SmsCostView.h"
#include "console/UserDetailPane.h"
#include "console/UserImportDialog.h"
#include "pool/MfaChangePlan.h"
#include "pool/PolicyHistory.h"
#include "pool/local/LocalPoolEngine.h"
#include "pool/local/SamplePool.h"
#include "shell/AboutDialog.h"
#include "shell/MainWindow.h"
#include "widgets/ClipboardGuard.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace tessera;
using tessera::test::LayoutCheck;
using tessera::test::PseudoTranslator;
using tessera::test::Screenshot;

namespace {

const QStringList kUris{
    QStringLiteral("otpauth://totp/GitHub:alice@example.com?secret=JBSWY3DPEHPK3PXP"),
    QStringLiteral("otpauth://totp/Amazon%20Web%20Services:root?secret=MFRGGZDFMZTWQ2LK"),
    QStringLiteral("otpauth://hotp/YubiCloud:alice?secret=GEZDGNBVGY3TQOJQ&counter=4"),
};

pool::MfaPolicy policy(pool::MfaMode mode, bool totp)
{
    pool::MfaPolicy result;
    result.pool.id = QStringLiteral("local_Abc123");
    result.pool.name = QStringLiteral("customers");
    result.mfa.mode = mode;
    result.mfa.softwareTokenEnabled = totp;
    return result;
}

} // namespace

class TestPseudoLocale : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void laysOut_data();
    void laysOut();

    void pseudoTextKeepsPlaceholders();

private:
    using Factory = std::function<std::unique_ptr<QWidget>(TestPseudoLocale&)>;
    static QMap<QString, Factory> factories();

    std::unique_ptr<QWidget> mainWindow(bool unlocked, bool console);
    std::unique_ptr<QWidget> consoleWithPool();
    template <typename Tab> std::unique_ptr<QWidget> consoleTab();
    // The local store with the sample pool (made once); its pool id.
    QString sampleStore();
    // A session on that store, for the users view's dialogs and the detail pane.
    ui::console::PoolSession* poolSession();
    std::unique_ptr<QWidget> userDetailPane();
    static QList<pool::PoolUser> sampleUsers();

    QTemporaryDir m_dir;
    QString m_vaultPath;
    std::unique_ptr<ui::VaultSession> m_session;
    std::unique_ptr<ui::TokenListModel> m_tokens;

    // The import dialog adds to a token list, so it needs the vault open.
    ui::TokenListModel& tokens()
    {
        if (!m_tokens) {
            m_session->open(test::bytes(test::kPassword));
            (void)QTest::qWaitFor([this] { return m_session->isOpen(); }, 10000);
            Q_ASSERT(m_session->isOpen());
            m_tokens = std::make_unique<ui::TokenListModel>(*m_session->vault(),
                                                            [] { return test::kNow; });
        }
        return *m_tokens;
    }
    ui::ClipboardGuard m_clipboard;
    PseudoTranslator m_pseudo;
    QString m_poolId;
    std::unique_ptr<ui::console::PoolSession> m_poolSession;
};

void TestPseudoLocale::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_vaultPath = test::makeVault(m_dir, kUris);
    m_session = std::make_unique<ui::VaultSession>(m_vaultPath);
    QVERIFY(QCoreApplication::installTranslator(&m_pseudo));
}

void TestPseudoLocale::cleanupTestCase()
{
    m_poolSession.reset();
    QCoreApplication::removeTranslator(&m_pseudo);
}

void TestPseudoLocale::cleanup()
{
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
}

std::unique_ptr<QWidget> TestPseudoLocale::mainWindow(bool unlocked, bool console)
{
    auto* page = new ui::AuthenticatorPage(unlocked ? m_vaultPath
                                                    : m_dir.filePath(QStringLiteral("new.tessera")),
                                           [] { return test::kNow; });
    auto window = std::make_unique<ui::MainWindow>(page);
    if (unlocked) {
        auto* field = page->findChild<QLineEdit*>(QStringLiteral("password"));
        auto* submit = page->findChild<QPushButton*>(QStringLiteral("submit"));
        if (field == nullptr || submit == nullptr) {
            return nullptr;
        }
        field->setText(test::kPassword);
        submit->click();
        if (!QTest::qWaitFor([page] { return page->model() != nullptr; }, 20000)) {
            return nullptr;
        }
    }
    if (console) {
        window->showPlace(ui::MainWindow::Place::PoolConsole);
    }
    return window;
}

// The console with the sample pool open: the policy editor and the user table.
QString TestPseudoLocale::sampleStore()
{
    const QString store = m_dir.filePath(QStringLiteral("pools.sqlite"));
    if (m_poolId.isEmpty()) {
        pool::local::LocalPoolOptions options;
        options.path = store;
        pool::local::LocalPoolEngine engine(options);
        if (!engine.open()) {
            return {};
        }
        const auto made = pool::local::createSamplePool(engine, QStringLiteral("customers"), 20);
        if (!made) {
            return {};
        }
        m_poolId = *made;
    }
    return m_poolId;
}

ui::console::PoolSession* TestPseudoLocale::poolSession()
{
    if (!m_poolSession) {
        if (sampleStore().isEmpty()) {
            return nullptr;
        }
        m_poolSession = std::make_unique<ui::console::PoolSession>();
        m_poolSession->connectTo(
            pool::PoolConnection::local(m_dir.filePath(QStringLiteral("pools.sqlite"))));
        if (!QTest::qWaitFor([this] { return m_poolSession->isConnected(); }, 20000)) {
            return nullptr;
        }
    }
    return m_poolSession.get();
}

QList<pool::PoolUser> TestPseudoLocale::sampleUsers()
{
    QList<pool::PoolUser> users;
    for (const char* name : {"user-001", "user-002", "user-003"}) {
        pool::PoolUser user;
        user.username = QString::fromLatin1(name);
        users << user;
    }
    return users;
}

// The detail pane with a user read, as it sits beside the users table.
std::unique_ptr<QWidget> TestPseudoLocale::userDetailPane()
{
    ui::console::PoolSession* session = poolSession();
    if (session == nullptr) {
        return nullptr;
    }
    auto pane = std::make_unique<ui::console::UserDetailPane>(*session);
    QSignalSpy shown(pane.get(), &ui::console::UserDetailPane::userShown);
    pane->showUser(m_poolId, QStringLiteral("user-001"));
    if (!QTest::qWaitFor([&shown] { return shown.count() == 1; }, 20000)) {
        return nullptr;
    }
    pane->resize(pane->minimumSizeHint().width(), 700);
    return pane;
}

std::unique_ptr<QWidget> TestPseudoLocale::consoleWithPool()
{
    const QString store = m_dir.filePath(QStringLiteral("pools.sqlite"));
    if (sampleStore().isEmpty()) {
        return nullptr;
    }
    auto window = mainWindow(false, true);
    auto* page = window->findChild<ui::console::PoolConsolePage*>();
    if (page == nullptr) {
        return nullptr;
    }
    page->setHistoryPath(m_dir.filePath(QStringLiteral("history.json")));
    QSignalSpy shown(page, &ui::console::PoolConsolePage::poolShown);
    page->connectTo(pool::PoolConnection::local(store));
    // The pools table, by its accessible name as the pseudo-translator renders it (the users
    // table is a QTableView too).
    const QString poolsName =
        QCoreApplication::translate("tessera::ui::console::PoolConsolePage", "User pools");
    QTableView* table = nullptr;
    for (QTableView* candidate : page->findChildren<QTableView*>()) {
        if (candidate->accessibleName() == poolsName) {
            table = candidate;
        }
    }
    if (table == nullptr ||
        !QTest::qWaitFor([table] { return table->model()->rowCount() == 1; }, 20000)) {
        return nullptr;
    }
    table->setCurrentIndex(table->model()->index(0, 0));
    if (!QTest::qWaitFor([&shown] { return shown.count() == 1; }, 20000)) {
        return nullptr;
    }
    return window;
}

// The console with the sample pool open on the tab that holds a `Tab` (adaptive MFA, SMS costs).
template <typename Tab> std::unique_ptr<QWidget> TestPseudoLocale::consoleTab()
{
    auto window = consoleWithPool();
    if (window == nullptr) {
        return nullptr;
    }
    auto* tabs = window->findChild<ui::console::PoolConsolePage*>()->findChild<QTabWidget*>();
    auto* tab = window->findChild<Tab*>();
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->widget(i)->isAncestorOf(tab)) {
            tabs->setCurrentIndex(i);
        }
    }
    QTest::qWait(200);
    return window;
}

QMap<QString, TestPseudoLocale::Factory> TestPseudoLocale::factories()
{
    using W = std::unique_ptr<QWidget>;
    return {
        {QStringLiteral("window-new-vault"),
         [](TestPseudoLocale& t) { return t.mainWindow(false, false); }},
        {QStringLiteral("window-codes"),
         [](TestPseudoLocale& t) { return t.mainWindow(true, false); }},
        {QStringLiteral("window-console"),
         [](TestPseudoLocale& t) { return t.mainWindow(false, true); }},
        {QStringLiteral("window-console-pool"),
         [](TestPseudoLocale& t) { return t.consoleWithPool(); }},
        {QStringLiteral("window-console-risk"),
         [](TestPseudoLocale& t) { return t.consoleTab<ui::console::RiskConfigEditor>(); }},
        {QStringLiteral("window-console-sms-cost"),
         [](TestPseudoLocale& t) { return t.consoleTab<ui::console::SmsCostView>(); }},
        {QStringLiteral("about"), [](TestPseudoLocale&) { return W(new ui::AboutDialog); }},
        {QStringLiteral("add-entry"), [](TestPseudoLocale&) { return W(new ui::AddEntryDialog); }},
        {QStringLiteral("settings"),
         [](TestPseudoLocale&) {
             return W(new ui::SettingsDialog(ui::AppSettings(), true, false));
         }},
        {QStringLiteral("edit-entry"),
         [](TestPseudoLocale&) {
             return W(new ui::EditEntryDialog(test::entryFor(kUris.first()),
                                              {QStringLiteral("Work"), QStringLiteral("Home")},
                                              QStringLiteral("Work")));
         }},
        {QStringLiteral("qr-code"),
         [](TestPseudoLocale& t) {
             return W(new ui::QrCodeDialog(
                 kUris.first(), QStringLiteral("GitHub (alice@example.com)"), t.m_clipboard));
         }},
        {QStringLiteral("export"),
         [](TestPseudoLocale& t) { return W(new ui::ExportDialog(*t.m_session)); }},
        {QStringLiteral("import"),
         [](TestPseudoLocale& t) { return W(new ui::ImportDialog(*t.m_session, t.tokens())); }},
        {QStringLiteral("create-pool"),
         [](TestPseudoLocale&) { return W(new ui::console::CreatePoolDialog); }},
        {QStringLiteral("delete-pool"),
         [](TestPseudoLocale&) {
             return W(new ui::console::DeletePoolDialog(QStringLiteral("customers"), 3));
         }},
        {QStringLiteral("endpoint"),
         [](TestPseudoLocale&) {
             return W(new ui::console::EndpointDialog(
                 {QStringLiteral("default"), QStringLiteral("admin")}));
         }},
        {QStringLiteral("history"),
         [](TestPseudoLocale&) {
             pool::PolicyVersion version;
             version.time = test::kNow;
             version.connectionName = QStringLiteral("Local");
             version.poolId = QStringLiteral("local_Abc123");
             version.before = policy(pool::MfaMode::Off, false);
             version.after = policy(pool::MfaMode::Optional, true);
             return W(new ui::console::HistoryDialog({version}, QStringLiteral("customers")));
         }},
        {QStringLiteral("iac-export"),
         [](TestPseudoLocale&) {
             pool::iac::PoolMfaSnapshot snapshot;
             snapshot.pool = policy(pool::MfaMode::On, true).pool;
             snapshot.mfa = policy(pool::MfaMode::On, true).mfa;
             return W(new ui::console::IacExportDialog(snapshot));
         }},
        {QStringLiteral("user-detail"), [](TestPseudoLocale& t) { return t.userDetailPane(); }},
        {QStringLiteral("bulk-action"),
         [](TestPseudoLocale& t) -> W {
             ui::console::PoolSession* session = t.poolSession();
             if (session == nullptr) {
                 return nullptr;
             }
             return W(new ui::console::BulkActionDialog(
                 *session, t.m_poolId, sampleUsers(),
                 pool::UserFilter::parse(QStringLiteral("username ^= \"user-0\"")).value()));
         }},
        {QStringLiteral("create-user"),
         [](TestPseudoLocale& t) -> W {
             ui::console::PoolSession* session = t.poolSession();
             if (session == nullptr) {
                 return nullptr;
             }
             return W(new ui::console::CreateUserDialog(*session, t.m_poolId, {}));
         }},
        {QStringLiteral("import-users"),
         [](TestPseudoLocale& t) -> W {
             ui::console::PoolSession* session = t.poolSession();
             if (session == nullptr) {
                 return nullptr;
             }
             return W(new ui::console::UserImportDialog(*session, t.m_poolId));
         }},
        {QStringLiteral("change-plan"),
         [](TestPseudoLocale&) {
             const auto plan = pool::MfaChangePlan::make(policy(pool::MfaMode::Off, false),
                                                         policy(pool::MfaMode::On, true));
             return W(new ui::console::ChangePlanDialog(plan, QStringLiteral("customers")));
         }},
    };
}

void TestPseudoLocale::laysOut_data()
{
    QTest::addColumn<QString>("window");
    QTest::addColumn<bool>("rightToLeft");
    for (const QString& name : factories().keys()) {
        QTest::addRow("%s", qPrintable(name)) << name << false;
        QTest::addRow("%s-rtl", qPrintable(name)) << name << true;
    }
}

void TestPseudoLocale::laysOut()
{
    QFETCH(QString, window);
    QFETCH(bool, rightToLeft);
    QGuiApplication::setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    std::unique_ptr<QWidget> widget = factories().value(window)(*this);
    QVERIFY2(widget != nullptr, "the window could not be set up");
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget.get()));
    // A console page reads its pool when shown: check the layout its answers leave, not one the
    // answers are still arriving into.
    if (auto* console = widget->findChild<ui::console::PoolConsolePage*>()) {
        QTRY_COMPARE_WITH_TIMEOUT(console->session().pendingCount(), 0, 20000);
    }
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();

    const QImage picture = Screenshot::grab(widget.get());
    QVERIFY(Screenshot::saveIfAsked(
        picture, QStringLiteral("pseudo-%1%2.png").arg(window, rightToLeft ? "-rtl" : "")));
    QVERIFY2(Screenshot::distinctColours(picture) > 8, "nothing was drawn");
    const QStringList problems = LayoutCheck::problems(widget.get());
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 problem(s):\n  ").arg(problems.size()) +
                        problems.join(QStringLiteral("\n  "))));
}

void TestPseudoLocale::pseudoTextKeepsPlaceholders()
{
    const QString source =
        QStringLiteral("&Import %n accounts from %1 ({####}) <b>now</b> &amp; later");
    const QString text = PseudoTranslator::pseudo(source);
    for (const char* kept : {"&I", "%n", "%1", "{####}", "<b>", "</b>", "&amp;"}) {
        QVERIFY2(text.contains(QLatin1String(kept)), qPrintable(text));
    }
    QVERIFY2(text.size() * 10 >= source.size() * 14, qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("accounts")));
    QCOMPARE(PseudoTranslator::pseudo(QStringLiteral("%1 (%2)")), QStringLiteral("%1 (%2)"));
}

QTEST_MAIN(TestPseudoLocale)
#include "tst_pseudolocale.moc"
