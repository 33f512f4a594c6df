// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInLabView.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tessera::ui::console {

namespace {

QString indented(const QJsonObject& json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)).trimmed();
}

void addDetail(QTreeWidgetItem* parent, const QString& what, const QJsonObject& json)
{
    if (json.isEmpty()) {
        return;
    }
    auto* item = new QTreeWidgetItem(parent, {what});
    auto* body = new QTreeWidgetItem(item, {indented(json)});
    body->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
}

} // namespace

SignInLabView::SignInLabView(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* stepsBox = new QGroupBox(tr("Steps"));
    auto* stepsLayout = new QVBoxLayout(stepsBox);
    m_steps = new QTreeWidget;
    m_steps->setAccessibleName(tr("Sign-in steps"));
    m_steps->setAccessibleDescription(
        tr("Each request and answer of the run; expand a step for its request and answer, "
           "passwords and tokens masked."));
    m_steps->setHeaderLabels({tr("Step"), tr("Code from")});
    m_steps->header()->setAccessibleName(tr("Step columns"));
    m_steps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_steps->header()->setStretchLastSection(false);
    m_steps->setWordWrap(true);
    stepsLayout->addWidget(m_steps);
    layout->addWidget(stepsBox, 3);

    m_outcome = new QLabel;
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_outcome);
    m_showClaims = new QPushButton(tr("&Show token claims"));
    m_showClaims->setAccessibleName(tr("Show token claims"));
    m_showClaims->setAccessibleDescription(
        tr("Decodes the ID and access tokens' claims (read without checking the signature)."));
    m_showClaims->setCheckable(true);
    m_showClaims->hide();
    connect(m_showClaims, &QPushButton::toggled, this, &SignInLabView::toggleClaims);
    layout->addWidget(m_showClaims, 0, Qt::AlignLeft);
    m_claims = new QLabel;
    m_claims->setAccessibleName(tr("Token claims"));
    m_claims->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_claims->setFont(QFont(QStringLiteral("monospace")));
    m_claims->hide();
    layout->addWidget(m_claims);

    auto* traceBox = new QGroupBox(tr("Decision trace"));
    auto* traceLayout = new QVBoxLayout(traceBox);
    m_traceNote = new QLabel;
    m_traceNote->setAccessibleName(tr("Decision trace note"));
    m_traceNote->setWordWrap(true);
    m_traceNote->hide();
    traceLayout->addWidget(m_traceNote);
    m_trace = new QListWidget;
    m_trace->setAccessibleName(tr("Decision trace"));
    m_trace->setAccessibleDescription(
        tr("Why the local engine decided what it did: risk signals, score, level, action, and "
           "whether MFA was asked and why."));
    m_trace->setWordWrap(true);
    traceLayout->addWidget(m_trace);
    layout->addWidget(traceBox, 2);
}

void SignInLabView::clear()
{
    m_steps->clear();
    m_trace->clear();
    m_outcome->clear();
    m_claimsText.clear();
    m_showClaims->setChecked(false);
    m_showClaims->hide();
    m_claims->hide();
    m_traceNote->hide();
}

void SignInLabView::showSteps(const QList<pool::lab::LabStep>& steps)
{
    m_steps->clear();
    int number = 0;
    for (const pool::lab::LabStep& step : steps) {
        const QString summary = step.summary.isEmpty()
                                    ? tr("%1: waiting for the answer").arg(step.operation)
                                    : step.summary;
        auto* item = new QTreeWidgetItem(
            m_steps, {tr("%1. %2").arg(++number).arg(summary), step.codeSource});
        item->setToolTip(0, summary);
        addDetail(item, tr("Request"), step.request);
        addDetail(item, tr("Answer"), step.answer);
    }
    if (m_steps->topLevelItemCount() > 0) {
        m_steps->scrollToItem(m_steps->topLevelItem(m_steps->topLevelItemCount() - 1));
    }
}

void SignInLabView::showOutcome(const pool::lab::LabOutcome& outcome)
{
    using End = pool::lab::LabOutcome::End;
    if (outcome.end == End::Authenticated) {
        QString text = tr("Authenticated. Tokens expire in %n second(s) (ID token lifetime %1 s, "
                          "access token lifetime %2 s).",
                          nullptr, outcome.expiresIn)
                           .arg(outcome.idTokenLifetime)
                           .arg(outcome.accessTokenLifetime);
        if (!outcome.newDeviceKey.isEmpty()) {
            text += QLatin1Char(' ') +
                    tr("The pool remembered this device as %1.").arg(outcome.newDeviceKey);
        }
        m_outcome->setText(text);
        m_claimsText = tr("ID token claims:\n%1\n\nAccess token claims:\n%2")
                           .arg(indented(outcome.idClaims), indented(outcome.accessClaims));
        m_showClaims->show();
    } else if (outcome.end == End::Stopped) {
        QString text = outcome.challenge.isEmpty()
                           ? tr("Stopped: %1: %2").arg(outcome.errorType, outcome.message)
                           : tr("Stopped at %1: %2: %3")
                                 .arg(outcome.challenge, outcome.errorType, outcome.message);
        if (!outcome.advice.isEmpty()) {
            text += QLatin1Char('\n') + tr("What to change: %1").arg(outcome.advice);
        }
        m_outcome->setText(text);
    } else {
        m_outcome->setText(tr("Running…"));
    }
}

void SignInLabView::toggleClaims()
{
    const bool show = m_showClaims->isChecked();
    m_claims->setText(show ? m_claimsText : QString());
    m_claims->setVisible(show);
    m_showClaims->setText(show ? tr("&Hide token claims") : tr("&Show token claims"));
}

void SignInLabView::showTrace(const pool::SignInTrace& trace, const QString& note)
{
    m_trace->clear();
    for (const pool::TraceStep& step : trace.steps()) {
        auto* item = new QListWidgetItem(step.text(), m_trace);
        item->setToolTip(step.name());
    }
    m_traceNote->setText(note);
    m_traceNote->setVisible(!note.isEmpty());
}

} // namespace tessera::ui::console
