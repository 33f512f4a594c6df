// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportResult.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace tessera::transfer {

// App databases copied off a (rooted) phone, read through SqliteReader's bounds: Google
// Authenticator ("databases"), Microsoft Authenticator ("PhoneFactor") and Authenticator Pro /
// Stratum ("authenticator.db3").
class SqliteFormats
{
    Q_DECLARE_TR_FUNCTIONS(tessera::transfer::SqliteFormats)

public:
    static bool isSqlite(QByteArrayView data);
    // "google-authenticator-db", "microsoft-authenticator-db", "stratum" or empty when the
    // database holds none of their tables.
    static QString detect(QByteArrayView data);
    static ImportResult read(const QString& format, QByteArrayView data);
};

} // namespace tessera::transfer
