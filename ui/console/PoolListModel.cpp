// SPDX-License-Identifier: GPL-3.0-or-later
#include "PoolListModel.h"

#include "PoolSession.h"
#include "pool/MfaChangePlan.h"

#include <QDateTime>
#include <QLocale>

namespace tessera::ui::console {

namespace {

constexpr int kPageSize = 60;
// DescribeUserPool and GetUserPoolMfaConfig for a few rows at a time: enough to fill a screen
// quickly, few enough to stay under Cognito's per-account request rate.
constexpr int kDetailsInFlight = 3;

QString factorsText(const pool::MfaConfig& mfa)
{
    QStringList names;
    if (mfa.softwareTokenEnabled) {
        names << PoolListModel::tr("Authenticator app");
    }
    if (mfa.smsEnabled()) {
        names << PoolListModel::tr("SMS");
    }
    if (mfa.emailEnabled()) {
        names << PoolListModel::tr("Email");
    }
    return names.isEmpty() ? PoolListModel::tr("None") : names.join(QLatin1String(", "));
}

} // namespace

PoolListModel::PoolListModel(PoolSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
    m_detailTimer.setSingleShot(true);
    m_detailTimer.setInterval(0);
    connect(&m_detailTimer, &QTimer::timeout, this, &PoolListModel::pumpDetails);
    connect(&m_session, &PoolSession::disconnected, this, [this] {
        beginResetModel();
        m_rows.clear();
        m_walk = {};
        m_atEnd = true;
        m_detailQueue.clear();
        m_detailsRequested.clear();
        m_detailsInFlight = 0;
        endResetModel();
        setLoading(false);
    });
}

int PoolListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PoolListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PoolListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case IdColumn:
        return tr("Pool ID");
    case MfaColumn:
        return tr("MFA");
    case FactorsColumn:
        return tr("Factors");
    case UsersColumn:
        return tr("Users (est.)");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

QVariant PoolListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    if (role == PoolIdRole) {
        return row.pool.id;
    }
    const bool needsDetails = index.column() == MfaColumn || index.column() == FactorsColumn ||
                              index.column() == UsersColumn;
    if (needsDetails && !row.mfa && (role == Qt::DisplayRole || role == SortRole)) {
        requestDetails(index.row());
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("…")) : QVariant();
    }
    if (role == SortRole) {
        switch (index.column()) {
        case UsersColumn:
            return row.pool.estimatedNumberOfUsers;
        case CreatedColumn:
            return row.pool.creationDate;
        case MfaColumn:
            return int(row.mfa->mode);
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == UsersColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return row.pool.name;
    case IdColumn:
        return row.pool.id;
    case MfaColumn:
        return pool::MfaChangePlan::modeWords(row.mfa->mode);
    case FactorsColumn:
        return factorsText(*row.mfa);
    case UsersColumn:
        return QLocale().toString(row.pool.estimatedNumberOfUsers);
    case CreatedColumn:
        return row.pool.creationDate > 0
                   ? QLocale().toString(QDateTime::fromSecsSinceEpoch(row.pool.creationDate),
                                        QLocale::ShortFormat)
                   : QString();
    default:
        return {};
    }
}

bool PoolListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading && m_session.isConnected();
}

void PoolListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    setLoading(true);
    const quint64 generation = m_session.generation();
    m_session.request<pool::Page<pool::UserPool>>(
        m_session.backend()->listUserPools(kPageSize, m_walk.nextToken()), this,
        [this, generation](const Expected<pool::Page<pool::UserPool>, pool::PoolError>& page) {
            setLoading(false);
            if (generation != m_session.generation()) {
                return;
            }
            if (!page) {
                m_atEnd = true;
                emit loadFailed(m_session.explain(page.failure()));
                return;
            }
            const bool first = m_walk.pages() == 0;
            // A server that repeats a token would page for ever: the walk stops there.
            m_walk.advance(page->nextToken);
            m_atEnd = m_walk.finished();
            if (!page->items.isEmpty()) {
                beginInsertRows({}, int(m_rows.size()),
                                int(m_rows.size() + page->items.size()) - 1);
                for (const auto& item : page->items) {
                    m_rows.append(Row{item, std::nullopt});
                }
                endInsertRows();
            }
            if (first) {
                emit firstPageLoaded();
            }
        });
}

void PoolListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_walk = {};
    m_detailQueue.clear();
    m_detailsRequested.clear();
    m_detailsInFlight = 0;
    m_atEnd = !m_session.isConnected();
    endResetModel();
    fetchMore({});
}

int PoolListModel::rowOf(const QString& poolId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).pool.id == poolId) {
            return i;
        }
    }
    return -1;
}

void PoolListModel::setDetails(const pool::UserPool& poolValue, const pool::MfaConfig& mfa)
{
    const int row = rowOf(poolValue.id);
    if (row < 0) {
        return;
    }
    m_rows[row].pool = poolValue;
    m_rows[row].mfa = mfa;
    m_detailsRequested.insert(poolValue.id);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void PoolListModel::requestDetails(int row) const
{
    const QString& poolId = m_rows.at(row).pool.id;
    if (m_detailsRequested.contains(poolId)) {
        return;
    }
    m_detailsRequested.insert(poolId);
    m_detailQueue.append(poolId);
    // Not from inside data(): views call it while painting.
    m_detailTimer.start();
}

void PoolListModel::pumpDetails()
{
    while (m_detailsInFlight < kDetailsInFlight && !m_detailQueue.isEmpty() &&
           m_session.isConnected()) {
        const QString poolId = m_detailQueue.takeFirst();
        ++m_detailsInFlight;
        const quint64 generation = m_session.generation();
        m_session.request<pool::UserPool>(
            m_session.backend()->describeUserPool(poolId), this,
            [this, poolId, generation](const Expected<pool::UserPool, pool::PoolError>& described) {
                if (generation != m_session.generation()) {
                    return;
                }
                if (!described) {
                    --m_detailsInFlight;
                    pumpDetails();
                    return;
                }
                m_session.request<pool::MfaConfig>(
                    m_session.backend()->getUserPoolMfaConfig(poolId), this,
                    [this,
                     value = *described](const Expected<pool::MfaConfig, pool::PoolError>& mfa) {
                        --m_detailsInFlight;
                        pool::MfaConfig fallback;
                        fallback.mode = value.mfaMode;
                        setDetails(value, mfa ? *mfa : fallback);
                        pumpDetails();
                    });
            });
    }
}

void PoolListModel::setLoading(bool loading)
{
    if (m_loading != loading) {
        m_loading = loading;
        emit loadingChanged(loading);
    }
}

} // namespace tessera::ui::console
