// SPDX-License-Identifier: GPL-3.0-or-later
#include "CognitoClient.h"

#include "SigV4Signer.h"
#include "pool/PoolOperations.h"
#include "pool/RetryMode.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QPointer>
#include <QPromise>
#include <QRandomGenerator>
#include <QTimer>

namespace tessera::pool::cognito {

namespace {

const QByteArray kTargetPrefix = "AWSCognitoIdentityProviderService.";

} // namespace

struct CognitoClient::Call
{
    QString operation;
    QByteArray body;
    int attempt = 0;
    QPromise<PoolResult> promise;
    QPointer<QNetworkReply> reply;
    QTimer timeout;
    QTimer backoff;
    QFutureWatcher<PoolResult> watcher;
    bool timedOut = false;
    bool canceled = false;
    bool done = false;
};

CognitoClient::CognitoClient(AwsSettings settings, RetryPolicy retry, QObject* parent)
    : QObject(parent), m_settings(std::move(settings)), m_retry(retry), m_clock(otp::systemClock()),
      m_jitter([] { return QRandomGenerator::global()->generateDouble(); })
{}

CognitoClient::~CognitoClient()
{
    cancelAll();
}

PoolError CognitoClient::errorFromResponse(const QString& operation, int status,
                                           const QByteArray& body,
                                           const QByteArray& errorTypeHeader)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    PoolError error = PoolError::fromJson(object);
    if (error.type.isEmpty() && !errorTypeHeader.isEmpty()) {
        error.type =
            PoolError::fromJson({{QStringLiteral("__type"), QString::fromUtf8(errorTypeHeader)}})
                .type;
    }
    if (error.type.isEmpty()) {
        error.type = status >= 500 ? QString::fromLatin1(errors::kInternalError)
                                   : QStringLiteral("HttpError");
    }
    if (error.message.isEmpty()) {
        error.message = tr("HTTP status %1 with no message").arg(status);
    }
    // cognito-local answers calls it lacks with HTTP 500 and CognitoLocal#Unsupported; AWS and
    // other servers an operation they do not know with UnknownOperationException.
    if (error.type == QLatin1String("Unsupported") ||
        error.type == QLatin1String("UnknownOperationException") ||
        error.type == QLatin1String(errors::kUnsupportedOperation)) {
        return {QString::fromLatin1(errors::kUnsupportedOperation),
                tr("%1 is not supported by this endpoint (%2)").arg(operation, error.message)};
    }
    return error;
}

bool CognitoClient::isRetryable(int status, const QString& errorType)
{
    if (errorType == QLatin1String(errors::kUnsupportedOperation)) {
        return false;
    }
    return retry::isThrottling(errorType) || status == 500 || status == 502 || status == 503 ||
           status == 504;
}

QFuture<PoolResult> CognitoClient::send(const QString& operation, const QJsonObject& request)
{
    auto call = std::make_shared<Call>();
    call->operation = operation;
    call->body = QJsonDocument(request).toJson(QJsonDocument::Compact);
    call->promise.start();
    QFuture<PoolResult> future = call->promise.future();
    if (!operations::isTokenAuthorised(operation) && !m_settings.credentials) {
        call->promise.addResult(
            PoolError{QStringLiteral("NoCredentialsError"),
                      tr("Unable to locate credentials to sign %1: set AWS_ACCESS_KEY_ID and "
                         "AWS_SECRET_ACCESS_KEY, or name a profile with --profile")
                          .arg(operation)});
        call->promise.finish();
        return future;
    }
    call->timeout.setSingleShot(true);
    call->backoff.setSingleShot(true);
    std::weak_ptr<Call> weak = call;
    connect(&call->timeout, &QTimer::timeout, this, [weak] {
        if (auto locked = weak.lock(); locked && locked->reply) {
            locked->timedOut = true;
            locked->reply->abort();
        }
    });
    connect(&call->backoff, &QTimer::timeout, this, [this, weak] {
        if (auto locked = weak.lock()) {
            startAttempt(locked);
        }
    });
    // A caller that cancels the future stops the request and any retry.
    connect(&call->watcher, &QFutureWatcher<PoolResult>::canceled, this, [weak] {
        if (auto locked = weak.lock(); locked && !locked->done) {
            locked->canceled = true;
            locked->backoff.stop();
            if (locked->reply) {
                locked->reply->abort();
            }
        }
    });
    call->watcher.setFuture(future);
    m_calls.append(call);
    startAttempt(call);
    return future;
}

void CognitoClient::cancelAll()
{
    const auto calls = m_calls;
    for (const auto& call : calls) {
        call->canceled = true;
        call->backoff.stop();
        if (call->reply) {
            call->reply->abort();
        } else if (!call->done) {
            finishAttempt(call);
        }
    }
}

void CognitoClient::startAttempt(const std::shared_ptr<Call>& call)
{
    ++call->attempt;
    call->timedOut = false;
    QNetworkRequest request(m_settings.endpoint);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    const QByteArray target = kTargetPrefix + call->operation.toLatin1();
    request.setRawHeader("Content-Type", "application/x-amz-json-1.1");
    request.setRawHeader("X-Amz-Target", target);
    request.setRawHeader("User-Agent", "tessera/cognito");
    if (!operations::isTokenAuthorised(call->operation)) {
        const QUrl& url = m_settings.endpoint;
        const bool defaultPort = url.port() < 0 ||
                                 (url.scheme() == QLatin1String("https") && url.port() == 443) ||
                                 (url.scheme() == QLatin1String("http") && url.port() == 80);
        const QByteArray host = url.host(QUrl::FullyEncoded).toLatin1() +
                                (defaultPort ? QByteArray() : ':' + QByteArray::number(url.port()));
        SigningRequest signing{"POST",
                               url.path(QUrl::FullyEncoded).isEmpty()
                                   ? QByteArray("/")
                                   : url.path(QUrl::FullyEncoded).toLatin1(),
                               {},
                               {{"Content-Type", "application/x-amz-json-1.1"},
                                {"Host", host},
                                {"X-Amz-Target", target}},
                               call->body};
        const SigV4Signature signature =
            SigV4Signer::sign(signing, *m_settings.credentials,
                              {m_settings.region, QStringLiteral("cognito-idp"),
                               QDateTime::fromSecsSinceEpoch(m_clock(), Qt::UTC)});
        for (const auto& [name, value] : signature.headers) {
            request.setRawHeader(name, value);
        }
    }
    ++m_requestsSent;
    call->reply = m_network.post(request, call->body);
    std::weak_ptr<Call> weak = call;
    connect(call->reply, &QNetworkReply::finished, this, [this, weak] {
        if (auto locked = weak.lock()) {
            finishAttempt(locked);
        }
    });
    call->timeout.start(m_retry.attemptTimeoutMs);
}

void CognitoClient::finishAttempt(const std::shared_ptr<Call>& call)
{
    call->timeout.stop();
    QNetworkReply* reply = call->reply;
    call->reply = nullptr;
    std::optional<PoolResult> result;
    bool retry = false;
    QString outcome;
    if (call->canceled) {
        result = PoolError{
            QString::fromLatin1(errors::kRequestCanceled),
            tr("%1 was cancelled; it may or may not have been applied").arg(call->operation)};
        outcome = QStringLiteral("cancelled");
    } else if (reply != nullptr) {
        const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
        if (call->timedOut) {
            result = PoolError{QStringLiteral("RequestTimeout"),
                               tr("%1 gave no answer within %2 s")
                                   .arg(m_settings.endpoint.toDisplayString())
                                   .arg(m_retry.attemptTimeoutMs / 1000.0)};
            retry = true;
            outcome = QStringLiteral("timeout");
        } else if (!statusAttribute.isValid()) {
            result =
                PoolError{QStringLiteral("NetworkError"),
                          tr("Could not talk to %1: %2")
                              .arg(m_settings.endpoint.toDisplayString(), reply->errorString())};
            retry = true;
            outcome = QStringLiteral("network error: %1").arg(reply->errorString());
        } else {
            const int status = statusAttribute.toInt();
            if (status >= 200 && status < 300) {
                const QJsonDocument document = QJsonDocument::fromJson(body);
                if (!body.trimmed().isEmpty() && !document.isObject()) {
                    result = PoolError::internal(
                        tr("%1 answered %2 with a body that is not JSON")
                            .arg(m_settings.endpoint.toDisplayString(), call->operation));
                } else {
                    result = PoolResult(document.object());
                }
                outcome = QString::number(status);
            } else {
                PoolError error = errorFromResponse(call->operation, status, body,
                                                    reply->rawHeader("x-amzn-ErrorType"));
                retry = isRetryable(status, error.type);
                outcome = QStringLiteral("%1 %2").arg(status).arg(error.type);
                result = std::move(error);
            }
        }
        reply->deleteLater();
    }
    emit attemptFinished(call->operation, call->attempt, outcome);
    if (retry && call->attempt < m_retry.maxAttempts && !call->canceled) {
        call->backoff.start(int(retry::backoffMs(call->attempt, m_retry.baseBackoffMs,
                                                 m_retry.maxBackoffMs, m_jitter())));
        return;
    }
    if (result && !*result && call->attempt > 1) {
        PoolError error = result->failure();
        // Only ever more than one attempt here, so the plural needs no %n.
        error.message = tr("%1 (after %2 attempts)").arg(error.message).arg(call->attempt);
        result = std::move(error);
    }
    call->done = true;
    if (result) {
        call->promise.addResult(*result);
    }
    call->promise.finish();
    m_calls.removeOne(call);
}

} // namespace tessera::pool::cognito
