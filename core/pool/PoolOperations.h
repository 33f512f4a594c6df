// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace tessera::pool::operations {

// Every Cognito operation the pool core speaks, by Cognito's name.
const QStringList& all();

// The operations AWS authorises with a user's token or sign-in session rather than a SigV4
// signature; the Cognito backend sends these unsigned.
bool isTokenAuthorised(const QString& operation);

// How one list operation pages: its token member, page-size member and limit, and list member.
// The same for every backend, since both speak Cognito's shapes; list models page with it.
struct PagingShape
{
    QString tokenIn;
    QString tokenOut;
    QString sizeMember;
    int maxSize = 60;
    QString listMember;
};
// The shape for `operation`, or nullopt when it does not page.
std::optional<PagingShape> pagingShape(const QString& operation);

} // namespace tessera::pool::operations
