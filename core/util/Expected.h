// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace tessera {

// An error a person can act on: the message says what is wrong and, where it can, where.
struct Error
{
    QString message;
};

inline Error makeError(QString message)
{
    return Error{std::move(message)};
}

// A value or the error that stopped it. C++20 has no std::expected; this is the small part of it
// we use. Expected<T> (a message) and pool::PoolOutcome<T> (a message with Cognito's error name)
// are the two kinds of error it is used with; construction is tagged so T and E may be the same
// type.
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

// A value or an Error a person can act on.
template <typename T> class [[nodiscard]] Expected : public ValueOrError<T, QString>
{
public:
    Expected(T value) : ValueOrError<T, QString>(std::in_place, std::move(value)) {}
    Expected(Error error) : ValueOrError<T, QString>(std::move(error.message)) {}
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

// Success (the default), or an Error a person can act on.
template <> class [[nodiscard]] Expected<void> : public ValueOrError<void, QString>
{
public:
    Expected() = default;
    Expected(Error error) : ValueOrError<void, QString>(std::move(error.message)) {}
};

// The result of an operation that yields nothing but can fail.
using Status = Expected<void>;

} // namespace tessera
