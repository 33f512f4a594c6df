// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

namespace tessera::pool {

// Follows a list operation's pagination tokens page by page. The walk ends on a page without a
// token and on a token seen before: an endpoint that ignores paging (cognito-local answers the
// first page again for any token) would otherwise be walked forever.
class PageWalk
{
public:
    // The token for the next request (empty for the first page).
    const QString& nextToken() const { return m_next; }
    bool finished() const { return m_finished; }
    int pages() const { return m_pages; }
    // Whether the walk ended on a repeated token rather than on the last page.
    bool endedOnRepeat() const { return m_repeated; }

    // Records a page's answer: its token, empty on the last page.
    void advance(const QString& token);

private:
    QSet<QString> m_seen;
    QString m_next;
    int m_pages = 0;
    bool m_finished = false;
    bool m_repeated = false;
};

} // namespace tessera::pool
