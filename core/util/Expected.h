// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace tessera {

// An error a person can act on: the message says what is wrong and, where it can, where. A
// caller that has to tell one failure from another reads the code; an error nobody branches on
// leaves it empty. Error values with a typed code (vault::OpenFailure, pool::PoolError) keep the
// same shape: a `message` for people beside what callers branch on.
struct Error
{
    QString message;
    QString code;
};

inline Error makeError(QString message)
{
    return Error{std::move(message), {}};
}

// A value or the error that stopped it. C++20 has no std::expected; this is the small part of it
// we use. Construction is tagged so T and E may be the same type.
template <typename T, typename E> class [[nodiscard]] ValueOrError
{
public:
    bool hasValue() const { return m_value.has_value(); }
    bool ok() const { return hasValue(); }
    explicit operator bool() const { return hasValue(); }

    T& value() & { return *m_value; }
    const T& value() const& { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    T& operator*() & { return *m_value; }
    const T& operator*() const& { return *m_value; }

    const E& error() const { return m_error; }

protected:
    ValueOrError(std::in_place_t, T value) : m_value(std::move(value)) {}
    ValueOrError(E error) : m_error(std::move(error)) {}

private:
    std::optional<T> m_value;
    E m_error;
};

// Nothing, or the error that stopped it: true on success, like every result here.
template <typename E> class [[nodiscard]] ValueOrError<void, E>
{
public:
    bool hasValue() const { return !m_failed; }
    bool ok() const { return hasValue(); }
    explicit operator bool() const { return hasValue(); }

    const E& error() const { return m_error; }

protected:
    ValueOrError() = default;
    ValueOrError(E error) : m_error(std::move(error)), m_failed(true) {}

private:
    E m_error;
    bool m_failed = false;
};

// A value, or an error a person can act on. error() is the message; failure() the whole error
// value, with the code a caller branches on. E is Error unless a part needs a typed code (an
// enum to switch over) or more than a message: it has a QString `message` either way.
template <typename T, typename E = Error> class [[nodiscard]] Expected : public ValueOrError<T, E>
{
    using Base = ValueOrError<T, E>;

public:
    Expected(T value) : Base(std::in_place, std::move(value)) {}
    Expected(E error) : Base(std::move(error)) {}

    const QString& error() const { return Base::error().message; }
    const E& failure() const { return Base::error(); }
};

// Success (the default), or an error a person can act on.
template <typename E> class [[nodiscard]] Expected<void, E> : public ValueOrError<void, E>
{
    using Base = ValueOrError<void, E>;

public:
    Expected() = default;
    Expected(E error) : Base(std::move(error)) {}

    const QString& error() const { return Base::error().message; }
    const E& failure() const { return Base::error(); }
};

// The result of an operation that yields nothing but can fail.
using Status = Expected<void>;

} // namespace tessera
