// SPDX-License-Identifier: GPL-3.0-or-later
#include "BundledIssuerIcons.h"

#include <QFile>
#include <QtDebug>

namespace tessera::icons {

const IssuerIconIndex& bundledIssuerIcons()
{
    static const IssuerIconIndex index = [] {
        QFile file(QStringLiteral(":/issuer-icons/index.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("issuer icons: the index is not compiled in");
            return IssuerIconIndex();
        }
        auto read = IssuerIconIndex::fromJson(file.readAll());
        if (!read) {
            qWarning("issuer icons: %s", qPrintable(read.error()));
            return IssuerIconIndex();
        }
        return std::move(read).value();
    }();
    return index;
}

} // namespace tessera::icons
