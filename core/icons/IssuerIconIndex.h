// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Expected.h"

#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace tessera::icons {

// One icon of a bundled set: its key (the file name without ".svg"), the brand's name and colour.
struct IssuerIcon
{
    QString key;
    QString title;
    quint32 rgb = 0; // 0xRRGGBB
};

// Which bundled icon an issuer name means. The set is data (an index.json beside the SVGs,
// written by scripts/update-issuer-icons); the rule that turns what people type into an icon key
// is here, so every front end agrees:
//  - compare case-folded letters and digits only ("Battle.net" and "battlenet" are one name);
//  - a host name means its registrable label ("accounts.google.com", "alice@gmail.com" -> the
//    "google"/"gmail" names); a company suffix ("Inc.", "GmbH", "AG"...) is dropped;
//  - trailing qualifier words ("Google Workspace", "GitHub Enterprise", "Apple ID", "Proton
//  (work)")
//    fall back to the brand before them; any other extra word means no icon, so "Amazon Web
//    Services" does not become Amazon's icon and a bank called "Box Hill" does not get Box's.
class IssuerIconIndex
{
public:
    IssuerIconIndex() = default;
    // Reads {"version", "icons": [{"key", "title", "hex", "aliases": [...]}...]}; the error says
    // what is wrong with the data.
    static Expected<IssuerIconIndex> fromJson(QByteArrayView json);

    // The version of the package the set was taken from ("16.37.0"), for the About dialog.
    const QString& version() const { return m_version; }
    std::size_t size() const { return m_icons.size(); }
    const std::vector<IssuerIcon>& icons() const { return m_icons; }
    const IssuerIcon* icon(QStringView key) const;

    // The icon `issuer` means, or null for an issuer the set has no icon for.
    const IssuerIcon* match(QStringView issuer) const;
    // The icon an entry shows: its icon reference when that names a bundled icon (set by the
    // user or an import), otherwise what its issuer matches.
    const IssuerIcon* forEntry(QStringView iconReference, QStringView issuer) const;

    // Case-folded letters and digits of `name`: the form names are compared in.
    static QString compact(QStringView name);

private:
    const IssuerIcon* byCompactName(const QString& name) const;

    std::vector<IssuerIcon> m_icons;
    QString m_version;
    QHash<QString, qsizetype> m_byName;
};

} // namespace tessera::icons
