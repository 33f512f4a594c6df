// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoundedRead.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>

#include <cstdio>

namespace tessera {

namespace {

// The translation context of this file's messages (lupdate records BoundedReadText::tr calls
// under it).
struct BoundedReadText
{
    Q_DECLARE_TR_FUNCTIONS(tessera::BoundedRead)
};

constexpr qint64 kChunkBytes = qint64(1024) * 1024;

Error tooLarge(const QString& name, qint64 maxBytes)
{
    return makeError(BoundedReadText::tr("%1 is larger than the %2 MiB Tessera reads")
                         .arg(name)
                         .arg(maxBytes / 1024 / 1024));
}

} // namespace

Expected<QByteArray> readBounded(QIODevice& device, const QString& name, qint64 maxBytes)
{
    if (!device.isSequential() && device.size() > maxBytes) {
        return tooLarge(name, maxBytes);
    }
    QByteArray data;
    // One byte past the limit tells "exactly the limit" from "more".
    while (data.size() <= maxBytes) {
        const qint64 want = std::min<qint64>(kChunkBytes, maxBytes + 1 - data.size());
        const qsizetype before = data.size();
        data.resize(before + qsizetype(want));
        const qint64 got = device.read(data.data() + before, want);
        if (got < 0) {
            return makeError(
                BoundedReadText::tr("cannot read %1: %2").arg(name, device.errorString()));
        }
        data.resize(before + qsizetype(got));
        if (got == 0 && (device.atEnd() || !device.waitForReadyRead(30000))) {
            break;
        }
    }
    if (data.size() > maxBytes) {
        return tooLarge(name, maxBytes);
    }
    return data;
}

Expected<QByteArray> readFileBounded(const QString& path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(BoundedReadText::tr("cannot read %1: %2").arg(path, file.errorString()));
    }
    return readBounded(file, path, maxBytes);
}

Expected<QByteArray> readStandardInputBounded(qint64 maxBytes)
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        return makeError(
            BoundedReadText::tr("cannot read standard input: %1").arg(input.errorString()));
    }
    return readBounded(input, BoundedReadText::tr("standard input"), maxBytes);
}

} // namespace tessera
