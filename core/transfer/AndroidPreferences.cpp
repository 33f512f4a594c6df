// SPDX-License-Identifier: GPL-3.0-or-later
#include "AndroidPreferences.h"

#include <QXmlStreamReader>

namespace tessera::transfer {

std::optional<AndroidPreferences> AndroidPreferences::parse(QByteArrayView data)
{
    QXmlStreamReader reader(data.toByteArray());
    if (!reader.readNextStartElement() || reader.name() != QLatin1String("map")) {
        return std::nullopt;
    }
    AndroidPreferences preferences;
    while (reader.readNextStartElement()) {
        if (reader.name() == QLatin1String("string")) {
            const QString name = reader.attributes().value(QLatin1String("name")).toString();
            preferences.m_strings.emplace_back(name, reader.readElementText());
        } else {
            reader.skipCurrentElement();
        }
    }
    if (reader.hasError()) {
        return std::nullopt;
    }
    return preferences;
}

QString AndroidPreferences::value(const QString& name) const
{
    for (const auto& [key, text] : m_strings) {
        if (key == name) {
            return text;
        }
    }
    return {};
}

} // namespace tessera::transfer
