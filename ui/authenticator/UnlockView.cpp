// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnlockView.h"

#include "VaultSession.h"
#include "util/PasswordStrength.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShowEvent>
#include <QVBoxLayout>

namespace tessera::ui {

namespace {

constexpr int kFormWidth = 360;

QString strengthHint(const QString& password)
{
    switch (estimatePasswordStrength(password).level) {
    case PasswordStrength::Level::Empty:
        return UnlockView::tr("Use a long passphrase you do not use anywhere else.");
    case PasswordStrength::Level::Weak:
        return UnlockView::tr("Weak: easy to guess. Add words or characters.");
    case PasswordStrength::Level::Fair:
        return UnlockView::tr("Fair: a few more words would make it strong.");
    case PasswordStrength::Level::Strong:
        break;
    }
    return UnlockView::tr("Strong.");
}

} // namespace

UnlockView::UnlockView(VaultSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_title(new QLabel), m_text(new QLabel),
      m_password(new QLineEdit), m_confirm(new QLineEdit), m_strength(new QLabel),
      m_error(new QLabel), m_busy(new QProgressBar), m_submit(new QPushButton),
      m_remember(new QCheckBox(tr("Remember in the system keyring"))),
      m_keyringButton(new QPushButton(tr("Unlock with the system keyring")))
{
    setObjectName(QStringLiteral("unlockView"));
    // The places sit on Base; the form's fields are Base too and vanished on a dark palette.
    // On Window the fields and the check box stand out in light and dark alike.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    auto* icon = new QLabel;
    // The application's own icon, in its colours: it tells the user whose password this is.
    icon->setPixmap(QIcon(QStringLiteral(":/icons/tessera.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setForegroundRole(QPalette::PlaceholderText);

    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_confirm->setObjectName(QStringLiteral("confirmPassword"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_confirm->setAccessibleName(tr("Confirm password"));
    m_strength->setObjectName(QStringLiteral("strength"));
    m_strength->setForegroundRole(QPalette::PlaceholderText);
    m_strength->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xd0, 0x3a, 0x3a));
    m_error->setPalette(errorPalette);
    m_error->hide();
    m_busy->setObjectName(QStringLiteral("busy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->hide();
    m_submit->setObjectName(QStringLiteral("submit"));
    m_submit->setDefault(true);
    m_remember->setObjectName(QStringLiteral("rememberKeyring"));
    m_remember->setToolTip(tr("The keyring of your desktop session keeps the vault's key, so "
                              "Tessera opens without the password while you are logged in."));
    m_keyringButton->setObjectName(QStringLiteral("keyringUnlock"));
    m_keyringButton->setFlat(true);

    auto* form = new QWidget;
    form->setFixedWidth(kFormWidth);
    auto* formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->setSpacing(8);
    formLayout->addWidget(icon);
    formLayout->addWidget(m_title);
    formLayout->addWidget(m_text);
    formLayout->addSpacing(8);
    formLayout->addWidget(m_password);
    formLayout->addWidget(m_confirm);
    formLayout->addWidget(m_strength);
    formLayout->addWidget(m_remember);
    formLayout->addWidget(m_error);
    formLayout->addWidget(m_submit);
    formLayout->addWidget(m_keyringButton);
    formLayout->addWidget(m_busy);

    // Centred by stretches rather than by alignment: an aligned item gets its size hint's height,
    // which is too low for the wrapped text in a longer language; a layout item gets the height
    // its width needs.
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(form);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);

    connect(m_password, &QLineEdit::textChanged, this, &UnlockView::updateCreateState);
    connect(m_confirm, &QLineEdit::textChanged, this, &UnlockView::updateCreateState);
    connect(m_password, &QLineEdit::returnPressed, this, &UnlockView::submit);
    connect(m_confirm, &QLineEdit::returnPressed, this, &UnlockView::submit);
    connect(m_submit, &QPushButton::clicked, this, &UnlockView::submit);
    connect(m_keyringButton, &QPushButton::clicked, this, &UnlockView::unlockWithKeyring);
    connect(&m_session, &VaultSession::busyChanged, this, &UnlockView::setBusy);
    connect(&m_session, &VaultSession::openFailed, this, &UnlockView::showFailure);
    connect(&m_session, &VaultSession::keyringChanged, this, &UnlockView::reset);
    reset();
}

void UnlockView::reset()
{
    m_creating = !m_session.fileExists();
    m_password->clear();
    m_confirm->clear();
    m_error->hide();
    if (m_creating) {
        m_title->setText(tr("Create your vault"));
        m_text->setText(tr("Your accounts are kept in an encrypted file on this computer. Choose "
                           "a password to protect it; it cannot be recovered if you forget it."));
        m_password->setPlaceholderText(tr("New password"));
        m_confirm->setPlaceholderText(tr("Repeat the password"));
        m_submit->setText(tr("Create vault"));
    } else {
        m_title->setText(tr("Vault locked"));
        m_text->setText(tr("Enter your password to show your codes."));
        m_password->setPlaceholderText(tr("Password"));
        m_submit->setText(tr("Unlock"));
    }
    m_confirm->setVisible(m_creating);
    m_strength->setVisible(m_creating);
    const bool slot = !m_creating && m_session.hasKeyring() && m_session.fileHasKeyringSlot();
    m_remember->setVisible(m_session.hasKeyring() && !slot);
    m_remember->setChecked(false);
    m_keyringButton->setVisible(slot);
    updateCreateState();
    focusPassword();
}

void UnlockView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    focusPassword();
}

void UnlockView::focusPassword()
{
    // reset() runs before the view is in a window at all (the page is built before the main
    // window), where setFocus() reaches no window: the window then gave its first focusable
    // widget, the navigation list, the keys meant for the password. Ask again once visible.
    if (isVisible() && m_password->isEnabled()) {
        m_password->setFocus(Qt::OtherFocusReason);
    }
}

void UnlockView::updateCreateState()
{
    if (!m_creating) {
        m_submit->setEnabled(!m_password->text().isEmpty());
        return;
    }
    m_strength->setText(strengthHint(m_password->text()));
    const bool same = m_password->text() == m_confirm->text();
    m_submit->setEnabled(!m_password->text().isEmpty() && same);
    if (!m_confirm->text().isEmpty() && !same) {
        m_strength->setText(tr("The passwords do not match."));
    }
}

void UnlockView::submit()
{
    if (!m_submit->isEnabled() || m_session.isBusy()) {
        return;
    }
    m_error->hide();
    QByteArray utf8 = m_password->text().toUtf8();
    crypto::SecureBytes password = crypto::SecureBytes::fromView(utf8);
    utf8.fill('\0');
    const bool remember = !m_remember->isHidden() && m_remember->isChecked();
    m_creating ? m_session.create(std::move(password), remember)
               : m_session.open(std::move(password), remember);
}

void UnlockView::unlockWithKeyring()
{
    if (m_session.isBusy()) {
        return;
    }
    m_error->hide();
    m_session.openWithKeyring();
}

void UnlockView::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_password->setEnabled(!busy);
    m_confirm->setEnabled(!busy);
    m_submit->setEnabled(!busy);
    m_remember->setEnabled(!busy);
    m_keyringButton->setEnabled(!busy);
    if (busy) {
        m_submit->setText(m_creating ? tr("Creating…") : tr("Unlocking…"));
    } else {
        m_submit->setText(m_creating ? tr("Create vault") : tr("Unlock"));
        updateCreateState();
        // Disabling the field while the key was derived moved the focus away from it.
        focusPassword();
    }
}

void UnlockView::showFailure(const QString& message, bool wrongPassword)
{
    m_error->setText(wrongPassword ? tr("Wrong password. Try again.") : message);
    m_error->show();
    m_password->selectAll();
    focusPassword();
}

} // namespace tessera::ui
