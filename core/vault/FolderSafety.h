// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Expected.h"

#include <QString>

namespace tessera::vault {

// Where a vault really is: the file a symbolic link points to (or, for a file not yet created,
// the real folder it will be in), so that saves, the lock file and backups all go beside the
// real file and a backup is never a link to a link.
QString resolvedVaultPath(const QString& path);

// Empty when only its owner can write in `folder`; otherwise why that is risky for a vault kept
// there (other users can delete or replace files in it, or plant names Tessera then uses).
QString sharedFolderWarning(const QString& folder);

// A folder Tessera keeps its own files in (the backups beside a vault) must be a real folder
// (not a link), belong to the user running Tessera and be writable by nobody else. The error
// says which does not hold and what to do.
Status checkPrivateFolder(const QString& folder);

} // namespace tessera::vault
