// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace tessera::ui {

// The threads that run work the user waits for but must not freeze the window over: the KDF at
// unlock, keyring calls, QR decoding, reading an import. They run at a lower scheduling weight
// than the UI thread (on Linux, five nice levels below it, for these threads only), so on a busy
// two-core machine the UI thread still gets a core the moment it has something to paint or an input
// to answer.
QThreadPool* backgroundPool();

// Lowers the calling thread to the background weight, unless it is the thread that asked for the
// work or the application's main thread: QFuture::result() and waitForFinished() may run a task
// that has not started yet on the waiting thread itself, which must keep its weight.
void lowerCurrentThreadPriority(const QThread* requester);

template <typename Function> auto runInBackground(Function&& function)
{
    return QtConcurrent::run(backgroundPool(), [function = std::forward<Function>(function),
                                                requester = QThread::currentThread()]() mutable {
        lowerCurrentThreadPriority(requester);
        return function();
    });
}

// Calls `done` with `future`'s result on `context`'s thread once it has finished. The watcher
// belongs to `context`: if the context goes first, the result is dropped and `done` never runs.
template <typename T, typename Done>
void whenFinished(QObject* context, const QFuture<T>& future, Done&& done)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context,
                     [watcher, done = std::forward<Done>(done)]() mutable {
                         watcher->deleteLater();
                         done(watcher->result());
                     });
    watcher->setFuture(future);
}

// The same for a future that may be cancelled, or end without a result: then `canceled` runs
// instead of `done`.
template <typename T, typename Done, typename Canceled>
void whenFinished(QObject* context, const QFuture<T>& future, Done&& done, Canceled&& canceled)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context,
                     [watcher, done = std::forward<Done>(done),
                      canceled = std::forward<Canceled>(canceled)]() mutable {
                         watcher->deleteLater();
                         const QFuture<T> finished = watcher->future();
                         if (finished.isCanceled() || finished.resultCount() == 0) {
                             canceled();
                         } else {
                             done(finished.result());
                         }
                     });
    watcher->setFuture(future);
}

} // namespace tessera::ui
