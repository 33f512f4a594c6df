// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

#include <chrono>
#include <functional>

class QVideoFrame;

namespace tessera::ui {

// Reads QR codes from a camera's frames: it samples a few frames a second, decodes one at a time
// on a worker thread (a frame that arrives while one is decoding is dropped, never queued) and
// stops at the first frame that holds accounts (otpauth:// or otpauth-migration:// texts).
class CameraFrameDecoder : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CameraFrameDecoder)
public:
    using Clock = std::function<std::chrono::milliseconds()>;
    // At most about four and a half frames a second: enough to feel instant, light on the CPU.
    static constexpr std::chrono::milliseconds kMinInterval{220};

    // `clock` is monotonic; tests pass their own.
    explicit CameraFrameDecoder(QObject* parent = nullptr, Clock clock = {});
    ~CameraFrameDecoder() override;

    // Takes the frame for decoding if it is time for another sample and no decode is running;
    // returns whether it did.
    bool offer(const QVideoFrame& frame);

    bool isBusy() const { return m_busy; }
    bool isDone() const { return m_done; }
    int framesDecoded() const { return m_framesDecoded; }
    // Looks for accounts again after accountsFound().
    void restart();

signals:
    // Once, for the first frame that holds accounts: every text of that frame, in reading order.
    void accountsFound(const QStringList& texts);
    // A frame held QR codes, none of them an account (a web link, a Wi-Fi code...).
    void otherCodeSeen();

private:
    bool isTimeForSample();
    void finishDecode(const QStringList& texts);

    Clock m_clock;
    std::chrono::milliseconds m_lastSample{};
    bool m_sampledOnce = false;
    bool m_busy = false;
    bool m_done = false;
    int m_framesDecoded = 0;
};

} // namespace tessera::ui
