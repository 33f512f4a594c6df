// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pool/SignInTrace.h"
#include "pool/lab/SignInLab.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace tessera::ui::console {

// What a sign-in lab run did, as a person reads it: each request and answer as a step (secrets
// masked by the lab), the end (token lifetimes and claims, or the service's message and what to
// change) and, on the local engine, the decision trace. Display only: SignInLabPanel runs the lab.
class SignInLabView : public QWidget
{
    Q_OBJECT

public:
    explicit SignInLabView(QWidget* parent = nullptr);

    void clear();
    void showSteps(const QList<pool::lab::LabStep>& steps);
    void showOutcome(const pool::lab::LabOutcome& outcome);
    // The local engine's trace of the run, or why there is none (`note`).
    void showTrace(const pool::SignInTrace& trace, const QString& note = {});

    QTreeWidget* stepTree() const { return m_steps; }
    QListWidget* traceList() const { return m_trace; }
    QLabel* outcomeLabel() const { return m_outcome; }

private:
    void toggleClaims();

    QTreeWidget* m_steps = nullptr;
    QLabel* m_outcome = nullptr;
    QPushButton* m_showClaims = nullptr;
    QLabel* m_claims = nullptr;
    QLabel* m_traceNote = nullptr;
    QListWidget* m_trace = nullptr;
    QString m_claimsText;
};

} // namespace tessera::ui::console
