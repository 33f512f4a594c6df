// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QTableWidget;

// The console's small read-only tables (a user's attributes, devices and sign-ins, an import's
// users and problems, a bulk run's results): built and filled one way.
namespace tessera::ui::console {

// Rows selected whole, not editable, no row numbers, the last column stretched; `name` is its
// accessible name, and its header is named "`name` columns".
QTableWidget* readOnlyTable(const QStringList& headers, const QString& name);

// Fills `row` with `cells`, each with its text as tooltip (cells are often cut short).
void setRowTexts(QTableWidget* table, int row, const QStringList& cells);

} // namespace tessera::ui::console
