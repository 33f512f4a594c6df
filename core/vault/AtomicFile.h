// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Expected.h"

#include <QByteArrayView>
#include <QString>

namespace tessera::vault {

// Replaces `path` with `data` so that a crash or power cut at any instant leaves either the old
// file or the new one: write a temporary file beside it, fsync it, rename it over the target,
// then fsync the folder so the rename itself is durable. The file is readable by its owner only.
Status writeFileAtomically(const QString& path, QByteArrayView data);

// fsync of a folder, so that a rename or link inside it survives a power cut.
Status syncDirectory(const QString& directory);

} // namespace tessera::vault
