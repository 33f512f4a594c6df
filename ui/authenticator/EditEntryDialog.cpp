// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditEntryDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tessera::ui {

Expected<otp::OtpParameters> relabelled(const otp::OtpParameters& parameters, const QString& issuer,
                                        const QString& account)
{
    otp::OtpSpec spec = parameters.toSpec();
    spec.issuer = issuer.trimmed();
    spec.account = account.trimmed();
    return otp::OtpParameters::create(std::move(spec));
}

EditEntryDialog::EditEntryDialog(const vault::Entry& entry, const QStringList& groupNames,
                                 const QString& currentGroup, QWidget* parent)
    : QDialog(parent), m_original(entry.parameters().clone()), m_issuer(new QLineEdit),
      m_account(new QLineEdit), m_note(new QLineEdit), m_group(new QComboBox),
      m_favourite(new QCheckBox(tr("Favourite (listed first)"))), m_message(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Edit account"));
    setObjectName(QStringLiteral("editEntryDialog"));
    m_issuer->setObjectName(QStringLiteral("issuer"));
    m_issuer->setText(entry.parameters().issuer());
    m_account->setObjectName(QStringLiteral("account"));
    m_account->setText(entry.parameters().account());
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setText(entry.note());
    m_group->setObjectName(QStringLiteral("group"));
    m_group->setEditable(true);
    m_group->addItem(QString());
    m_group->addItems(groupNames);
    m_group->lineEdit()->setPlaceholderText(tr("No group; type a name to make one"));
    m_favourite->setObjectName(QStringLiteral("favourite"));
    m_favourite->setChecked(entry.isFavourite());
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);

    auto* form = new QFormLayout;
    form->addRow(tr("&Issuer"), m_issuer);
    form->addRow(tr("&Account"), m_account);
    form->addRow(tr("&Note"), m_note);
    form->addRow(tr("&Group"), m_group);
    form->addRow(QString(), m_favourite);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_issuer, &QLineEdit::textChanged, this, &EditEntryDialog::validate);
    connect(m_account, &QLineEdit::textChanged, this, &EditEntryDialog::validate);
    connect(m_note, &QLineEdit::textChanged, this, &EditEntryDialog::validate);
    connect(m_group, &QComboBox::editTextChanged, this, &EditEntryDialog::validate);
    m_group->setCurrentIndex(std::max(0, int(m_group->findText(currentGroup))));
    validate();
}

void EditEntryDialog::validate()
{
    const auto result = relabelled(m_original, m_issuer->text(), m_account->text());
    Status valid = result ? Status{} : Status(makeError(result.error()));
    if (valid) {
        valid = vault::checkNote(note());
    }
    if (valid) {
        valid = vault::checkGroupName(groupName());
    }
    m_message->setText(valid ? tr("The secret and code settings stay as they are.")
                             : valid.error());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(valid.ok());
}

std::optional<otp::OtpParameters> EditEntryDialog::parameters() const
{
    auto result = relabelled(m_original, m_issuer->text(), m_account->text());
    if (!result) {
        return std::nullopt;
    }
    return std::move(result).value();
}

QString EditEntryDialog::note() const
{
    return m_note->text().trimmed();
}

QString EditEntryDialog::groupName() const
{
    return m_group->currentText().trimmed();
}

bool EditEntryDialog::isFavourite() const
{
    return m_favourite->isChecked();
}

} // namespace tessera::ui
