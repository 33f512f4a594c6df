// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInLabPanel.h"

#include "EnrolmentBridgeDialog.h"
#include "PoolSession.h"
#include "SignInLabView.h"
#include "pool/AuthEvent.h"
#include "pool/AuthResult.h"
#include "pool/UserChanges.h"
#include "pool/UserPoolClient.h"
#include "pool/lab/VaultEntryCodes.h"
#include "pool/local/LocalPoolEngine.h"
#include "widgets/FlowLayout.h"
#include "widgets/MessageBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace tessera::ui::console {

namespace {

const QString kPasswordFlow = QStringLiteral("USER_PASSWORD_AUTH");
const QString kSrpFlow = QStringLiteral("USER_SRP_AUTH");

QLineEdit* lineEdit(const QString& name, const QString& description, const QString& text = {})
{
    auto* edit = new QLineEdit(text);
    // A long default (the user agent) shows its beginning, not its end.
    edit->setCursorPosition(0);
    edit->setAccessibleName(name);
    edit->setAccessibleDescription(description);
    return edit;
}

} // namespace

SignInLabPanel::SignInLabPanel(PoolSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_clock(otp::systemClock())
{
    auto* layout = new QVBoxLayout(this);
    m_error = new MessageBar(MessageBar::Tone::Error);
    layout->addWidget(m_error);
    auto* splitter = new QSplitter(Qt::Horizontal);
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(createForm());
    leftLayout->addWidget(createPrompt());
    leftLayout->addStretch();
    splitter->addWidget(left);
    m_view = new SignInLabView;
    splitter->addWidget(m_view);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter);
    connect(&m_session, &PoolSession::connected, this, [this] { m_poolId.clear(); });
}

SignInLabPanel::~SignInLabPanel() = default;

QWidget* SignInLabPanel::createForm()
{
    auto* form = new QWidget;
    auto* layout = new QFormLayout(form);
    // Long labels (French, German) go above their fields rather than widening the console.
    layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_user = new QComboBox;
    m_user->setEditable(true);
    m_user->setAccessibleName(tr("User"));
    m_user->setAccessibleDescription(tr("The pool user to sign in as; pick one or type a name."));
    connect(m_user, &QComboBox::currentTextChanged, this, &SignInLabPanel::readDevices);
    layout->addRow(tr("&User:"), m_user);

    m_client = new QComboBox;
    m_client->setAccessibleName(tr("App client"));
    m_client->setAccessibleDescription(tr("The app client the sign-in goes through."));
    layout->addRow(tr("App &client:"), m_client);
    m_clientNote = new QLabel;
    m_clientNote->setAccessibleName(tr("App client note"));
    m_clientNote->setWordWrap(true);
    m_clientNote->hide();
    layout->addRow(m_clientNote);
    m_createClient = new QPushButton(tr("Create a &test client"));
    m_createClient->setAccessibleName(tr("Create a test client"));
    m_createClient->setAccessibleDescription(
        tr("Creates an app client named tessera-lab that allows password and SRP sign-in."));
    connect(m_createClient, &QPushButton::clicked, this, &SignInLabPanel::createTestClient);
    layout->addRow(m_createClient);

    m_flow = new QComboBox;
    m_flow->addItem(tr("Password (USER_PASSWORD_AUTH)"), kPasswordFlow);
    m_flow->addItem(tr("SRP (USER_SRP_AUTH)"), kSrpFlow);
    m_flow->setAccessibleName(tr("Authentication flow"));
    layout->addRow(tr("&Flow:"), m_flow);

    m_password = lineEdit(tr("Password"), tr("The user's password; kept in wiped memory."));
    m_password->setEchoMode(QLineEdit::Password);
    layout->addRow(tr("&Password:"), m_password);
    // The box's text is a wrapping label beside it, so a long translation wraps rather than
    // widening the console; the label's mnemonic moves the focus to the box.
    m_setPassword = new QCheckBox;
    m_setPassword->setAccessibleName(tr("Set a test password"));
    m_setPassword->setAccessibleDescription(
        tr("Before signing in, makes the password above the user's permanent password "
           "(AdminSetUserPassword)."));
    auto* setPasswordText = new QLabel(tr("Set this as the user's &test password first"));
    setPasswordText->setWordWrap(true);
    setPasswordText->setBuddy(m_setPassword);
    auto* setPasswordRow = new QHBoxLayout;
    setPasswordRow->addWidget(m_setPassword, 0, Qt::AlignTop);
    setPasswordRow->addWidget(setPasswordText, 1);
    layout->addRow(setPasswordRow);
    m_newPassword = lineEdit(tr("New password"),
                             tr("Answers NEW_PASSWORD_REQUIRED when the user has a temporary "
                                "password; empty stops the run there."));
    m_newPassword->setEchoMode(QLineEdit::Password);
    layout->addRow(tr("&New password:"), m_newPassword);

    m_ip = lineEdit(tr("IP address"), tr("The address the sign-in comes from."),
                    QStringLiteral("192.0.2.10"));
    layout->addRow(tr("&IP address:"), m_ip);
    m_device = new QComboBox;
    m_device->setAccessibleName(tr("Device"));
    m_device->setAccessibleDescription(
        tr("A new device, or one the user has remembered (the risk engine and remembered-device "
           "rules read it)."));
    m_device->addItem(tr("A new device"));
    layout->addRow(tr("&Device:"), m_device);
    m_deviceName =
        lineEdit(tr("New device name"), tr("The new device's name."), QStringLiteral("lab-device"));
    layout->addRow(tr("Device &name:"), m_deviceName);
    connect(m_device, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_deviceName->setEnabled(index == 0); });
    m_userAgent = lineEdit(tr("User agent"), tr("The browser or app the sign-in claims to be."),
                           QStringLiteral("Mozilla/5.0 (X11; Linux x86_64) TesseraLab"));
    layout->addRow(tr("User &agent:"), m_userAgent);

    // The buttons wrap to a second line when the console is narrow.
    auto* buttons = new FlowLayout;
    m_start = new QPushButton(tr("&Start"));
    m_start->setAccessibleName(tr("Start"));
    m_start->setAccessibleDescription(tr("Walks the sign-in through every challenge."));
    connect(m_start, &QPushButton::clicked, this, &SignInLabPanel::start);
    m_bridge = new QPushButton(tr("Set up an &authenticator…"));
    m_bridge->setAccessibleName(tr("Set up an authenticator"));
    m_bridge->setAccessibleDescription(
        tr("Enrols a TOTP authenticator for the user with the tokens of the last run."));
    m_bridge->setEnabled(false);
    connect(m_bridge, &QPushButton::clicked, this, &SignInLabPanel::openBridge);
    m_addToVault = new QPushButton(tr("Add to this computer's &vault"));
    m_addToVault->setAccessibleName(tr("Add the set-up secret to the vault"));
    m_addToVault->setAccessibleDescription(
        tr("Keeps the authenticator MFA_SETUP just enrolled as a vault entry linked to the user."));
    m_addToVault->hide();
    connect(m_addToVault, &QPushButton::clicked, this, &SignInLabPanel::addEnrolledToVault);
    buttons->addWidget(m_start);
    buttons->addWidget(m_bridge);
    buttons->addWidget(m_addToVault);
    auto* buttonRow = new QWidget;
    buttonRow->setLayout(buttons);
    layout->addRow(buttonRow);
    // Names, clients and flows are shortened in their boxes rather than widening the console.
    for (QComboBox* box : {m_user, m_client, m_flow, m_device}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(14);
    }
    return form;
}

QWidget* SignInLabPanel::createPrompt()
{
    m_prompt = new QWidget;
    auto* layout = new QVBoxLayout(m_prompt);
    layout->setContentsMargins(0, 0, 0, 0);
    m_promptText = new QLabel;
    m_promptText->setAccessibleName(tr("Code needed"));
    m_promptText->setWordWrap(true);
    layout->addWidget(m_promptText);
    auto* row = new QHBoxLayout;
    m_code =
        lineEdit(tr("Code"), tr("The code the challenge asks for, as the user would type it."));
    m_code->setMaxLength(8);
    m_sendCode = new QPushButton(tr("Send &code"));
    m_sendCode->setAccessibleName(tr("Send code"));
    connect(m_sendCode, &QPushButton::clicked, this, &SignInLabPanel::sendTypedCode);
    connect(m_code, &QLineEdit::returnPressed, this, &SignInLabPanel::sendTypedCode);
    row->addWidget(m_code);
    row->addWidget(m_sendCode);
    layout->addLayout(row);
    m_prompt->hide();
    return m_prompt;
}

void SignInLabPanel::setPool(const QString& poolId)
{
    if (poolId == m_poolId || m_session.backend() == nullptr || m_running) {
        return;
    }
    m_poolId = poolId;
    m_view->clear();
    m_user->clear();
    m_client->clear();
    m_session.request<QJsonObject>(
        m_session.backend()->call(
            QStringLiteral("ListUsers"),
            {{QStringLiteral("UserPoolId"), poolId}, {QStringLiteral("Limit"), 60}}),
        this, [this, poolId](const pool::PoolResult& users) {
            if (poolId != m_poolId) {
                return;
            }
            if (!users) {
                showError(tr("Could not list the pool's users: %1").arg(users.failure().message));
                return;
            }
            for (const QJsonValue& user : users->value(QStringLiteral("Users")).toArray()) {
                m_user->addItem(user.toObject().value(QStringLiteral("Username")).toString());
            }
            readClients();
        });
}

void SignInLabPanel::readClients()
{
    const QString poolId = m_poolId;
    m_session.request<QJsonObject>(
        m_session.backend()->call(
            QStringLiteral("ListUserPoolClients"),
            {{QStringLiteral("UserPoolId"), poolId}, {QStringLiteral("MaxResults"), 60}}),
        this, [this, poolId](const pool::PoolResult& listed) {
            if (poolId != m_poolId) {
                return;
            }
            if (!listed) {
                showError(tr("Could not list the app clients: %1").arg(listed.failure().message));
                return;
            }
            const QJsonArray summaries = listed->value(QStringLiteral("UserPoolClients")).toArray();
            auto clients = std::make_shared<QList<pool::UserPoolClient>>();
            auto left = std::make_shared<qsizetype>(summaries.size());
            if (summaries.isEmpty()) {
                showClients({});
            }
            // Each client's flows are in its description only.
            for (const QJsonValue& summary : summaries) {
                const QString id = summary.toObject().value(QStringLiteral("ClientId")).toString();
                m_session.request<QJsonObject>(
                    m_session.backend()->call(
                        QStringLiteral("DescribeUserPoolClient"),
                        {{QStringLiteral("UserPoolId"), poolId}, {QStringLiteral("ClientId"), id}}),
                    this, [this, poolId, clients, left](const pool::PoolResult& described) {
                        if (described) {
                            clients->append(pool::UserPoolClient::fromJson(
                                described->value(QStringLiteral("UserPoolClient")).toObject()));
                        }
                        if (--*left == 0 && poolId == m_poolId) {
                            showClients(*clients);
                        }
                    });
            }
        });
}

void SignInLabPanel::showClients(const QList<pool::UserPoolClient>& clients)
{
    m_client->clear();
    bool anyAllows = false;
    for (const pool::UserPoolClient& client : clients) {
        const bool allows = client.allowsFlow(kPasswordFlow) || client.allowsFlow(kSrpFlow);
        anyAllows = anyAllows || allows;
        m_client->addItem(
            allows ? client.clientName
                   : tr("%1 (allows neither password nor SRP sign-in)").arg(client.clientName),
            client.clientId);
    }
    m_createClient->setVisible(!anyAllows);
    m_clientNote->setText(clients.isEmpty()
                              ? tr("The pool has no app client yet.")
                              : tr("No app client of this pool allows password or SRP sign-in."));
    m_clientNote->setVisible(!anyAllows);
    emit poolRead();
}

void SignInLabPanel::createTestClient()
{
    const QString poolId = m_poolId;
    m_createClient->setEnabled(false);
    m_session.request<QJsonObject>(
        m_session.backend()->call(QStringLiteral("CreateUserPoolClient"),
                                  {{QStringLiteral("UserPoolId"), poolId},
                                   {QStringLiteral("ClientName"), QStringLiteral("tessera-lab")},
                                   {QStringLiteral("ExplicitAuthFlows"),
                                    QJsonArray{QStringLiteral("ALLOW_USER_PASSWORD_AUTH"),
                                               QStringLiteral("ALLOW_USER_SRP_AUTH"),
                                               QStringLiteral("ALLOW_REFRESH_TOKEN_AUTH")}}}),
        this, [this](const pool::PoolResult& created) {
            m_createClient->setEnabled(true);
            if (!created) {
                showError(
                    tr("Could not create the test client: %1").arg(created.failure().message));
                return;
            }
            readClients();
        });
}

void SignInLabPanel::readDevices()
{
    while (m_device->count() > 1) {
        m_device->removeItem(1);
    }
    const QString username = m_user->currentText();
    if (username.isEmpty() || m_session.backend() == nullptr ||
        !m_session.supports(QStringLiteral("AdminListDevices"))) {
        return;
    }
    m_session.request<QJsonObject>(
        m_session.backend()->call(
            QStringLiteral("AdminListDevices"),
            {{QStringLiteral("UserPoolId"), m_poolId}, {QStringLiteral("Username"), username}}),
        this, [this, username](const pool::PoolResult& devices) {
            if (!devices || username != m_user->currentText()) {
                return;
            }
            for (const QJsonValue& value : devices->value(QStringLiteral("Devices")).toArray()) {
                const auto device = pool::UserDevice::fromJson(value.toObject());
                m_device->addItem(tr("Remembered: %1")
                                      .arg(device.name.isEmpty() ? device.deviceKey : device.name),
                                  device.deviceKey);
            }
        });
}

void SignInLabPanel::start()
{
    m_error->hide();
    if (m_running || m_session.backend() == nullptr) {
        return;
    }
    if (m_user->currentText().trimmed().isEmpty() || m_client->currentIndex() < 0) {
        showError(m_client->currentIndex() < 0
                      ? tr("Choose an app client, or create a test client.")
                      : tr("Choose the user to sign in as."));
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Type the user's password (or a new one with \"Set a test "
                     "password\")."));
        return;
    }
    setRunning(true);
    m_view->clear();
    if (!m_setPassword->isChecked()) {
        startRun();
        return;
    }
    m_session.request<QJsonObject>(
        m_session.backend()->call(QStringLiteral("AdminSetUserPassword"),
                                  {{QStringLiteral("UserPoolId"), m_poolId},
                                   {QStringLiteral("Username"), m_user->currentText().trimmed()},
                                   {QStringLiteral("Password"), m_password->text()},
                                   {QStringLiteral("Permanent"), true}}),
        this, [this](const pool::PoolResult& set) {
            if (!set) {
                setRunning(false);
                showError(tr("Could not set the test password: %1").arg(set.failure().message));
                return;
            }
            startRun();
        });
}

void SignInLabPanel::startRun()
{
    m_lab.reset(); // it refers to the codes of its run, made anew below
    pool::lab::LabScenario scenario;
    scenario.userPoolId = m_poolId;
    scenario.clientId = m_client->currentData().toString();
    scenario.username = m_user->currentText().trimmed();
    m_runUser = scenario.username;
    scenario.password = pool::lab::secretText(m_password->text());
    scenario.newPassword = pool::lab::secretText(m_newPassword->text());
    scenario.authFlow = m_flow->currentData().toString();
    scenario.context.ipAddress = m_ip->text().trimmed();
    if (m_device->currentIndex() > 0) {
        scenario.context.rememberedDeviceKey = m_device->currentData().toString();
        if (const auto known = m_devices.find(scenario.context.rememberedDeviceKey);
            known != m_devices.end()) {
            scenario.deviceGroupKey = known->second.groupKey;
            scenario.devicePassword = known->second.password.clone();
        }
    } else {
        scenario.context.newDeviceName = m_deviceName->text().trimmed();
    }
    scenario.context.userAgent = m_userAgent->text().trimmed();

    m_found = std::make_unique<pool::lab::ChainedCodes>();
    if (pool::lab::LabVault* vault = m_session.labVault()) {
        m_found->append(
            pool::lab::VaultEntryCodes::linkedTo(*vault, m_poolId, scenario.username, m_clock));
    }
    if (auto* engine = m_session.localEngine()) {
        m_found->append(std::make_shared<pool::lab::OutboxCodes>(
            pool::lab::OutboxCodes::of(*engine, m_poolId, scenario.username)));
    }
    scenario.pauseForCodes = true;
    scenario.confirmNewDevice = true;
    if (!scenario.context.newDeviceName.isEmpty()) {
        scenario.deviceName = scenario.context.newDeviceName;
    }
    m_lab = std::make_unique<pool::lab::SignInLab>(std::move(scenario), *m_found, m_clock);
    send(m_lab->start());
}

void SignInLabPanel::send(std::optional<pool::lab::LabRequest> request)
{
    m_view->showSteps(m_lab->steps());
    if (!request && m_lab->waitingForCode()) {
        const pool::lab::CodeWait& wait = *m_lab->waitingForCode();
        m_promptText->setText(tr("%1 needs a code: %2. Type the code the user would type.")
                                  .arg(wait.challenge, wait.reason));
        m_prompt->show();
        m_code->clear();
        m_code->setFocus();
        emit codeNeeded(wait.challenge, wait.reason);
        return;
    }
    if (!request) {
        finish();
        return;
    }
    m_session.request<QJsonObject>(m_session.backend()->call(request->operation, request->body),
                                   this, [this](const pool::PoolResult& answer) {
                                       if (m_lab) {
                                           onAnswer(answer);
                                       }
                                   });
}

void SignInLabPanel::onAnswer(const pool::PoolResult& answer)
{
    send(m_lab->next(answer));
}

void SignInLabPanel::sendTypedCode()
{
    const QString code = m_code->text().trimmed();
    if (!m_lab || !m_lab->waitingForCode()) {
        return;
    }
    if (code.isEmpty()) {
        showError(tr("Type the code first."));
        return;
    }
    m_error->hide();
    m_prompt->hide();
    send(m_lab->answerWith({code, tr("typed")}));
}

void SignInLabPanel::finish()
{
    m_view->showOutcome(m_lab->outcome());
    const bool authenticated = m_lab->outcome().end == pool::lab::LabOutcome::End::Authenticated;
    m_bridge->setEnabled(authenticated);
    m_addToVault->setVisible(m_lab->enrolled().has_value() && m_session.labVault() != nullptr);
    if (auto device = m_lab->takeNewDevice()) {
        const QString key = device->deviceKey;
        m_devices.insert_or_assign(key, std::move(*device));
    }
    if (!m_lab->outcome().newDeviceKey.isEmpty()) {
        readDevices(); // the device just remembered can be chosen for the next run
    }
    showTrace();
}

void SignInLabPanel::showTrace()
{
    const bool authenticated = m_lab->outcome().end == pool::lab::LabOutcome::End::Authenticated;
    if (m_session.localEngine() == nullptr) {
        m_view->showTrace({}, tr("Only the local engine records why it decided; this backend "
                                 "answers without a decision trace."));
        setRunning(false);
        emit runFinished(authenticated);
        return;
    }
    m_session.request<QJsonObject>(
        m_session.backend()->call(QStringLiteral("AdminListUserAuthEvents"),
                                  {{QStringLiteral("UserPoolId"), m_poolId},
                                   {QStringLiteral("Username"), m_runUser},
                                   {QStringLiteral("MaxResults"), 1}}),
        this, [this, authenticated](const pool::PoolResult& events) {
            const QJsonArray list =
                events ? events->value(QStringLiteral("AuthEvents")).toArray() : QJsonArray{};
            const pool::AuthEvent event = list.isEmpty()
                                              ? pool::AuthEvent{}
                                              : pool::AuthEvent::fromJson(list.first().toObject());
            m_view->showTrace(event.trace,
                              event.trace.isEmpty()
                                  ? tr("No decision trace: the run ended before the engine "
                                       "decided anything.")
                                  : QString());
            setRunning(false);
            emit runFinished(authenticated);
        });
}

void SignInLabPanel::showError(const QString& text)
{
    m_error->setText(text);
    m_error->show();
}

void SignInLabPanel::setRunning(bool running)
{
    m_running = running;
    m_start->setEnabled(!running);
    if (running) {
        m_prompt->hide();
        m_bridge->setEnabled(false);
        m_addToVault->hide();
    }
}

void SignInLabPanel::openBridge()
{
    if (!m_lab || !m_lab->tokens()) {
        return;
    }
    auto* dialog = new EnrolmentBridgeDialog(m_session, m_poolId, m_runUser, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setClock(m_clock);
    dialog->setAccessToken(m_lab->tokens()->accessToken);
    dialog->open();
}

void SignInLabPanel::addEnrolledToVault()
{
    pool::lab::LabVault* vault = m_session.labVault();
    if (!m_lab || !m_lab->enrolled() || vault == nullptr) {
        return;
    }
    const Status added = vault->addLinkedEntry(m_poolId, m_runUser, m_lab->enrolled()->clone());
    if (!added) {
        showError(tr("Could not add the entry to the vault: %1").arg(added.error()));
        return;
    }
    m_addToVault->hide();
}

} // namespace tessera::ui::console
