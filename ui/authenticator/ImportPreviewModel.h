// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transfer/ImportPreview.h"

#include <QAbstractTableModel>

#include <vector>

namespace tessera::ui {

// The import preview as a table the user picks from: new rows start checked, duplicates
// unchecked, and rows that could not be read cannot be checked at all.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ChosenColumn,
        IssuerColumn,
        AccountColumn,
        TypeColumn,
        StatusColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setPreview(transfer::ImportPreview preview);
    const transfer::ImportPreview& preview() const { return m_preview; }
    // The indexes of the checked rows, in table order.
    std::vector<std::size_t> chosenRows() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void chosenChanged();

private:
    QString statusText(const transfer::PreviewRow& row) const;

    transfer::ImportPreview m_preview;
    std::vector<bool> m_chosen;
};

} // namespace tessera::ui
