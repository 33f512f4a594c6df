// SPDX-License-Identifier: GPL-3.0-or-later
// PoolConsolePage: the chosen pool's sections - its MFA policy, its users, who has enrolled.
#include "EnrolmentChart.h"
#include "PoolConsolePage.h"
#include "RiskConfigEditor.h"
#include "SignInLabPanel.h"
#include "SmsCostView.h"
#include "UserAdministrationPanel.h"
#include "UserTableModel.h"
#include "UsersView.h"
#include "pool/MfaStatusSource.h"

#include <QScrollArea>
#include <QTabWidget>

namespace tessera::ui::console {

QWidget* PoolConsolePage::createSections(QWidget* policy)
{
    m_tabs = new QTabWidget;
    m_tabs->setAccessibleName(tr("Pool sections"));
    m_tabs->addTab(policy, tr("&MFA policy"));
    m_usersView = new UsersView(m_session);
    // New user, import, export, bulk actions and the current user's details, beside the table.
    new UserAdministrationPanel(m_session, *m_usersView);
    m_tabs->addTab(m_usersView, tr("&Users"));
    m_chart = new EnrolmentChart(m_session, m_session.pacer());
    m_chart->setSampleSource([this] {
        const auto* source = m_usersView->model()->mfaSource();
        return source != nullptr ? source->sampled() : pool::EnrolmentSummary{};
    });
    m_tabs->addTab(m_chart, tr("&Enrolment"));
    // Adaptive MFA and the SMS cost projection: read with each pool shown; a risk review goes
    // through the same change plan, apply and history as the MFA policy.
    auto* risk = new RiskConfigEditor(m_session);
    auto* smsCost = new SmsCostView(m_session);
    m_tabs->addTab(risk, tr("&Adaptive MFA"));
    auto* scroll = new QScrollArea;
    scroll->setWidget(smsCost);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(scroll, tr("SMS &costs"));
    connect(this, &PoolConsolePage::poolShown, this, [this, risk, smsCost] {
        risk->setPool(m_inForce);
        smsCost->setPool(m_inForce.pool.id, m_inForce.mfa, m_inForce.pool.estimatedNumberOfUsers);
    });
    connect(risk, &RiskConfigEditor::loaded, this, [this, risk] {
        m_risk = risk->inForce();
        m_inForce.risk = m_risk;
    });
    connect(risk, &RiskConfigEditor::reviewRequested, this, [this](const pool::RiskConfig& edited) {
        pool::MfaPolicy policy = m_inForce;
        policy.risk = edited;
        reviewPolicy(policy);
    });
    // The sign-in lab (issue 14): reads the pool's users and clients when its tab is shown.
    auto* lab = new SignInLabPanel(m_session);
    m_tabs->addTab(lab, tr("Sign-in &lab"));
    const auto readLabPool = [this, lab] {
        if (m_tabs->currentWidget() == lab) {
            lab->setPool(selectedPoolId());
        }
    };
    connect(m_tabs, &QTabWidget::currentChanged, lab, readLabPool);
    connect(this, &PoolConsolePage::poolShown, lab, readLabPool);
    // Users are read when their tab is shown, not with every pool chosen.
    connect(m_tabs, &QTabWidget::currentChanged, this, &PoolConsolePage::showSelectedPoolTab);
    return m_tabs;
}

void PoolConsolePage::showUsers()
{
    m_tabs->setCurrentWidget(m_usersView);
}

void PoolConsolePage::showEnrolment()
{
    m_tabs->setCurrentWidget(m_chart);
}

void PoolConsolePage::showSelectedPoolTab()
{
    const QString poolId = selectedPoolId();
    if (m_tabs->currentWidget() == m_usersView && m_usersView->poolId() != poolId) {
        m_usersView->setPool(poolId);
    } else if (m_tabs->currentWidget() == m_chart) {
        m_chart->setPool(poolId,
                         m_inForce.pool.id == poolId ? m_inForce.pool.estimatedNumberOfUsers : 0);
    }
}

} // namespace tessera::ui::console
