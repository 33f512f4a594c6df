// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pool/MfaChangePlan.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace tessera::ui::console {

// "Review changes": the plan before it is applied — each changed setting, before and after, and
// what users will experience — with Apply. While the requests run the dialog waits; a failure is
// shown in it with the service's message, and the plan can be tried again or cancelled.
class ChangePlanDialog : public QDialog
{
    Q_OBJECT

public:
    ChangePlanDialog(const pool::MfaChangePlan& plan, const QString& poolName,
                     QWidget* parent = nullptr);

    // Called by the page: the requests started, or ended with `error` (none: the dialog accepts).
    void setApplying(bool applying);
    void showFailure(const QString& message);

signals:
    void applyRequested();

private:
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_apply = nullptr;
};

} // namespace tessera::ui::console
