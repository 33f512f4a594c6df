// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Expected.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace tessera {

// The most any one input (file, pipe, device, standard input) may hold before Tessera refuses it.
inline constexpr qint64 kMaxInputBytes = qint64(64) * 1024 * 1024;

// Reads a device to its end in chunks, refusing once more than maxBytes arrive. QFile::size() is 0
// for pipes and devices (/dev/zero, a FIFO, standard input), so the size is never trusted: the
// count of bytes actually read is. `name` says what is read in the message ("notes.txt",
// "standard input").
Expected<QByteArray> readBounded(QIODevice& device, const QString& name,
                                 qint64 maxBytes = kMaxInputBytes);

// Opens a path read-only and reads it with readBounded.
Expected<QByteArray> readFileBounded(const QString& path, qint64 maxBytes = kMaxInputBytes);

// Reads standard input with readBounded.
Expected<QByteArray> readStandardInputBounded(qint64 maxBytes = kMaxInputBytes);

} // namespace tessera
