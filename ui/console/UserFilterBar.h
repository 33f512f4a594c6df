// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pool/UserFilter.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tessera::ui::console {

// Builds a ListUsers filter: a field, an operator (is / starts with) and a value, with the
// Cognito filter string shown and editable beside them (an invalid one is explained, not sent),
// and a quick search box for a username prefix. Core's UserFilter reads and writes the text.
class UserFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit UserFilterBar(QWidget* parent = nullptr);

    // The filter in force (applied), if any.
    const std::optional<pool::UserFilter>& filter() const { return m_applied; }
    // Shows `filter` in the fields and the text and applies it.
    void setFilter(const std::optional<pool::UserFilter>& filter);
    // The Cognito text being edited.
    QString filterText() const;
    // Why the text cannot be sent, or empty.
    QString problem() const;

signals:
    // The filter to list users with changed (nothing: every user).
    void filterChanged(const std::optional<tessera::pool::UserFilter>& filter);

private:
    void fieldsEdited();
    void textEdited();
    void quickSearchEdited();
    void apply();
    void showFilter(const std::optional<pool::UserFilter>& filter);

    QLineEdit* m_search = nullptr;
    QComboBox* m_attribute = nullptr;
    QComboBox* m_operator = nullptr;
    QLineEdit* m_value = nullptr;
    QLineEdit* m_text = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_clear = nullptr;
    QLabel* m_problem = nullptr;
    QTimer m_searchDelay;
    std::optional<pool::UserFilter> m_applied;
    bool m_updating = false;
};

} // namespace tessera::ui::console
