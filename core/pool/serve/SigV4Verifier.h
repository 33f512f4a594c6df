// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpMessage.h"
#include "crypto/SecureBytes.h"
#include "otp/Clock.h"
#include "pool/PoolError.h"

#include <QString>

#include <optional>

namespace tessera::pool::serve {

// Which signatures a server takes: the region and service a signature must be scoped to, and
// either any access key (the secret unknown, so only the form, scope and time are checked, as
// cognito-local does) or one key whose signature is recomputed and compared.
struct SigV4Policy
{
    QString region = QStringLiteral("us-east-1");
    QString service = QStringLiteral("cognito-idp");
    // Empty: any key.
    QString accessKeyId;
    crypto::SecureBytes secretAccessKey;
    otp::Clock clock = otp::systemClock();
    // AWS refuses a request signed further than this from its own clock.
    qint64 maxSkewSeconds = qint64{5} * 60;

    SigV4Policy clone() const
    {
        return {region, service, accessKeyId, secretAccessKey.clone(), clock, maxSkewSeconds};
    }
};

// Checks a request's AWS Signature Version 4 (Authorization header) the way AWS's front end
// does, answering with the error AWS gives: MissingAuthenticationTokenException,
// IncompleteSignatureException, UnrecognizedClientException or InvalidSignatureException. The
// signature is recomputed with the client's own SigV4Signer, so the two cannot drift apart.
class SigV4Verifier
{
public:
    static Expected<void, PoolError> verify(const HttpRequest& request, const SigV4Policy& policy);
};

} // namespace tessera::pool::serve
