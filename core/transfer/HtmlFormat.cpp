// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlFormat.h"

#include "otp/OtpAuthUri.h"
#include "scan/QrEncoder.h"

#include <QCoreApplication>

namespace tessera::transfer {

namespace {

// Print-friendly: cards that never split across pages, codes large enough for a phone camera.
const char* const kStyle = "body{font-family:sans-serif;margin:1.5em;color:#000;background:#fff}"
                           ".warning{border:3px solid #b00;padding:.8em 1em;margin-bottom:1.5em}"
                           ".warning h1{color:#b00;font-size:1.3em;margin:0 0 .4em}"
                           ".codes{display:flex;flex-wrap:wrap;gap:1.5em}"
                           ".code{width:14em;text-align:center;break-inside:avoid;"
                           "page-break-inside:avoid}"
                           ".code svg{width:14em;height:14em}"
                           ".issuer{font-weight:bold;margin-top:.3em}"
                           ".account{font-size:.9em;word-break:break-all}";

} // namespace

Expected<QByteArray> HtmlFormat::write(const std::vector<const otp::OtpParameters*>& entries)
{
    QString html =
        QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                       "<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n")
            .arg(tr("Tessera paper backup").toHtmlEscaped(), QString::fromLatin1(kStyle));
    html += QStringLiteral("<div class=\"warning\"><h1>%1</h1><p>%2</p><p>%3</p></div>\n")
                .arg(tr("Secret: anyone with this page can generate your codes").toHtmlEscaped(),
                     tr("Each QR code holds an account's secret key, unencrypted. Print it, keep "
                        "the paper somewhere safe, and delete this file.")
                         .toHtmlEscaped(),
                     tr("%n account(s). To restore, scan a code with any authenticator app.",
                        nullptr, int(entries.size()))
                         .toHtmlEscaped());
    html += QStringLiteral("<div class=\"codes\">\n");
    for (const otp::OtpParameters* entry : entries) {
        auto svg = scan::QrEncoder::toSvg(otp::otpauth::format(*entry));
        if (!svg) {
            return makeError(
                tr("cannot draw the QR code of %1: %2")
                    .arg(entry->issuer() + QLatin1Char(':') + entry->account(), svg.error()));
        }
        // Inline SVG must not carry its own XML declaration.
        const qsizetype start = svg->indexOf(QLatin1String("<svg"));
        html += QStringLiteral("<div class=\"code\">\n%1<div class=\"issuer\">%2</div>"
                               "<div class=\"account\">%3</div>\n</div>\n")
                    .arg(svg->mid(start), entry->issuer().toHtmlEscaped(),
                         entry->account().toHtmlEscaped());
    }
    html += QStringLiteral("</div>\n</body>\n</html>\n");
    return html.toUtf8();
}

} // namespace tessera::transfer
