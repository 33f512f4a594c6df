// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PageWalk.h"
#include "PoolBackend.h"
#include "RequestPacer.h"

#include <QObject>

namespace tessera::pool {

// Reads every user matching a filter, page by page (60 a page, paced by a RequestPacer), for
// a bulk run on "all users matching this filter" and for a CSV export of the filtered set.
// Stops on a repeated token (PageWalk), on cancel(), and on the first error.
class UserListWalk : public QObject
{
    Q_OBJECT

public:
    UserListWalk(PoolBackend& backend, QString userPoolId, std::optional<UserFilter> filter,
                 RequestPacer& pacer, QObject* parent = nullptr);
    ~UserListWalk() override;

    void start();
    void cancel();
    const QList<PoolUser>& users() const { return m_users; }
    int requests() const { return m_walk.pages(); }
    bool isFinished() const { return m_finished; }

signals:
    void progress(int usersRead);
    // `error` is empty when every page was read; RequestCanceled after cancel().
    void finished(const tessera::pool::PoolError& error);

private:
    void nextPage();
    void finish(const PoolError& error);

    PoolBackend& m_backend;
    QString m_poolId;
    std::optional<UserFilter> m_filter;
    RequestPacer& m_pacer;
    PageWalk m_walk;
    QList<PoolUser> m_users;
    RequestPacer::Ticket m_ticket = 0;
    bool m_finished = false;
};

} // namespace tessera::pool
