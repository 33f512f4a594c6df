// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPoint>

#include <optional>

class QAbstractItemView;

namespace tessera::ui {

class TokenSortModel;

// Watches the token list for a drag that cannot move anything (the list is sorted another way,
// or filtered) and says why, once per press: the view alone would just refuse the drop.
class ListDragFilter : public QObject
{
    Q_OBJECT
public:
    ListDragFilter(QAbstractItemView* list, const TokenSortModel& order);

signals:
    void moveBlocked(const QString& reason);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const TokenSortModel& m_order;
    // Where a press in the list began, to tell a drag from a click.
    std::optional<QPoint> m_pressAt;
};

} // namespace tessera::ui
