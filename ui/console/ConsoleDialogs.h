// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pool/MfaConfig.h"
#include "pool/PolicyHistory.h"
#include "pool/PoolConnection.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

// The console's small dialogs: a new pool, deleting one, another endpoint, and a pool's policy
// history. Each validates through core as the person types.
namespace tessera::ui::console {

// "New pool": a name and an MFA mode, both checked live.
class CreatePoolDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CreatePoolDialog(QWidget* parent = nullptr);
    QString poolName() const;
    pool::MfaMode mode() const;
    void showFailure(const QString& message);

private:
    void validate();
    QLineEdit* m_name = nullptr;
    QComboBox* m_mode = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

// Deleting a pool: its users and their factors go with it, so the person types the pool's name.
class DeletePoolDialog : public QDialog
{
    Q_OBJECT

public:
    DeletePoolDialog(const QString& poolName, qint64 users, QWidget* parent = nullptr);
    void showFailure(const QString& message);

private:
    QLineEdit* m_confirm = nullptr;
    QLabel* m_status = nullptr;
};

// "Other endpoint…": a Cognito-compatible URL (cognito-local, LocalStack, `tessera-cli pool
// serve`), its region and the AWS profile whose keys sign requests.
class EndpointDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EndpointDialog(const QStringList& profiles, QWidget* parent = nullptr);
    pool::PoolConnection connection() const;

private:
    void validate();
    QLineEdit* m_url = nullptr;
    QLineEdit* m_region = nullptr;
    QComboBox* m_profile = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

// A pool's applied policies, newest first, with "Restore this version".
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(const QList<pool::PolicyVersion>& versions, const QString& poolName,
                  QWidget* parent = nullptr);

signals:
    // The person chose to restore this version's policy (it goes through a plan first).
    void restoreRequested(const tessera::pool::MfaPolicy& policy);

private:
    QList<pool::PolicyVersion> m_versions;
    QListWidget* m_list = nullptr;
};

} // namespace tessera::ui::console
