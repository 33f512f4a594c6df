// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserDetailPane.h"

#include "ActionConfirmBar.h"
#include "ConsoleTables.h"
#include "EnrolmentBridgeDialog.h"
#include "PoolSession.h"
#include "UserPasskeysSection.h"
#include "pool/BulkUserRun.h"
#include "pool/RequestPacer.h"
#include "widgets/FlowLayout.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

namespace tessera::ui::console {

namespace {

using Kind = pool::UserAction::Kind;

QString dateText(qint64 seconds)
{
    return seconds == 0
               ? QString()
               : QLocale().toString(QDateTime::fromSecsSinceEpoch(seconds), QLocale::ShortFormat);
}

QPushButton* actionButton(const QString& text, const QString& description)
{
    auto* button = new QPushButton(text);
    button->setAccessibleDescription(description);
    button->setToolTip(description);
    return button;
}

} // namespace

UserDetailPane::UserDetailPane(PoolSession& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    m_pacer = &session.pacer();
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Text wraps and tables scroll on their own: the pane fits the width it is given.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    m_title = new QLabel;
    QFont title = m_title->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_title->setFont(title);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("User status"));
    layout->addWidget(m_status);
    m_outcome = new MessageBar(MessageBar::Tone::Neutral);
    m_outcome->setAccessibleName(tr("Action result"));
    m_error = new MessageBar(MessageBar::Tone::Error);
    m_error->setAccessibleName(tr("Action error"));
    layout->addWidget(m_outcome);
    layout->addWidget(m_error);
    m_confirm = new ActionConfirmBar;
    layout->addWidget(m_confirm);
    layout->addWidget(createActions());
    auto* attributesBox = new QGroupBox(tr("Attributes"));
    auto* attributesLayout = new QVBoxLayout(attributesBox);
    m_attributes = readOnlyTable({tr("Attribute"), tr("Value")}, tr("Attributes"));
    m_attributes->setMinimumHeight(90);
    attributesLayout->addWidget(m_attributes);
    layout->addWidget(attributesBox);
    layout->addWidget(createMfaBox());
    layout->addWidget(createDevicesBox());
    m_passkeys = new UserPasskeysSection(session);
    layout->addWidget(m_passkeys);
    layout->addWidget(createEventsBox());
    layout->addStretch();
    scroll->setWidget(content);
    // Never narrower than its content, so no button is cut off at the splitter's edge.
    scroll->setMinimumWidth(content->minimumSizeHint().width() +
                            scroll->verticalScrollBar()->sizeHint().width());
    outer->addWidget(scroll);

    connect(m_confirm, &ActionConfirmBar::confirmed, this, [this] {
        if (m_pendingAction) {
            runAction(*std::exchange(m_pendingAction, std::nullopt));
        } else if (!m_pendingDevice.isEmpty()) {
            const QString key = std::exchange(m_pendingDevice, QString());
            const QString username = m_username;
            pool::PoolBackend& backend = *m_session.backend();
            const QString poolId = m_poolId;
            m_session.paced<void>(
                [&backend, poolId, username, key] {
                    return backend.adminForgetDevice(poolId, username, key);
                },
                this,
                [this, username](const Expected<void, pool::PoolError>& done) {
                    if (!done) {
                        showOutcome(done.failure().message, true);
                        return;
                    }
                    showOutcome(tr("The device is forgotten: %1's next "
                                   "sign-in from it asks for MFA again.")
                                    .arg(username),
                                false);
                    reload();
                });
        }
    });
    connect(m_confirm, &ActionConfirmBar::cancelled, this, [this] {
        m_pendingAction.reset();
        m_pendingDevice.clear();
        showOutcome(tr("Nothing was changed."), false);
    });
    connect(&m_session, &PoolSession::disconnected, this, [this] {
        m_reads.clear();
        delete m_run;
        showUser({}, {});
    });
    showUser({}, {});
}

UserDetailPane::~UserDetailPane()
{
    cancelReads();
    delete m_run;
}

void UserDetailPane::cancelReads()
{
    // The pacer is the session's: only this pane's reads are dropped.
    for (const pool::RequestPacer::Ticket ticket : std::exchange(m_reads, {})) {
        m_pacer->cancel(ticket);
    }
}

QWidget* UserDetailPane::createActions()
{
    auto* box = new QWidget;
    // Wraps: the pane is narrow beside the table, and some languages' words are long.
    auto* row = new FlowLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_toggleEnabled = actionButton(tr("Disable"), tr("Stop or allow this user's sign-ins."));
    connect(m_toggleEnabled, &QPushButton::clicked, this, [this] {
        propose({m_user && m_user->enabled ? Kind::Disable : Kind::Enable, {}});
    });
    auto* reset = actionButton(tr("Reset password"),
                               tr("The user must set a new password at the next sign-in."));
    connect(reset, &QPushButton::clicked, this, [this] { propose({Kind::ResetPassword, {}}); });
    auto* remove = actionButton(tr("Delete user…"),
                                tr("Deletes the user for good, after you type the username."));
    connect(remove, &QPushButton::clicked, this, [this] { propose({Kind::Delete, {}}); });
    // "Set up an authenticator…": the enrolment bridge (issue 14), in its own dialog.
    auto* setUp = actionButton(tr("Set up an authenticator…"),
                               tr("Enrols a TOTP authenticator for this user: a QR code for a "
                                  "phone, or an entry in this computer's vault."));
    connect(setUp, &QPushButton::clicked, this, [this] {
        auto* dialog = new EnrolmentBridgeDialog(m_session, m_poolId, m_username, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    for (QPushButton* button : {m_toggleEnabled, reset, remove, setUp}) {
        row->addWidget(button);
        m_actionButtons << button;
    }
    return box;
}

QGroupBox* UserDetailPane::createMfaBox()
{
    auto* box = new QGroupBox(tr("Multi-factor authentication"));
    auto* layout = new QVBoxLayout(box);
    m_factors = new QLabel;
    m_factors->setWordWrap(true);
    m_factors->setAccessibleName(tr("Factors"));
    layout->addWidget(m_factors);
    m_factor = new QComboBox;
    // Elides rather than widening the pane to the longest factor name.
    m_factor->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_factor->setMinimumContentsLength(12);
    for (const char* factor :
         {pool::factors::kSoftwareToken, pool::factors::kSms, pool::factors::kEmail}) {
        const QString name = QString::fromLatin1(factor);
        m_factor->addItem(pool::UserAction::factorWords(name), name);
    }
    m_factor->setAccessibleName(tr("Factor"));
    m_factor->setAccessibleDescription(tr("The factor Make preferred and Remove factor act on."));
    auto* prefer = actionButton(tr("Make preferred"), tr("Sign-ins ask for this factor first."));
    connect(prefer, &QPushButton::clicked, this, [this] {
        propose({Kind::PreferFactor, selectedFactor()});
    });
    auto* removeFactor = actionButton(tr("Remove factor"), tr("Turns this factor off."));
    connect(removeFactor, &QPushButton::clicked, this, [this] {
        propose({Kind::RemoveFactor, selectedFactor()});
    });
    auto* clear =
        actionButton(tr("Clear preference"), tr("No preferred factor; the factors stay on."));
    connect(clear, &QPushButton::clicked, this, [this] { propose({Kind::ClearPreference, {}}); });
    auto* resetMfa = actionButton(tr("Reset MFA"), tr("Turns every factor of this user off."));
    connect(resetMfa, &QPushButton::clicked, this, [this] { propose({Kind::ResetMfa, {}}); });
    // The factor, then what to do with it; the buttons wrap, so the pane stays narrow beside the
    // users table.
    auto* factorRow = new QHBoxLayout;
    factorRow->addWidget(m_factor, 1);
    layout->addLayout(factorRow);
    auto* row = new FlowLayout;
    for (QPushButton* button : {prefer, removeFactor, clear, resetMfa}) {
        row->addWidget(button);
    }
    m_actionButtons << prefer << removeFactor << clear << resetMfa;
    layout->addLayout(row);
    return box;
}

QGroupBox* UserDetailPane::createDevicesBox()
{
    m_devicesBox = new QGroupBox(tr("Remembered devices"));
    auto* layout = new QVBoxLayout(m_devicesBox);
    m_devicesNote = new QLabel;
    m_devicesNote->setWordWrap(true);
    layout->addWidget(m_devicesNote);
    m_deviceTable = readOnlyTable({tr("Device"), tr("Last IP"), tr("Status"), tr("Last sign-in")},
                                  tr("Remembered devices"));
    m_deviceTable->setMinimumHeight(90);
    layout->addWidget(m_deviceTable);
    auto* row = new FlowLayout;
    m_forgetDevice = actionButton(tr("Forget device"),
                                  tr("The next sign-in from the selected device asks for MFA."));
    m_forgetAll = actionButton(tr("Forget all devices"),
                               tr("The next sign-in from every device asks for MFA."));
    connect(m_forgetDevice, &QPushButton::clicked, this, &UserDetailPane::proposeForgetDevice);
    connect(m_forgetAll, &QPushButton::clicked, this, [this] {
        propose({Kind::ForgetDevices, {}});
    });
    connect(m_deviceTable, &QTableWidget::itemSelectionChanged, this,
            [this] { m_forgetDevice->setEnabled(!m_deviceTable->selectedItems().isEmpty()); });
    row->addWidget(m_forgetDevice);
    row->addWidget(m_forgetAll);
    layout->addLayout(row);
    return m_devicesBox;
}

QGroupBox* UserDetailPane::createEventsBox()
{
    m_eventsBox = new QGroupBox(tr("Recent sign-ins"));
    auto* layout = new QVBoxLayout(m_eventsBox);
    m_eventsNote = new QLabel;
    m_eventsNote->setWordWrap(true);
    layout->addWidget(m_eventsNote);
    m_eventTable = readOnlyTable({tr("Time"), tr("IP address"), tr("Device"), tr("Risk level"),
                                  tr("Decision"), tr("Result"), tr("Reasons")},
                                 tr("Recent sign-ins"));
    m_eventTable->setMinimumHeight(90);
    layout->addWidget(m_eventTable);
    return m_eventsBox;
}

QString UserDetailPane::selectedFactor() const
{
    return m_factor->currentData().toString();
}

void UserDetailPane::showUser(const QString& userPoolId, const QString& username)
{
    if (userPoolId == m_poolId && username == m_username && !username.isEmpty()) {
        reload(); // the same user again (the table re-read): what an action said stays shown
        m_passkeys->showUser(userPoolId, username);
        return;
    }
    cancelReads();
    m_poolId = userPoolId;
    m_username = username;
    m_user.reset();
    m_pendingAction.reset();
    m_pendingDevice.clear();
    m_confirm->dismiss();
    m_outcome->hide();
    m_error->hide();
    m_attributes->setRowCount(0);
    m_deviceTable->setRowCount(0);
    m_eventTable->setRowCount(0);
    m_title->setText(username.isEmpty() ? tr("No user chosen") : username);
    m_status->setText(username.isEmpty() ? tr("Choose a user to see their details.")
                                         : tr("Reading…"));
    m_factors->clear();
    for (QPushButton* button : std::as_const(m_actionButtons)) {
        button->setEnabled(false);
    }
    m_forgetDevice->setEnabled(false);
    m_forgetAll->setEnabled(false);
    updateSupport();
    m_passkeys->showUser(userPoolId, username);
    if (!username.isEmpty()) {
        reload();
    }
}

void UserDetailPane::updateSupport()
{
    const bool devices = m_session.supports(QStringLiteral("AdminListDevices"));
    const bool events = m_session.supports(QStringLiteral("AdminListUserAuthEvents"));
    // What the backend lacks is said, not shown broken.
    m_devicesNote->setText(devices ? QString()
                                   : tr("This backend does not list remembered devices "
                                        "(it does not serve AdminListDevices)."));
    m_devicesNote->setVisible(!devices);
    m_deviceTable->setVisible(devices);
    m_forgetDevice->setVisible(devices);
    m_forgetAll->setVisible(devices);
    m_eventsNote->setText(events ? QString()
                                 : tr("This backend keeps no sign-in history (it does not serve "
                                      "AdminListUserAuthEvents)."));
    m_eventsNote->setVisible(!events);
    m_eventTable->setVisible(events);
}

void UserDetailPane::reload()
{
    if (m_username.isEmpty() || m_session.backend() == nullptr) {
        return;
    }
    pool::PoolBackend& backend = *m_session.backend();
    const QString username = m_username;
    const QString poolId = m_poolId;
    // Paced with the table's MFA reads and bulk runs: one rate for the whole console.
    m_reads << m_session.paced<pool::PoolUser>(
        [&backend, poolId, username] { return backend.adminGetUser(poolId, username); }, this,
        [this, username](const Expected<pool::PoolUser, pool::PoolError>& user) {
            if (username != m_username) {
                return; // another user was chosen meanwhile
            }
            if (!user) {
                m_status->setText(user.failure().message);
                return;
            }
            showLoadedUser(*user);
        });
    if (m_session.supports(QStringLiteral("AdminListDevices"))) {
        m_reads << m_session.paced<pool::Page<pool::UserDevice>>(
            [&backend, poolId, username] { return backend.adminListDevices(poolId, username); },
            this,
            [this, username](const Expected<pool::Page<pool::UserDevice>, pool::PoolError>& page) {
                if (username != m_username) {
                    return;
                }
                if (!page) {
                    showListFailure(page.failure(), m_devicesNote);
                    return;
                }
                showDevices(page->items);
            });
    }
    if (m_session.supports(QStringLiteral("AdminListUserAuthEvents"))) {
        m_reads << m_session.paced<pool::Page<pool::AuthEvent>>(
            [&backend, poolId, username] {
                return backend.adminListUserAuthEvents(poolId, username);
            },
            this,
            [this, username](const Expected<pool::Page<pool::AuthEvent>, pool::PoolError>& page) {
                if (username != m_username) {
                    return;
                }
                if (!page) {
                    showListFailure(page.failure(), m_eventsNote);
                    return;
                }
                showEvents(page->items);
            });
    }
}

void UserDetailPane::showListFailure(const pool::PoolError& error, QLabel* note)
{
    // An endpoint that turns out not to serve the list (cognito-local) is now known not to:
    // the section is hidden with the reason, as if that had been known from the start.
    if (error.type == QLatin1String(pool::errors::kUnsupportedOperation)) {
        updateSupport();
        return;
    }
    note->setText(error.message);
    note->show();
}

void UserDetailPane::showLoadedUser(const pool::PoolUser& user)
{
    m_user = user;
    m_status->setText(tr("%1 · %2 · created %3 · changed %4")
                          .arg(user.userStatus, user.enabled ? tr("enabled") : tr("disabled"),
                               dateText(user.userCreateDate), dateText(user.userLastModifiedDate)));
    m_attributes->setRowCount(int(user.attributes.size()));
    int row = 0;
    for (auto it = user.attributes.begin(); it != user.attributes.end(); ++it) {
        setRowTexts(m_attributes, row++, {it.key(), it.value()});
    }
    m_attributes->resizeColumnToContents(0);
    QStringList factors;
    for (const QString& factor : user.userMfaSettingList) {
        factors << (factor == user.preferredMfaSetting
                        ? tr("%1 (preferred)").arg(pool::UserAction::factorWords(factor))
                        : pool::UserAction::factorWords(factor));
    }
    m_factors->setText(factors.isEmpty()
                           ? tr("No MFA factor is on: this user signs in with a password only.")
                           : tr("Factors on: %1.").arg(QLocale().createSeparatedList(factors)));
    m_toggleEnabled->setText(user.enabled ? tr("Disable") : tr("Enable"));
    for (QPushButton* button : std::as_const(m_actionButtons)) {
        button->setEnabled(m_run.isNull());
    }
    emit userShown(user.username);
}

void UserDetailPane::showDevices(const QList<pool::UserDevice>& devices)
{
    m_devices = devices;
    m_deviceTable->setRowCount(int(devices.size()));
    for (int row = 0; row < devices.size(); ++row) {
        const pool::UserDevice& device = devices[row];
        setRowTexts(
            m_deviceTable, row,
            {device.name.isEmpty() ? device.deviceKey : device.name, device.lastIp,
             device.status == QLatin1String("remembered") ? tr("remembered") : tr("not remembered"),
             dateText(device.lastAuthenticated)});
    }
    m_devicesNote->setText(devices.isEmpty() ? tr("No remembered devices.") : QString());
    m_devicesNote->setVisible(devices.isEmpty());
    m_forgetAll->setEnabled(!devices.isEmpty() && m_run.isNull());
    m_forgetDevice->setEnabled(false);
}

void UserDetailPane::showEvents(const QList<pool::AuthEvent>& events)
{
    m_eventTable->setRowCount(int(events.size()));
    for (int row = 0; row < events.size(); ++row) {
        const pool::AuthEvent& event = events[row];
        setRowTexts(m_eventTable, row,
                    {dateText(event.creationDate), event.ipAddress, event.deviceName,
                     event.riskLevel, event.riskDecision, event.eventResponse,
                     event.reasons.join(QLatin1String("; "))});
    }
    m_eventsNote->setText(events.isEmpty() ? tr("No sign-ins recorded yet.") : QString());
    m_eventsNote->setVisible(events.isEmpty());
    m_eventTable->resizeColumnsToContents();
}

void UserDetailPane::propose(const pool::UserAction& action)
{
    if (m_username.isEmpty()) {
        return;
    }
    for (const QString& operation : action.operations()) {
        if (!m_session.supports(operation)) {
            showOutcome(tr("This backend does not serve %1, so %2 is not available.")
                            .arg(operation, action.title()),
                        true);
            return;
        }
    }
    m_pendingDevice.clear();
    m_pendingAction = action;
    m_outcome->hide();
    m_error->hide();
    m_confirm->ask(action.willDo(m_username), action.title(),
                   action.needsTypedConfirmation() ? m_username : QString());
}

void UserDetailPane::proposeForgetDevice()
{
    const int row = m_deviceTable->currentRow();
    if (row < 0 || row >= m_devices.size()) {
        return;
    }
    m_pendingAction.reset();
    m_pendingDevice = m_devices[row].deviceKey;
    const QString name =
        m_devices[row].name.isEmpty() ? m_devices[row].deviceKey : m_devices[row].name;
    m_confirm->ask(tr("%1 will be forgotten: %2's next sign-in from it asks for MFA again.")
                       .arg(name, m_username),
                   tr("Forget"));
}

void UserDetailPane::runAction(const pool::UserAction& action)
{
    if (!m_user || m_session.backend() == nullptr) {
        return;
    }
    for (QPushButton* button : std::as_const(m_actionButtons)) {
        button->setEnabled(false);
    }
    m_forgetAll->setEnabled(false);
    showOutcome(tr("%1: working…").arg(action.title()), false);
    m_run = new pool::BulkUserRun(*m_session.backend(), m_poolId, action, {*m_user}, m_pacer, this);
    connect(m_run, &pool::BulkUserRun::finished, this, [this, run = m_run.data()] {
        run->deleteLater();
        const pool::BulkItemResult& result = run->results().first();
        const bool failed = result.outcome == pool::BulkItemResult::Outcome::Failed;
        // A skipped action changed nothing: say why (e.g. "Already disabled.").
        showOutcome(result.message, failed);
        emit actionFinished(result.username, failed ? result.message : QString());
        if (run->action().kind == Kind::Delete && result.changed) {
            emit userDeleted(result.username);
            showUser(m_poolId, {});
            m_status->setText(result.message);
            return;
        }
        reload();
    });
    m_run->start();
}

void UserDetailPane::showOutcome(const QString& text, bool error)
{
    (error ? m_outcome : m_error)->hide();
    MessageBar* bar = error ? m_error : m_outcome;
    bar->setText(text);
    bar->show();
}

} // namespace tessera::ui::console
