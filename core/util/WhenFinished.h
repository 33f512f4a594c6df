// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <functional>
#include <utility>

namespace tessera {

// Calls `done(result)` on `context`'s thread once `future` finishes, or `canceled()` when it
// finished cancelled or without a result; nothing when `context` was destroyed first. Qt 6.4's
// QFuture::then(context, ...) asserts when the context dies before the future finishes, which a
// view scrolled or closed mid-request does. Always asynchronous, even for a finished future.
template <typename T, typename Done>
void whenFinished(const QFuture<T>& future, QObject* context, Done done,
                  std::function<void()> canceled = {})
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::move(done), canceled = std::move(canceled)]() mutable {
                         watcher->deleteLater();
                         const QFuture<T> finished = watcher->future();
                         if (finished.isCanceled() || finished.resultCount() == 0) {
                             if (canceled) {
                                 canceled();
                             }
                             return;
                         }
                         done(finished.result());
                     });
    watcher->setFuture(future);
}

} // namespace tessera
