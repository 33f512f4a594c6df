// SPDX-License-Identifier: GPL-3.0-or-later
#include "SigV4Signer.h"

#include "crypto/Digest.h"
#include "crypto/Hmac.h"

#include <QMap>
#include <QUrl>

#include <algorithm>

namespace tessera::pool::cognito {

namespace {

constexpr char kAlgorithm[] = "AWS4-HMAC-SHA256";

std::span<const std::uint8_t> bytes(QByteArrayView view)
{
    return {reinterpret_cast<const std::uint8_t*>(view.data()), std::size_t(view.size())};
}

// The derived keys are secrets too, so they stay in wiped memory.
crypto::SecureBytes hmacSha256(const crypto::SecureBytes& key, QByteArrayView message)
{
    crypto::SecureBytes out(std::size_t(crypto::digestSize(crypto::HashAlgorithm::Sha256)));
    if (!crypto::hmac(crypto::HashAlgorithm::Sha256, key.span(), bytes(message), out.span())) {
        return {};
    }
    return out;
}

QByteArray uriEncode(QByteArrayView raw, bool keepSlash)
{
    QByteArray out;
    out.reserve(raw.size() * 3);
    static constexpr char hex[] = "0123456789ABCDEF";
    for (const char c : raw) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') ||
            u == '-' || u == '_' || u == '.' || u == '~' || (keepSlash && u == '/')) {
            out.append(c);
        } else {
            out.append('%').append(hex[u >> 4]).append(hex[u & 15]);
        }
    }
    return out;
}

// Header values: trimmed, folded lines joined, runs of spaces made one.
QByteArray canonicalValue(const QByteArray& value)
{
    return value.simplified();
}

} // namespace

QByteArray SigV4Signer::canonicalPath(const QByteArray& path, bool normalize)
{
    QByteArray result = path.isEmpty() ? QByteArray("/") : path;
    if (normalize) {
        QList<QByteArray> kept;
        for (const QByteArray& segment : result.split('/')) {
            if (segment.isEmpty() || segment == ".") {
                continue;
            }
            if (segment == "..") {
                if (!kept.isEmpty()) {
                    kept.removeLast();
                }
                continue;
            }
            kept.append(segment);
        }
        QByteArray normalized = '/' + kept.join('/');
        const bool trailing =
            result.endsWith('/') || result.endsWith("/.") || result.endsWith("/..");
        if (trailing && !kept.isEmpty()) {
            normalized.append('/');
        }
        result = normalized;
    }
    return uriEncode(result, true);
}

QByteArray SigV4Signer::canonicalQuery(const QByteArray& query)
{
    QList<std::pair<QByteArray, QByteArray>> parameters;
    for (const QByteArray& pair : query.split('&')) {
        if (pair.isEmpty()) {
            continue;
        }
        const qsizetype equals = pair.indexOf('=');
        const QByteArray name = QByteArray::fromPercentEncoding(pair.left(equals));
        const QByteArray value =
            equals < 0 ? QByteArray() : QByteArray::fromPercentEncoding(pair.mid(equals + 1));
        parameters.append({uriEncode(name, false), uriEncode(value, false)});
    }
    std::sort(parameters.begin(), parameters.end());
    QByteArray out;
    for (const auto& [name, value] : parameters) {
        if (!out.isEmpty()) {
            out.append('&');
        }
        out.append(name).append('=').append(value);
    }
    return out;
}

SigV4Signature SigV4Signer::sign(const SigningRequest& request, const AwsCredentials& credentials,
                                 const SigningOptions& options)
{
    const QDateTime utc = options.time.toUTC();
    const QByteArray amzDate = utc.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    const QByteArray date = amzDate.left(8);
    const QByteArray payloadHash = crypto::sha256(request.body).toHex();

    SigV4Signature result;
    auto has = [&request](QByteArrayView name) {
        return std::any_of(request.headers.begin(), request.headers.end(),
                           [name](const auto& header) {
                               return header.first.compare(name, Qt::CaseInsensitive) == 0;
                           });
    };
    QList<std::pair<QByteArray, QByteArray>> signedHeaders = request.headers;
    auto add = [&](QByteArray name, QByteArray value, bool sign) {
        if (has(name)) {
            return;
        }
        if (sign) {
            signedHeaders.append({name, value});
        }
        result.headers.append({std::move(name), std::move(value)});
    };
    add("X-Amz-Date", amzDate, true);
    if (!credentials.sessionToken.isEmpty()) {
        add("X-Amz-Security-Token", credentials.sessionToken.toUtf8(), options.signSessionToken);
    }
    if (options.signBody) {
        add("x-amz-content-sha256", payloadHash, true);
    }

    // Lowercase names, sorted; repeated names joined with commas in their original order.
    QMap<QByteArray, QByteArray> canonical;
    for (const auto& [name, value] : signedHeaders) {
        QByteArray& joined = canonical[name.toLower()];
        if (!joined.isEmpty()) {
            joined.append(',');
        }
        joined.append(canonicalValue(value));
    }
    QByteArray headerBlock;
    QByteArray names;
    for (auto it = canonical.cbegin(); it != canonical.cend(); ++it) {
        headerBlock.append(it.key()).append(':').append(it.value()).append('\n');
        if (!names.isEmpty()) {
            names.append(';');
        }
        names.append(it.key());
    }
    result.canonicalRequest =
        request.method + '\n' + canonicalPath(request.path, options.normalizePath) + '\n' +
        canonicalQuery(request.query) + '\n' + headerBlock + '\n' + names + '\n' + payloadHash;
    const QByteArray scope =
        date + '/' + options.region.toUtf8() + '/' + options.service.toUtf8() + "/aws4_request";
    result.stringToSign = QByteArray(kAlgorithm) + '\n' + amzDate + '\n' + scope + '\n' +
                          crypto::sha256(result.canonicalRequest).toHex();

    crypto::SecureBytes key(4 + credentials.secretAccessKey.size());
    std::copy_n("AWS4", 4, key.data());
    std::copy_n(credentials.secretAccessKey.data(), credentials.secretAccessKey.size(),
                key.data() + 4);
    for (const QByteArray& part :
         {date, options.region.toUtf8(), options.service.toUtf8(), QByteArray("aws4_request")}) {
        key = hmacSha256(key, part);
    }
    const crypto::SecureBytes signature = hmacSha256(key, result.stringToSign);
    result.signature = signature.view().toByteArray().toHex();
    result.authorization = QByteArray(kAlgorithm) +
                           " Credential=" + credentials.accessKeyId.toUtf8() + '/' + scope +
                           ", SignedHeaders=" + names + ", Signature=" + result.signature;
    result.headers.append({"Authorization", result.authorization});
    return result;
}

} // namespace tessera::pool::cognito
