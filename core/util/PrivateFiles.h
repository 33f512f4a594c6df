// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Expected.h"

#include <QString>

namespace tessera {

// What Tessera needs from the operating system to keep its files away from other users of the
// same computer: folders made owner-only from their creation, and the words for what went wrong.
// The vault, its backups and the pool store all go through these.

// What an errno value means, in the system's words (take errno before anything can change it).
QString systemErrorText(int error);

// A file mode as chmod writes it ("0644").
QString octalMode(unsigned int mode);

// Creates `folder` and the folders missing above it with mode 0700 exactly, whatever the umask;
// folders that already exist are left as they are. Elsewhere than on Unix, a plain mkpath.
Status makePrivateFolders(const QString& folder);

} // namespace tessera
