// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tessera::ui::console {

// The strip that says what an action will do before it runs, with Confirm and Cancel; for an
// action that cannot be undone, Confirm waits until a word (the username) is typed exactly.
class ActionConfirmBar : public QFrame
{
    Q_OBJECT

public:
    explicit ActionConfirmBar(QWidget* parent = nullptr);

    // Shows `sentence` and asks; `typeToConfirm` non-empty makes Confirm wait for it.
    void ask(const QString& sentence, const QString& confirmText,
             const QString& typeToConfirm = {});
    void dismiss();

signals:
    void confirmed();
    void cancelled();

private:
    QLabel* m_sentence = nullptr;
    QLabel* m_typePrompt = nullptr;
    QLineEdit* m_typed = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_cancel = nullptr;
    QString m_expected;
};

} // namespace tessera::ui::console
