// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleTables.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QTableWidget>

namespace tessera::ui::console {

QTableWidget* readOnlyTable(const QStringList& headers, const QString& name)
{
    auto* table = new QTableWidget(0, int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAccessibleName(name);
    table->horizontalHeader()->setAccessibleName(
        QCoreApplication::translate("ConsoleTables", "%1 columns").arg(name));
    return table;
}

void setRowTexts(QTableWidget* table, int row, const QStringList& cells)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells[column]);
        item->setToolTip(cells[column]);
        table->setItem(row, column, item);
    }
}

} // namespace tessera::ui::console
