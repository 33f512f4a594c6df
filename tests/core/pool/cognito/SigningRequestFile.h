// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pool/cognito/SigV4Signer.h"

#include <QByteArray>
#include <QList>

// The request files of the SigV4 test suites, read by the signer's test (tst_sigv4) and the
// verifier's (tst_sigv4verifier).
namespace tessera::pool::cognito::test {

// A request file of either suite: request line, headers, a blank line, the body. The suites
// read an indented (folded) line differently: aws-c-auth as more of the same value, the 2015
// suite as another value of the same header (so the signer joins them with a comma).
inline SigningRequest parseRequest(const QByteArray& text, bool foldAsNewValue)
{
    SigningRequest request;
    QList<QByteArray> lines = text.split('\n');
    const QByteArray first = lines.takeFirst();
    const qsizetype methodEnd = first.indexOf(' ');
    const qsizetype versionStart = first.lastIndexOf(' ');
    request.method = first.left(methodEnd);
    const QByteArray target = first.mid(methodEnd + 1, versionStart - methodEnd - 1);
    const qsizetype question = target.indexOf('?');
    request.path = question < 0 ? target : target.left(question);
    request.query = question < 0 ? QByteArray() : target.mid(question + 1);
    while (!lines.isEmpty()) {
        const QByteArray line = lines.takeFirst();
        if (line.isEmpty()) {
            request.body = lines.join('\n');
            break;
        }
        if ((line.startsWith(' ') || line.startsWith('\t')) && !request.headers.isEmpty()) {
            if (foldAsNewValue) {
                request.headers.append({request.headers.last().first, line.trimmed()});
            } else {
                request.headers.last().second.append(' ').append(line.trimmed());
            }
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        request.headers.append({line.left(colon), line.mid(colon + 1)});
    }
    return request;
}

} // namespace tessera::pool::cognito::test
