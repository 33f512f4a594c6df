// SPDX-License-Identifier: GPL-3.0-or-later
// Pool console benchmark: a pool list of 1,000 pools and the MFA editor opening, on the local
// engine and through the Cognito client against a fake endpoint on 127.0.0.1 that answers after
// a set latency (as a real endpoint would be some milliseconds away). Measures the time from
// choosing the connection to the first page of pools painted, from choosing a pool to its policy
// shown in the editor, and the longest stall of the UI thread over both. Prints a Markdown table.
//
//   bench_console [--pools N] [--latency MS]
//
// Run it on a display (xvfb-run works); without one it falls back to the offscreen platform.
#include "FakeCognitoEndpoint.h"
#include "UiBenchSupport.h"
#include "console/PoolConsolePage.h"
#include "pool/local/LocalPoolEngine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <cstdio>

using namespace tessera;
using bench::StallMeter;
using bench::waitUntil;

namespace {

QJsonObject poolJson(int i)
{
    return {{QStringLiteral("Id"), QStringLiteral("us-east-1_%1").arg(i, 6, 10, QLatin1Char('0'))},
            {QStringLiteral("Name"), QStringLiteral("pool-%1").arg(i, 4, 10, QLatin1Char('0'))},
            {QStringLiteral("CreationDate"), 1.7e9},
            {QStringLiteral("LastModifiedDate"), 1.7e9},
            {QStringLiteral("MfaConfiguration"), QStringLiteral("OPTIONAL")},
            {QStringLiteral("EstimatedNumberOfUsers"), 1000 + i}};
}

// Just enough of Cognito's protocol for the console's reads: ListUserPools in pages of the
// requested size, DescribeUserPool and GetUserPoolMfaConfig.
QJsonObject answer(int poolCount, const QString& operation, const QJsonObject& request)
{
    if (operation == QLatin1String("ListUserPools")) {
        const int start = request.value(QStringLiteral("NextToken")).toString().toInt();
        const int size = request.value(QStringLiteral("MaxResults")).toInt(60);
        QJsonArray pools;
        for (int i = start; i < std::min(poolCount, start + size); ++i) {
            pools.append(poolJson(i));
        }
        QJsonObject page{{QStringLiteral("UserPools"), pools}};
        if (start + size < poolCount) {
            page.insert(QStringLiteral("NextToken"), QString::number(start + size));
        }
        return page;
    }
    if (operation == QLatin1String("DescribeUserPool")) {
        const QString id = request.value(QStringLiteral("UserPoolId")).toString();
        return {{QStringLiteral("UserPool"), poolJson(id.section(QLatin1Char('_'), 1).toInt())}};
    }
    return {{QStringLiteral("MfaConfiguration"), QStringLiteral("OPTIONAL")},
            {QStringLiteral("SoftwareTokenMfaConfiguration"),
             QJsonObject{{QStringLiteral("Enabled"), true}}}};
}

struct Figures
{
    double firstPageMs = -1;
    double editorMs = -1;
    double stallMs = -1;
};

Figures measure(const pool::PoolConnection& connection, const QString& historyPath)
{
    Figures figures;
    ui::console::PoolConsolePage page;
    page.setHistoryPath(historyPath);
    page.resize(1000, 700);
    page.show();
    waitUntil([] { return false; }, 200);
    QTableView* table = nullptr;
    for (QTableView* candidate : page.findChildren<QTableView*>()) {
        if (candidate->accessibleName() == QLatin1String("User pools")) {
            table = candidate;
        }
    }
    bench::PaintProbe probe(table);
    QElapsedTimer clock;
    probe.clock = &clock;
    table->viewport()->installEventFilter(&probe);
    StallMeter stall;
    stall.start();
    clock.start();
    page.connectTo(connection);
    if (!waitUntil([&] { return probe.paintedAtNs >= 0; }, 30000)) {
        std::fprintf(stderr, "no pools painted for %s\n", qPrintable(connection.displayName()));
        return figures;
    }
    figures.firstPageMs = double(probe.paintedAtNs) / 1e6;
    // Let the visible rows' details arrive, then open a pool.
    waitUntil([] { return false; }, 500);
    bool shown = false;
    QObject::connect(&page, &ui::console::PoolConsolePage::poolShown, &page, [&] { shown = true; });
    clock.restart();
    table->setCurrentIndex(table->model()->index(5, 0));
    waitUntil([&] { return shown; }, 30000);
    figures.editorMs = double(clock.nsecsElapsed()) / 1e6;
    // Scroll to the end, fetching every page.
    waitUntil(
        [&] {
            table->scrollToBottom();
            return !table->model()->canFetchMore({}) && table->model()->rowCount() > 60;
        },
        60000);
    figures.stallMs = stall.stop();
    return figures;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("pools"), QStringLiteral("Pools in the list."),
                      QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("latency"), QStringLiteral("The fake endpoint's latency."),
                      QStringLiteral("MS"), QStringLiteral("30")});
    parser.process(app);
    const int pools = parser.value(QStringLiteral("pools")).toInt();
    const int latency = parser.value(QStringLiteral("latency")).toInt();

    QTemporaryDir dir;
    {
        pool::local::LocalPoolOptions options;
        options.path = dir.filePath(QStringLiteral("pools.sqlite"));
        pool::local::LocalPoolEngine engine(options);
        if (!engine.open()) {
            std::fprintf(stderr, "cannot open the store\n");
            return 1;
        }
        for (int i = 0; i < pools; ++i) {
            if (!engine.execute(QStringLiteral("CreateUserPool"),
                                {{QStringLiteral("PoolName"),
                                  QStringLiteral("pool-%1").arg(i, 4, 10, QLatin1Char('0'))}})) {
                std::fprintf(stderr, "cannot create pool %d\n", i);
                return 1;
            }
        }
    }
    qputenv("AWS_ACCESS_KEY_ID", "AKIDBENCH");
    qputenv("AWS_SECRET_ACCESS_KEY", "bench-secret");
    bench::FakeCognitoEndpoint endpoint(
        [pools](const QString& operation, const QJsonObject& request) {
            return answer(pools, operation, request);
        },
        latency);

    const Figures local =
        measure(pool::PoolConnection::local(dir.filePath(QStringLiteral("pools.sqlite"))),
                dir.filePath(QStringLiteral("h1.json")));
    const Figures remote =
        measure(pool::PoolConnection::cognito({}, QStringLiteral("us-east-1"), endpoint.url()),
                dir.filePath(QStringLiteral("h2.json")));
    std::printf("Pool console, %d pools (%s build, %s)\n\n", pools, TESSERA_BENCH_BUILD_TYPE,
                TESSERA_BENCH_COMPILER);
    std::printf("| backend | first page painted | editor open | longest UI stall |\n");
    std::printf("|---|---|---|---|\n");
    std::printf("| local engine | %.0f ms | %.0f ms | %.0f ms |\n", local.firstPageMs,
                local.editorMs, local.stallMs);
    std::printf("| Cognito client, fake endpoint (%d ms latency) | %.0f ms | %.0f ms | %.0f ms |\n",
                latency, remote.firstPageMs, remote.editorMs, remote.stallMs);
    std::printf("\nTargets: first page < 200 ms, no stall > 50 ms.\n");
    return 0;
}
