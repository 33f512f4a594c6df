// SPDX-License-Identifier: GPL-3.0-or-later
#include "CameraFrameDecoder.h"

#include "widgets/BackgroundWork.h"

#include "scan/QrDecoder.h"

#include <QVideoFrame>

namespace tessera::ui {

namespace {

bool isAccountText(const QString& text)
{
    // otpauth:// and otpauth-migration:// alike; the add dialog sorts them out.
    return text.startsWith(QStringLiteral("otpauth"), Qt::CaseInsensitive);
}

} // namespace

CameraFrameDecoder::CameraFrameDecoder(QObject* parent, Clock clock)
    : QObject(parent), m_clock(std::move(clock))
{
    if (!m_clock) {
        m_clock = [] {
            return std::chrono::duration_cast<std::chrono::milliseconds>(
                std::chrono::steady_clock::now().time_since_epoch());
        };
    }
}

CameraFrameDecoder::~CameraFrameDecoder() = default;

bool CameraFrameDecoder::isTimeForSample()
{
    if (m_done || m_busy) {
        return false;
    }
    const std::chrono::milliseconds now = m_clock();
    if (m_sampledOnce && now - m_lastSample < kMinInterval) {
        return false;
    }
    m_sampledOnce = true;
    m_lastSample = now;
    return true;
}

bool CameraFrameDecoder::offer(const QVideoFrame& frame)
{
    if (!frame.isValid() || !isTimeForSample()) {
        return false;
    }
    // Converted here, on the thread that owns the video sink: Qt 6.4 converts GPU-backed frames
    // with a thread-local graphics context it creates on first use, which is safe on the GUI
    // thread only. A CPU conversion of one sampled frame takes a few milliseconds; the decode,
    // which takes hundreds, runs on the worker.
    const QImage image = frame.toImage();
    if (image.isNull()) {
        m_sampledOnce = false; // an unreadable frame should not hold the next one back
        return false;
    }
    m_busy = true;
    // The frame's pixels go with the worker and are freed when it ends. A frame the decoder
    // gives up on (too busy to search) counts as a frame without a code: the next one may do.
    whenFinished(this, runInBackground([image] {
                     auto texts = scan::QrDecoder::decode(image);
                     return texts ? std::move(*texts) : QStringList();
                 }),
                 [this](const QStringList& texts) { finishDecode(texts); });
    return true;
}

void CameraFrameDecoder::finishDecode(const QStringList& texts)
{
    m_busy = false;
    ++m_framesDecoded;
    if (m_done || texts.isEmpty()) {
        return;
    }
    if (std::none_of(texts.begin(), texts.end(), isAccountText)) {
        emit otherCodeSeen();
        return;
    }
    m_done = true;
    emit accountsFound(texts);
}

void CameraFrameDecoder::restart()
{
    m_done = false;
    m_sampledOnce = false;
}

} // namespace tessera::ui
