// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace tessera::pool::operations {

// Every Cognito operation the pool core speaks, by Cognito's name.
const QStringList& all();

// The operations AWS authorises with a user's token or sign-in session rather than a SigV4
// signature; the Cognito backend sends these unsigned.
bool isTokenAuthorised(const QString& operation);

} // namespace tessera::pool::operations
