// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenListModel.h"

#include "IssuerIcons.h"
#include "otp/OtpGenerator.h"

#include <QDateTime>
#include <QMimeData>
#include <QRegularExpression>
#include <QUuid>

namespace tessera::ui {

namespace {

constexpr int kTickMs = 1000;
// What a drag of rows carries: entry UUIDs, one a line. Never a secret.
const QString kEntryIdsMimeType = QStringLiteral("application/x-tessera-entry-ids");

} // namespace

QString initialsFor(const QString& name)
{
    const QStringList words =
        name.split(QRegularExpression(QStringLiteral("[\\s._@-]+")), Qt::SkipEmptyParts);
    QString initials;
    for (const QString& word : words) {
        if (initials.size() == 2) {
            break;
        }
        initials += word.front().toUpper();
    }
    return initials.isEmpty() ? QStringLiteral("?") : initials;
}

QString groupedCode(const QString& code)
{
    if (code.size() < 6) {
        return code;
    }
    const qsizetype half = code.size() % 2 == 0 ? code.size() / 2 : 3;
    return code.left(half) + QLatin1Char(' ') + code.mid(half);
}

TokenListModel::TokenListModel(vault::Vault& vault, otp::Clock clock, QObject* parent)
    : QAbstractListModel(parent), m_vault(vault), m_clock(std::move(clock)), m_now(m_clock())
{
    resetSteps();
    m_timer.setInterval(kTickMs);
    // A coarse timer may drift by up to 5%; codes only need to change within the second.
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &TokenListModel::tick);
    m_timer.start();
}

void TokenListModel::setTicking(bool ticking)
{
    ticking ? m_timer.start() : m_timer.stop();
}

void TokenListModel::resetSteps()
{
    m_rows.assign(m_vault.size(), RowState{});
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const auto& parameters = m_vault.entries()[i].parameters();
        if (parameters.isTimeBased()) {
            m_rows[i].step = otp::timeStep(m_now, parameters.period());
        }
    }
}

int TokenListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_vault.size());
}

const vault::Entry* TokenListModel::entryAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_vault.entries()[std::size_t(row)] : nullptr;
}

QString TokenListModel::codeFor(int row) const
{
    RowState& state = m_rows[std::size_t(row)];
    const auto& parameters = m_vault.entries()[std::size_t(row)].parameters();
    if (parameters.isTimeBased() && state.code.isEmpty()) {
        state.code = otp::code(parameters, m_now);
    }
    return state.code;
}

QVariant TokenListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const vault::Entry& entry = m_vault.entries()[std::size_t(index.row())];
    const auto& parameters = entry.parameters();
    const int period = parameters.isTimeBased() ? parameters.period() : 0;
    switch (role) {
    case Qt::DisplayRole:
        return entry.displayName();
    case Qt::AccessibleTextRole: {
        const bool hidden = m_hideCodes && entry.id() != m_revealed;
        const QString code = hidden ? QString() : codeFor(index.row());
        return code.isEmpty()
                   ? tr("%1, %2, code hidden").arg(parameters.issuer(), parameters.account())
                   : tr("%1, %2, code %3")
                         .arg(parameters.issuer(), parameters.account(), groupedCode(code));
    }
    case IssuerRole:
        return parameters.issuer();
    case AccountRole:
        return parameters.account();
    case CodeRole:
        return codeFor(index.row());
    case SecondsRemainingRole:
        return period > 0 ? otp::secondsRemaining(m_now, period) : 0;
    case CountdownRole:
        return period > 0 ? double(otp::secondsRemaining(m_now, period)) / period : 0.0;
    case PeriodRole:
        return period;
    case TypeRole:
        return int(parameters.type());
    case IdRole:
        return entry.id();
    case InitialsRole:
        return decoration(index.row()).initials;
    case IconKeyRole:
        return decoration(index.row()).iconKey;
    case SearchTextRole:
        return QStringList{parameters.issuer(), parameters.account(), entry.note(),
                           groupNames(entry)}
            .join(QLatin1Char('\n'));
    case NeedsRevealRole:
        return !parameters.isTimeBased() && m_rows[std::size_t(index.row())].code.isEmpty();
    case FavouriteRole:
        return entry.isFavourite();
    case GroupRole:
        return groupNames(entry);
    case HiddenRole:
        return m_hideCodes && entry.id() != m_revealed;
    case NextCodeRole:
        return period > 0 ? otp::code(parameters, m_now + period) : QString();
    case LastUsedRole:
        return entry.lastUsed();
    default:
        return {};
    }
}

const TokenListModel::RowState& TokenListModel::decoration(int row) const
{
    RowState& state = m_rows[std::size_t(row)];
    if (!state.decorationResolved) {
        // Once per row, not per paint: the lookup folds case and splits words.
        const vault::Entry& entry = m_vault.entries()[std::size_t(row)];
        const auto& parameters = entry.parameters();
        state.initials =
            initialsFor(parameters.issuer().isEmpty() ? parameters.account() : parameters.issuer());
        const icons::IssuerIcon* icon =
            bundledIssuerIcons().forEntry(entry.iconReference(), parameters.issuer());
        state.iconKey = icon != nullptr ? icon->key : QString();
        state.decorationResolved = true;
    }
    return state;
}

QString TokenListModel::groupNames(const vault::Entry& entry) const
{
    QStringList names;
    for (const QUuid& id : entry.groups()) {
        for (const vault::Group& group : m_vault.groups()) {
            if (group.id == id) {
                names << group.name;
            }
        }
    }
    return names.join(QStringLiteral(", "));
}

bool TokenListModel::updateEntry(int row, const std::function<void(vault::Entry&)>& change)
{
    const vault::Entry* shown = entryAt(row);
    vault::Entry* entry = shown != nullptr ? m_vault.entry(shown->id()) : nullptr;
    if (entry == nullptr) {
        return false;
    }
    change(*entry);
    m_rows[std::size_t(row)].decorationResolved = false;
    emit dataChanged(index(row), index(row));
    return true;
}

bool TokenListModel::setFavourite(int row, bool favourite)
{
    return updateEntry(row, [favourite](vault::Entry& entry) { entry.setFavourite(favourite); });
}

void TokenListModel::markUsed(int row, const QDateTime& when)
{
    updateEntry(row, [&when](vault::Entry& entry) { entry.setLastUsed(when); });
}

void TokenListModel::setHideCodes(bool hide)
{
    if (hide == m_hideCodes) {
        return;
    }
    m_hideCodes = hide;
    m_revealed = QUuid();
    if (rowCount() > 0) {
        emit dataChanged(index(0), index(rowCount() - 1), {HiddenRole, Qt::AccessibleTextRole});
    }
}

void TokenListModel::revealCode(int row)
{
    const vault::Entry* entry = entryAt(row);
    if (!m_hideCodes || entry == nullptr || entry->id() == m_revealed) {
        return;
    }
    const auto announce = [this](const QUuid& id) {
        for (int r = 0; r < rowCount(); ++r) {
            if (m_vault.entries()[std::size_t(r)].id() == id) {
                emit dataChanged(index(r), index(r), {HiddenRole, Qt::AccessibleTextRole});
            }
        }
    };
    const QUuid previous = m_revealed;
    m_revealed = entry->id();
    announce(previous);
    emit dataChanged(index(row), index(row), {HiddenRole, Qt::AccessibleTextRole});
}

QHash<int, QByteArray> TokenListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IssuerRole, "issuer"},
                  {AccountRole, "account"},
                  {CodeRole, "code"},
                  {SecondsRemainingRole, "secondsRemaining"},
                  {CountdownRole, "countdown"},
                  {PeriodRole, "period"},
                  {TypeRole, "type"},
                  {IdRole, "id"},
                  {InitialsRole, "initials"},
                  {SearchTextRole, "searchText"},
                  {NeedsRevealRole, "needsReveal"},
                  {FavouriteRole, "favourite"},
                  {GroupRole, "group"},
                  {HiddenRole, "hidden"},
                  {NextCodeRole, "nextCode"},
                  {LastUsedRole, "lastUsed"},
                  {IconKeyRole, "iconKey"}});
    return names;
}

void TokenListModel::tick()
{
    m_now = m_clock();
    const int rows = rowCount();
    // Contiguous runs of rolled rows become one signal each, so a vault of 30-second entries
    // sends one dataChanged per roll-over, not one per row.
    int runStart = -1;
    const auto flush = [&](int end) {
        if (runStart >= 0) {
            emit dataChanged(index(runStart), index(end - 1), {CodeRole, Qt::AccessibleTextRole});
            runStart = -1;
        }
    };
    for (int row = 0; row < rows; ++row) {
        RowState& state = m_rows[std::size_t(row)];
        const auto& parameters = m_vault.entries()[std::size_t(row)].parameters();
        bool rolled = false;
        if (parameters.isTimeBased()) {
            const quint64 step = otp::timeStep(m_now, parameters.period());
            rolled = step != state.step;
            if (rolled) {
                state.step = step;
                state.code.clear();
            }
        }
        if (rolled && runStart < 0) {
            runStart = row;
        } else if (!rolled) {
            flush(row);
        }
    }
    flush(rows);
    if (rows > 0) {
        emit dataChanged(index(0), index(rows - 1), {SecondsRemainingRole, CountdownRole});
    }
}

QModelIndex TokenListModel::addEntry(vault::Entry entry)
{
    return insertEntry(std::move(entry), QUuid());
}

QModelIndex TokenListModel::insertEntry(vault::Entry entry, const QUuid& before)
{
    const int found = before.isNull() ? -1 : rowOf(before);
    const int row = found >= 0 ? found : rowCount();
    const QUuid id = entry.id();
    RowState state;
    if (entry.parameters().isTimeBased()) {
        state.step = otp::timeStep(m_now, entry.parameters().period());
    }
    beginInsertRows({}, row, row);
    m_vault.addEntry(std::move(entry));
    if (found >= 0) {
        m_vault.moveEntry(id, before);
    }
    m_rows.insert(m_rows.begin() + row, std::move(state));
    endInsertRows();
    return index(row);
}

std::optional<vault::Entry> TokenListModel::takeEntry(int row)
{
    const vault::Entry* entry = entryAt(row);
    if (entry == nullptr) {
        return std::nullopt;
    }
    vault::Entry taken = entry->clone();
    beginRemoveRows({}, row, row);
    m_vault.removeEntry(taken.id());
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
    return taken;
}

std::optional<QString> TokenListModel::advanceHotp(int row)
{
    const vault::Entry* shown = entryAt(row);
    vault::Entry* entry = shown != nullptr ? m_vault.entry(shown->id()) : nullptr;
    if (entry == nullptr || entry->parameters().isTimeBased()) {
        return std::nullopt;
    }
    const QString code = otp::code(entry->parameters(), m_now);
    entry->setCounter(entry->parameters().counter() + 1);
    return code;
}

void TokenListModel::showHotpCode(const QUuid& id, const QString& code)
{
    const int row = rowOf(id);
    if (row < 0) {
        return;
    }
    m_rows[std::size_t(row)].code = code;
    emit dataChanged(index(row), index(row), {CodeRole, NeedsRevealRole, Qt::AccessibleTextRole});
}

void TokenListModel::undoAdvanceHotp(const QUuid& id, quint64 counter)
{
    vault::Entry* entry = m_vault.entry(id);
    if (entry == nullptr || entry->parameters().isTimeBased()) {
        return;
    }
    entry->setCounter(counter);
    // A code shown for an earlier reveal belongs to a counter that is gone now.
    showHotpCode(id, QString());
}

int TokenListModel::rowOf(const QUuid& id) const
{
    const auto found = m_vault.indexOf(id);
    return found ? int(*found) : -1;
}

Qt::ItemFlags TokenListModel::flags(const QModelIndex& index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    // Rows are dragged and dropped between, never onto: an entry holds no other entries.
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base | Qt::ItemIsDropEnabled;
}

QStringList TokenListModel::mimeTypes() const
{
    return {kEntryIdsMimeType};
}

QMimeData* TokenListModel::mimeData(const QModelIndexList& indexes) const
{
    QByteArrayList ids;
    for (const QModelIndex& index : indexes) {
        if (const vault::Entry* entry = entryAt(index.row()); entry != nullptr && index.isValid()) {
            ids << entry->id().toByteArray(QUuid::WithoutBraces);
        }
    }
    if (ids.isEmpty()) {
        return nullptr;
    }
    auto* data = new QMimeData;
    data->setData(kEntryIdsMimeType, ids.join('\n'));
    return data;
}

QList<QUuid> TokenListModel::idsFromMimeData(const QMimeData* data)
{
    QList<QUuid> ids;
    if (data == nullptr) {
        return ids;
    }
    for (const QByteArray& line : data->data(kEntryIdsMimeType).split('\n')) {
        if (const QUuid id = QUuid::fromString(QLatin1String(line)); !id.isNull()) {
            ids << id;
        }
    }
    return ids;
}

bool TokenListModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                     const QModelIndex& parent) const
{
    return action == Qt::MoveAction && !parent.isValid() && data != nullptr &&
           data->hasFormat(kEntryIdsMimeType);
}

bool TokenListModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                  const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent)) {
        return false;
    }
    const QList<QUuid> ids = idsFromMimeData(data);
    // The entry the drop lands before, named before anything moves so that it stays right.
    const vault::Entry* target = entryAt(row);
    const QUuid before = target != nullptr ? target->id() : QUuid();
    bool moved = false;
    for (const QUuid& id : ids) {
        if (id != before && rowOf(id) >= 0) {
            moved = moveEntry(id, before) || moved;
        }
    }
    return moved;
}

bool TokenListModel::moveRowTo(int from, int to, const std::function<void()>& change)
{
    const vault::Entry* moving = entryAt(from);
    if (moving == nullptr || to < 0 || to > rowCount()) {
        return false;
    }
    if (to == from || to == from + 1) {
        return true; // already there
    }
    const QUuid id = moving->id();
    const vault::Entry* next = entryAt(from + 1);
    const QUuid formerNext = next != nullptr ? next->id() : QUuid();
    if (!beginMoveRows({}, from, from, {}, to)) {
        return false;
    }
    change();
    const auto first = m_rows.begin();
    if (to > from) {
        std::rotate(first + from, first + from + 1, first + to);
    } else {
        std::rotate(first + to, first + from, first + from + 1);
    }
    endMoveRows();
    emit entryMoved(id, formerNext);
    return true;
}

bool TokenListModel::moveEntry(const QUuid& id, const QUuid& before)
{
    const int from = rowOf(id);
    const int to = before.isNull() ? rowCount() : rowOf(before);
    if (from < 0 || to < 0) {
        return false;
    }
    return moveRowTo(from, to, [&] { m_vault.moveEntry(id, before); });
}

std::optional<int> TokenListModel::moveInListedOrder(const QUuid& id, int position)
{
    const std::optional<vault::Vault::ListedMove> move = m_vault.planListedMove(id, position);
    if (!move) {
        return std::nullopt;
    }
    if (!move->anchor.isNull()) {
        const int anchor = rowOf(move->anchor);
        moveRowTo(rowOf(id), move->after ? anchor + 1 : anchor,
                  [&] { m_vault.applyListedMove(id, *move); });
    }
    return move->position;
}

} // namespace tessera::ui
