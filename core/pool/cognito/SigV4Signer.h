// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AwsCredentials.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

namespace tessera::pool::cognito {

// An HTTP request as it will be sent: the path and query exactly as on the request line.
struct SigningRequest
{
    QByteArray method;
    QByteArray path = "/";
    QByteArray query;
    // In order; a name may repeat. Host must be among them.
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

struct SigningOptions
{
    QString region;
    QString service;
    QDateTime time;
    // Remove dot segments and repeated slashes (every service but S3).
    bool normalizePath = true;
    // Adds and signs x-amz-content-sha256.
    bool signBody = false;
    // Some services want X-Amz-Security-Token outside the signature (added after signing).
    bool signSessionToken = true;
};

// The signature and the intermediate texts the AWS test suites check.
struct SigV4Signature
{
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signature; // lowercase hex
    QByteArray authorization;
    // The headers to add to the request, Authorization last.
    QList<std::pair<QByteArray, QByteArray>> headers;
};

// AWS Signature Version 4 in the Authorization header, HMAC-SHA256 and SHA-256 through
// core/crypto. Pure: time and credentials come in, nothing is remembered or logged.
class SigV4Signer
{
public:
    static SigV4Signature sign(const SigningRequest& request, const AwsCredentials& credentials,
                               const SigningOptions& options);

    // The canonical URI: normalised (when asked) and percent-encoded outside RFC 3986's
    // unreserved characters and '/'.
    static QByteArray canonicalPath(const QByteArray& path, bool normalize);
    // Parameters decoded, re-encoded strictly, sorted by name then value.
    static QByteArray canonicalQuery(const QByteArray& query);
};

} // namespace tessera::pool::cognito
