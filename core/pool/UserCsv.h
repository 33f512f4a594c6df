// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PoolUser.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Users as CSV: the console's export of a users table, and Cognito's user-import format (the
// columns GetCSVHeader returns) read with an error for each row that is wrong.
namespace tessera::pool {

namespace csv {
// One RFC 4180 field: quoted when it holds a comma, quote, CR or LF, quotes doubled.
// Formula-injection guard: a value a spreadsheet would run as a formula (first character = + -
// or @, or a tab or CR before one) gets a leading apostrophe, so opening the export in Excel or
// LibreOffice shows the text instead of evaluating it. Such a value reads back with the
// apostrophe; the export is for people and spreadsheets, not for re-import.
QString field(const QString& value);
// Fields joined by commas, ended by CRLF as RFC 4180 writes records.
QString row(const QStringList& fields);
} // namespace csv

// The users table as CSV: username, status, enabled, dates, MFA factors and preference, then
// every attribute any of the users has (sorted by name).
QString usersToCsv(const QList<PoolUser>& users);

// Something wrong with one place in an import file.
struct CsvProblem
{
    int line = 0;   // 1-based, the header is line 1
    QString column; // the header's name for the column, empty for the whole row
    QString message;
};

// What an import file holds: the users it would add (with the line each came from) and every
// problem found. Users with a problem are left out, so a preview shows both.
struct UserImportPreview
{
    QList<PoolUser> users;
    QList<int> lines;
    QList<CsvProblem> problems;
    int rowsRead = 0;
};

// Cognito's user-import CSV: the header GetCSVHeader gives (standard attributes, the pool's
// custom attributes, cognito:mfa_enabled, cognito:username), in any order and all present,
// and one user per row, checked as Cognito's import job checks it.
class UserImportCsv
{
    Q_DECLARE_TR_FUNCTIONS(UserImportCsv)

public:
    // Cognito's import limit per file.
    static constexpr int kMaximumUsers = 500000;

    // GetCSVHeader's columns for a pool with these custom attributes ("custom:..." names).
    static QStringList header(const QStringList& customAttributes = {});
    // Reads `text` (the file decoded as UTF-8; a byte-order mark is ignored).
    static UserImportPreview read(const QString& text, const QStringList& customAttributes = {});
};

} // namespace tessera::pool
