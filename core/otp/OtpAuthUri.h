// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OtpParameters.h"

#include <QString>
#include <QStringView>

namespace tessera::otp::otpauth {

// The issuer and account a label names, after the rules in docs/otpauth-policy.md.
struct LabelParts
{
    QString issuer; // from the label prefix; empty if there is none
    QString account;
};

// Splits a percent-decoded label. `issuerParameter` (possibly empty) lets a prefix that itself
// contains ':' be recognised ("Text: More Text:alice" with issuer=Text: More Text).
LabelParts splitLabel(const QString& decodedLabel, const QString& issuerParameter);

// Parses an otpauth:// URI (Google's Key URI format, plus otpauth://steam/ and encoder=steam).
// Every refusal names what is wrong, e.g. "digits must be between 6 and 10, not 2".
Expected<OtpParameters> parse(QStringView uri);

// The canonical URI for `parameters`: label "issuer:account", then secret, issuer, algorithm,
// digits, period or counter, and the parameters Tessera kept without interpreting.
QString format(const OtpParameters& parameters);

} // namespace tessera::otp::otpauth
