// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace tessera::transfer {

// An Android SharedPreferences XML file (<map><string name="...">...</string>...</map>), the form
// in which FreeOTP, FreeOTP+, Authy, Battle.net and TOTP Authenticator keep their accounts.
class AndroidPreferences
{
public:
    // The <string> entries in file order, or nothing when the data is not such a file.
    static std::optional<AndroidPreferences> parse(QByteArrayView data);

    // The value of the <string> named `name`, or a null string.
    QString value(const QString& name) const;
    const std::vector<std::pair<QString, QString>>& strings() const { return m_strings; }

private:
    std::vector<std::pair<QString, QString>> m_strings;
};

} // namespace tessera::transfer
