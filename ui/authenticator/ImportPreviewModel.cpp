// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPreviewModel.h"

namespace tessera::ui {

void ImportPreviewModel::setPreview(transfer::ImportPreview preview)
{
    beginResetModel();
    m_preview = std::move(preview);
    // Only new rows start chosen: a duplicate is usually already there, and an error has nothing
    // to add.
    m_chosen.assign(m_preview.rows().size(), false);
    for (std::size_t row = 0; row < m_preview.rows().size(); ++row) {
        m_chosen[row] = m_preview.rows()[row].status == transfer::PreviewStatus::New;
    }
    endResetModel();
    emit chosenChanged();
}

std::vector<std::size_t> ImportPreviewModel::chosenRows() const
{
    std::vector<std::size_t> chosen;
    for (std::size_t row = 0; row < m_chosen.size(); ++row) {
        if (m_chosen[row]) {
            chosen.push_back(row);
        }
    }
    return chosen;
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows().size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportPreviewModel::statusText(const transfer::PreviewRow& row) const
{
    switch (row.status) {
    case transfer::PreviewStatus::New:
        return tr("New");
    case transfer::PreviewStatus::Duplicate:
        return row.duplicateOf.isNull() ? tr("Duplicate of an earlier row")
                                        : tr("Duplicate: already in the vault");
    case transfer::PreviewStatus::Error:
        break;
    }
    return tr("Error: %1").arg(row.error);
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto row = std::size_t(index.row());
    const transfer::PreviewRow& item = m_preview.rows()[row];
    const bool isError = item.status == transfer::PreviewStatus::Error;
    if (role == Qt::CheckStateRole && index.column() == ChosenColumn && !isError) {
        return m_chosen[row] ? Qt::Checked : Qt::Unchecked;
    }
    if (role == Qt::ToolTipRole) {
        // With several files in one preview, the file is how a row is traced back.
        return index.column() == StatusColumn ? statusText(item) : tr("From %1").arg(item.file);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case IssuerColumn:
        // An unreadable entry has no parameters: the source's own name (or, when the whole file
        // failed, the file's) lets the user find it.
        if (item.parameters) {
            return item.parameters->issuer();
        }
        return item.sourceName.isEmpty() ? item.file : item.sourceName;
    case AccountColumn:
        return item.parameters ? item.parameters->account() : QString();
    case TypeColumn:
        return item.parameters ? otp::typeName(item.parameters->type()).toUpper() : QString();
    case StatusColumn:
        return statusText(item);
    default:
        return {};
    }
}

bool ImportPreviewModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != ChosenColumn ||
        !(flags(index) & Qt::ItemIsUserCheckable)) {
        return false;
    }
    const auto row = std::size_t(index.row());
    const bool chosen = value.value<Qt::CheckState>() == Qt::Checked;
    if (m_chosen[row] == chosen) {
        return true;
    }
    m_chosen[row] = chosen;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit chosenChanged();
    return true;
}

Qt::ItemFlags ImportPreviewModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == ChosenColumn &&
        m_preview.rows()[std::size_t(index.row())].status != transfer::PreviewStatus::Error) {
        result |= Qt::ItemIsUserCheckable;
    }
    return result;
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case ChosenColumn:
        return tr("Import");
    case IssuerColumn:
        return tr("Issuer");
    case AccountColumn:
        return tr("Account");
    case TypeColumn:
        return tr("Type");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace tessera::ui
