// SPDX-License-Identifier: GPL-3.0-or-later
// bench_serve: requests per second and latency (p50, p99) of `tessera-cli pool serve` beside
// cognito-local, measured in the same run on the same machine with the same client: AdminGetUser,
// ListUsers (Limit 60, a pool of 60 users) and a USER_PASSWORD_AUTH sign-in, with 1, 8 and 64
// clients, each a keep-alive HTTP/1.1 connection that sends its next request when the last is
// answered (a closed loop). The clients run in this process on one thread; servers and clients
// share the machine, as they would on a developer's laptop. Prints a Markdown table for
// docs/benchmarks.md.
//
// Usage: bench_serve [SECONDS_PER_CELL [--no-peer] [--only OPERATION]]   (default 5;
// cognito-local is installed under the build tree by tests/tools/cognito_local.sh when missing;
// --only measures one operation, e.g. ListUsers, for a profiler)

#include "HttpTestClient.h"
#include "crypto/CryptoInit.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace tessera;
using namespace tessera::pool::test;

namespace {

const QString kPassword = QStringLiteral("Correct-horse-1");

// A server under test: a child process listening on 127.0.0.1:port.
struct Server
{
    QString name;
    quint16 port = 0;
    std::unique_ptr<QProcess> process;

    ~Server()
    {
        if (process && process->state() != QProcess::NotRunning) {
            process->terminate();
            if (!process->waitForFinished(10000)) {
                process->kill();
                process->waitForFinished();
            }
        }
    }
};

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

bool startTessera(Server& server, const QString& store)
{
    server.name = QStringLiteral("tessera");
    server.process = std::make_unique<QProcess>();
    server.process->start(QStringLiteral(TESSERA_CLI),
                          {QStringLiteral("pool"), QStringLiteral("--store"), store,
                           QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0")});
    static const QRegularExpression url(QStringLiteral("AWS_ENDPOINT_URL=http://127.0.0.1:(\\d+)"));
    QByteArray out;
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && server.process->state() != QProcess::NotRunning) {
        server.process->waitForReadyRead(200);
        out += server.process->readAllStandardOutput();
        if (const auto match = url.match(QString::fromUtf8(out)); match.hasMatch()) {
            server.port = quint16(match.captured(1).toUInt());
            return true;
        }
    }
    return false;
}

bool startCognitoLocal(Server& server, const QString& dataDir)
{
    const QString script = QStringLiteral(TESSERA_TOOLS "/cognito_local.sh");
    const QString peers = QStringLiteral(TESSERA_PEERS_DIR);
    QProcess install;
    install.start(script, {peers, QStringLiteral("--install-only")});
    if (!install.waitForFinished(300000) || install.exitCode() != 0) {
        return false;
    }
    server.name = QStringLiteral("cognito-local");
    server.port = freePort();
    QDir().mkpath(dataDir);
    server.process = std::make_unique<QProcess>();
    server.process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.process->setStandardOutputFile(QProcess::nullDevice());
    server.process->start(script, {peers, dataDir, QString::number(server.port)});
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && server.process->state() != QProcess::NotRunning) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port);
        if (socket.waitForConnected(200)) {
            return true;
        }
        QThread::msleep(200);
    }
    return false;
}

// One request and its answer on a fresh connection, for setting up.
HttpAnswer callOnce(quint16 port, const QString& operation, const QJsonObject& body)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    socket.write(cognitoRequest(operation, body));
    QByteArray buffer;
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        if (auto answer = takeAnswer(buffer)) {
            return *answer;
        }
        if (!socket.waitForReadyRead(1000) && socket.state() != QAbstractSocket::ConnectedState) {
            break;
        }
        buffer += socket.readAll();
    }
    return {};
}

struct Workload
{
    QString operation;
    QJsonObject body;
};

// The pool every server gets: 60 users, one with a password and a client to sign in with.
// Usernames are email addresses, which cognito-local requires.
std::optional<std::vector<std::pair<QString, Workload>>> prepare(const Server& server)
{
    const HttpAnswer pool =
        callOnce(server.port, QStringLiteral("CreateUserPool"), {{"PoolName", "bench"}});
    const QString poolId = pool.json()["UserPool"].toObject()["Id"].toString();
    const HttpAnswer client =
        callOnce(server.port, QStringLiteral("CreateUserPoolClient"),
                 {{"UserPoolId", poolId},
                  {"ClientName", "bench"},
                  {"ExplicitAuthFlows",
                   QJsonArray{"ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"}}});
    const QString clientId = client.json()["UserPoolClient"].toObject()["ClientId"].toString();
    if (poolId.isEmpty() || clientId.isEmpty()) {
        std::fprintf(stderr, "%s: cannot create the pool: %s %s\n", qPrintable(server.name),
                     pool.body.constData(), client.body.constData());
        return std::nullopt;
    }
    for (int i = 0; i < 60; ++i) {
        const HttpAnswer user = callOnce(
            server.port, QStringLiteral("AdminCreateUser"),
            {{"UserPoolId", poolId},
             {"Username", QStringLiteral("user%1@example.com").arg(i, 2, 10, QLatin1Char('0'))},
             {"MessageAction", "SUPPRESS"},
             {"UserAttributes",
              QJsonArray{QJsonObject{{"Name", "email"},
                                     {"Value", QStringLiteral("user%1@example.com")
                                                   .arg(i, 2, 10, QLatin1Char('0'))}}}}});
        if (user.status != 200) {
            std::fprintf(stderr, "%s: AdminCreateUser: %s\n", qPrintable(server.name),
                         user.body.constData());
            return std::nullopt;
        }
    }
    const HttpAnswer password = callOnce(server.port, QStringLiteral("AdminSetUserPassword"),
                                         {{"UserPoolId", poolId},
                                          {"Username", "user00@example.com"},
                                          {"Password", kPassword},
                                          {"Permanent", true}});
    if (password.status != 200) {
        std::fprintf(stderr, "%s: AdminSetUserPassword: %s\n", qPrintable(server.name),
                     password.body.constData());
        return std::nullopt;
    }
    // Both servers must answer ListUsers with the whole page for the figures to compare.
    const HttpAnswer page =
        callOnce(server.port, QStringLiteral("ListUsers"), {{"UserPoolId", poolId}, {"Limit", 60}});
    std::printf("%s: ListUsers answers %lld users in %lld bytes\n", qPrintable(server.name),
                static_cast<long long>(page.json()["Users"].toArray().size()),
                static_cast<long long>(page.body.size()));
    return std::vector<std::pair<QString, Workload>>{
        {QStringLiteral("AdminGetUser"),
         {QStringLiteral("AdminGetUser"),
          {{"UserPoolId", poolId}, {"Username", "user07@example.com"}}}},
        {QStringLiteral("ListUsers (60)"),
         {QStringLiteral("ListUsers"), {{"UserPoolId", poolId}, {"Limit", 60}}}},
        {QStringLiteral("USER_PASSWORD_AUTH sign-in"),
         {QStringLiteral("InitiateAuth"),
          {{"AuthFlow", "USER_PASSWORD_AUTH"},
           {"ClientId", clientId},
           {"AuthParameters",
            QJsonObject{{"USERNAME", "user00@example.com"}, {"PASSWORD", kPassword}}}}}},
    };
}

struct Measure
{
    double perSecond = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    int errors = 0;
    QByteArray firstError;
};

// One client connection in the closed loop.
struct Connection
{
    QTcpSocket socket;
    QByteArray buffer;
    QElapsedTimer sentAt;
};

// `clients` connections sending `request` back to back for `warmup` then `seconds`; what
// completes inside the measured window counts.
Measure drive(quint16 port, const QByteArray& request, int clients, double seconds)
{
    constexpr double kWarmupSeconds = 1.0;
    Measure measure;
    std::vector<double> latencies;
    QElapsedTimer clock;
    bool measuring = false;
    bool stopping = false;
    int outstanding = 0;
    std::vector<std::unique_ptr<Connection>> connections;
    for (int i = 0; i < clients; ++i) {
        auto connection = std::make_unique<Connection>();
        Connection* c = connection.get();
        QObject::connect(&c->socket, &QTcpSocket::readyRead, [&, c] {
            c->buffer += c->socket.readAll();
            while (auto answer = takeAnswer(c->buffer)) {
                --outstanding;
                if (measuring) {
                    latencies.push_back(double(c->sentAt.nsecsElapsed()) / 1e6);
                    if (answer->status != 200) {
                        if (measure.errors++ == 0) {
                            measure.firstError = answer->body;
                        }
                    }
                }
                if (!stopping) {
                    c->sentAt.start();
                    ++outstanding;
                    c->socket.write(request);
                }
            }
        });
        c->socket.connectToHost(QHostAddress::LocalHost, port);
        connections.push_back(std::move(connection));
    }
    for (auto& connection : connections) {
        connection->socket.waitForConnected(5000);
        connection->sentAt.start();
        ++outstanding;
        connection->socket.write(request);
    }
    QEventLoop loop;
    QTimer::singleShot(int(kWarmupSeconds * 1000), &loop, [&] {
        measuring = true;
        clock.start();
        QTimer::singleShot(int(seconds * 1000), &loop, [&] {
            measuring = false;
            stopping = true;
            measure.perSecond = double(latencies.size()) / (double(clock.nsecsElapsed()) / 1e9);
            loop.quit();
        });
    });
    loop.exec();
    // Let the requests in flight finish, so the next cell starts on an idle server.
    QDeadlineTimer drain(30000);
    while (outstanding > 0 && !drain.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    }
    std::sort(latencies.begin(), latencies.end());
    if (!latencies.empty()) {
        measure.p50Ms = latencies[latencies.size() / 2];
        measure.p99Ms = latencies[std::min(latencies.size() - 1, latencies.size() * 99 / 100)];
    }
    return measure;
}

QString number(double value, int decimals)
{
    return QLocale::c().toString(value, 'f', decimals);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (!crypto::initialise()) {
        return 1;
    }
    const QStringList arguments = QCoreApplication::arguments();
    const double seconds = arguments.size() > 1 ? arguments[1].toDouble() : 5.0;
    const bool withPeer = !arguments.contains(QStringLiteral("--no-peer"));
    const qsizetype onlyAt = arguments.indexOf(QStringLiteral("--only"));
    const QString only = onlyAt > 0 ? arguments.value(onlyAt + 1) : QString();
    QTemporaryDir dir;

    std::vector<std::unique_ptr<Server>> servers;
    auto tessera = std::make_unique<Server>();
    if (!startTessera(*tessera, dir.filePath(QStringLiteral("pools.sqlite")))) {
        std::fprintf(stderr, "tessera-cli pool serve did not start\n");
        return 1;
    }
    servers.push_back(std::move(tessera));
    if (withPeer) {
        auto peer = std::make_unique<Server>();
        if (startCognitoLocal(*peer, dir.filePath(QStringLiteral("cognito-local")))) {
            servers.push_back(std::move(peer));
        } else {
            std::fprintf(stderr, "cognito-local could not be started; measuring Tessera alone\n");
        }
    }
    std::vector<std::vector<std::pair<QString, Workload>>> workloads;
    for (const auto& server : servers) {
        auto prepared = prepare(*server);
        if (!prepared) {
            return 1;
        }
        workloads.push_back(*prepared);
    }

    std::printf("bench_serve: %s s a cell after 1 s of warm-up; build %s, %s\n\n",
                qPrintable(number(seconds, 1)), TESSERA_BENCH_BUILD_TYPE, TESSERA_BENCH_COMPILER);
    QString header = QStringLiteral("| operation | clients |");
    QString rule = QStringLiteral("|---|---:|");
    for (const auto& server : servers) {
        header += QStringLiteral(" %1 req/s | p50 ms | p99 ms |").arg(server->name);
        rule += QStringLiteral("---:|---:|---:|");
    }
    if (servers.size() == 2) {
        header += QStringLiteral(" ratio |");
        rule += QStringLiteral("---:|");
    }
    std::printf("%s\n%s\n", qPrintable(header), qPrintable(rule));
    for (std::size_t w = 0; w < workloads.front().size(); ++w) {
        if (!only.isEmpty() && workloads.front()[w].second.operation != only) {
            continue;
        }
        for (const int clients : {1, 8, 64}) {
            QString row =
                QStringLiteral("| %1 | %2 |").arg(workloads.front()[w].first).arg(clients);
            std::vector<double> rates;
            for (std::size_t s = 0; s < servers.size(); ++s) {
                const Workload& workload = workloads[s][w].second;
                const Measure measure =
                    drive(servers[s]->port, cognitoRequest(workload.operation, workload.body),
                          clients, seconds);
                if (measure.errors > 0) {
                    std::fprintf(stderr, "%s %s: %d errors, first: %s\n",
                                 qPrintable(servers[s]->name), qPrintable(workload.operation),
                                 measure.errors, measure.firstError.left(300).constData());
                }
                rates.push_back(measure.perSecond);
                row += QStringLiteral(" %1 | %2 | %3 |")
                           .arg(number(measure.perSecond, 0), number(measure.p50Ms, 2),
                                number(measure.p99Ms, 2));
            }
            if (rates.size() == 2) {
                row += QStringLiteral(" %1× |").arg(rates[1] > 0 ? number(rates[0] / rates[1], 1)
                                                                 : QStringLiteral("-"));
            }
            std::printf("%s\n", qPrintable(row));
            std::fflush(stdout);
        }
    }
    return 0;
}
