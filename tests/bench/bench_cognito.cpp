// SPDX-License-Identifier: GPL-3.0-or-later
// bench_cognito: listing 10,000 users through CognitoBackend::callAllPages (ListUsers at Limit 60,
// SigV4-signed, one HTTP/1.1 connection) against a Cognito-compatible endpoint on 127.0.0.1.
// cognito-local ignores ListUsers paging, so the endpoint is a small fake on its own thread that
// pages with PaginationToken as AWS does. Prints a Markdown table for docs/benchmarks.md: requests
// made, wall time, peak RSS.
//
// Usage: bench_cognito [USERS [RUNS]]   (defaults 10000 and 5)

#include "crypto/CryptoInit.h"
#include "pool/cognito/CognitoBackend.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>
#include <QThread>

#include <sys/resource.h>

#include <algorithm>

using namespace tessera;
using namespace tessera::pool;
using namespace tessera::pool::cognito;

namespace {

// Peak resident set size of this process so far, in KiB (Linux reports ru_maxrss in KiB).
long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// A Cognito-compatible endpoint that serves ListUsers a page at a time, with PaginationToken as
// AWS pages (an opaque token; the last page has none), and refuses Limit above 60 as AWS does.
class PagingServer : public QTcpServer
{
public:
    explicit PagingServer(int users)
    {
        for (int i = 0; i < users; ++i) {
            const QString name = QStringLiteral("user%1").arg(i, 6, 10, QLatin1Char('0'));
            m_users.append(QJsonObject{
                {"Username", name},
                {"Attributes",
                 QJsonArray{QJsonObject{{"Name", "sub"},
                                        {"Value", QStringLiteral("00000000-0000-4000-8000-%1")
                                                      .arg(i, 12, 10, QLatin1Char('0'))}},
                            QJsonObject{{"Name", "email"}, {"Value", name + "@example.com"}}}},
                {"UserCreateDate", 1700000000},
                {"UserLastModifiedDate", 1700000000},
                {"Enabled", true},
                {"UserStatus", "CONFIRMED"}});
        }
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    // Starts listening; called on the server's own thread.
    quint16 start()
    {
        listen(QHostAddress::LocalHost);
        return serverPort();
    }

    qint64 bytesSent() const { return m_bytesSent; }

private:
    QJsonArray m_users;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    qint64 m_bytesSent = 0;

    void serve(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        // Several requests may wait on one kept-alive connection.
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                return;
            }
            qsizetype length = 0;
            for (const QByteArray& line : buffer.left(end).split('\n')) {
                if (line.toLower().startsWith("content-length:")) {
                    length = line.mid(15).trimmed().toLongLong();
                }
            }
            if (buffer.size() < end + 4 + length) {
                return;
            }
            const QByteArray body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            answer(socket, QJsonDocument::fromJson(body).object());
        }
    }

    void answer(QTcpSocket* socket, const QJsonObject& request)
    {
        const int limit = request.value(QStringLiteral("Limit")).toInt(60);
        QByteArray status = "200 OK";
        QJsonObject response;
        if (limit < 1 || limit > 60) {
            status = "400 Bad Request";
            response = {{"__type", "InvalidParameterException"},
                        {"message", "1 validation error detected: Value at 'limit' failed to "
                                    "satisfy constraint: Member must have value less than or "
                                    "equal to 60"}};
        } else {
            const QString token = request.value(QStringLiteral("PaginationToken")).toString();
            const int offset =
                token.isEmpty() ? 0 : QByteArray::fromBase64(token.toLatin1()).toInt();
            QJsonArray page;
            for (int i = offset; i < std::min<int>(offset + limit, int(m_users.size())); ++i) {
                page.append(m_users.at(i));
            }
            response.insert(QStringLiteral("Users"), page);
            if (offset + limit < m_users.size()) {
                response.insert(QStringLiteral("PaginationToken"),
                                QString::fromLatin1(QByteArray::number(offset + limit).toBase64()));
            }
        }
        const QByteArray body = QJsonDocument(response).toJson(QJsonDocument::Compact);
        const QByteArray reply = "HTTP/1.1 " + status +
                                 "\r\nContent-Type: application/x-amz-json-1.1\r\n"
                                 "Content-Length: " +
                                 QByteArray::number(body.size()) + "\r\n\r\n" + body;
        m_bytesSent += reply.size();
        socket->write(reply);
    }
};

struct Listing
{
    qint64 users = 0;
    int requests = 0;
    double milliseconds = 0;
    QString error;
};

Listing listAll(const QUrl& endpoint)
{
    AwsSettings settings;
    settings.region = QStringLiteral("us-east-1");
    settings.endpoint = endpoint;
    settings.credentials = std::make_shared<const AwsCredentials>(AwsCredentials{
        QStringLiteral("AKIDBENCH"), crypto::SecureBytes::fromView("bench-secret"), {}, {}});
    CognitoBackend backend(settings);
    QElapsedTimer timer;
    timer.start();
    QFuture<PoolResult> future =
        backend.callAllPages(QStringLiteral("ListUsers"), {{"UserPoolId", "us-east-1_bench"}});
    QEventLoop loop;
    QFutureWatcher<PoolResult> watcher;
    QObject::connect(&watcher, &QFutureWatcher<PoolResult>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished()) {
        loop.exec();
    }
    Listing listing;
    listing.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    listing.requests = backend.client().requestsSent();
    const PoolResult result = future.result();
    if (!result) {
        listing.error = result.failure().type + QStringLiteral(": ") + result.failure().message;
        return listing;
    }
    listing.users = result->value(QStringLiteral("Users")).toArray().size();
    return listing;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (auto status = crypto::initialise(); !status) {
        out << "cannot start: " << status.error() << Qt::endl;
        return 1;
    }
    const QStringList arguments = app.arguments();
    const int users = arguments.size() > 1 ? arguments.at(1).toInt() : 10'000;
    const int runs = arguments.size() > 2 ? arguments.at(2).toInt() : 5;
    if (users < 1 || runs < 1) {
        out << "usage: bench_cognito [USERS [RUNS]]" << Qt::endl;
        return 2;
    }

    // The endpoint runs on its own thread, as a server would in its own process.
    QThread serverThread;
    serverThread.start();
    auto* server = new PagingServer(users);
    server->moveToThread(&serverThread);
    quint16 port = 0;
    QMetaObject::invokeMethod(server, &PagingServer::start, Qt::BlockingQueuedConnection, &port);
    if (port == 0) {
        out << "cannot listen on 127.0.0.1" << Qt::endl;
        return 1;
    }
    const QUrl endpoint(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    const long rssBefore = peakRssKiB();

    QList<double> times;
    Listing last;
    for (int run = 0; run < runs; ++run) {
        last = listAll(endpoint);
        if (!last.error.isEmpty() || last.users != users) {
            out << "listing failed: " << last.error << " (" << last.users << " of " << users
                << " users)" << Qt::endl;
            return 1;
        }
        times.append(last.milliseconds);
    }
    const long rssAfter = peakRssKiB();
    std::sort(times.begin(), times.end());
    const double median = times.at(times.size() / 2);
    qint64 bytes = 0;
    QMetaObject::invokeMethod(
        server, [server] { return server->bytesSent(); }, Qt::BlockingQueuedConnection, &bytes);
    QMetaObject::invokeMethod(server, &QObject::deleteLater);
    serverThread.quit();
    serverThread.wait();

    const auto locale = QLocale(QLocale::English);
    out << "Build: " << TESSERA_BENCH_BUILD_TYPE << ", " << TESSERA_BENCH_COMPILER << "; " << runs
        << " runs, fake endpoint on 127.0.0.1 in its own thread\n\n";
    out << "| Measure (" << locale.toString(users) << " users, ListUsers at Limit 60) | Result |\n";
    out << "|---|---|\n";
    out << "| Requests made (per listing) | " << last.requests << " |\n";
    out << "| Wall time, median of " << runs << " (min - max) | " << QString::number(median, 'f', 0)
        << " ms (" << QString::number(times.first(), 'f', 0) << " - "
        << QString::number(times.last(), 'f', 0) << " ms) |\n";
    out << "| Per request | " << QString::number(median / last.requests, 'f', 2) << " ms |\n";
    out << "| Response bytes (per listing) | " << locale.toString(bytes / runs) << " |\n";
    out << "| Peak RSS, whole process | " << QString::number(double(rssAfter) / 1024.0, 'f', 1)
        << " MiB |\n";
    out << "| Peak RSS growth while listing | "
        << QString::number(double(rssAfter - rssBefore) / 1024.0, 'f', 1) << " MiB |\n";
    out.flush();
    return 0;
}
