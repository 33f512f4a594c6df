// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnrolmentBridgeDialog.h"

#include "PoolSession.h"
#include "pool/lab/VaultEntryCodes.h"
#include "pool/local/LocalPoolEngine.h"
#include "scan/QrEncoder.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace tessera::ui::console {

namespace {

QPushButton* button(const QString& text, const QString& name, const QString& description)
{
    auto* created = new QPushButton(text);
    created->setAccessibleName(name);
    created->setAccessibleDescription(description);
    return created;
}

} // namespace

EnrolmentBridgeDialog::EnrolmentBridgeDialog(PoolSession& session, QString poolId, QString username,
                                             QWidget* parent)
    : QDialog(parent), m_session(session), m_poolId(std::move(poolId)),
      m_username(std::move(username)), m_clock(otp::systemClock())
{
    setWindowTitle(tr("Set up an authenticator for %1").arg(m_username));
    setAccessibleName(windowTitle());
    auto* layout = new QVBoxLayout(this);
    m_error = new MessageBar(MessageBar::Tone::Error);
    layout->addWidget(m_error);
    layout->addWidget(createSignIn());

    auto* form = new QFormLayout;
    m_issuer = new QLineEdit(QStringLiteral("Tessera"));
    m_issuer->setAccessibleName(tr("Issuer"));
    m_issuer->setAccessibleDescription(
        tr("The name the user's authenticator app shows above the code (the app's name)."));
    form->addRow(tr("&Issuer:"), m_issuer);
    m_account = new QLineEdit(m_username);
    m_account->setAccessibleName(tr("Account name"));
    m_account->setAccessibleDescription(tr("The account the authenticator app shows."));
    form->addRow(tr("A&ccount:"), m_account);
    layout->addLayout(form);

    m_start = button(tr("&Start set-up"), tr("Start set-up"),
                     tr("Asks the pool for a new authenticator secret for the user "
                        "(AssociateSoftwareToken)."));
    m_start->setEnabled(false);
    connect(m_start, &QPushButton::clicked, this, &EnrolmentBridgeDialog::associate);
    layout->addWidget(m_start, 0, Qt::AlignLeft);

    auto* choice = new QHBoxLayout;
    m_showQr = button(tr("Show &QR code for a phone"), tr("Show QR code"),
                      tr("Shows the secret as a QR code for %n second(s), to scan with a phone.",
                         nullptr, kQrSeconds));
    m_addToVault = button(tr("Add to this computer's &vault"), tr("Add to this computer's vault"),
                          tr("Keeps the secret in the unlocked vault as an entry linked to the "
                             "user, then verifies it."));
    m_verify = button(tr("&Verify and turn on"), tr("Verify and turn on"),
                      tr("Sends the code the secret gives now (VerifySoftwareToken), then makes "
                         "TOTP the user's preferred factor."));
    for (QPushButton* each : {m_showQr, m_addToVault, m_verify}) {
        each->setEnabled(false);
        choice->addWidget(each);
    }
    choice->addStretch();
    connect(m_showQr, &QPushButton::clicked, this, &EnrolmentBridgeDialog::showQr);
    connect(m_addToVault, &QPushButton::clicked, this, &EnrolmentBridgeDialog::addToVault);
    connect(m_verify, &QPushButton::clicked, this, &EnrolmentBridgeDialog::verify);
    layout->addLayout(choice);

    m_qr = new QLabel;
    m_qr->setAccessibleName(tr("Enrolment QR code"));
    m_qr->setAccessibleDescription(tr("The secret as an otpauth QR code; scan it with the phone."));
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->hide();
    layout->addWidget(m_qr);
    m_qrNote = new QLabel;
    m_qrNote->setAccessibleName(tr("QR code note"));
    m_qrNote->hide();
    layout->addWidget(m_qrNote);
    m_qrTimer = new QTimer(this);
    m_qrTimer->setInterval(250);
    connect(m_qrTimer, &QTimer::timeout, this, &EnrolmentBridgeDialog::tickQr);

    m_steps = new QListWidget;
    m_steps->setAccessibleName(tr("Set-up steps"));
    m_steps->setAccessibleDescription(tr("What each step of the set-up did."));
    m_steps->setWordWrap(true);
    layout->addWidget(m_steps);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 640);
}

EnrolmentBridgeDialog::~EnrolmentBridgeDialog() = default;

QWidget* EnrolmentBridgeDialog::createSignIn()
{
    m_signInBox = new QWidget;
    auto* form = new QFormLayout(m_signInBox);
    form->setContentsMargins(0, 0, 0, 0);
    auto* why = new QLabel(tr("Cognito sets up an authenticator with the user's own access "
                              "token: sign in as the user first."));
    why->setWordWrap(true);
    why->setAccessibleName(tr("Why sign in"));
    form->addRow(why);
    m_client = new QComboBox;
    m_client->setAccessibleName(tr("App client"));
    form->addRow(tr("App &client:"), m_client);
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setAccessibleDescription(tr("The user's password; kept in wiped memory."));
    form->addRow(tr("&Password:"), m_password);
    m_signInButton = button(tr("Sign &in as the user"), tr("Sign in as the user"),
                            tr("Signs in with the password (and a code from the linked vault "
                               "entry or the outbox when asked)."));
    connect(m_signInButton, &QPushButton::clicked, this, &EnrolmentBridgeDialog::signIn);
    connect(m_password, &QLineEdit::returnPressed, this, &EnrolmentBridgeDialog::signIn);
    form->addRow(m_signInButton);
    readClients();
    return m_signInBox;
}

void EnrolmentBridgeDialog::readClients()
{
    if (m_session.backend() == nullptr) {
        return;
    }
    m_session.request<QJsonObject>(
        m_session.backend()->call(
            QStringLiteral("ListUserPoolClients"),
            {{QStringLiteral("UserPoolId"), m_poolId}, {QStringLiteral("MaxResults"), 60}}),
        this, [this](const pool::PoolResult& listed) {
            if (!listed) {
                showError(tr("Could not list the app clients: %1").arg(listed.failure().message));
                return;
            }
            for (const QJsonValue& value :
                 listed->value(QStringLiteral("UserPoolClients")).toArray()) {
                const QJsonObject client = value.toObject();
                m_client->addItem(client.value(QStringLiteral("ClientName")).toString(),
                                  client.value(QStringLiteral("ClientId")).toString());
            }
        });
}

void EnrolmentBridgeDialog::setAccessToken(const QString& token)
{
    m_accessToken = token;
    m_signInBox->setVisible(token.isEmpty());
    m_start->setEnabled(!token.isEmpty());
}

void EnrolmentBridgeDialog::signIn()
{
    if (m_session.backend() == nullptr || m_signIn || m_client->currentIndex() < 0) {
        return;
    }
    m_error->hide();
    pool::lab::LabScenario scenario;
    scenario.userPoolId = m_poolId;
    scenario.clientId = m_client->currentData().toString();
    scenario.username = m_username;
    scenario.password = pool::lab::secretText(m_password->text());
    scenario.setUpMfa = false;
    scenario.retryWrongCodes = false;
    m_signInCodes = std::make_unique<pool::lab::ChainedCodes>();
    if (pool::lab::LabVault* vault = m_session.labVault()) {
        m_signInCodes->append(
            pool::lab::VaultEntryCodes::linkedTo(*vault, m_poolId, m_username, m_clock));
    }
    if (auto* engine = m_session.localEngine()) {
        m_signInCodes->append(std::make_shared<pool::lab::OutboxCodes>(
            pool::lab::OutboxCodes::of(*engine, m_poolId, m_username)));
    }
    m_signIn = std::make_unique<pool::lab::SignInLab>(std::move(scenario), *m_signInCodes, m_clock);
    m_signInButton->setEnabled(false);
    pool::lab::driveAsync(*m_signIn, *m_session.backend(), this, [this] {
        m_signInButton->setEnabled(true);
        const pool::lab::LabOutcome& outcome = m_signIn->outcome();
        if (outcome.end == pool::lab::LabOutcome::End::Authenticated) {
            addStep(tr("Signed in as %1 to get the user's access token.").arg(m_username));
            setAccessToken(m_signIn->tokens()->accessToken);
        } else {
            showError(tr("Could not sign in as %1: %2 %3")
                          .arg(m_username, outcome.message, outcome.advice));
        }
        m_signIn.reset();
    });
}

void EnrolmentBridgeDialog::associate()
{
    if (m_accessToken.isEmpty() || m_session.backend() == nullptr) {
        return;
    }
    if (m_issuer->text().contains(QLatin1Char(':')) ||
        m_account->text().contains(QLatin1Char(':'))) {
        showError(tr("The issuer and the account name cannot contain a colon (\":\"): "
                     "authenticator apps read it as the separator between them."));
        return;
    }
    m_error->hide();
    pool::lab::EnrolmentBridge::Options options;
    options.accessToken = m_accessToken;
    options.issuer = m_issuer->text().trimmed();
    options.account = m_account->text().trimmed();
    m_bridge = std::make_unique<pool::lab::EnrolmentBridge>(options, m_clock);
    m_start->setEnabled(false);
    m_issuer->setEnabled(false);
    m_account->setEnabled(false);
    send(m_bridge->start());
}

void EnrolmentBridgeDialog::send(std::optional<pool::lab::LabRequest> request)
{
    if (!request) {
        const QString error = m_bridge->succeeded() ? QString() : m_bridge->failure().message;
        if (m_bridge->succeeded()) {
            addStep(tr("Done: %1 signs in with the authenticator from now on.").arg(m_username));
        } else {
            showError(tr("The set-up stopped: %1: %2")
                          .arg(m_bridge->failure().type, m_bridge->failure().message));
        }
        hideQr();
        m_showQr->setEnabled(false);
        m_addToVault->setEnabled(false);
        m_verify->setEnabled(false);
        emit finished(error);
        return;
    }
    m_operation = request->operation;
    m_session.request<QJsonObject>(m_session.backend()->call(request->operation, request->body),
                                   this, [this](const pool::PoolResult& answer) {
                                       if (m_bridge) {
                                           onAnswer(answer);
                                       }
                                   });
}

void EnrolmentBridgeDialog::onAnswer(const pool::PoolResult& answer)
{
    if (answer) {
        if (m_operation == QLatin1String("AssociateSoftwareToken")) {
            addStep(tr("AssociateSoftwareToken: the pool made a new authenticator secret for %1 "
                       "(not active until verified).")
                        .arg(m_username));
        } else if (m_operation == QLatin1String("VerifySoftwareToken")) {
            addStep(tr("VerifySoftwareToken: the code %1 was accepted; the authenticator is "
                       "verified.")
                        .arg(m_bridge->verifiedCode()));
        } else if (m_operation == QLatin1String("SetUserMFAPreference")) {
            addStep(tr("SetUserMFAPreference: TOTP is on and the user's preferred factor."));
        }
    }
    auto next = m_bridge->next(answer);
    if (next && next->operation == QLatin1String("VerifySoftwareToken")) {
        // The admin chooses where the secret goes first; the code is computed when verifying.
        m_paused = true;
        m_showQr->setEnabled(true);
        m_addToVault->setEnabled(m_session.labVault() != nullptr && m_session.labVault()->isOpen());
        if (m_session.labVault() == nullptr || !m_session.labVault()->isOpen()) {
            m_addToVault->setToolTip(tr("Unlock the vault in the authenticator first."));
        }
        m_verify->setEnabled(true);
        emit associated();
        return;
    }
    send(std::move(next));
}

void EnrolmentBridgeDialog::showQr()
{
    if (!m_bridge || !m_bridge->parameters()) {
        return;
    }
    auto image = scan::QrEncoder::toImage(m_bridge->uri(), 6);
    if (!image) {
        showError(tr("Could not draw the QR code: %1").arg(image.error()));
        return;
    }
    m_qr->setPixmap(QPixmap::fromImage(*image));
    m_qr->show();
    m_qrShownAt = m_clock();
    tickQr();
    m_qrNote->show();
    m_qrTimer->start();
    addStep(tr("The QR code is shown for %n second(s); scan it with the phone's authenticator "
               "app, then verify.",
               nullptr, kQrSeconds));
}

void EnrolmentBridgeDialog::tickQr()
{
    const qint64 left = kQrSeconds - (m_clock() - m_qrShownAt);
    if (left <= 0) {
        hideQr();
        return;
    }
    m_qrNote->setText(tr("Hidden in %n second(s).", nullptr, int(left)));
}

void EnrolmentBridgeDialog::hideQr()
{
    m_qrTimer->stop();
    m_qr->clear();
    m_qr->hide();
    m_qrNote->hide();
}

void EnrolmentBridgeDialog::addToVault()
{
    pool::lab::LabVault* vault = m_session.labVault();
    if (!m_bridge || !m_bridge->parameters() || vault == nullptr) {
        return;
    }
    const Status added =
        vault->addLinkedEntry(m_poolId, m_username, m_bridge->parameters()->clone());
    if (!added) {
        showError(tr("Could not add the entry to the vault: %1").arg(added.error()));
        return;
    }
    addStep(tr("Added %1 to this computer's vault, linked to the pool user.")
                .arg(pool::lab::VaultLinks::noteLine(m_poolId, m_username)));
    verify();
}

void EnrolmentBridgeDialog::verify()
{
    if (!m_paused || !m_bridge) {
        return;
    }
    m_paused = false;
    m_showQr->setEnabled(false);
    m_addToVault->setEnabled(false);
    m_verify->setEnabled(false);
    send(m_bridge->verification());
}

void EnrolmentBridgeDialog::addStep(const QString& text)
{
    m_steps->addItem(text);
    m_steps->scrollToBottom();
}

void EnrolmentBridgeDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->show();
}

} // namespace tessera::ui::console
