// SPDX-License-Identifier: GPL-3.0-or-later
#include "SntpClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUdpSocket>
#include <QtEndian>

#include <cstdlib>

namespace tessera::time {

namespace {

constexpr int kPacketSize = 48;
constexpr int kOriginateAt = 24;
constexpr int kReceiveAt = 32;
constexpr int kTransmitAt = 40;
// Seconds from 1900-01-01 (NTP era 0) to 1970-01-01.
constexpr qint64 kNtpToUnixSeconds = 2'208'988'800;
constexpr quint8 kModeServer = 4;
constexpr quint8 kClientHeader = (4 << 3) | 3; // LI 0, version 4, mode 3 (client)

} // namespace

bool isClockOff(const ClockOffset& offset)
{
    return std::chrono::abs(offset.offset) > kClockWarnThreshold;
}

QByteArray ntpTimestamp(qint64 unixMs)
{
    const qint64 seconds = unixMs / 1000 + kNtpToUnixSeconds;
    const quint64 fraction = (quint64(unixMs % 1000) << 32) / 1000;
    QByteArray bytes(8, '\0');
    qToBigEndian(quint32(seconds), bytes.data());
    qToBigEndian(quint32(fraction), bytes.data() + 4);
    return bytes;
}

qint64 unixMsFromNtp(const char* eightBytes)
{
    const quint32 seconds = qFromBigEndian<quint32>(eightBytes);
    const quint32 fraction = qFromBigEndian<quint32>(eightBytes + 4);
    // Era 0 ends in 2036; until then a timestamp below 2^31 seconds means era 1 (RFC 4330 s. 3).
    const qint64 era = (seconds & 0x80000000U) != 0 ? 0 : qint64(1) << 32;
    return (qint64(seconds) + era - kNtpToUnixSeconds) * 1000 +
           // Rounded, so that a timestamp made by ntpTimestamp() reads back to the millisecond.
           qint64((quint64(fraction) * 1000 + (quint64(1) << 31)) >> 32);
}

QByteArray makeSntpRequest(qint64 nowMs)
{
    QByteArray request(kPacketSize, '\0');
    request[0] = char(kClientHeader);
    request.replace(kTransmitAt, 8, ntpTimestamp(nowMs));
    return request;
}

Expected<ClockOffset> parseSntpReply(const QByteArray& reply, const QByteArray& request,
                                     qint64 sentMs, qint64 receivedMs)
{
    if (reply.size() < kPacketSize) {
        return makeError(
            SntpClient::tr("the time server's reply is too short (%1 bytes)").arg(reply.size()));
    }
    const auto header = quint8(reply[0]);
    const int version = (header >> 3) & 7;
    if ((header & 7) != kModeServer || version < 3) {
        return makeError(
            SntpClient::tr("the time server answered in a form Tessera does not know"));
    }
    const auto stratum = quint8(reply[1]);
    if (stratum == 0 || stratum > 15) {
        // Stratum 0 is a "kiss of death": the server asks us to stop or is not synchronised.
        return makeError(
            SntpClient::tr("the time server refused or is not synchronised (stratum %1, %2)")
                .arg(stratum)
                .arg(QString::fromLatin1(reply.mid(12, 4)).trimmed()));
    }
    if (reply.mid(kOriginateAt, 8) != request.mid(kTransmitAt, 8)) {
        return makeError(SntpClient::tr("the time server's reply does not answer this request"));
    }
    const qint64 serverReceived = unixMsFromNtp(reply.constData() + kReceiveAt);
    const qint64 serverSent = unixMsFromNtp(reply.constData() + kTransmitAt);
    ClockOffset offset;
    offset.offset =
        std::chrono::milliseconds(((serverReceived - sentMs) + (serverSent - receivedMs)) / 2);
    offset.roundTrip =
        std::chrono::milliseconds((receivedMs - sentMs) - (serverSent - serverReceived));
    return offset;
}

SntpClient::SntpClient(QObject* parent)
    : SntpClient([] { return QDateTime::currentMSecsSinceEpoch(); }, parent)
{}

SntpClient::SntpClient(MillisecondClock clock, QObject* parent)
    : QObject(parent), m_clock(std::move(clock))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this,
            [this] { fail(tr("the time server %1 did not answer").arg(m_server)); });
}

SntpClient::~SntpClient() = default;

bool SntpClient::isBusy() const
{
    return m_socket != nullptr;
}

void SntpClient::query(const QString& server, std::chrono::milliseconds timeout)
{
    m_socket.reset();
    m_timeout.stop();
    m_lastProblem.clear();
    m_server = server.trimmed();
    QString host = m_server;
    quint16 port = kNtpPort;
    // "host:port", but a bare IPv6 address has colons of its own.
    const qsizetype colon = host.lastIndexOf(QLatin1Char(':'));
    if (colon > 0 && host.count(QLatin1Char(':')) == 1) {
        bool ok = false;
        port = host.mid(colon + 1).toUShort(&ok);
        host = host.left(colon);
        if (!ok || port == 0) {
            emit failed(tr("'%1' is not a valid time server port").arg(m_server));
            return;
        }
    }
    if (host.isEmpty()) {
        emit failed(tr("no time server is set"));
        return;
    }
    m_socket = std::make_unique<QUdpSocket>();
    connect(m_socket.get(), &QUdpSocket::connected, this, &SntpClient::send);
    connect(m_socket.get(), &QUdpSocket::readyRead, this, &SntpClient::readReply);
    connect(m_socket.get(), &QUdpSocket::errorOccurred, this, [this] {
        fail(tr("cannot reach the time server %1: %2").arg(m_server, m_socket->errorString()));
    });
    m_timeout.start(timeout);
    m_socket->connectToHost(host, port);
}

void SntpClient::send()
{
    m_sentMs = m_clock();
    m_request = makeSntpRequest(m_sentMs);
    m_socket->write(m_request);
}

void SntpClient::readReply()
{
    while (m_socket && m_socket->hasPendingDatagrams()) {
        QByteArray reply(int(m_socket->pendingDatagramSize()), '\0');
        m_socket->readDatagram(reply.data(), reply.size());
        const qint64 receivedMs = m_clock();
        auto offset = parseSntpReply(reply, m_request, m_sentMs, receivedMs);
        if (!offset) {
            // A stray or forged datagram must not end the query: wait for the real answer
            // until the timeout, then report what was wrong.
            m_lastProblem = offset.error();
            continue;
        }
        m_timeout.stop();
        m_socket.release()->deleteLater();
        emit measured(*offset);
        return;
    }
}

void SntpClient::fail(const QString& message)
{
    if (!m_socket) {
        return;
    }
    m_timeout.stop();
    m_socket.release()->deleteLater();
    emit failed(m_lastProblem.isEmpty() ? message : m_lastProblem);
    m_lastProblem.clear();
}

} // namespace tessera::time
