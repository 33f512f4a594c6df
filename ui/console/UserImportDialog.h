// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pool/UserCsv.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tessera::ui::console {

class PoolSession;

// Importing users from a CSV file in Cognito's user-import format into the local engine: the
// file is read in the background and previewed first (the users it would add, and each problem
// by line, column and what is wrong); Import adds the users without problems in one
// transaction.
class UserImportDialog : public QDialog
{
    Q_OBJECT

public:
    // Cognito's limit for one import file.
    static constexpr qint64 kMaximumFileBytes = 100LL * 1024 * 1024;

    UserImportDialog(PoolSession& session, QString userPoolId, QWidget* parent = nullptr);

    // Reads and previews `path` (what "Choose file…" does after its file dialog).
    void loadFile(const QString& path);
    const pool::UserImportPreview& preview() const { return m_preview; }

signals:
    void previewReady();
    // The import ended: `error` empty when `count` users were added.
    void imported(int count, const QString& error);

private:
    void showPreview();
    void import();

    PoolSession& m_session;
    QString m_poolId;
    pool::UserImportPreview m_preview;
    QLabel* m_summary = nullptr;
    QTableWidget* m_users = nullptr;
    QTableWidget* m_problems = nullptr;
    QPushButton* m_choose = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace tessera::ui::console
