// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pool/MfaChangePlan.h"
#include "pool/RiskConfig.h"

#include <QWidget>

#include <array>
#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace tessera::ui::console {

class PoolSession;

// The "Adaptive MFA" tab: a pool's risk configuration (Cognito's AccountTakeoverRiskConfiguration
// and RiskExceptionConfiguration) as a person edits it - per risk level the action and whether
// to notify, the always-allowed and blocked IP ranges checked as they are typed, and how the
// local engine scores a sign-in. It reads the configuration through the session and asks for a
// review; the page shows the change plan and applies it. Where the backend has no risk
// configuration the editor is disabled and says why.
class RiskConfigEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RiskConfigEditor(PoolSession& session, QWidget* parent = nullptr);

    // The pool whose risk configuration to read and edit (its MFA policy travels with an export);
    // read when the editor is shown, so choosing pools costs no request while it is hidden.
    void setPool(const pool::MfaPolicy& policy);

    bool isAvailable() const { return m_available; }
    // The sentence shown when the editor is disabled (empty while available).
    QString unavailableSentence() const { return m_unavailable; }
    // The configuration read from the backend (none before it is read or where there is none).
    const std::optional<pool::RiskConfig>& inForce() const { return m_inForce; }
    // The configuration as edited, IP lists one range per non-empty line.
    pool::RiskConfig edited() const;
    bool isModified() const;
    // The first problem with the IP lists, or empty when they are valid.
    QString listProblem() const;

signals:
    // The configuration in force was read (inForce() holds it).
    void loaded();
    // The person asked to review the edited configuration against the one in force.
    void reviewRequested(const tessera::pool::RiskConfig& edited);

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct LevelRow
    {
        QComboBox* action = nullptr;
        QCheckBox* notify = nullptr;
        QLabel* sentence = nullptr;
    };
    QGroupBox* createLevels();
    QGroupBox* createRanges();
    QGroupBox* createSignals();
    void read();
    void showConfig(const pool::RiskConfig& config);
    void setUnavailable(const QString& sentence);
    void onEdited();
    void exportAsCode();

    PoolSession& m_session;
    pool::MfaPolicy m_policy;
    std::optional<pool::RiskConfig> m_inForce;
    bool m_available = false;
    bool m_loading = false;
    bool m_stale = false;
    QString m_unavailable;

    QLabel* m_status = nullptr;
    QWidget* m_form = nullptr;
    std::array<LevelRow, 3> m_levels;
    QPlainTextEdit* m_allowed = nullptr;
    QPlainTextEdit* m_blocked = nullptr;
    QLabel* m_allowedProblem = nullptr;
    QLabel* m_blockedProblem = nullptr;
    QPushButton* m_review = nullptr;
    QPushButton* m_revert = nullptr;
    QPushButton* m_export = nullptr;
};

} // namespace tessera::ui::console
