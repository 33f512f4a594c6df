// SPDX-License-Identifier: GPL-3.0-or-later
// PoolStore's own helpers, shared by its files (PoolStore*.cpp) and nothing else.
#pragma once

#include "pool/PoolError.h"

#include <QSqlError>
#include <QString>
#include <QVariant>

namespace tessera::pool::local::storesql {

// A null QString binds as SQL NULL; the store's text columns mean "none" by an empty string.
inline QVariant bindable(const QVariant& value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull()) {
        return QString(QLatin1String(""));
    }
    return value;
}

inline PoolError storeError(const QString& what, const QSqlError& error)
{
    return PoolError::internal(QStringLiteral("pool store: %1: %2").arg(what, error.text()));
}

} // namespace tessera::pool::local::storesql
