// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportResult.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tessera::transfer {

// Images of QR codes given to import (a screenshot of Google Authenticator's "Transfer accounts",
// a photo of a paper backup): every QR code in the image is read by core/scan's QrDecoder, and
// each code's text becomes items as a line of a URI list would.
class QrImageFormat
{
    Q_DECLARE_TR_FUNCTIONS(tessera::transfer::QrImageFormat)

public:
    // PNG, JPEG, GIF, BMP or WebP, by their magic bytes (never the file name).
    static bool recognises(QByteArrayView data);
    // "PNG", "JPEG"... for messages; empty when recognises() is false.
    static QString kindOf(QByteArrayView data);

    static ImportResult read(QByteArrayView data);
    // The items of texts already decoded from QR codes, one source name per code ("QR code 2").
    static ImportResult readTexts(const QStringList& texts);
};

} // namespace tessera::transfer
