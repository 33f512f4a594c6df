// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"

#include <QIODevice>

namespace tessera::vault {

// A write-only QIODevice whose bytes live in SecureBytes, so QCborStreamWriter can serialise
// secrets without leaving copies in unwiped heap blocks (each growth wipes the old block).
class SecureBufferDevice final : public QIODevice
{
public:
    SecureBufferDevice();

    // The bytes written so far; the device is empty afterwards.
    crypto::SecureBytes take();

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    crypto::SecureBytes m_buffer;
    std::size_t m_used = 0;
};

} // namespace tessera::vault
