// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AwsSettings.h"
#include "otp/Clock.h"
#include "pool/PoolError.h"

#include <QDateTime>
#include <QFuture>
#include <QNetworkAccessManager>
#include <QObject>

#include <functional>

namespace tessera::pool::cognito {

// How hard the client tries: the AWS "standard" retry mode by default.
struct RetryPolicy
{
    int maxAttempts = 3;
    // Backoff before retry n (1-based) is jitter() * min(base * 2^(n-1), max).
    int baseBackoffMs = 1000;
    int maxBackoffMs = 20000;
    // Each attempt's limit: no answer within this time aborts the attempt.
    int attemptTimeoutMs = 10000;
};

// An AWS JSON 1.1 client for Cognito user pools: POST / with X-Amz-Target
// AWSCognitoIdentityProviderService.<Operation>, SigV4-signed unless the operation is authorised
// by a user's token, retried on throttling, 5xx, resets and timeouts. Lives on one thread with an
// event loop; futures finish on it.
class CognitoClient : public QObject
{
    Q_OBJECT

public:
    explicit CognitoClient(AwsSettings settings, RetryPolicy retry = {}, QObject* parent = nullptr);
    ~CognitoClient() override;

    QFuture<PoolResult> send(const QString& operation, const QJsonObject& request);

    // Aborts every request in flight; their futures finish with RequestCanceled.
    void cancelAll();

    // HTTP requests sent, retries included (for benchmarks and tests).
    int requestsSent() const { return m_requestsSent; }

    // For tests: the time signatures carry and the jitter factor in [0, 1].
    void setClock(otp::Clock clock) { m_clock = std::move(clock); }
    void setJitter(std::function<double()> jitter) { m_jitter = std::move(jitter); }

    const AwsSettings& settings() const { return m_settings; }

    // An HTTP error answer into Cognito's error: `__type`/`message` from the body, else the
    // x-amzn-ErrorType header; cognito-local's Unsupported becomes "not supported by this
    // endpoint".
    static PoolError errorFromResponse(const QString& operation, int status, const QByteArray& body,
                                       const QByteArray& errorTypeHeader);
    // Whether AWS's standard mode retries this answer.
    static bool isRetryable(int status, const QString& errorType);

signals:
    // One line a person may want in a log: operation, attempt, outcome. Never a secret.
    void attemptFinished(const QString& operation, int attempt, const QString& outcome);

private:
    struct Call;
    void startAttempt(const std::shared_ptr<Call>& call);
    void finishAttempt(const std::shared_ptr<Call>& call);

    AwsSettings m_settings;
    RetryPolicy m_retry;
    QNetworkAccessManager m_network;
    otp::Clock m_clock;
    std::function<double()> m_jitter;
    QList<std::shared_ptr<Call>> m_calls;
    int m_requestsSent = 0;
};

} // namespace tessera::pool::cognito
