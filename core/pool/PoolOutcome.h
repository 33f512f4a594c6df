// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PoolError.h"
#include "util/Expected.h"

#include <QJsonObject>

#include <utility>

namespace tessera::pool {

// A value or the PoolError that stopped it: Expected<T> with Cognito's error name kept apart.
template <typename T> class [[nodiscard]] PoolOutcome : public ValueOrError<T, PoolError>
{
public:
    PoolOutcome(T value) : ValueOrError<T, PoolError>(std::in_place, std::move(value)) {}
    PoolOutcome(PoolError error) : ValueOrError<T, PoolError>(std::move(error)) {}

    // The whole error, as Expected names it; error() becomes the message when PoolOutcome turns
    // into Expected<T, PoolError>, so new code reads failure().
    const PoolError& failure() const { return ValueOrError<T, PoolError>::error(); }
};

// Success (the default), or the PoolError that stopped an operation that yields nothing.
template <> class [[nodiscard]] PoolOutcome<void> : public ValueOrError<void, PoolError>
{
public:
    PoolOutcome() = default;
    PoolOutcome(PoolError error) : ValueOrError<void, PoolError>(std::move(error)) {}

    const PoolError& failure() const { return ValueOrError<void, PoolError>::error(); }
};

// What every backend call yields: the response body, or the error.
using PoolResult = PoolOutcome<QJsonObject>;

} // namespace tessera::pool
