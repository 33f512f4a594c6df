// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"

#include <QDateTime>
#include <QString>

namespace tessera::pool::cognito {

// An AWS access key: the id is public, the secret lives in wiped memory and is never logged or
// printed; the session token (temporary credentials) travels with requests.
struct AwsCredentials
{
    QString accessKeyId;
    crypto::SecureBytes secretAccessKey;
    QString sessionToken;
    // When temporary credentials stop working (credential_process's Expiration); null if never.
    QDateTime expiration;

    AwsCredentials clone() const
    {
        return {accessKeyId, secretAccessKey.clone(), sessionToken, expiration};
    }
    bool isEmpty() const { return accessKeyId.isEmpty() || secretAccessKey.isEmpty(); }
};

} // namespace tessera::pool::cognito
