// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecureBytes.h"

#include <openssl/crypto.h>

#include <algorithm>
#include <cstring>
#include <new>

namespace tessera::crypto {

namespace {

std::uint8_t* allocate(std::size_t size)
{
    if (size == 0) {
        return nullptr;
    }
    // CRYPTO_secure_malloc uses the normal heap when the secure heap is not set up, and returns
    // null when the (small, locked) secure heap is full: large buffers such as a 10,000-entry
    // vault's plaintext then come from the normal heap. CRYPTO_secure_clear_free wipes and frees
    // blocks from either heap.
    void* block = CRYPTO_secure_malloc(size, __FILE__, __LINE__);
    if (block == nullptr) {
        block = CRYPTO_malloc(size, __FILE__, __LINE__);
    }
    if (block == nullptr) {
        throw std::bad_alloc();
    }
    return static_cast<std::uint8_t*>(block);
}

void release(std::uint8_t* data, std::size_t size)
{
    if (data != nullptr) {
        // Wipes before freeing, whichever heap the block came from.
        CRYPTO_secure_clear_free(data, size, __FILE__, __LINE__);
    }
}

} // namespace

SecureBytes::SecureBytes(std::size_t size) : m_data(allocate(size)), m_size(size)
{
    if (m_data != nullptr) {
        std::memset(m_data, 0, size);
    }
}

SecureBytes::SecureBytes(const void* data, std::size_t size) : m_data(allocate(size)), m_size(size)
{
    if (size > 0) {
        std::memcpy(m_data, data, size);
    }
}

SecureBytes::~SecureBytes()
{
    release(m_data, m_size);
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        release(m_data, m_size);
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecureBytes::resize(std::size_t size)
{
    if (size == m_size) {
        return;
    }
    SecureBytes grown(size);
    if (m_size > 0 && size > 0) {
        std::memcpy(grown.m_data, m_data, std::min(size, m_size));
    }
    *this = std::move(grown);
}

void SecureBytes::clear()
{
    release(m_data, m_size);
    m_data = nullptr;
    m_size = 0;
}

bool SecureBytes::equals(std::span<const std::uint8_t> other) const
{
    return constantTimeEquals(span(), other);
}

bool constantTimeEquals(std::span<const std::uint8_t> a, std::span<const std::uint8_t> b)
{
    if (a.size() != b.size()) {
        return false;
    }
    if (a.empty()) {
        return true;
    }
    return CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

} // namespace tessera::crypto
