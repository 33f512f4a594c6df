// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecureBufferDevice.h"

#include <algorithm>
#include <cstring>

namespace tessera::vault {

SecureBufferDevice::SecureBufferDevice()
{
    // Unbuffered: QIODevice's own write buffer would be an unwiped copy.
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

crypto::SecureBytes SecureBufferDevice::take()
{
    m_buffer.resize(m_used);
    m_used = 0;
    return std::move(m_buffer);
}

qint64 SecureBufferDevice::readData(char* /*data*/, qint64 /*maxSize*/)
{
    return -1;
}

qint64 SecureBufferDevice::writeData(const char* data, qint64 size)
{
    if (size <= 0) {
        return 0;
    }
    const auto length = std::size_t(size);
    if (m_used + length > m_buffer.size()) {
        m_buffer.resize(std::max<std::size_t>({m_used + length, m_buffer.size() * 2, 4096}));
    }
    std::memcpy(m_buffer.data() + m_used, data, length);
    m_used += length;
    return size;
}

} // namespace tessera::vault
