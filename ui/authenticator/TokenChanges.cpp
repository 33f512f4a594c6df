// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenChanges.h"

#include "TokenListModel.h"

namespace tessera::ui {

VaultChange TokenChanges::add(vault::Entry entry)
{
    std::vector<vault::Entry> entries;
    entries.push_back(std::move(entry));
    return add(std::move(entries));
}

VaultChange TokenChanges::add(std::vector<vault::Entry> entries)
{
    QList<QUuid> ids;
    for (const vault::Entry& entry : entries) {
        ids.append(entry.id());
    }
    auto added = std::make_shared<std::vector<vault::Entry>>(std::move(entries));
    TokenListModel* model = &m_model;
    return {.make =
                [model, added] {
                    for (vault::Entry& entry : *added) {
                        model->addEntry(std::move(entry));
                    }
                    added->clear();
                    return true;
                },
            .revert =
                [model, ids] {
                    for (auto id = ids.crbegin(); id != ids.crend(); ++id) {
                        model->takeEntry(model->rowOf(*id));
                    }
                }};
}

VaultChange TokenChanges::remove(int row, const std::shared_ptr<Removed>& removed)
{
    TokenListModel* model = &m_model;
    return {.make =
                [model, row, removed] {
                    const vault::Entry* next = model->entryAt(row + 1);
                    removed->before = next != nullptr ? next->id() : QUuid();
                    std::optional<vault::Entry> taken = model->takeEntry(row);
                    if (!taken) {
                        return false;
                    }
                    removed->entry = std::make_shared<const vault::Entry>(std::move(*taken));
                    return true;
                },
            .revert = [model,
                       removed] { model->insertEntry(removed->entry->clone(), removed->before); }};
}

VaultChange TokenChanges::restore(const Removed& removed)
{
    TokenListModel* model = &m_model;
    return {.make =
                [model, removed] {
                    model->insertEntry(removed.entry->clone(), removed.before);
                    return true;
                },
            .revert = [model, id = removed.entry->id()] { model->takeEntry(model->rowOf(id)); }};
}

VaultChange TokenChanges::revealHotp(int row, std::function<void(const QUuid& id)> show)
{
    TokenListModel* model = &m_model;
    const vault::Entry* entry = model->entryAt(row);
    if (entry == nullptr) {
        return {.make = [] { return false; }};
    }
    auto code = std::make_shared<QString>();
    return {.make =
                [model, row, code] {
                    const std::optional<QString> next = model->advanceHotp(row);
                    *code = next.value_or(QString());
                    return next.has_value();
                },
            .revert = [model, id = entry->id(),
                       counter =
                           entry->parameters().counter()] { model->undoAdvanceHotp(id, counter); },
            .saved =
                [model, id = entry->id(), code, show = std::move(show)] {
                    model->showHotpCode(id, *code);
                    show(id);
                }};
}

VaultChange TokenChanges::setFavourite(int row, bool favourite)
{
    TokenListModel* model = &m_model;
    const vault::Entry* entry = model->entryAt(row);
    const QUuid id = entry != nullptr ? entry->id() : QUuid();
    return {
        .make = [model, id, favourite] { return model->setFavourite(model->rowOf(id), favourite); },
        .revert = [model, id, favourite] { model->setFavourite(model->rowOf(id), !favourite); }};
}

VaultChange TokenChanges::edit(const QUuid& id, Edit edit)
{
    TokenListModel* model = &m_model;
    auto wanted = std::make_shared<Edit>(std::move(edit));
    auto before = std::make_shared<std::optional<vault::Entry>>();
    auto addedGroup = std::make_shared<QUuid>();
    return {.make =
                [model, id, wanted, before, addedGroup] {
                    const int row = model->rowOf(id);
                    if (row < 0) {
                        return false;
                    }
                    *before = model->entryAt(row)->clone();
                    vault::Vault& vault = model->vault();
                    const qsizetype groups = vault.groups().size();
                    const QUuid group = vault.groupNamed(wanted->group);
                    if (vault.groups().size() > groups) {
                        *addedGroup = group;
                    }
                    return model->updateEntry(row, [&](vault::Entry& edited) {
                        edited.setParameters(std::move(wanted->parameters));
                        edited.setNote(wanted->note);
                        edited.setFavourite(wanted->favourite);
                        edited.setGroups(group.isNull() ? QList<QUuid>() : QList<QUuid>{group});
                    });
                },
            .revert =
                [model, id, before, addedGroup] {
                    model->updateEntry(model->rowOf(id),
                                       [&](vault::Entry& edited) { edited = (*before)->clone(); });
                    model->vault().removeGroup(*addedGroup);
                }};
}

VaultChange TokenChanges::moved(const QUuid& id, const QUuid& formerNext, bool& reverting)
{
    TokenListModel* model = &m_model;
    return {.make = {}, .revert = [model, id, formerNext, &reverting] {
                reverting = true;
                model->moveEntry(id, formerNext);
                reverting = false;
            }};
}

} // namespace tessera::ui
