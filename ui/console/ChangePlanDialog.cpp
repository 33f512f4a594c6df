// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangePlanDialog.h"

#include "widgets/InlineMessage.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tessera::ui::console {

ChangePlanDialog::ChangePlanDialog(const pool::MfaChangePlan& plan, const QString& poolName,
                                   QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Review changes to %1").arg(poolName));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("What applying the edited policy to %1 changes:").arg(poolName));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    // One block per change: the setting, before → after, and in its own wrapped line what users
    // will experience, which is the part a person reads most and must never be cut off.
    auto* rows = new QWidget;
    auto* rowsLayout = new QVBoxLayout(rows);
    for (const auto& row : plan.rows) {
        auto* change = new QLabel(QStringLiteral("<b>%1</b>: %2 → %3")
                                      .arg(row.field.toHtmlEscaped(), row.before.toHtmlEscaped(),
                                           row.after.toHtmlEscaped()));
        change->setTextFormat(Qt::RichText);
        change->setWordWrap(true);
        change->setTextInteractionFlags(Qt::TextSelectableByMouse);
        change->setAccessibleName(tr("%1: %2 to %3").arg(row.field, row.before, row.after));
        auto* consequence = new QLabel(row.consequence);
        consequence->setWordWrap(true);
        consequence->setTextInteractionFlags(Qt::TextSelectableByMouse);
        consequence->setContentsMargins(16, 0, 0, 8);
        consequence->setAccessibleName(tr("What users will see: %1").arg(row.field));
        consequence->setAccessibleDescription(row.consequence);
        rowsLayout->addWidget(change);
        rowsLayout->addWidget(consequence);
    }
    rowsLayout->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setWidget(rows);
    scroll->setWidgetResizable(true);
    scroll->setAccessibleName(tr("Changes"));
    layout->addWidget(scroll, 1);

    for (const QString& note : plan.notes) {
        auto* label = new QLabel(QStringLiteral("• ") + note);
        label->setWordWrap(true);
        label->setForegroundRole(QPalette::PlaceholderText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(label);
    }
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_apply = m_buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setAccessibleName(tr("Apply"));
    m_apply->setAccessibleDescription(tr("Sends the changes to the pool."));
    m_apply->setDefault(true);
    m_apply->setEnabled(plan.canApply());
    // Enter applies: the focus starts on Apply, not on Cancel.
    m_apply->setFocus();
    if (!plan.validation.ok()) {
        showInlineMessage(m_status,
                          tr("This cannot be applied: %1").arg(plan.validation.failure().message),
                          true);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePlanDialog::applyRequested);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(640, 420);
}

void ChangePlanDialog::setApplying(bool applying)
{
    m_apply->setEnabled(!applying);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!applying);
    if (applying) {
        showInlineMessage(m_status, tr("Applying…"), false);
    }
}

void ChangePlanDialog::showFailure(const QString& message)
{
    setApplying(false);
    showInlineMessage(m_status, message, true);
}

} // namespace tessera::ui::console
