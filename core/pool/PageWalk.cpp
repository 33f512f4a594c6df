// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageWalk.h"

namespace tessera::pool {

void PageWalk::advance(const QString& token)
{
    if (m_finished) {
        return;
    }
    ++m_pages;
    if (token.isEmpty()) {
        m_finished = true;
        m_next.clear();
        return;
    }
    if (m_seen.contains(token)) {
        m_finished = true;
        m_repeated = true;
        m_next.clear();
        return;
    }
    m_seen.insert(token);
    m_next = token;
}

} // namespace tessera::pool
