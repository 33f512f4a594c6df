// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/OtpParameters.h"

#include <QString>

#include <optional>
#include <vector>

namespace tessera::transfer {

// Why a whole file could not be read. Each has its own remedy, so callers branch on it.
enum class ImportFailure
{
    None,             // the file was read; individual items may still carry errors
    Unreadable,       // the file could not be opened
    Unrecognised,     // no known format matches the content
    PasswordRequired, // an encrypted export and no password was given
    WrongPassword,    // the password does not open this export
    Damaged,          // the right format, but its content is broken
    Unsupported,      // a recognised format Tessera cannot read (yet)
    TooCostly,        // its key derivation asks for more work or memory than Tessera spends on a
                      // file (crypto::checkKdfCost); refused before any derivation
};

// One account found in a file: its parameters, or why it could not be read. `sourceName` names it
// the way the source app did, so a person can find it there.
struct ImportItem
{
    QString sourceName;
    std::optional<otp::OtpParameters> parameters;
    QString error;

    bool ok() const { return parameters.has_value(); }
    ImportItem clone() const;
};

// What one file gave: its format, the items (a bad entry does not sink the others), or why the file
// as a whole could not be read (then `items` is empty).
struct ImportResult
{
    QString format;
    ImportFailure failure = ImportFailure::None;
    QString error;
    std::vector<ImportItem> items;

    bool ok() const { return failure == ImportFailure::None; }
    static ImportResult failed(ImportFailure failure, QString error, QString format = {});
};

} // namespace tessera::transfer
