// SPDX-License-Identifier: GPL-3.0-or-later
#include "MfaPolicyEditor.h"

#include "FormHints.h"
#include "PasskeySettings.h"
#include "widgets/InlineMessage.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tessera::ui::console {

namespace {

constexpr int kModeOff = int(pool::MfaMode::Off);
constexpr int kModeOptional = int(pool::MfaMode::Optional);
constexpr int kModeOn = int(pool::MfaMode::On);

} // namespace

MfaPolicyEditor::MfaPolicyEditor(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createModeBox());
    layout->addWidget(createFactorsBox());
    layout->addWidget(createSmsBox());
    layout->addWidget(createEmailBox());
    layout->addWidget(createDevicesBox());
    m_passkeySettings = new PasskeySettings;
    layout->addWidget(m_passkeySettings);
    connect(m_passkeySettings, &PasskeySettings::edited, this, &MfaPolicyEditor::onChanged);
    m_problemLabel = new QLabel;
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setAccessibleName(tr("Validation"));
    layout->addWidget(m_problemLabel);
    layout->addStretch(1);
    updateEnabled();
}

QWidget* MfaPolicyEditor::createModeBox()
{
    auto* box = new QGroupBox(tr("Multi-factor authentication"));
    auto* layout = new QVBoxLayout(box);
    m_mode = new QButtonGroup(this);
    const struct
    {
        int id;
        QString text;
    } modes[] = {
        {kModeOff, tr("&Off")}, {kModeOptional, tr("O&ptional")}, {kModeOn, tr("&Required")}};
    for (const auto& mode : modes) {
        auto* button = new QRadioButton(mode.text);
        const QString sentence = pool::MfaChangePlan::modeSentence(pool::MfaMode(mode.id));
        name(button, QString(mode.text).remove(QLatin1Char('&')), sentence);
        m_mode->addButton(button, mode.id);
        layout->addWidget(button);
        auto* explanation = hint(sentence);
        explanation->setContentsMargins(24, 0, 0, 4);
        layout->addWidget(explanation);
    }
    connect(m_mode, &QButtonGroup::idClicked, this, &MfaPolicyEditor::onModeChosen);
    return box;
}

QWidget* MfaPolicyEditor::createFactorsBox()
{
    auto* box = new QGroupBox(tr("Factors users can use"));
    auto* layout = new QVBoxLayout(box);
    m_totp = new QCheckBox(tr("Authenticator apps (&TOTP)"));
    name(m_totp, tr("Authenticator apps (TOTP)"),
         tr("Codes from an app such as Tessera: free, and works without a phone signal."));
    m_sms = new QCheckBox(tr("&SMS text messages"));
    name(m_sms, tr("SMS text messages"),
         tr("Codes by text message, sent and billed by Amazon SNS per message."));
    m_email = new QCheckBox(tr("&Email codes"));
    name(m_email, tr("Email codes"),
         tr("Codes by email; on AWS this needs Amazon SES as the pool's email sender."));
    for (QCheckBox* box2 : {m_totp, m_sms, m_email}) {
        layout->addWidget(box2);
        connect(box2, &QCheckBox::toggled, this, &MfaPolicyEditor::onChanged);
    }
    return box;
}

QWidget* MfaPolicyEditor::createSmsBox()
{
    m_smsBox = new QGroupBox(tr("SMS"));
    auto* form = new QFormLayout(m_smsBox);
    m_snsArn = new QLineEdit;
    name(m_snsArn, tr("SNS caller role ARN"),
         tr("The IAM role Cognito assumes to publish texts through Amazon SNS, e.g. "
            "arn:aws:iam::123456789012:role/cognito-sms."));
    m_snsArn->setPlaceholderText(QStringLiteral("arn:aws:iam::123456789012:role/cognito-sms"));
    m_externalId = new QLineEdit;
    name(m_externalId, tr("External ID"),
         tr("The external ID in the role's trust policy (sts:ExternalId)."));
    m_snsRegion = new QLineEdit;
    name(m_snsRegion, tr("SNS region"),
         tr("Where texts are sent from; empty means the pool's own region."));
    m_smsMessage = new QLineEdit;
    name(m_smsMessage, tr("SMS message"),
         tr("The text users receive; {####} is replaced by the code. 6 to 140 characters."));
    m_smsPreview = hint({});
    m_smsPreview->setAccessibleName(tr("SMS preview"));
    form->addRow(tr("SNS &role ARN:"), m_snsArn);
    form->addRow(tr("E&xternal ID:"), m_externalId);
    form->addRow(tr("SNS re&gion:"), m_snsRegion);
    auto* help = hint(tr("Cognito sends texts through an IAM role you create. <a "
                         "href=\"https://docs.aws.amazon.com/cognito/latest/developerguide/"
                         "user-pool-sms-settings.html\">How to set up SMS for a user pool</a>"));
    help->setTextFormat(Qt::RichText);
    help->setOpenExternalLinks(true);
    help->setTextInteractionFlags(Qt::TextBrowserInteraction);
    form->addRow(QString(), help);
    form->addRow(tr("&Message:"), m_smsMessage);
    form->addRow(QString(), m_smsPreview);
    for (QLineEdit* edit : {m_snsArn, m_externalId, m_snsRegion, m_smsMessage}) {
        connect(edit, &QLineEdit::textEdited, this, &MfaPolicyEditor::onChanged);
    }
    return m_smsBox;
}

QWidget* MfaPolicyEditor::createEmailBox()
{
    m_emailBox = new QGroupBox(tr("Email"));
    auto* form = new QFormLayout(m_emailBox);
    m_emailSubject = new QLineEdit;
    name(m_emailSubject, tr("Email subject"), tr("Up to 140 characters."));
    m_emailMessage = new QPlainTextEdit;
    m_emailMessage->setTabChangesFocus(true);
    m_emailMessage->setFixedHeight(m_emailMessage->fontMetrics().lineSpacing() * 4 + 12);
    name(m_emailMessage, tr("Email message"),
         tr("The email users receive; {####} is replaced by the code. 6 to 20,000 characters."));
    m_emailPreview = hint({});
    m_emailPreview->setAccessibleName(tr("Email preview"));
    form->addRow(tr("S&ubject:"), m_emailSubject);
    form->addRow(tr("Messa&ge:"), m_emailMessage);
    form->addRow(QString(), m_emailPreview);
    connect(m_emailSubject, &QLineEdit::textEdited, this, &MfaPolicyEditor::onChanged);
    connect(m_emailMessage, &QPlainTextEdit::textChanged, this, &MfaPolicyEditor::onChanged);
    return m_emailBox;
}

QWidget* MfaPolicyEditor::createDevicesBox()
{
    auto* box = new QGroupBox(tr("Devices and federated users"));
    auto* form = new QFormLayout(box);
    // Longer languages do not fit label and choice side by side in the console's column: the
    // choice then goes under its label, and the lists shorten their shown text (the popup shows it
    // whole) rather than make the page scroll sideways.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_devices = new QComboBox;
    m_devices->addItem(tr("Not remembered"));
    m_devices->addItem(tr("Always remembered"));
    m_devices->addItem(tr("Remembered when the user agrees"));
    name(m_devices, tr("Remember devices"),
         tr("Whether Cognito remembers the devices users sign in from (DeviceConfiguration)."));
    m_skipOnRemembered = new QCheckBox(tr("S&kip MFA on remembered devices"));
    name(m_skipOnRemembered, tr("Skip MFA on remembered devices"),
         tr("A remembered device signs in without a code; a new device is always asked "
            "(ChallengeRequiredOnNewDevice)."));
    m_federated = new QComboBox;
    m_federated->addItem(tr("As the pool's MFA setting says"), int(pool::FederatedMfa::Optional));
    m_federated->addItem(tr("Always ask for a code"), int(pool::FederatedMfa::Enforce));
    m_federated->addItem(tr("Never ask (trust the provider)"), int(pool::FederatedMfa::Exempt));
    name(m_federated, tr("Federated users"),
         tr("MFA for users who sign in through another identity provider."));
    m_federatedNote = hint({});
    for (QComboBox* choice : {m_devices, m_federated}) {
        choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        choice->setMinimumContentsLength(20);
    }
    form->addRow(tr("Re&member devices:"), m_devices);
    form->addRow(QString(), m_skipOnRemembered);
    form->addRow(tr("&Federated users:"), m_federated);
    form->addRow(QString(), m_federatedNote);
    connect(m_devices, &QComboBox::currentIndexChanged, this, &MfaPolicyEditor::onChanged);
    connect(m_skipOnRemembered, &QCheckBox::toggled, this, &MfaPolicyEditor::onChanged);
    connect(m_federated, &QComboBox::currentIndexChanged, this, &MfaPolicyEditor::onChanged);
    return box;
}

void MfaPolicyEditor::setPolicy(const pool::MfaPolicy& inForce, bool tesseraPolicies)
{
    m_loading = true;
    m_inForce = inForce;
    m_tesseraPolicies = tesseraPolicies;
    const pool::MfaConfig& mfa = inForce.mfa;
    m_mode->button(int(mfa.mode))->setChecked(true);
    m_totp->setChecked(mfa.softwareTokenEnabled);
    m_sms->setChecked(mfa.smsEnabled());
    m_email->setChecked(mfa.emailEnabled());
    const auto sms = mfa.sms && mfa.sms->smsConfiguration ? mfa.sms->smsConfiguration
                                                          : inForce.pool.smsConfiguration;
    m_snsArn->setText(sms ? sms->snsCallerArn : QString());
    m_externalId->setText(sms ? sms->externalId : QString());
    m_snsRegion->setText(sms ? sms->snsRegion : QString());
    m_smsMessage->setText(mfa.sms ? mfa.sms->smsAuthenticationMessage
                                  : inForce.pool.smsAuthenticationMessage);
    m_emailSubject->setText(mfa.email ? mfa.email->subject : QString());
    m_emailMessage->setPlainText(mfa.email ? mfa.email->message : QString());
    const auto& devices = inForce.pool.deviceConfiguration;
    m_devices->setCurrentIndex(!devices ? 0 : devices->deviceOnlyRememberedOnUserPrompt ? 2 : 1);
    m_skipOnRemembered->setChecked(devices && devices->challengeRequiredOnNewDevice);
    m_federated->setCurrentIndex(m_federated->findData(int(inForce.pool.federatedMfa)));
    m_federatedNote->setText(tesseraPolicies
                                 ? QString()
                                 : tr("Kept by Tessera's local engine only; Cognito has no such "
                                      "setting."));
    m_passkeySettings->setPolicy(inForce);
    m_loading = false;
    onChanged();
}

pool::MfaPolicy MfaPolicyEditor::policy() const
{
    pool::MfaPolicy edited = m_inForce;
    pool::MfaConfig& mfa = edited.mfa;
    mfa.mode = pool::MfaMode(m_mode->checkedId());
    const bool factorsCount = mfa.mode != pool::MfaMode::Off;
    mfa.softwareTokenEnabled = factorsCount && m_totp->isChecked();
    mfa.sms.reset();
    if (factorsCount && m_sms->isChecked()) {
        pool::SmsMfaConfig sms;
        sms.smsAuthenticationMessage = m_smsMessage->text();
        if (!m_snsArn->text().trimmed().isEmpty()) {
            sms.smsConfiguration =
                pool::SmsConfiguration{m_snsArn->text().trimmed(), m_externalId->text().trimmed(),
                                       m_snsRegion->text().trimmed()};
        }
        mfa.sms = sms;
    }
    mfa.email.reset();
    if (factorsCount && m_email->isChecked()) {
        mfa.email = pool::EmailMfaConfig{m_emailMessage->toPlainText(), m_emailSubject->text()};
    }
    switch (m_devices->currentIndex()) {
    case 0:
        edited.pool.deviceConfiguration.reset();
        break;
    default:
        edited.pool.deviceConfiguration = pool::DeviceConfiguration{m_skipOnRemembered->isChecked(),
                                                                    m_devices->currentIndex() == 2};
    }
    edited.pool.federatedMfa = pool::FederatedMfa(m_federated->currentData().toInt());
    m_passkeySettings->applyTo(edited);
    return edited;
}

bool MfaPolicyEditor::isModified() const
{
    return !pool::MfaChangePlan::make(m_inForce, policy()).isEmpty();
}

void MfaPolicyEditor::setOperationSupported(bool setMfaConfig, bool updatePool,
                                            const QString& reason)
{
    m_canSetMfa = setMfaConfig;
    m_canUpdatePool = updatePool;
    for (QWidget* widget : {static_cast<QWidget*>(m_totp), static_cast<QWidget*>(m_sms),
                            static_cast<QWidget*>(m_email)}) {
        widget->setToolTip(setMfaConfig ? widget->accessibleDescription() : reason);
    }
    for (QWidget* widget :
         {static_cast<QWidget*>(m_devices), static_cast<QWidget*>(m_skipOnRemembered),
          static_cast<QWidget*>(m_federated)}) {
        widget->setToolTip(updatePool ? widget->accessibleDescription() : reason);
    }
    m_passkeySettings->setOperationSupported(setMfaConfig, updatePool, reason);
    updateEnabled();
}

void MfaPolicyEditor::onModeChosen()
{
    // Turning MFA on with no factor chosen: authenticator apps are the free, safe default.
    if (m_mode->checkedId() != kModeOff && !m_totp->isChecked() && !m_sms->isChecked() &&
        !m_email->isChecked()) {
        m_totp->setChecked(true);
    }
    onChanged();
}

void MfaPolicyEditor::onChanged()
{
    if (m_loading) {
        return;
    }
    updateEnabled();
    updatePreviews();
    const pool::MfaPolicy current = policy();
    const auto valid = current.mfa.validate(current.pool.smsConfiguration);
    m_problem = valid.ok() ? QString() : valid.failure().message;
    showInlineMessage(m_problemLabel, m_problem, !m_problem.isEmpty());
    emit edited();
}

void MfaPolicyEditor::updatePreviews()
{
    const QString sms = m_smsMessage->text();
    m_smsPreview->setText(
        sms.isEmpty()
            ? tr("Users receive Cognito's default text: \"Your authentication code is 123456.\"")
            : tr("Users receive: \"%1\" (%n characters)", nullptr, int(sms.size()))
                      .arg(pool::MfaChangePlan::preview(sms)) +
                  (sms.contains(QLatin1String("{####}"))
                       ? QString()
                       : QLatin1Char(' ') + tr("The message must contain {####}, where the code "
                                               "goes.")));
    const QString email = m_emailMessage->toPlainText();
    m_emailPreview->setText(
        email.isEmpty()
            ? tr("Users receive Cognito's default email.")
            : tr("Users receive: \"%1\"").arg(pool::MfaChangePlan::preview(email).left(200)));
}

void MfaPolicyEditor::updateEnabled()
{
    const bool factors = m_mode->checkedId() != kModeOff && m_canSetMfa;
    for (auto* button : m_mode->buttons()) {
        button->setEnabled(m_canSetMfa);
    }
    m_totp->setEnabled(factors);
    m_sms->setEnabled(factors);
    m_email->setEnabled(factors);
    m_smsBox->setVisible(m_sms->isChecked() && factors);
    m_emailBox->setVisible(m_email->isChecked() && factors);
    m_devices->setEnabled(m_canUpdatePool);
    m_skipOnRemembered->setEnabled(m_canUpdatePool && m_devices->currentIndex() != 0);
    m_federated->setEnabled(m_canUpdatePool && m_tesseraPolicies);
}

} // namespace tessera::ui::console
