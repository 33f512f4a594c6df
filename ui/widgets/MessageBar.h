// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QWidget>

#include <optional>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace tessera::ui {

// A strip across a page that says something without a modal dialog: a message (plain text,
// wrapped, selectable) and a few buttons, tinted by how much it matters. Hidden until shown.
class MessageBar : public QWidget
{
    Q_OBJECT
public:
    enum class Tone
    {
        Neutral, // news the person may act on (an undo offer)
        Warning, // something may be wrong (the clock)
        Error,   // something failed (a backup)
    };

    explicit MessageBar(Tone tone, QWidget* parent = nullptr);

    QString text() const;
    void setText(const QString& text);
    // A button at the end of the bar, in the order added.
    QPushButton* addButton(const QString& text, const QString& objectName);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::optional<QColor> m_tint;
    QLabel* m_text = nullptr;
    QHBoxLayout* m_layout = nullptr;
};

} // namespace tessera::ui
