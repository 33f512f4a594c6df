// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pool/MfaConfig.h"
#include "pool/PageWalk.h"
#include "pool/UserPool.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QTimer>

#include <optional>

namespace tessera::ui::console {

class PoolSession;

// The pools of the session's connection, loaded a page (60) at a time as the view scrolls
// (canFetchMore/fetchMore), with each shown row's MFA mode, factors and user count read on
// demand (DescribeUserPool and GetUserPoolMfaConfig, a few at a time).
class PoolListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        IdColumn,
        MfaColumn,
        FactorsColumn,
        UsersColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role
    {
        PoolIdRole = Qt::UserRole + 1,
        // Sort keys: numbers and dates sort as numbers, not as their text.
        SortRole,
    };

    explicit PoolListModel(PoolSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // Forgets every row and loads the first page again.
    void reload();
    bool isLoading() const { return m_loading; }
    // The row of `poolId`, or -1.
    int rowOf(const QString& poolId) const;
    // Updates one pool's row after its configuration changed.
    void setDetails(const pool::UserPool& pool, const pool::MfaConfig& mfa);

signals:
    void loadingChanged(bool loading);
    // A page failed to load; the sentence says why.
    void loadFailed(const QString& sentence);
    // The first page has arrived (possibly empty).
    void firstPageLoaded();

private:
    struct Row
    {
        pool::UserPool pool;
        std::optional<pool::MfaConfig> mfa;
    };
    void requestDetails(int row) const;
    void pumpDetails();
    void setLoading(bool loading);

    PoolSession& m_session;
    QList<Row> m_rows;
    pool::PageWalk m_walk;
    bool m_loading = false;
    bool m_atEnd = true;
    // Rows whose details were asked for by a view (data() is const, and views call it while
    // painting: the requests go out from a zero-time timer).
    mutable QList<QString> m_detailQueue;
    mutable QSet<QString> m_detailsRequested;
    mutable QTimer m_detailTimer;
    int m_detailsInFlight = 0;
};

} // namespace tessera::ui::console
