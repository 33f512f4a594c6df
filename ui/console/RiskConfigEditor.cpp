// SPDX-License-Identifier: GPL-3.0-or-later
#include "RiskConfigEditor.h"

#include "IacExportDialog.h"
#include "PoolSession.h"
#include "pool/PoolBackend.h"
#include "pool/RiskChangeRows.h"
#include "pool/local/RiskEngine.h"
#include "widgets/FlowLayout.h"
#include "widgets/InlineMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QVBoxLayout>

namespace tessera::ui::console {

namespace {

constexpr std::array kLevels = {pool::RiskLevel::Low, pool::RiskLevel::Medium,
                                pool::RiskLevel::High};

QStringList rangesOf(const QPlainTextEdit* edit)
{
    QStringList ranges;
    const QStringList lines = edit->toPlainText().split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (!line.trimmed().isEmpty()) {
            ranges.append(line.trimmed());
        }
    }
    return ranges;
}

// The configuration's content, without when it was last changed.
QJsonObject content(pool::RiskConfig config)
{
    config.lastModifiedDate = 0;
    config.clientId.clear();
    return config.toJson();
}

QLabel* wrappedLabel(const QString& text, const QString& name)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setAccessibleName(name);
    return label;
}

} // namespace

RiskConfigEditor::RiskConfigEditor(PoolSession& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    m_status = wrappedLabel(QString(), tr("Adaptive MFA status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_form = new QWidget;
    auto* form = new QVBoxLayout(m_form);
    form->addWidget(createLevels());
    form->addWidget(createRanges());
    form->addWidget(createSignals());
    form->addStretch(1);
    // The form scrolls; the buttons under it stay in view.
    auto* scroll = new QScrollArea;
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);

    // The buttons wrap to a second line when the console is narrow (long in French, German).
    auto* buttons = new FlowLayout;
    m_review = new QPushButton(tr("Re&view risk changes…"));
    m_review->setAccessibleName(tr("Review risk changes"));
    m_review->setAccessibleDescription(
        tr("Shows what the edited risk configuration will change before anything is applied."));
    m_revert = new QPushButton(tr("Rever&t"));
    m_revert->setAccessibleName(tr("Revert risk changes"));
    m_revert->setAccessibleDescription(tr("Puts back the configuration in force."));
    m_export = new QPushButton(tr("E&xport as code…"));
    m_export->setAccessibleName(tr("Export risk configuration as code"));
    m_export->setAccessibleDescription(
        tr("The pool's MFA configuration with the risk settings as edited here, as "
           "CloudFormation, Terraform or AWS CLI input."));
    buttons->addWidget(m_review);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_export);
    layout->addLayout(buttons);
    connect(m_review, &QPushButton::clicked, this, [this] {
        if (m_review->isEnabled()) {
            emit reviewRequested(edited());
        }
    });
    connect(m_revert, &QPushButton::clicked, this,
            [this] { showConfig(m_inForce.value_or(pool::RiskConfig{})); });
    connect(m_export, &QPushButton::clicked, this, &RiskConfigEditor::exportAsCode);
    setUnavailable(tr("Choose a pool to see its adaptive MFA settings."));
}

QGroupBox* RiskConfigEditor::createLevels()
{
    auto* box = new QGroupBox(tr("When a sign-in looks risky"));
    auto* grid = new QGridLayout(box);
    grid->setColumnStretch(1, 1);
    const QString levelNames[] = {tr("&Low risk:"), tr("Med&ium risk:"), tr("&High risk:")};
    const QString accessible[] = {tr("Low-risk action"), tr("Medium-risk action"),
                                  tr("High-risk action")};
    const QString notifyNames[] = {tr("Notify on low risk"), tr("Notify on medium risk"),
                                   tr("Notify on high risk")};
    for (int i = 0; i < int(kLevels.size()); ++i) {
        LevelRow& row = m_levels.at(i);
        row.action = new QComboBox;
        row.action->addItem(tr("Allow"), int(pool::RiskAction::NoAction));
        row.action->addItem(tr("MFA if configured"), int(pool::RiskAction::MfaIfConfigured));
        row.action->addItem(tr("MFA required"), int(pool::RiskAction::MfaRequired));
        row.action->addItem(tr("Block"), int(pool::RiskAction::Block));
        row.action->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        row.action->setMinimumContentsLength(12);
        row.action->setAccessibleName(accessible[i]);
        row.action->setAccessibleDescription(
            tr("What the pool does with a sign-in at this level."));
        row.notify = new QCheckBox(tr("Notify"));
        row.notify->setAccessibleName(notifyNames[i]);
        row.notify->setAccessibleDescription(
            tr("Tells the user of each such sign-in (by email on AWS, through the outbox on the "
               "local engine)."));
        row.sentence = wrappedLabel(QString(), tr("%1 meaning").arg(accessible[i]));
        row.sentence->setForegroundRole(QPalette::PlaceholderText);
        auto* label = new QLabel(levelNames[i]);
        label->setBuddy(row.action);
        grid->addWidget(label, 2 * i, 0);
        grid->addWidget(row.action, 2 * i, 1);
        grid->addWidget(row.notify, 2 * i, 2);
        grid->addWidget(row.sentence, 2 * i + 1, 1, 1, 2);
        connect(row.action, &QComboBox::currentIndexChanged, this, &RiskConfigEditor::onEdited);
        connect(row.notify, &QCheckBox::toggled, this, &RiskConfigEditor::onEdited);
    }
    return box;
}

QGroupBox* RiskConfigEditor::createRanges()
{
    auto* box = new QGroupBox(tr("IP addresses"));
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(wrappedLabel(tr("One CIDR range per line, IPv4 or IPv6, such as "
                                      "192.0.2.0/24 or 2001:db8::/32. These lists are looked at "
                                      "before any other signal."),
                                   tr("IP ranges help")));
    const auto addList = [this, layout](const QString& title, const QString& name,
                                        const QString& description, QPlainTextEdit*& edit,
                                        QLabel*& problem) {
        auto* label = new QLabel(title);
        label->setWordWrap(true);
        edit = new QPlainTextEdit;
        edit->setAccessibleName(name);
        edit->setAccessibleDescription(description);
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        label->setBuddy(edit);
        problem = wrappedLabel(QString(), tr("%1 problem").arg(name));
        problem->hide();
        layout->addWidget(label);
        layout->addWidget(edit);
        layout->addWidget(problem);
        connect(edit, &QPlainTextEdit::textChanged, this, &RiskConfigEditor::onEdited);
    };
    addList(tr("Al&ways allow (skip the risk checks, count as low risk):"),
            tr("Always-allowed IP ranges"),
            tr("Sign-ins from these ranges skip the risk checks; one CIDR range per line."),
            m_allowed, m_allowedProblem);
    addList(tr("&Block (refused before the password is looked at):"), tr("Blocked IP ranges"),
            tr("Sign-ins from these ranges are refused; one CIDR range per line."), m_blocked,
            m_blockedProblem);
    return box;
}

QGroupBox* RiskConfigEditor::createSignals()
{
    using pool::local::RiskEngine;
    auto* box = new QGroupBox(tr("How Tessera's local engine scores a sign-in"));
    auto* layout = new QVBoxLayout(box);
    const std::pair<QString, QString> lines[] = {
        {tr("New device: a device (remembered device key, device data or user agent) not seen in "
            "the user's earlier successful sign-ins adds 1 point."),
         tr("New device signal")},
        {tr("New network: an address outside the /24 (IPv4) or /48 (IPv6) networks of the "
            "user's earlier successful sign-ins adds 1 point."),
         tr("New network signal")},
        {tr("Failure velocity: %1 or more failed sign-ins for the user in 15 minutes add 1 point, "
            "%2 or more add 2.")
             .arg(RiskEngine::kVelocityFailures)
             .arg(RiskEngine::kHighVelocityFailures),
         tr("Failure velocity signal")},
        {tr("Request rate: %1 or more sign-in attempts from one address in a minute, as a bot "
            "makes, add 3 points.")
             .arg(RiskEngine::kBotRequestsPerMinute),
         tr("Request rate signal")},
        {tr("0 or 1 point is low risk, 2 medium, 3 or more high; a user's first sign-in has no "
            "history to compare with. AWS Cognito scores with its own model instead."),
         tr("Risk levels")},
    };
    for (const auto& [text, name] : lines) {
        layout->addWidget(wrappedLabel(text, name));
    }
    return box;
}

void RiskConfigEditor::setPool(const pool::MfaPolicy& policy)
{
    m_policy = policy;
    m_inForce.reset();
    m_stale = true;
    if (isVisible()) {
        read();
    }
}

void RiskConfigEditor::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        read();
    }
}

void RiskConfigEditor::read()
{
    m_stale = false;
    if (m_policy.pool.id.isEmpty() || m_session.backend() == nullptr) {
        return;
    }
    if (!m_session.supports(QStringLiteral("DescribeRiskConfiguration")) ||
        !m_session.supports(QStringLiteral("SetRiskConfiguration"))) {
        setUnavailable(tr("Adaptive MFA is not available here: this endpoint has no risk "
                          "configuration API, so use Tessera's local engine or AWS Cognito with "
                          "threat protection."));
        return;
    }
    m_available = false;
    m_unavailable.clear();
    m_form->setEnabled(false);
    m_review->setEnabled(false);
    m_revert->setEnabled(false);
    m_export->setEnabled(false);
    showInlineMessage(m_status, tr("Reading the risk configuration…"), false);
    const QString poolId = m_policy.pool.id;
    m_session.request<pool::RiskConfig>(
        m_session.backend()->describeRiskConfiguration(poolId), this,
        [this, poolId](const Expected<pool::RiskConfig, pool::PoolError>& read) {
            if (m_policy.pool.id != poolId) {
                return;
            }
            if (!read) {
                switch (pool::riskAbsence(read.failure())) {
                case pool::RiskAbsence::NoApi:
                    setUnavailable(tr("Adaptive MFA is not available here: this endpoint has no "
                                      "risk configuration API (cognito-local, for one, lacks it), "
                                      "so use Tessera's local engine or AWS Cognito with threat "
                                      "protection."));
                    return;
                case pool::RiskAbsence::NeedsThreatProtection:
                    setUnavailable(tr("Adaptive MFA is not available on this pool: AWS Cognito "
                                      "offers it only with threat protection (advanced security) "
                                      "in the pool's feature plan, which is turned on in AWS."));
                    return;
                case pool::RiskAbsence::Other:
                    break;
                }
                setUnavailable(tr("The risk configuration could not be read: %1 (%2).")
                                   .arg(read.failure().message, read.failure().type));
                return;
            }
            m_inForce = *read;
            m_inForce->userPoolId = poolId;
            m_available = true;
            m_form->setEnabled(true);
            m_export->setEnabled(true);
            showInlineMessage(m_status,
                              m_inForce->isConfigured()
                                  ? tr("What this pool does when a sign-in looks risky, and the "
                                       "addresses it always allows or blocks.")
                                  : tr("No adaptive MFA is set: every sign-in goes on as the MFA "
                                       "policy says, whatever its risk."),
                              false);
            showConfig(*m_inForce);
            emit loaded();
        });
}

void RiskConfigEditor::setUnavailable(const QString& sentence)
{
    m_available = false;
    m_unavailable = sentence;
    m_form->setEnabled(false);
    m_review->setEnabled(false);
    m_revert->setEnabled(false);
    m_export->setEnabled(false);
    showInlineMessage(m_status, sentence, false);
}

void RiskConfigEditor::showConfig(const pool::RiskConfig& config)
{
    m_loading = true;
    for (int i = 0; i < int(kLevels.size()); ++i) {
        LevelRow& row = m_levels.at(i);
        row.action->setCurrentIndex(row.action->findData(int(config.actionFor(kLevels.at(i)))));
        row.notify->setChecked(config.notifyFor(kLevels.at(i)));
    }
    m_allowed->setPlainText(config.skippedIpRangeList.join(QLatin1Char('\n')));
    m_blocked->setPlainText(config.blockedIpRangeList.join(QLatin1Char('\n')));
    m_loading = false;
    onEdited();
}

pool::RiskConfig RiskConfigEditor::edited() const
{
    pool::RiskConfig config = m_inForce.value_or(pool::RiskConfig{});
    config.userPoolId = m_policy.pool.id;
    for (int i = 0; i < int(kLevels.size()); ++i) {
        const LevelRow& row = m_levels.at(i);
        config.setAction(kLevels.at(i), pool::RiskAction(row.action->currentData().toInt()),
                         row.notify->isChecked());
    }
    config.skippedIpRangeList = rangesOf(m_allowed);
    config.blockedIpRangeList = rangesOf(m_blocked);
    return config;
}

bool RiskConfigEditor::isModified() const
{
    return content(edited()) != content(m_inForce.value_or(pool::RiskConfig{}));
}

QString RiskConfigEditor::listProblem() const
{
    const QString blocked = m_blockedProblem->isHidden() ? QString() : m_blockedProblem->text();
    return !blocked.isEmpty() || m_allowedProblem->isHidden() ? blocked : m_allowedProblem->text();
}

void RiskConfigEditor::onEdited()
{
    for (int i = 0; i < int(kLevels.size()); ++i) {
        const LevelRow& row = m_levels.at(i);
        row.sentence->setText(pool::riskActionSentence(
            pool::RiskAction(row.action->currentData().toInt()), row.notify->isChecked()));
    }
    if (m_loading) {
        return;
    }
    // Each list alone first, so a problem shows beside the list it is in; then the two together
    // (a range in both lists).
    const pool::RiskConfig config = edited();
    pool::RiskConfig allowedOnly;
    allowedOnly.skippedIpRangeList = config.skippedIpRangeList;
    pool::RiskConfig blockedOnly;
    blockedOnly.blockedIpRangeList = config.blockedIpRangeList;
    const auto allowedValid = allowedOnly.validate();
    const auto blockedValid = blockedOnly.validate();
    const auto bothValid = config.validate();
    const QString allowedText = !allowedValid                  ? allowedValid.failure().message
                                : (blockedValid && !bothValid) ? bothValid.failure().message
                                                               : QString();
    const QString blockedText = !blockedValid ? blockedValid.failure().message : QString();
    const std::pair<QLabel*, QString> problems[] = {{m_allowedProblem, allowedText},
                                                    {m_blockedProblem, blockedText}};
    for (const auto& [label, text] : problems) {
        showInlineMessage(label, text, true);
        label->setVisible(!text.isEmpty());
    }
    const bool modified = isModified();
    m_review->setEnabled(m_available && modified && bothValid.ok());
    m_revert->setEnabled(m_available && modified);
    m_export->setEnabled(m_available && bothValid.ok());
}

void RiskConfigEditor::exportAsCode()
{
    pool::iac::PoolMfaSnapshot snapshot{m_policy.pool, m_policy.mfa, std::nullopt};
    if (const pool::RiskConfig config = edited(); config.isConfigured()) {
        snapshot.risk = config;
    }
    auto* dialog = new IacExportDialog(std::move(snapshot), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace tessera::ui::console
