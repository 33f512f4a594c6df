// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: otpauth::parse on arbitrary text. Whatever it accepts, format() must turn into
// a URI that parses back to the same fields, or an entry would change on export and re-import.
#include "otp/OtpAuthUri.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace tessera::otp;

namespace {

[[noreturn]] void fail(const char* field, const QString& input, const QString& formatted)
{
    std::fprintf(stderr, "round trip changed %s\n  input:     %s\n  formatted: %s\n", field,
                 input.toUtf8().constData(), formatted.toUtf8().constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto first = otpauth::parse(input);
    if (!first) {
        return 0;
    }
    const QString formatted = otpauth::format(first.value());
    const auto second = otpauth::parse(formatted);
    if (!second) {
        std::fprintf(stderr, "formatted URI is refused: %s\n", second.error().toUtf8().constData());
        fail("parsability", input, formatted);
    }
    const OtpParameters& a = first.value();
    const OtpParameters& b = second.value();
    if (a.type() != b.type()) {
        fail("type", input, formatted);
    }
    if (a.algorithm() != b.algorithm()) {
        fail("algorithm", input, formatted);
    }
    if (a.digits() != b.digits()) {
        fail("digits", input, formatted);
    }
    if (a.period() != b.period()) {
        fail("period", input, formatted);
    }
    if (a.counter() != b.counter()) {
        fail("counter", input, formatted);
    }
    if (a.secret().view() != b.secret().view()) {
        fail("secret", input, formatted);
    }
    if (a.issuer() != b.issuer()) {
        fail("issuer", input, formatted);
    }
    if (a.account() != b.account()) {
        fail("account", input, formatted);
    }
    if (a.extraParameters() != b.extraParameters()) {
        fail("extra parameters", input, formatted);
    }
    return 0;
}
