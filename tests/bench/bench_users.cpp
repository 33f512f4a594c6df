// SPDX-License-Identifier: GPL-3.0-or-later
// Users view benchmark. On the local engine with --users (100,000) users: the first page of the
// Users tab painted after opening the pool, paging down to the end with the longest UI stall, a
// username-prefix search, the enrolment chart, and the window's memory at the end. Through the
// Cognito client against a fake endpoint (--remote-users 10,000, --latency 50 ms): the first page
// painted, the MFA column of the rows on screen filled at 5 requests a second, and the requests
// counted. Prints Markdown tables.
//
//   bench_users [--users N] [--remote-users N] [--latency MS]
//
// Run it on a display (xvfb-run works); without one it falls back to the offscreen platform.
#include "FakeCognitoEndpoint.h"
#include "FakeUserBackend.h"
#include "UiBenchSupport.h"
#include "console/EnrolmentChart.h"
#include "console/PoolConsolePage.h"
#include "console/UserFilterBar.h"
#include "console/UserTableModel.h"
#include "console/UsersView.h"
#include "pool/local/LocalPoolEngine.h"
#include "pool/local/SamplePool.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>

using namespace tessera;
using bench::PaintProbe;
using bench::StallMeter;
using bench::waitUntil;
using ui::console::UserTableModel;

namespace {

double sinceMs(const QElapsedTimer& clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

// The process's resident memory (VmRSS), in MiB.
double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return -1;
}

QTableView* poolsTable(QWidget* page)
{
    for (QTableView* candidate : page->findChildren<QTableView*>()) {
        if (candidate->accessibleName() == QLatin1String("User pools")) {
            return candidate;
        }
    }
    return nullptr;
}

// The first MFA cell still being read among rows first..last, or -1.
int loadingRow(const UserTableModel& model, int first, int last)
{
    for (int row = first; row <= last && row < model.rowCount(); ++row) {
        if (model.data(model.index(row, UserTableModel::MfaColumn), UserTableModel::MfaLoadingRole)
                .toBool()) {
            return row;
        }
    }
    return -1;
}

int lastVisibleRow(QTableView* table)
{
    const int last = table->rowAt(table->viewport()->height() - 1);
    return last < 0 ? table->model()->rowCount() - 1 : last;
}

struct Opened
{
    bool ok = false;
    double firstPageMs = -1;
    double mfaVisibleMs = -1;
    double mfaFirstTenMs = -1;
    int visibleRows = 0;
};

// Connects, chooses the only pool, then times the Users tab: its first page painted, and the MFA
// column of the rows on screen filled.
Opened openUsers(ui::console::PoolConsolePage& page, const pool::PoolConnection& connection)
{
    Opened opened;
    bool shown = false;
    QObject::connect(&page, &ui::console::PoolConsolePage::poolShown, &page, [&] { shown = true; });
    page.connectTo(connection);
    QTableView* pools = poolsTable(&page);
    if (!waitUntil([&] { return pools->model()->rowCount() > 0; }, 30000)) {
        return opened;
    }
    pools->setCurrentIndex(pools->model()->index(0, 0));
    waitUntil([&] { return shown; }, 30000);
    QTableView* users = page.usersView()->table();
    PaintProbe probe(users);
    QElapsedTimer clock;
    probe.clock = &clock;
    users->viewport()->installEventFilter(&probe);
    clock.start();
    page.showUsers();
    if (!waitUntil([&] { return probe.paintedAtNs >= 0; }, 30000)) {
        return opened;
    }
    opened.firstPageMs = double(probe.paintedAtNs) / 1e6;
    const UserTableModel& model = *page.usersView()->model();
    opened.visibleRows = lastVisibleRow(users) + 1;
    waitUntil([&] { return loadingRow(model, 0, 9) < 0; }, 60000);
    opened.mfaFirstTenMs = sinceMs(clock);
    waitUntil([&] { return loadingRow(model, 0, opened.visibleRows - 1) < 0; }, 60000);
    opened.mfaVisibleMs = sinceMs(clock);
    users->viewport()->removeEventFilter(&probe);
    opened.ok = true;
    return opened;
}

void press(QWidget* widget, int key)
{
    QKeyEvent down(QEvent::KeyPress, key, Qt::NoModifier);
    QApplication::sendEvent(widget, &down);
    QKeyEvent up(QEvent::KeyRelease, key, Qt::NoModifier);
    QApplication::sendEvent(widget, &up);
}

int localEngine(const QString& store, int users)
{
    ui::console::PoolConsolePage page;
    page.resize(1200, 760);
    page.show();
    waitUntil([] { return false; }, 200);
    const Opened opened = openUsers(page, pool::PoolConnection::local(store));
    if (!opened.ok) {
        std::fprintf(stderr, "the users table was not painted\n");
        return 1;
    }
    QTableView* table = page.usersView()->table();
    UserTableModel* model = page.usersView()->model();

    // Page down to the end, as a person holding the key would, the UI thread watched.
    table->setFocus();
    table->setCurrentIndex(model->index(0, 0));
    StallMeter stall;
    QElapsedTimer clock;
    clock.start();
    stall.start();
    int presses = 0;
    while ((!model->isComplete() || model->isLoading() ||
            table->currentIndex().row() < model->rowCount() - 1) &&
           sinceMs(clock) < 600000) {
        press(table, Qt::Key_PageDown);
        ++presses;
        QCoreApplication::processEvents();
        while (model->isLoading()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        }
    }
    const double scrollStall = stall.stop();
    const double scrollBusy = stall.longestBusy();
    const double scrollMs = sinceMs(clock);
    const int rowsAtEnd = model->rowCount();
    waitUntil([] { return false; }, 300);
    const double memory = residentMiB();

    // A username prefix typed in the search box and Return: until the matching rows are painted.
    auto* search = page.findChild<QLineEdit*>();
    for (QLineEdit* candidate : page.findChildren<QLineEdit*>()) {
        if (candidate->accessibleName() == QLatin1String("Search usernames")) {
            search = candidate;
        }
    }
    PaintProbe probe(table);
    probe.clock = &clock;
    table->viewport()->installEventFilter(&probe);
    // user-5000 and user-50000..50009 among 100,000 users.
    search->setText(QStringLiteral("user-%1").arg(users / 20));
    bool filtered = false;
    QObject::connect(model, &UserTableModel::pageLoaded, &page, [&] { filtered = true; });
    stall.start();
    clock.restart();
    press(search, Qt::Key_Return);
    waitUntil([&] { return filtered && probe.paintedAtNs >= 0; }, 30000);
    const double filterMs = double(probe.paintedAtNs) / 1e6;
    const double filterStall = stall.stop();
    const double filterBusy = stall.longestBusy();
    const int filteredRows = model->rowCount();

    // The enrolment chart: exact over every user.
    bool charted = false;
    QObject::connect(page.enrolmentChart(), &ui::console::EnrolmentChart::summaryShown, &page,
                     [&] { charted = true; });
    clock.restart();
    page.showEnrolment();
    waitUntil([&] { return charted; }, 30000);
    page.enrolmentChart()->repaint();
    const double chartMs = sinceMs(clock);

    std::printf("Users view, local engine, %d users (%s build, %s)\n\n", users,
                TESSERA_BENCH_BUILD_TYPE, TESSERA_BENCH_COMPILER);
    std::printf("| measure | figure | target |\n|---|---|---|\n");
    std::printf("| first page painted after opening the Users tab | %.0f ms | < 200 ms |\n",
                opened.firstPageMs);
    std::printf("| MFA column of the %d rows on screen filled | %.0f ms | — |\n",
                opened.visibleRows, opened.mfaVisibleMs);
    std::printf("| page-down to the end: %d presses, %d rows, total | %.1f s | — |\n", presses,
                rowsAtEnd, scrollMs / 1000.0);
    std::printf("| page-down to the end: longest UI stall (wall clock) | %.0f ms | < 50 ms |\n",
                scrollStall);
    std::printf("| — the UI thread's own CPU time in its longest stretch | %.0f ms | < 50 ms |\n",
                scrollBusy);
    std::printf("| username prefix search (%d rows) painted | %.0f ms (stall %.0f ms, UI thread "
                "busy %.0f ms) | < 100 ms |\n",
                filteredRows, filterMs, filterStall, filterBusy);
    std::printf("| enrolment chart shown | %.0f ms | < 500 ms |\n", chartMs);
    std::printf("| window process memory (VmRSS) with %d rows loaded | %.0f MiB | < 250 MiB |\n\n",
                rowsAtEnd, memory);
    return 0;
}

int pagedClient(int users, int latency)
{
    pool::test::FakeUserBackend directory(users);
    bench::FakeCognitoEndpoint endpoint(
        [&directory, users](const QString& operation, const QJsonObject& request) -> QJsonObject {
            if (operation == QLatin1String("DescribeUserPool")) {
                return {{QStringLiteral("UserPool"),
                         QJsonObject{{QStringLiteral("Id"), QStringLiteral("us-east-1_fake")},
                                     {QStringLiteral("Name"), QStringLiteral("fake")},
                                     {QStringLiteral("EstimatedNumberOfUsers"), users}}}};
            }
            if (operation == QLatin1String("GetUserPoolMfaConfig")) {
                return {{QStringLiteral("MfaConfiguration"), QStringLiteral("OPTIONAL")}};
            }
            const pool::PoolResult result = directory.call(operation, request).result();
            return result ? *result : result.failure().toJson();
        },
        latency);
    qputenv("AWS_ACCESS_KEY_ID", "AKIDBENCH");
    qputenv("AWS_SECRET_ACCESS_KEY", "bench-secret");
    ui::console::PoolConsolePage page;
    page.resize(1200, 760);
    page.show();
    waitUntil([] { return false; }, 200);
    const Opened opened = openUsers(
        page, pool::PoolConnection::cognito({}, QStringLiteral("us-east-1"), endpoint.url()));
    if (!opened.ok) {
        std::fprintf(stderr, "the users table was not painted through the fake endpoint\n");
        return 1;
    }
    const int listUsers = endpoint.requests(QStringLiteral("ListUsers"));
    const int getUser = endpoint.requests(QStringLiteral("AdminGetUser"));
    // How long the first ten rows took: what 2 s at 5 requests a second can cover.
    std::printf("Users view, Cognito client against a fake endpoint: %d users, %d ms latency, "
                "%d requests/s (%s build, %s)\n\n",
                users, latency, page.usersView()->model()->pacer().settings().requestsPerSecond,
                TESSERA_BENCH_BUILD_TYPE, TESSERA_BENCH_COMPILER);
    std::printf("| measure | figure | target |\n|---|---|---|\n");
    std::printf("| first page painted after opening the Users tab | %.0f ms | < 300 ms |\n",
                opened.firstPageMs);
    std::printf("| MFA column of the first 10 rows filled | %.0f ms | — |\n", opened.mfaFirstTenMs);
    std::printf("| MFA column of the %d rows on screen filled | %.0f ms | < 2 s |\n",
                opened.visibleRows, opened.mfaVisibleMs);
    std::printf("| requests until then: ListUsers / AdminGetUser / all | %d / %d / %d | — |\n",
                listUsers, getUser, endpoint.requests());
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("tessera-bench"));
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("users"), QStringLiteral("Users in the local pool."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("remote-users"),
                      QStringLiteral("Users behind the fake endpoint."), QStringLiteral("N"),
                      QStringLiteral("10000")});
    parser.addOption({QStringLiteral("latency"), QStringLiteral("The fake endpoint's latency."),
                      QStringLiteral("MS"), QStringLiteral("50")});
    parser.process(app);
    const int users = parser.value(QStringLiteral("users")).toInt();

    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("users.sqlite"));
    {
        QElapsedTimer clock;
        clock.start();
        pool::local::LocalPoolOptions options;
        options.path = store;
        pool::local::LocalPoolEngine engine(options);
        if (!engine.open() ||
            !pool::local::createSamplePool(engine, QStringLiteral("Big"), users)) {
            std::fprintf(stderr, "cannot make the sample pool\n");
            return 1;
        }
        std::printf("(a sample pool of %d users made in %.1f s)\n\n", users, sinceMs(clock) / 1000);
    }
    if (const int failed = localEngine(store, users); failed != 0) {
        return failed;
    }
    return pagedClient(parser.value(QStringLiteral("remote-users")).toInt(),
                       parser.value(QStringLiteral("latency")).toInt());
}
