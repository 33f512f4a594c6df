// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pool/MfaStatusSource.h"
#include "pool/PageWalk.h"
#include "pool/PoolUser.h"
#include "pool/RequestPacer.h"
#include "pool/UserFilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <memory>
#include <optional>

namespace tessera::ui::console {

class PoolSession;

// The users of one pool, a ListUsers page (60) at a time as the view scrolls (canFetchMore /
// fetchMore, asynchronous; the pool is never loaded whole), filtered by a Cognito filter. The MFA
// column comes from an MfaStatusSource for the rows the view shows and their neighbours
// (showRows()): "…" while it is read. ListUsers cannot sort, so neither does the model: rows
// stay in the backend's order.
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        UsernameColumn,
        // Next to the name: who has which factor is what the table is for.
        MfaColumn,
        StatusColumn,
        EnabledColumn,
        EmailColumn,
        PhoneColumn,
        CreatedColumn,
        ModifiedColumn,
        ColumnCount
    };
    enum Role
    {
        UsernameRole = Qt::UserRole + 1,
        // True while the row's MFA state is being read.
        MfaLoadingRole,
    };
    // Rows read beyond those on screen, each way, so a short scroll finds them ready.
    static constexpr int kNeighbours = 10;

    explicit UserTableModel(PoolSession& session, QObject* parent = nullptr);
    ~UserTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // Shows `poolId`'s users (empty: none) with `filter`; forgets every row and loads anew.
    void setPool(const QString& poolId);
    void setFilter(const std::optional<pool::UserFilter>& filter);
    const QString& poolId() const { return m_poolId; }
    const std::optional<pool::UserFilter>& filter() const { return m_filter; }
    // Loads the first page again (after users changed).
    void reload();

    // The view shows rows first..last: their MFA state (and their neighbours') is read, reads of
    // rows that scrolled away are cancelled.
    void showRows(int first, int last);

    // The row's user as the table has it: username, status, enabled, dates, email and phone with
    // their verified marks (what ListUsers showed; no sub or other attributes).
    pool::PoolUser userAt(int row) const;
    // The row of `username`, or -1.
    int rowOf(const QString& username) const;
    // Reads the user's MFA state again when it is next shown (after it changed).
    void forgetMfa(const QString& username);

    bool isLoading() const { return m_loading; }
    bool isComplete() const { return m_walk.finished(); }
    // ListUsers requests made for this pool and filter, and MFA reads sent.
    int pagesRead() const { return m_walk.pages(); }
    int mfaRequests() const { return m_mfa ? m_mfa->requestsSent() : 0; }
    // Paces the per-user reads: the session's pacer, shared with the rest of the console.
    pool::RequestPacer& pacer() const;
    pool::MfaStatusSource* mfaSource() const { return m_mfa.get(); }

signals:
    void loadingChanged(bool loading);
    // A page failed to load; the sentence says why.
    void loadFailed(const QString& sentence);
    // A page arrived (the first one too, possibly empty).
    void pageLoaded();

private:
    // One row, kept small: a hundred thousand of them stay in memory once read (a PoolUser's
    // attribute map costs several times more).
    struct Row
    {
        QString username;
        QString status;
        QString email;
        QString phone;
        qint64 created = 0;
        qint64 modified = 0;
        bool enabled = true;
        bool emailVerified = false;
        bool phoneVerified = false;
    };
    Row rowFrom(const pool::PoolUser& user);

    void setLoading(bool loading);
    void mfaChanged(const QString& username);
    QVariant mfaData(const QString& username, int role) const;

    PoolSession& m_session;
    std::unique_ptr<pool::MfaStatusSource> m_mfa;
    QString m_poolId;
    std::optional<pool::UserFilter> m_filter;
    QList<Row> m_rows;
    // The few distinct statuses, shared by every row that has them.
    QSet<QString> m_statuses;
    QHash<QString, int> m_rowOf;
    pool::PageWalk m_walk;
    QHash<QString, QString> m_mfaErrors;
    // Pool and filter changes start a new generation; older answers are dropped.
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace tessera::ui::console
