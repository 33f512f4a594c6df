// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasskeySettings.h"

#include "FormHints.h"
#include "PoolSession.h"
#include "pool/PasskeyChangeRows.h"
#include "widgets/InlineMessage.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QUrl>
#include <QVBoxLayout>

namespace tessera::ui::console {

namespace {

const QString kWebAuthn = QString::fromLatin1(pool::firstFactors::kWebAuthn);
const QString kEmailOtp = QString::fromLatin1(pool::firstFactors::kEmailOtp);
const QString kSmsOtp = QString::fromLatin1(pool::firstFactors::kSmsOtp);

} // namespace

PasskeySettings::PasskeySettings(QWidget* parent) : QWidget(parent)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* box = new QGroupBox(tr("Passkeys and passwordless sign-in"));
    outer->addWidget(box);
    auto* boxLayout = new QVBoxLayout(box);
    m_unavailable = hint(QString());
    m_unavailable->setAccessibleName(tr("Passkeys unavailable"));
    m_unavailable->hide();
    boxLayout->addWidget(m_unavailable);
    m_controls = new QWidget;
    boxLayout->addWidget(m_controls);
    auto* layout = new QVBoxLayout(m_controls);
    layout->setContentsMargins(0, 0, 0, 0);

    m_passkeys = new QCheckBox(tr("Allow sign-in with &passkeys"));
    name(m_passkeys, tr("Allow sign-in with passkeys"),
         tr("Users can register a passkey (a security key, or the lock of their phone or "
            "laptop) and sign in with it instead of a password."));
    layout->addWidget(m_passkeys);
    layout->addWidget(hint(m_passkeys->accessibleDescription()));

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_relyingParty = new QLineEdit;
    m_relyingParty->setPlaceholderText(QStringLiteral("example.com"));
    name(m_relyingParty, tr("Relying party ID"),
         tr("The domain passkeys are bound to, such as example.com."));
    form->addRow(tr("&Relying party ID:"), m_relyingParty);
    form->addRow(hint(tr("The relying party ID must be your app's own domain or a parent of it "
                         "that can be registered (a registrable suffix): an app at "
                         "https://app.example.com may use app.example.com or example.com, "
                         "never com or another site's domain. Browsers refuse any other. A "
                         "passkey works only for the ID it was registered with, so changing "
                         "the ID later makes every existing passkey useless.")));
    m_appAddress = new QLineEdit;
    m_appAddress->setPlaceholderText(QStringLiteral("https://app.example.com"));
    name(m_appAddress, tr("App address to check"),
         tr("Your app's address, to check that it can use passkeys for this relying party. "
            "Not saved."));
    form->addRow(tr("&App address (check):"), m_appAddress);
    m_originCheck = new QLabel;
    m_originCheck->setWordWrap(true);
    m_originCheck->setAccessibleName(tr("Relying party check"));
    form->addRow(m_originCheck);

    auto* verification = new QWidget;
    auto* verificationLayout = new QVBoxLayout(verification);
    verificationLayout->setContentsMargins(0, 0, 0, 0);
    m_verification = new QButtonGroup(this);
    const struct
    {
        pool::UserVerification value;
        QString text;
        QString sentence;
    } choices[] = {
        {pool::UserVerification::Preferred, tr("Pr&eferred"),
         tr("A touch of the key is enough where it cannot check who holds it.")},
        {pool::UserVerification::Required, tr("Re&quired"),
         tr("Every passkey sign-in must prove who holds the key (PIN or biometric); keys that "
            "cannot are refused.")}};
    for (const auto& choice : choices) {
        auto* button = new QRadioButton(choice.text);
        name(button, tr("User verification: %1").arg(QString(choice.text).remove(QLatin1Char('&'))),
             choice.sentence);
        m_verification->addButton(button, int(choice.value));
        verificationLayout->addWidget(button);
        auto* explanation = hint(choice.sentence);
        explanation->setContentsMargins(24, 0, 0, 2);
        verificationLayout->addWidget(explanation);
    }
    form->addRow(tr("User verification:"), verification);
    layout->addLayout(form);

    layout->addWidget(new QLabel(tr("Users may begin signing in with:")));
    m_password =
        new QCheckBox(pool::firstFactorWords(QString::fromLatin1(pool::firstFactors::kPassword)));
    name(m_password, tr("First factor: password"),
         tr("Always allowed, so that every user can still sign in."));
    m_emailOtp = new QCheckBox(pool::firstFactorWords(kEmailOtp));
    name(m_emailOtp, tr("First factor: code by email"),
         tr("Users with a verified email address can sign in with a code sent by email."));
    m_smsOtp = new QCheckBox(pool::firstFactorWords(kSmsOtp));
    name(m_smsOtp, tr("First factor: code by text message"),
         tr("Users with a verified phone number can sign in with a texted code; each code is a "
            "message the pool pays for."));
    for (QCheckBox* factor : {m_password, m_emailOtp, m_smsOtp}) {
        layout->addWidget(factor);
    }
    m_password->setChecked(true);
    m_password->setEnabled(false);

    connect(m_passkeys, &QCheckBox::toggled, this, &PasskeySettings::onChanged);
    connect(m_emailOtp, &QCheckBox::toggled, this, &PasskeySettings::onChanged);
    connect(m_smsOtp, &QCheckBox::toggled, this, &PasskeySettings::onChanged);
    connect(m_relyingParty, &QLineEdit::textChanged, this, &PasskeySettings::onChanged);
    connect(m_appAddress, &QLineEdit::textChanged, this, &PasskeySettings::updateOriginCheck);
    connect(m_verification, &QButtonGroup::idClicked, this, &PasskeySettings::onChanged);
    updateEnabled();
}

void PasskeySettings::setPolicy(const pool::MfaPolicy& inForce)
{
    m_loading = true;
    m_inForce = inForce;
    const pool::SignInPolicy& policy = inForce.pool.signInPolicy;
    const pool::WebAuthnConfig webAuthn = inForce.mfa.webAuthn.value_or(pool::WebAuthnConfig{});
    m_passkeys->setChecked(policy.allows(kWebAuthn));
    m_relyingParty->setText(webAuthn.relyingPartyId);
    m_verification->button(int(webAuthn.userVerification))->setChecked(true);
    m_emailOtp->setChecked(policy.allows(kEmailOtp));
    m_smsOtp->setChecked(policy.allows(kSmsOtp));
    m_loading = false;
    updateEnabled();
    updateOriginCheck();
}

void PasskeySettings::applyTo(pool::MfaPolicy& edited) const
{
    if (!m_available) {
        return;
    }
    QStringList factors;
    for (const QString& factor : pool::firstFactors::all()) {
        const bool on = factor == kWebAuthn   ? m_passkeys->isChecked()
                        : factor == kEmailOtp ? m_emailOtp->isChecked()
                        : factor == kSmsOtp   ? m_smsOtp->isChecked()
                                              : true;
        if (on) {
            factors << factor;
        }
    }
    edited.pool.signInPolicy.allowedFirstAuthFactors = factors;
    // A pool that never had passkey settings gets them only when passkeys are turned on.
    if (m_passkeys->isChecked() || m_inForce.mfa.webAuthn) {
        edited.mfa.webAuthn = pool::WebAuthnConfig{
            m_relyingParty->text().trimmed(), pool::UserVerification(m_verification->checkedId())};
    }
}

void PasskeySettings::setOperationSupported(bool setMfaConfig, bool updatePool,
                                            const QString& reason)
{
    m_canSetMfa = setMfaConfig;
    m_canUpdatePool = updatePool;
    for (QWidget* widget : {static_cast<QWidget*>(m_passkeys), static_cast<QWidget*>(m_emailOtp),
                            static_cast<QWidget*>(m_smsOtp)}) {
        widget->setToolTip(updatePool ? widget->accessibleDescription() : reason);
    }
    m_relyingParty->setToolTip(setMfaConfig ? m_relyingParty->accessibleDescription() : reason);
    updateEnabled();
}

void PasskeySettings::probe(PoolSession& session)
{
    if (session.localEngine() != nullptr) {
        setAvailable(true, {});
        return;
    }
    const QString reason = tr("This endpoint has no passkey operations (it answers "
                              "ListWebAuthnCredentials as unsupported), so passkey and "
                              "passwordless settings are hidden.");
    // Once found lacking, the backend remembers it: no request for every pool shown.
    if (!session.supports(QStringLiteral("ListWebAuthnCredentials"))) {
        setAvailable(false, reason);
        return;
    }
    session.request<bool>(session.backend()->probeWebAuthn(), this,
                          [this, reason](const Expected<bool, pool::PoolError>& has) {
                              // Only a clear "unsupported" hides the section; any other failure
                              // leaves it to the requests themselves to report.
                              setAvailable(!has || *has, reason);
                          });
}

void PasskeySettings::setAvailable(bool available, const QString& reason)
{
    m_available = available;
    m_controls->setVisible(available);
    m_unavailable->setText(reason);
    m_unavailable->setVisible(!available);
    emit edited();
}

void PasskeySettings::onChanged()
{
    if (m_loading) {
        return;
    }
    updateEnabled();
    updateOriginCheck();
    emit edited();
}

void PasskeySettings::updateEnabled()
{
    const bool passkeys = m_passkeys->isChecked();
    m_passkeys->setEnabled(m_canUpdatePool);
    m_emailOtp->setEnabled(m_canUpdatePool);
    m_smsOtp->setEnabled(m_canUpdatePool);
    m_relyingParty->setEnabled(m_canSetMfa && passkeys);
    for (auto* button : m_verification->buttons()) {
        button->setEnabled(m_canSetMfa && passkeys);
    }
    m_appAddress->setEnabled(passkeys);
}

void PasskeySettings::updateOriginCheck()
{
    const QString relyingParty = m_relyingParty->text().trimmed();
    if (!m_passkeys->isChecked()) {
        showInlineMessage(m_originCheck, QString(), false);
        return;
    }
    if (relyingParty.isEmpty()) {
        showInlineMessage(m_originCheck,
                          tr("Give the relying party ID: Tessera's local engine has no domain of "
                             "its own, and on AWS an empty ID means the pool's Cognito domain, "
                             "which your app's pages cannot use."),
                          true);
        return;
    }
    if (const auto valid = pool::WebAuthnConfig{relyingParty, {}}.validate(); !valid) {
        showInlineMessage(m_originCheck, valid.failure().message, true);
        return;
    }
    const QString address = m_appAddress->text().trimmed();
    if (address.isEmpty()) {
        showInlineMessage(m_originCheck, QString(), false);
        return;
    }
    const QUrl url = QUrl::fromUserInput(address);
    const QString host = url.host().toLower();
    if (host.isEmpty()) {
        showInlineMessage(m_originCheck,
                          tr("\"%1\" is not an address; give your app's, such as "
                             "https://app.example.com.")
                              .arg(address),
                          true);
        return;
    }
    if (pool::WebAuthnConfig::hostMatches(relyingParty, host)) {
        showInlineMessage(
            m_originCheck,
            tr("Pages at %1 can register and use passkeys for %2.").arg(host, relyingParty), false);
        return;
    }
    showInlineMessage(m_originCheck,
                      tr("Pages at %1 cannot use passkeys for %2: the relying party ID must be "
                         "%1 itself or a parent domain of it.")
                          .arg(host, relyingParty),
                      true);
}

} // namespace tessera::ui::console
