// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

// Marks the calling thread as background work; called first by every task runInBackground starts.
void lowerCurrentThreadPriority();

template <typename Function> auto runInBackground(Function&& function)
{
    return QtConcurrent::run(backgroundPool(),
                             [function = std::forward<Function>(function)]() mutable {
                                 lowerCurrentThreadPriority();
                                 return function();
                             });
}

} // namespace tessera::ui
