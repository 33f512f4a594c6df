// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace tessera::pool::retry {

// AWS's "standard" retry mode, shared by the Cognito client (per request) and the RequestPacer
// (per queue): which answers are throttling, and how long to wait before retry n.

// Whether `errorType` (Cognito's `__type`) is one of the throttling errors the AWS SDKs retry.
bool isThrottling(const QString& errorType);

// The wait before retry `retry` (1-based): jitter * min(base * 2^(retry-1), max), with `jitter`
// in [0, 1] ("full jitter", as the SDKs' standard mode does).
qint64 backoffMs(int retry, int baseMs, int maxMs, double jitter);

} // namespace tessera::pool::retry
