// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserTableModel.h"

#include "PoolSession.h"
#include "pool/PoolBackend.h"

#include <QDateTime>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace tessera::ui::console {

namespace {

QString dateText(qint64 seconds)
{
    return seconds > 0
               ? QLocale().toString(QDateTime::fromSecsSinceEpoch(seconds), QLocale::ShortFormat)
               : QString();
}

// The factor's short name for the column and its words for a tooltip or a screen reader.
QString factorShort(const QString& factor)
{
    if (factor == QLatin1String(pool::factors::kSoftwareToken)) {
        return UserTableModel::tr("TOTP");
    }
    if (factor == QLatin1String(pool::factors::kSms)) {
        return UserTableModel::tr("SMS");
    }
    return UserTableModel::tr("Email");
}

QString factorWords(const QString& factor)
{
    if (factor == QLatin1String(pool::factors::kSoftwareToken)) {
        return UserTableModel::tr("authenticator app (TOTP)");
    }
    if (factor == QLatin1String(pool::factors::kSms)) {
        return UserTableModel::tr("SMS");
    }
    return UserTableModel::tr("email");
}

// The user's factors, the preferred one first.
QStringList orderedFactors(const pool::UserFactors& factors)
{
    QStringList names = pool::factors::named(factors.sms, factors.softwareToken, factors.email);
    if (names.removeOne(factors.preferred)) {
        names.prepend(factors.preferred);
    }
    return names;
}

// An address with its verified mark: "a@example.com ✓".
QString verifiedText(const QString& value, bool verified)
{
    if (value.isEmpty()) {
        return {};
    }
    return verified ? UserTableModel::tr("%1 ✓", "verified").arg(value) : value;
}

QString verifiedWords(const QString& value, bool verified)
{
    if (value.isEmpty()) {
        return UserTableModel::tr("none");
    }
    return verified ? UserTableModel::tr("%1, verified").arg(value)
                    : UserTableModel::tr("%1, not verified").arg(value);
}

const QString kEmail = QStringLiteral("email");
const QString kPhone = QStringLiteral("phone_number");
const QString kVerified = QStringLiteral("_verified");
const QString kTrue = QStringLiteral("true");

} // namespace

UserTableModel::UserTableModel(PoolSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(&m_session, &PoolSession::disconnected, this, [this] { setPool({}); });
}

UserTableModel::~UserTableModel()
{
    // The source cancels its reads on the session's pacer.
    m_mfa.reset();
}

pool::RequestPacer& UserTableModel::pacer() const
{
    return m_session.pacer();
}

int UserTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UserTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::ToolTipRole && section == MfaColumn) {
        return tr("The factors each user has set up, the preferred one first and marked ★. Read "
                  "per user for the rows on screen.");
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case UsernameColumn:
        return tr("Username");
    case StatusColumn:
        return tr("Status");
    case EnabledColumn:
        return tr("Enabled");
    case EmailColumn:
        return tr("Email");
    case PhoneColumn:
        return tr("Phone");
    case MfaColumn:
        return tr("MFA");
    case CreatedColumn:
        return tr("Created");
    case ModifiedColumn:
        return tr("Last modified");
    default:
        return {};
    }
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& user = m_rows.at(index.row());
    if (role == UsernameRole) {
        return user.username;
    }
    if (index.column() == MfaColumn) {
        return mfaData(user.username, role);
    }
    const bool words = role == Qt::ToolTipRole || role == Qt::AccessibleTextRole;
    if (role != Qt::DisplayRole && !words) {
        return {};
    }
    switch (index.column()) {
    case UsernameColumn:
        return user.username;
    case StatusColumn:
        return user.status;
    case EnabledColumn:
        return user.enabled ? tr("Yes") : tr("No");
    case EmailColumn:
        return words ? verifiedWords(user.email, user.emailVerified)
                     : verifiedText(user.email, user.emailVerified);
    case PhoneColumn:
        return words ? verifiedWords(user.phone, user.phoneVerified)
                     : verifiedText(user.phone, user.phoneVerified);
    case CreatedColumn:
        return dateText(user.created);
    case ModifiedColumn:
        return dateText(user.modified);
    default:
        return {};
    }
}

QVariant UserTableModel::mfaData(const QString& username, int role) const
{
    const auto status = m_mfa ? m_mfa->status(username) : std::nullopt;
    const auto failed = m_mfaErrors.constFind(username);
    if (role == MfaLoadingRole) {
        return !status && failed == m_mfaErrors.constEnd();
    }
    const bool words = role == Qt::ToolTipRole || role == Qt::AccessibleTextRole;
    if (role != Qt::DisplayRole && !words) {
        return {};
    }
    if (!status) {
        if (failed != m_mfaErrors.constEnd()) {
            return words ? tr("Could not be read: %1").arg(*failed) : QStringLiteral("?");
        }
        return words ? tr("Being read…") : QStringLiteral("…");
    }
    const QStringList names = orderedFactors(status->factors);
    if (names.isEmpty()) {
        return words ? tr("No MFA factor") : tr("None");
    }
    QStringList parts;
    for (const QString& name : names) {
        const bool preferred = name == status->factors.preferred;
        if (words) {
            parts << (preferred ? tr("%1 (preferred)").arg(factorWords(name)) : factorWords(name));
        } else {
            parts << (preferred ? tr("★ %1").arg(factorShort(name)) : factorShort(name));
        }
    }
    if (!words) {
        return parts.join(QStringLiteral(" · "));
    }
    return tr("%1. Read %2.")
        .arg(QLocale().createSeparatedList(parts),
             QLocale().toString(QDateTime::fromSecsSinceEpoch(status->readAt).time(),
                                QLocale::ShortFormat));
}

bool UserTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_poolId.isEmpty() && !m_walk.finished() && !m_loading &&
           m_session.isConnected();
}

void UserTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    setLoading(true);
    const quint64 generation = m_generation;
    pool::ListUsersQuery query;
    query.filter = m_filter;
    query.paginationToken = m_walk.nextToken();
    m_session.request<pool::Page<pool::PoolUser>>(
        m_session.backend()->listUsers(m_poolId, query), this,
        [this, generation](const Expected<pool::Page<pool::PoolUser>, pool::PoolError>& page) {
            if (generation != m_generation) {
                return;
            }
            setLoading(false);
            if (!page) {
                m_walk.advance({});
                emit loadFailed(m_session.explain(page.failure()));
                emit pageLoaded();
                return;
            }
            m_walk.advance(page->nextToken);
            QList<Row> fresh;
            fresh.reserve(page->items.size());
            for (const pool::PoolUser& user : page->items) {
                // An endpoint that ignores paging answers the same users again.
                if (!m_rowOf.contains(user.username)) {
                    fresh << rowFrom(user);
                }
            }
            if (!fresh.isEmpty()) {
                const int first = int(m_rows.size());
                beginInsertRows({}, first, first + int(fresh.size()) - 1);
                for (Row& row : fresh) {
                    m_rowOf.insert(row.username, int(m_rows.size()));
                    m_rows.append(std::move(row));
                }
                endInsertRows();
            }
            emit pageLoaded();
        });
}

void UserTableModel::setPool(const QString& poolId)
{
    m_poolId = poolId;
    m_filter.reset();
    reload();
}

void UserTableModel::setFilter(const std::optional<pool::UserFilter>& filter)
{
    m_filter = filter;
    reload();
}

void UserTableModel::reload()
{
    ++m_generation;
    beginResetModel();
    // A hundred thousand users take tens of milliseconds to free: not on the UI thread.
    (void)QtConcurrent::run([rows = std::exchange(m_rows, {}), index = std::exchange(m_rowOf, {})] {
        Q_UNUSED(rows)
        Q_UNUSED(index)
    });
    m_mfaErrors.clear();
    m_statuses.clear();
    m_walk = {};
    m_loading = false;
    m_mfa.reset();
    if (!m_poolId.isEmpty() && m_session.backend() != nullptr) {
        m_mfa = std::make_unique<pool::MfaStatusSource>(*m_session.backend(), m_poolId,
                                                        m_session.pacer());
        // The rows on screen go before a bulk run's or a full count's requests.
        m_mfa->setUrgency(pool::RequestPacer::Urgency::OnScreen);
        connect(m_mfa.get(), &pool::MfaStatusSource::statusRead, this, &UserTableModel::mfaChanged);
        connect(m_mfa.get(), &pool::MfaStatusSource::statusFailed, this,
                [this](const QString& username, const pool::PoolError& error) {
                    m_mfaErrors.insert(username, m_session.explain(error));
                    mfaChanged(username);
                });
    }
    endResetModel();
    emit loadingChanged(false);
    fetchMore({});
}

void UserTableModel::showRows(int first, int last)
{
    if (!m_mfa || m_rows.isEmpty()) {
        return;
    }
    const int rows = int(m_rows.size());
    first = std::clamp(first, 0, rows - 1);
    last = std::clamp(last, first, rows - 1);
    // The rows on screen first (the pacer keeps this order), then those below, then above.
    QStringList wanted;
    for (int row = first; row <= last; ++row) {
        wanted << m_rows.at(row).username;
    }
    for (int row = last + 1; row <= std::min(rows - 1, last + kNeighbours); ++row) {
        wanted << m_rows.at(row).username;
    }
    for (int row = first - 1; row >= std::max(0, first - kNeighbours); --row) {
        wanted << m_rows.at(row).username;
    }
    m_mfa->keepOnly(QSet<QString>(wanted.begin(), wanted.end()));
    m_mfa->want(wanted);
}

UserTableModel::Row UserTableModel::rowFrom(const pool::PoolUser& user)
{
    Row row;
    row.username = user.username;
    if (!m_statuses.contains(user.userStatus)) {
        m_statuses.insert(user.userStatus);
    }
    row.status = *m_statuses.constFind(user.userStatus);
    row.email = user.attributes.value(kEmail);
    row.emailVerified = user.attributes.value(kEmail + kVerified) == kTrue;
    row.phone = user.attributes.value(kPhone);
    row.phoneVerified = user.attributes.value(kPhone + kVerified) == kTrue;
    row.created = user.userCreateDate;
    row.modified = user.userLastModifiedDate;
    row.enabled = user.enabled;
    return row;
}

pool::PoolUser UserTableModel::userAt(int row) const
{
    const Row& shown = m_rows.at(row);
    pool::PoolUser user;
    user.username = shown.username;
    user.userStatus = shown.status;
    user.enabled = shown.enabled;
    user.userCreateDate = shown.created;
    user.userLastModifiedDate = shown.modified;
    if (!shown.email.isEmpty()) {
        user.attributes.insert(kEmail, shown.email);
        user.attributes.insert(kEmail + kVerified,
                               shown.emailVerified ? kTrue : QStringLiteral("false"));
    }
    if (!shown.phone.isEmpty()) {
        user.attributes.insert(kPhone, shown.phone);
        user.attributes.insert(kPhone + kVerified,
                               shown.phoneVerified ? kTrue : QStringLiteral("false"));
    }
    return user;
}

int UserTableModel::rowOf(const QString& username) const
{
    return m_rowOf.value(username, -1);
}

void UserTableModel::forgetMfa(const QString& username)
{
    if (m_mfa) {
        m_mfa->forget(username);
    }
    m_mfaErrors.remove(username);
    mfaChanged(username);
}

void UserTableModel::mfaChanged(const QString& username)
{
    const int row = rowOf(username);
    if (row >= 0) {
        const QModelIndex cell = index(row, MfaColumn);
        emit dataChanged(cell, cell);
    }
}

void UserTableModel::setLoading(bool loading)
{
    if (m_loading != loading) {
        m_loading = loading;
        emit loadingChanged(loading);
    }
}

} // namespace tessera::ui::console
