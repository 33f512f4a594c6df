// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace tessera::pool::webauthn {

// What a pool expects of every ceremony: its relying party ID, the origins beyond
// https://<rpId or subdomain> it accepts, and whether user verification is required.
struct RelyingParty
{
    QString id;
    // Exact origins accepted besides the https ones under `id` (e.g. http://localhost:8080 for
    // development, or an app's android:apk-key-hash:... origin).
    QStringList extraOrigins;
    bool requireUserVerification = false;
};

} // namespace tessera::pool::webauthn
