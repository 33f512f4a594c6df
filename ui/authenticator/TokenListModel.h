// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/Clock.h"
#include "vault/Vault.h"

#include <QAbstractListModel>
#include <QTimer>

class QMimeData;

#include <QUuid>

#include <functional>
#include <optional>
#include <vector>

namespace tessera::ui {

// The entries of an open vault as a list of rows with their current codes. One 1 Hz timer
// drives it: each tick, only the rows whose period rolled over get dataChanged for their code;
// the countdown of all rows changes in one cheap dataChanged for CountdownRole alone.
// Row i is vault entry i. Codes are computed on demand and cached per time step; initials and the
// issuer icon once per entry, when first shown. Rows can be dragged (the drag carries entry
// UUIDs only, never a secret) and moved, by UUID, in the vault's order.
class TokenListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IssuerRole = Qt::UserRole + 1,
        AccountRole,
        CodeRole,             // the code, or empty for an HOTP entry not yet revealed
        SecondsRemainingRole, // TOTP/Steam: 1..period; HOTP: 0
        CountdownRole,        // fraction of the period left, 0..1; HOTP: 0
        PeriodRole,
        TypeRole,     // otp::OtpType as int
        IdRole,       // QUuid
        InitialsRole, // one or two letters for the icon
        SearchTextRole,
        NeedsRevealRole, // true for an HOTP entry whose code is not shown yet
        FavouriteRole,
        GroupRole,    // the names of the entry's groups, joined by ", "
        HiddenRole,   // true while "hide codes until clicked" keeps this row's code hidden
        NextCodeRole, // TOTP/Steam: the code of the next period (computed when asked)
        LastUsedRole, // QDateTime, invalid until a code was first copied
        IconKeyRole,  // the key of the entry's bundled issuer icon, empty for initials
    };
    Q_ENUM(Role)

    // `vault` must outlive the model; the model is dropped before the vault on lock.
    TokenListModel(vault::Vault& vault, otp::Clock clock, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    // A drop between rows of this model moves the dragged entries there in the vault's order.
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;
    // The entry UUIDs a drag from this model carries.
    static QList<QUuid> idsFromMimeData(const QMimeData* data);

    // The vault the rows show, for changes that reach beyond one entry (its groups).
    vault::Vault& vault() { return m_vault; }

    // What the timer calls each second; tests call it after moving their clock.
    void tick();
    // Stops the 1 Hz timer (tests drive tick() themselves).
    void setTicking(bool ticking);

    // Appends to the vault and the model; the caller saves.
    QModelIndex addEntry(vault::Entry entry);
    // Puts `entry` just before entry `before` (at the end when null or gone), as when an entry
    // that was taken comes back; the caller saves.
    QModelIndex insertEntry(vault::Entry entry, const QUuid& before);
    // Removes and returns the entry (for undo); the caller saves.
    std::optional<vault::Entry> takeEntry(int row);
    // HOTP: moves the stored counter on and returns the code for the counter it had (the CLI's
    // order), without showing it: showHotpCode() does, once the counter is on disk, so a code is
    // never on screen for a counter that could be used again. Nothing for a non-HOTP row.
    std::optional<QString> advanceHotp(int row);
    void showHotpCode(const QUuid& id, const QString& code);
    // Takes back an advance whose save failed: the stored counter goes back to `counter` and no
    // code is shown.
    void undoAdvanceHotp(const QUuid& id, quint64 counter);

    const vault::Entry* entryAt(int row) const;
    // The row of entry `id`, or -1.
    int rowOf(const QUuid& id) const;

    // Moves entry `id` to just before `before` (to the end when null) in the vault's order.
    // Emits entryMoved when the order changed; the caller saves.
    bool moveEntry(const QUuid& id, const QUuid& before);
    // Moves entry `id` to `position` of the vault's listed order (favourites first), as
    // vault::Vault::moveInListedOrder; returns where it ends. The caller saves.
    std::optional<int> moveInListedOrder(const QUuid& id, int position);

    // Applies `change` to the entry in `row` and announces every role of the row; the caller
    // saves. `change` must not touch the secret.
    bool updateEntry(int row, const std::function<void(vault::Entry&)>& change);
    bool setFavourite(int row, bool favourite);
    // Notes that the row's code was used (for the "recently used" order).
    void markUsed(int row, const QDateTime& when);

    // "Hide codes until clicked": every code shows as dots except the one revealed last.
    void setHideCodes(bool hide);
    bool hidesCodes() const { return m_hideCodes; }
    void revealCode(int row);

signals:
    // Entry `id` moved; `formerNext` is the entry it was before (null: it was last), so that a
    // failed save can put it back with moveEntry(id, formerNext).
    void entryMoved(const QUuid& id, const QUuid& formerNext);

private:
    struct RowState
    {
        quint64 step = 0;
        QString code;
        // Resolved when the row is first shown, again after an edit.
        bool decorationResolved = false;
        QString initials;
        QString iconKey;
    };
    const RowState& decoration(int row) const;
    // Moves row `from` to the gap before row `to` (rowCount(): the end) with `change` applying
    // the same move to the vault.
    bool moveRowTo(int from, int to, const std::function<void()>& change);
    QString codeFor(int row) const;
    QString groupNames(const vault::Entry& entry) const;
    void resetSteps();

    vault::Vault& m_vault;
    otp::Clock m_clock;
    QTimer m_timer;
    qint64 m_now = 0;
    mutable std::vector<RowState> m_rows;
    bool m_hideCodes = false;
    QUuid m_revealed;
};

// Initials for an icon: the first letters of the first two words of `name` ("Acme Co" -> "AC").
QString initialsFor(const QString& name);

// "123456" -> "123 456"; 8 digits "1234 5678"; 5 letters and odd lengths split 3 + rest.
QString groupedCode(const QString& code);

} // namespace tessera::ui
