// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportResult.h"
#include "vault/VaultFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QUuid>

#include <vector>

namespace tessera::transfer {

enum class PreviewStatus
{
    New,       // not in the vault: will be added if chosen
    Duplicate, // same secret and type as an entry in the vault or earlier in this import
    Error,     // could not be read; `error` says why
};

// One line of the import preview.
struct PreviewRow
{
    QString file;
    QString sourceName;
    PreviewStatus status = PreviewStatus::Error;
    QString error;
    std::optional<otp::OtpParameters> parameters;
    // For duplicates of a vault entry: that entry (null when it duplicates an earlier row).
    QUuid duplicateOf;
};

// What an import would do, before the vault is touched: each item classified new, duplicate or
// error. The caller (wizard or CLI) shows it, the user picks, and apply() adds the chosen new
// rows in one save.
class ImportPreview
{
    Q_DECLARE_TR_FUNCTIONS(tessera::transfer::ImportPreview)

public:
    // `files[i]` names results[i] in the rows; a file that failed as a whole gives one error row.
    static ImportPreview build(const vault::Vault& vault, const std::vector<ImportResult>& results,
                               const QStringList& files = {});

    const std::vector<PreviewRow>& rows() const { return m_rows; }
    std::vector<std::size_t> newRows() const;
    static QString statusName(PreviewStatus status);

    // New entries for the chosen rows, for a caller that adds and saves them itself (the
    // window, through VaultSession::apply); an error when a chosen row is not New.
    Expected<std::vector<vault::Entry>>
    chosenEntries(const std::vector<std::size_t>& chosen,
                  const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    // Adds the chosen rows that are New to the vault and saves once; returns the new entries'
    // ids. Nothing is added (and nothing saved) when a chosen row is not New.
    Expected<QList<QUuid>> apply(vault::VaultFile& file, const std::vector<std::size_t>& chosen,
                                 const QDateTime& now = QDateTime::currentDateTimeUtc()) const;

private:
    std::vector<PreviewRow> m_rows;
};

} // namespace tessera::transfer
