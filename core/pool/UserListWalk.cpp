// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserListWalk.h"

#include <QFutureWatcher>

namespace tessera::pool {

UserListWalk::UserListWalk(PoolBackend& backend, QString userPoolId,
                           std::optional<UserFilter> filter, RequestPacer& pacer, QObject* parent)
    : QObject(parent), m_backend(backend), m_poolId(std::move(userPoolId)),
      m_filter(std::move(filter)), m_pacer(pacer)
{}

UserListWalk::~UserListWalk()
{
    // The pacer may be shared and outlive the walk: its page must not be read for nobody.
    if (m_ticket != 0) {
        m_pacer.cancel(m_ticket);
    }
}

void UserListWalk::start()
{
    nextPage();
}

void UserListWalk::cancel()
{
    if (m_finished) {
        return;
    }
    m_pacer.cancel(m_ticket);
    finish(PoolError{QString::fromLatin1(errors::kRequestCanceled), tr("Cancelled.")});
}

void UserListWalk::nextPage()
{
    ListUsersQuery query;
    query.filter = m_filter;
    query.paginationToken = m_walk.nextToken();
    PoolBackend& backend = m_backend;
    const QString poolId = m_poolId;
    const auto paced = m_pacer.schedule<Page<PoolUser>>(
        [&backend, poolId, query] { return backend.listUsers(poolId, query); });
    m_ticket = paced.ticket;
    auto* watcher = new QFutureWatcher<Expected<Page<PoolUser>, PoolError>>(this);
    connect(
        watcher, &QFutureWatcher<Expected<Page<PoolUser>, PoolError>>::finished, this,
        [this, watcher] {
            watcher->deleteLater();
            if (m_finished) {
                return;
            }
            const auto future = watcher->future();
            if (future.resultCount() == 0) {
                finish(PoolError{QString::fromLatin1(errors::kRequestCanceled), tr("Cancelled.")});
                return;
            }
            const Expected<Page<PoolUser>, PoolError> page = future.result();
            if (!page) {
                finish(page.failure());
                return;
            }
            m_users.append(page->items);
            m_walk.advance(page->nextToken);
            emit progress(int(m_users.size()));
            if (m_walk.finished()) {
                finish({});
                return;
            }
            nextPage();
        });
    watcher->setFuture(paced.future);
}

void UserListWalk::finish(const PoolError& error)
{
    m_finished = true;
    emit finished(error);
}

} // namespace tessera::pool
