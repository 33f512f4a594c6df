// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pool/iac/IacExport.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace tessera::ui::console {

// "Export configuration": the pool's MFA configuration as CloudFormation, Terraform or the AWS
// CLI's input JSON, previewed with highlighting, copied or saved. What a format cannot hold is
// listed under the preview.
class IacExportDialog : public QDialog
{
    Q_OBJECT

public:
    IacExportDialog(pool::iac::PoolMfaSnapshot snapshot, QWidget* parent = nullptr);

    QString text() const;
    void setFormat(pool::iac::Format format);

private:
    void render();
    void copy();
    void save();

    pool::iac::PoolMfaSnapshot m_snapshot;
    pool::iac::Document m_document;
    QComboBox* m_format = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    QLabel* m_omitted = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace tessera::ui::console
