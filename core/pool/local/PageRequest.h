// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pool/PoolError.h"
#include "pool/PoolOperations.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace tessera::pool::local {

// The page a list request asks the local engine for, read through the operation's
// PagingShape (the same description the Cognito backend and list models page with): its size,
// 1 to the shape's maximum and the maximum when not given, and where the previous page ended.
// The engine's tokens are opaque: Base64url of the last key a page held.
class PageRequest
{
public:
    // The page `operation` (a list operation with a paging shape) asks for in `request`, or AWS's
    // validation error for a size out of range.
    static Expected<PageRequest, PoolError> of(const QString& operation,
                                               const QJsonObject& request);

    int size() const { return m_size; }
    // How many to fetch: one more than the page holds, to learn whether another page follows.
    int fetchSize() const { return m_size + 1; }
    // Cuts what was fetched down to the page; true when more followed it.
    template <typename T> bool trim(QList<T>& fetched) const
    {
        if (fetched.size() <= m_size) {
            return false;
        }
        fetched.resize(m_size);
        return true;
    }
    // The last key of the previous page, when the request continues a listing.
    const std::optional<QString>& after() const { return m_after; }
    // Adds to `response` the token of the page that follows one ending at `last`.
    void continueAfter(QJsonObject& response, const QString& last) const;

private:
    PageRequest() = default;

    operations::PagingShape m_shape;
    int m_size = 0;
    std::optional<QString> m_after;
};

} // namespace tessera::pool::local
