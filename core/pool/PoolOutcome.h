// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PoolError.h"

#include <QJsonObject>

#include <optional>
#include <utility>

namespace tessera::pool {

// A value or the PoolError that stopped it: Expected<T> with Cognito's error name kept apart.
template <typename T> class [[nodiscard]] PoolOutcome
{
public:
    PoolOutcome(T value) : m_value(std::move(value)) {}
    PoolOutcome(PoolError error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    T& value() & { return *m_value; }
    const T& value() const& { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    T& operator*() & { return *m_value; }
    const T& operator*() const& { return *m_value; }
    const PoolError& error() const { return m_error; }

private:
    std::optional<T> m_value;
    PoolError m_error;
};

// What every backend call yields: the response body, or the error.
using PoolResult = PoolOutcome<QJsonObject>;

} // namespace tessera::pool
