// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportResult.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tessera::transfer {

// How to read a file.
struct ImportOptions
{
    // One of Importer::formatNames(); empty: recognise the format from the content.
    QString format;
    // The export's own password, for encrypted exports; null when none was given.
    const crypto::SecureBytes* password = nullptr;
};

// The single entry point for imports: recognises a file's format from its content (never its
// name) and hands it to that format's reader.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(tessera::transfer::Importer)

public:
    static QStringList formatNames();
    // The format the content is in, or empty when no reader recognises it.
    static QString detectFormat(QByteArrayView data);
    static ImportResult importData(QByteArrayView data, const ImportOptions& options = {});
    static ImportResult importFile(const QString& path, const ImportOptions& options = {});

private:
    // importData() without its cap on the number of accounts.
    static ImportResult readData(QByteArrayView data, const ImportOptions& options);
};

} // namespace tessera::transfer
