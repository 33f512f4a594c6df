// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/OtpParameters.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <utility>

namespace tessera::cli {

// One JSON object on one line, keys in the order given (QJsonObject would sort them, and people
// read this output).
QByteArray orderedJsonObject(const QList<std::pair<QString, QJsonValue>>& members);

// The fields of `tessera-cli parse`: type, issuer, account, secret, algorithm, digits, period,
// counter. `period` is null for HOTP and `counter` null for TOTP and Steam.
QList<std::pair<QString, QJsonValue>> parameterFields(const otp::OtpParameters& parameters,
                                                      bool withSecret);

} // namespace tessera::cli
