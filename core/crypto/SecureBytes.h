// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <cstddef>
#include <cstdint>
#include <span>

namespace tessera::crypto {

// Bytes that hold a secret: allocated from OpenSSL's secure heap when it is initialised (locked,
// never swapped, guarded), otherwise from the normal heap; always wiped with OPENSSL_cleanse
// before the memory is given back. Move-only, so a secret is never copied by accident.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    SecureBytes(const void* data, std::size_t size);
    static SecureBytes fromView(QByteArrayView bytes)
    {
        return {bytes.data(), std::size_t(bytes.size())};
    }
    ~SecureBytes();

    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    // An explicit copy, for the rare place that must keep two.
    SecureBytes clone() const { return {m_data, m_size}; }

    std::uint8_t* data() { return m_data; }
    const std::uint8_t* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    std::span<std::uint8_t> span() { return {m_data, m_size}; }
    std::span<const std::uint8_t> span() const { return {m_data, m_size}; }
    QByteArrayView view() const { return {m_data, qsizetype(m_size)}; }

    // Grows or shrinks, keeping the leading bytes; the old block is wiped.
    void resize(std::size_t size);
    void clear();

    // Constant-time comparison of contents (the sizes are not secret).
    bool equals(std::span<const std::uint8_t> other) const;

private:
    std::uint8_t* m_data = nullptr;
    std::size_t m_size = 0;
};

// The bytes of a QByteArray (or any byte view) as the span the crypto functions take.
inline std::span<const std::uint8_t> byteSpan(QByteArrayView bytes)
{
    return {reinterpret_cast<const std::uint8_t*>(bytes.data()), std::size_t(bytes.size())};
}

// Constant-time comparison of two byte ranges of equal length; false when the lengths differ.
bool constantTimeEquals(std::span<const std::uint8_t> a, std::span<const std::uint8_t> b);

} // namespace tessera::crypto
