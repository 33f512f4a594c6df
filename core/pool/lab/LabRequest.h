// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pool/PoolBackend.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace tessera::pool::lab {

// One request a lab run sends: Cognito's operation and body.
struct LabRequest
{
    QString operation;
    QJsonObject body;
};

// `json` with its secrets hidden, for showing: passwords as "********", tokens, sessions, SRP
// values and TOTP secrets as their first characters and length; codes are shown (they are
// used once and the lab is about them).
QJsonObject masked(const QJsonObject& json);
// "eyJraWQiOi…(1043 characters)".
QString maskedToken(const QString& token);

// Runs a lab machine (SignInLab, EnrolmentBridge: start() gives the first request, next(answer)
// the following one or nothing at the end) with `execute` sending each request, on the calling
// thread. For tests and the CLI; a console drives it with driveAsync.
template <typename Machine>
void driveSync(Machine& machine, const std::function<PoolResult(const LabRequest&)>& execute)
{
    std::optional<LabRequest> request = machine.start();
    while (request) {
        request = machine.next(execute(*request));
    }
}

// The same over `backend`'s asynchronous calls: each answer is handled on `context`'s thread
// (the UI thread for a console, which never waits), then `done` runs. Stops quietly when
// `context` is destroyed first.
template <typename Machine>
void driveAsync(Machine& machine, PoolBackend& backend, QObject* context,
                std::function<void()> done)
{
    struct Step
    {
        static void send(Machine& machine, PoolBackend& backend, QObject* context,
                         std::function<void()> done, const std::optional<LabRequest>& request)
        {
            if (!request) {
                done();
                return;
            }
            backend.call(request->operation, request->body)
                .then(context, [&machine, &backend, context, done](const PoolResult& answer) {
                    send(machine, backend, context, done, machine.next(answer));
                });
        }
    };
    Step::send(machine, backend, context, std::move(done), machine.start());
}

} // namespace tessera::pool::lab
