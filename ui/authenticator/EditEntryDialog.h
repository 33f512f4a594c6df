// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/OtpParameters.h"
#include "vault/Entry.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace tessera::ui {

// Edits what the user keeps beside a secret: issuer, account, note, group and favourite. The
// secret and the generator's parameters stay as they are (a new secret is a new account); core
// validates the new labels.
class EditEntryDialog : public QDialog
{
    Q_OBJECT
public:
    // `currentGroup`: the entry's group as shown (a vault made elsewhere may give it several).
    EditEntryDialog(const vault::Entry& entry, const QStringList& groupNames,
                    const QString& currentGroup, QWidget* parent = nullptr);

    // The parameters with the new labels, if core accepts them.
    std::optional<otp::OtpParameters> parameters() const;
    QString note() const;
    // Empty: in no group.
    QString groupName() const;
    bool isFavourite() const;

private:
    void validate();

    otp::OtpParameters m_original;
    QLineEdit* m_issuer = nullptr;
    QLineEdit* m_account = nullptr;
    QLineEdit* m_note = nullptr;
    QComboBox* m_group = nullptr;
    QCheckBox* m_favourite = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

// `parameters` with another issuer and account, validated by core.
Expected<otp::OtpParameters> relabelled(const otp::OtpParameters& parameters, const QString& issuer,
                                        const QString& account);

} // namespace tessera::ui
