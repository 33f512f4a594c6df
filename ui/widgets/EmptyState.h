// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;
class QHBoxLayout;
class QPushButton;

namespace tessera::ui {

// What a place shows while it has nothing to show: an icon, a title and a sentence or two
// that say what will be here and how to get started, with the buttons that start it.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    EmptyState(const QIcon& icon, const QString& title, const QString& text,
               QWidget* parent = nullptr);

    QString title() const;
    QString text() const;

    // Adds a button under the text; the caller connects it (or disables it).
    QPushButton* addButton(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateIcon();

    QIcon m_icon;
    QLabel* m_iconLabel = nullptr;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_textLabel = nullptr;
    QHBoxLayout* m_buttons = nullptr;
};

} // namespace tessera::ui
