// SPDX-License-Identifier: GPL-3.0-or-later
#include "time/SntpClient.h"

#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using namespace tessera::time;
using namespace std::chrono_literals;

namespace {

// The local clock the client sees: held still, so offsets are exact.
constexpr qint64 kLocalMs = 1'700'000'000'000;

// A one-socket SNTP server on 127.0.0.1 whose clock is the client's plus `skewMs`. It can be
// told to stay silent, to send a kiss of death, or to answer some other request first.
class FakeNtpServer : public QObject
{
public:
    enum class Behaviour
    {
        Answer,
        Silent,
        KissOfDeath,
        StrayThenAnswer,
    };

    explicit FakeNtpServer(qint64 skewMs, Behaviour behaviour = Behaviour::Answer)
        : m_skewMs(skewMs), m_behaviour(behaviour)
    {
        QVERIFY(m_socket.bind(QHostAddress::LocalHost, 0));
        connect(&m_socket, &QUdpSocket::readyRead, this, &FakeNtpServer::answer);
    }
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(m_socket.localPort()); }
    int requests = 0;

private:
    QByteArray replyTo(const QByteArray& request, quint8 stratum) const
    {
        QByteArray reply(48, '\0');
        reply[0] = char((4 << 3) | 4); // version 4, server
        reply[1] = char(stratum);
        if (stratum == 0) {
            reply.replace(12, 4, "RATE");
        }
        reply.replace(24, 8, request.mid(40, 8));
        const QByteArray now = ntpTimestamp(kLocalMs + m_skewMs);
        reply.replace(32, 8, now);
        reply.replace(40, 8, now);
        return reply;
    }

    void answer()
    {
        while (m_socket.hasPendingDatagrams()) {
            QByteArray request(int(m_socket.pendingDatagramSize()), '\0');
            QHostAddress from;
            quint16 port = 0;
            m_socket.readDatagram(request.data(), request.size(), &from, &port);
            ++requests;
            switch (m_behaviour) {
            case Behaviour::Silent:
                break;
            case Behaviour::KissOfDeath:
                m_socket.writeDatagram(replyTo(request, 0), from, port);
                break;
            case Behaviour::StrayThenAnswer: {
                QByteArray other = request;
                other.replace(40, 8, ntpTimestamp(12345));
                m_socket.writeDatagram(replyTo(other, 2), from, port);
                m_socket.writeDatagram(replyTo(request, 2), from, port);
                break;
            }
            case Behaviour::Answer:
                m_socket.writeDatagram(replyTo(request, 2), from, port);
                break;
            }
        }
    }

    QUdpSocket m_socket;
    qint64 m_skewMs;
    Behaviour m_behaviour;
};

} // namespace

class TestSntpClient : public QObject
{
    Q_OBJECT

private slots:
    void timestampsRoundTrip_data();
    void timestampsRoundTrip();
    void offsetFromFourTimestamps();
    void measuresOffset_data();
    void measuresOffset();
    void ignoresReplyToAnotherRequest();
    void kissOfDeathFails();
    void silentServerTimesOut();
    void badPortFails();
};

void TestSntpClient::timestampsRoundTrip_data()
{
    QTest::addColumn<qint64>("unixMs");
    QTest::newRow("epoch") << qint64(0);
    QTest::newRow("2023 with milliseconds") << qint64(1'700'000'000'123);
    QTest::newRow("after the 2036 era change") << qint64(2'100'000'000'500);
}

void TestSntpClient::timestampsRoundTrip()
{
    QFETCH(qint64, unixMs);
    const QByteArray bytes = ntpTimestamp(unixMs);
    QCOMPARE(bytes.size(), 8);
    QCOMPARE(unixMsFromNtp(bytes.constData()), unixMs);
}

void TestSntpClient::offsetFromFourTimestamps()
{
    // Sent at 1000, server got it at 6100 and answered at 6200, back at 1300 local: the link
    // took 100 ms each way, so the server is 5000 ms ahead.
    const QByteArray request = makeSntpRequest(1000);
    QByteArray reply(48, '\0');
    reply[0] = char((4 << 3) | 4);
    reply[1] = 1;
    reply.replace(24, 8, request.mid(40, 8));
    reply.replace(32, 8, ntpTimestamp(6100));
    reply.replace(40, 8, ntpTimestamp(6200));
    const auto offset = parseSntpReply(reply, request, 1000, 1300);
    QVERIFY2(offset, qPrintable(offset.error()));
    QCOMPARE(offset->offset, 5000ms);
    QCOMPARE(offset->roundTrip, 200ms);
}

void TestSntpClient::measuresOffset_data()
{
    QTest::addColumn<qint64>("skewMs");
    QTest::addColumn<bool>("off");
    QTest::newRow("in step") << qint64(0) << false;
    QTest::newRow("14 s ahead, within tolerance") << qint64(14'000) << false;
    QTest::newRow("100 s ahead") << qint64(100'000) << true;
    QTest::newRow("40 s behind") << qint64(-40'000) << true;
}

void TestSntpClient::measuresOffset()
{
    QFETCH(qint64, skewMs);
    QFETCH(bool, off);
    FakeNtpServer server(skewMs);
    SntpClient client([] { return kLocalMs; }, nullptr);
    QSignalSpy measured(&client, &SntpClient::measured);
    QSignalSpy failed(&client, &SntpClient::failed);
    client.query(server.address(), 3s);
    QVERIFY(measured.wait(3000));
    QCOMPARE(failed.count(), 0);
    const auto offset = measured.first().first().value<ClockOffset>();
    QCOMPARE(offset.offset, std::chrono::milliseconds(skewMs));
    QCOMPARE(isClockOff(offset), off);
    QVERIFY(!client.isBusy());
}

void TestSntpClient::ignoresReplyToAnotherRequest()
{
    FakeNtpServer server(30'000, FakeNtpServer::Behaviour::StrayThenAnswer);
    SntpClient client([] { return kLocalMs; }, nullptr);
    QSignalSpy measured(&client, &SntpClient::measured);
    client.query(server.address(), 3s);
    QVERIFY(measured.wait(3000));
    QCOMPARE(measured.count(), 1);
    QCOMPARE(measured.first().first().value<ClockOffset>().offset, 30'000ms);
}

void TestSntpClient::kissOfDeathFails()
{
    FakeNtpServer server(0, FakeNtpServer::Behaviour::KissOfDeath);
    SntpClient client([] { return kLocalMs; }, nullptr);
    QSignalSpy failed(&client, &SntpClient::failed);
    client.query(server.address(), 300ms);
    QVERIFY(failed.wait(3000));
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("RATE")), qPrintable(message));
}

void TestSntpClient::silentServerTimesOut()
{
    FakeNtpServer server(0, FakeNtpServer::Behaviour::Silent);
    SntpClient client([] { return kLocalMs; }, nullptr);
    QSignalSpy failed(&client, &SntpClient::failed);
    client.query(server.address(), 200ms);
    QVERIFY(failed.wait(3000));
    QCOMPARE(server.requests, 1);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("did not answer")),
             qPrintable(failed.first().first().toString()));
}

void TestSntpClient::badPortFails()
{
    SntpClient client([] { return kLocalMs; }, nullptr);
    QSignalSpy failed(&client, &SntpClient::failed);
    client.query(QStringLiteral("127.0.0.1:notaport"));
    QCOMPARE(failed.count(), 1);
    QVERIFY(!client.isBusy());
}

QTEST_GUILESS_MAIN(TestSntpClient)
#include "tst_sntpclient.moc"
