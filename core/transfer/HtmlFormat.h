// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/OtpParameters.h"
#include "util/Expected.h"

#include <QByteArray>
#include <QCoreApplication>

#include <vector>

namespace tessera::transfer {

// A printable HTML page for paper backup: a warning, then one QR code (inline SVG of the entry's
// otpauth:// URI) per entry with its issuer and account under it. Self-contained: no scripts, no
// external resources, so printing it leaks nothing to the network.
class HtmlFormat
{
    Q_DECLARE_TR_FUNCTIONS(tessera::transfer::HtmlFormat)

public:
    static Expected<QByteArray> write(const std::vector<const otp::OtpParameters*>& entries);
};

} // namespace tessera::transfer
