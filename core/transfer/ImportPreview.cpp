// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPreview.h"

#include "crypto/Digest.h"

#include <QCoreApplication>
#include <QHash>

namespace tessera::transfer {

namespace {

// Candidates are found by a digest of type and secret, so 10,000 entries against 10,000 stay
// fast; the final decision is a constant-time comparison of the secrets themselves.
QByteArray bucketKey(const otp::OtpParameters& parameters)
{
    return crypto::sha256(parameters.secret().view()) + char(parameters.type());
}

struct Known
{
    const otp::OtpParameters* parameters;
    QUuid vaultId;
};

} // namespace

QString ImportPreview::statusName(PreviewStatus status)
{
    switch (status) {
    case PreviewStatus::New:
        return QStringLiteral("new");
    case PreviewStatus::Duplicate:
        return QStringLiteral("duplicate");
    case PreviewStatus::Error:
        break;
    }
    return QStringLiteral("error");
}

ImportPreview ImportPreview::build(const vault::Vault& vault,
                                   const std::vector<ImportResult>& results,
                                   const QStringList& files)
{
    ImportPreview preview;
    QMultiHash<QByteArray, Known> known;
    for (const vault::Entry& entry : vault.entries()) {
        known.insert(bucketKey(entry.parameters()), Known{&entry.parameters(), entry.id()});
    }
    // `known` points into m_rows: reserve so that no insertion moves them.
    std::size_t total = 0;
    for (const ImportResult& result : results) {
        total += std::max<std::size_t>(result.items.size(), 1);
    }
    preview.m_rows.reserve(total);
    for (std::size_t f = 0; f < results.size(); ++f) {
        const ImportResult& result = results[f];
        const QString file = files.value(qsizetype(f));
        if (!result.ok()) {
            preview.m_rows.push_back(
                PreviewRow{file, {}, PreviewStatus::Error, result.error, {}, {}});
            continue;
        }
        for (const ImportItem& item : result.items) {
            PreviewRow row{file, item.sourceName, PreviewStatus::Error, item.error, {}, {}};
            if (item.parameters) {
                row.parameters = item.parameters->clone();
                row.status = PreviewStatus::New;
                const QByteArray key = bucketKey(*item.parameters);
                for (auto it = known.constFind(key); it != known.cend() && it.key() == key; ++it) {
                    const otp::OtpParameters& other = *it->parameters;
                    if (other.type() == item.parameters->type() &&
                        other.secret().equals(item.parameters->secret().span())) {
                        row.status = PreviewStatus::Duplicate;
                        row.duplicateOf = it->vaultId;
                        break;
                    }
                }
            }
            preview.m_rows.push_back(std::move(row));
            const PreviewRow& added = preview.m_rows.back();
            if (added.status == PreviewStatus::New) {
                known.insert(bucketKey(*added.parameters), Known{&*added.parameters, {}});
            }
        }
    }
    return preview;
}

std::vector<std::size_t> ImportPreview::newRows() const
{
    std::vector<std::size_t> rows;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].status == PreviewStatus::New) {
            rows.push_back(i);
        }
    }
    return rows;
}

Expected<std::vector<vault::Entry>>
ImportPreview::chosenEntries(const std::vector<std::size_t>& chosen, const QDateTime& now) const
{
    for (const std::size_t index : chosen) {
        if (index >= m_rows.size() || m_rows[index].status != PreviewStatus::New) {
            return makeError(tr("row %1 is not a new entry; nothing was imported").arg(index + 1));
        }
    }
    std::vector<vault::Entry> entries;
    entries.reserve(chosen.size());
    for (const std::size_t index : chosen) {
        entries.emplace_back(m_rows[index].parameters->clone(), QUuid::createUuid(), now);
    }
    return entries;
}

Expected<QList<QUuid>> ImportPreview::apply(vault::VaultFile& file,
                                            const std::vector<std::size_t>& chosen,
                                            const QDateTime& now) const
{
    auto entries = chosenEntries(chosen, now);
    if (!entries) {
        return entries.failure();
    }
    vault::Vault updated = file.vault().clone();
    QList<QUuid> ids;
    for (vault::Entry& entry : *entries) {
        ids.append(entry.id());
        updated.addEntry(std::move(entry));
    }
    vault::Vault previous = std::move(file.vault());
    file.vault() = std::move(updated);
    if (const Status saved = file.save(); !saved) {
        file.vault() = std::move(previous);
        return makeError(saved.error());
    }
    return ids;
}

} // namespace tessera::transfer
