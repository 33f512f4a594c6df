// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Expected.h"

#include <QByteArrayView>
#include <QString>

namespace tessera::vault {

// Replaces `path` with `data` so that a crash or power cut at any instant leaves either the old
// file or the new one: write a temporary file beside it, fsync it, rename it over the target,
// then fsync the folder so the rename itself is durable. The file is owner-only from its first
// byte (created 0600, never widened and narrowed later). A `path` that is a symbolic link is
// resolved: the file it points to is replaced, the link stays.
Status writeFileAtomically(const QString& path, QByteArrayView data);

// The same, for a file that must not exist yet: fails with a clear message, and leaves the
// existing file untouched, when `path` is already taken (by a file, a folder or a link, even one
// created between the caller's check and this call). Used for exports and backups.
Status writeNewFileAtomically(const QString& path, QByteArrayView data);

// fsync of a folder, so that a rename or link inside it survives a power cut.
Status syncDirectory(const QString& directory);

} // namespace tessera::vault
