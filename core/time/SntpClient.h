// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Expected.h"

#include <QByteArray>
#include <QMetaType>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

class QUdpSocket;

namespace tessera::time {

// How far the local clock is from a server's: add offset to local time to get the server's.
struct ClockOffset
{
    std::chrono::milliseconds offset{0};
    std::chrono::milliseconds roundTrip{0};
};

// TOTP servers usually accept a step either side; beyond this the user should hear about it.
inline constexpr std::chrono::seconds kClockWarnThreshold{15};
inline constexpr quint16 kNtpPort = 123;

// True when codes computed from the local clock are likely to be rejected.
bool isClockOff(const ClockOffset& offset);

// The 48-byte SNTP v4 client request whose transmit timestamp is `nowMs` (Unix milliseconds).
QByteArray makeSntpRequest(qint64 nowMs);
// Checks a server reply against the request it answers (RFC 4330 section 5: mode, version,
// stratum, originate timestamp) and computes the offset from the four timestamps; `sentMs` and
// `receivedMs` are local Unix milliseconds.
Expected<ClockOffset> parseSntpReply(const QByteArray& reply, const QByteArray& request,
                                     qint64 sentMs, qint64 receivedMs);
// Unix milliseconds to the 64-bit NTP timestamp (seconds since 1900, 32-bit fraction) and back.
QByteArray ntpTimestamp(qint64 unixMs);
qint64 unixMsFromNtp(const char* eightBytes);

// One SNTP query at a time over UDP: resolves the server, sends a request, and reports the
// offset or why there is none. The local clock is injected, so tests can hold it still.
class SntpClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SntpClient)
public:
    using MillisecondClock = std::function<qint64()>;
    explicit SntpClient(QObject* parent = nullptr);
    SntpClient(MillisecondClock clock, QObject* parent);
    ~SntpClient() override;

    // `server` is "host" or "host:port". A query in flight is abandoned for the new one.
    void query(const QString& server, std::chrono::milliseconds timeout = std::chrono::seconds(5));
    bool isBusy() const;

signals:
    void measured(tessera::time::ClockOffset offset);
    void failed(const QString& message);

private:
    void send();
    void readReply();
    void fail(const QString& message);

    MillisecondClock m_clock;
    std::unique_ptr<QUdpSocket> m_socket;
    QTimer m_timeout;
    QString m_server;
    QByteArray m_request;
    qint64 m_sentMs = 0;
    QString m_lastProblem;
};

} // namespace tessera::time

Q_DECLARE_METATYPE(tessera::time::ClockOffset)
