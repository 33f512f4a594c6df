// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionConfirmBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera::ui::console {

ActionConfirmBar::ActionConfirmBar(QWidget* parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Confirm action"));
    auto* layout = new QVBoxLayout(this);
    m_sentence = new QLabel;
    m_sentence->setWordWrap(true);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sentence->setAccessibleName(tr("What the action will do"));
    layout->addWidget(m_sentence);
    m_typePrompt = new QLabel;
    m_typePrompt->setWordWrap(true);
    layout->addWidget(m_typePrompt);
    m_typed = new QLineEdit;
    m_typed->setAccessibleName(tr("Type to confirm"));
    m_typePrompt->setBuddy(m_typed);
    layout->addWidget(m_typed);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    m_cancel = new QPushButton(tr("Cancel"));
    m_confirm = new QPushButton;
    m_confirm->setDefault(true);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_confirm);
    layout->addLayout(buttons);
    connect(m_typed, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_confirm->setEnabled(text == m_expected); });
    connect(m_typed, &QLineEdit::returnPressed, m_confirm, &QPushButton::click);
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        dismiss();
        emit confirmed();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        dismiss();
        emit cancelled();
    });
    hide();
}

void ActionConfirmBar::ask(const QString& sentence, const QString& confirmText,
                           const QString& typeToConfirm)
{
    m_sentence->setText(sentence);
    m_confirm->setText(confirmText);
    m_confirm->setAccessibleName(QString(confirmText).remove(QLatin1Char('&')));
    m_expected = typeToConfirm;
    m_typed->clear();
    m_typePrompt->setText(tr("Type %1 to confirm:").arg(typeToConfirm));
    m_typed->setAccessibleDescription(
        tr("Type %1 to enable %2.").arg(typeToConfirm, m_confirm->accessibleName()));
    m_typePrompt->setVisible(!typeToConfirm.isEmpty());
    m_typed->setVisible(!typeToConfirm.isEmpty());
    m_confirm->setEnabled(typeToConfirm.isEmpty());
    show();
    if (typeToConfirm.isEmpty()) {
        m_confirm->setFocus();
    } else {
        m_typed->setFocus();
    }
}

void ActionConfirmBar::dismiss()
{
    m_typed->clear();
    hide();
}

} // namespace tessera::ui::console
