// SPDX-License-Identifier: GPL-3.0-or-later
#include "PoolConsolePage.h"

#include "ChangePlanDialog.h"
#include "ConnectionBar.h"
#include "ConsoleDialogs.h"
#include "IacExportDialog.h"
#include "MfaPolicyEditor.h"
#include "PasskeySettings.h"
#include "PoolListModel.h"
#include "pool/local/LocalPoolEngine.h"
#include "widgets/EmptyState.h"
#include "widgets/FlowLayout.h"
#include "widgets/MessageBar.h"
#include "widgets/SymbolicIconEngine.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace tessera::ui::console {

namespace {

const QString kLastConnection = QStringLiteral("pool/lastConnection");
const QString kConsoleIcon = QStringLiteral(":/icons/console.svg");

QString factorsSentence(const pool::MfaConfig& mfa)
{
    QStringList names;
    if (mfa.softwareTokenEnabled) {
        names << PoolConsolePage::tr("authenticator apps");
    }
    if (mfa.smsEnabled()) {
        names << PoolConsolePage::tr("SMS");
    }
    if (mfa.emailEnabled()) {
        names << PoolConsolePage::tr("email");
    }
    return QLocale().createSeparatedList(names);
}

QString inForceSentence(const pool::MfaConfig& mfa)
{
    switch (mfa.mode) {
    case pool::MfaMode::On:
        return PoolConsolePage::tr("MFA is required, with %1.").arg(factorsSentence(mfa));
    case pool::MfaMode::Optional:
        return PoolConsolePage::tr("MFA is optional, with %1.").arg(factorsSentence(mfa));
    case pool::MfaMode::Off:
        break;
    }
    return PoolConsolePage::tr("MFA is off: users sign in with a password only.");
}

} // namespace

PoolConsolePage::PoolConsolePage(QWidget* parent) : QWidget(parent)
{
    m_pools = new PoolListModel(m_session, this);
    m_filtered = new QSortFilterProxyModel(this);
    m_filtered->setSourceModel(m_pools);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filtered->setFilterKeyColumn(-1);
    m_filtered->setSortRole(PoolListModel::SortRole);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_connectionBar = new ConnectionBar(m_session);
    layout->addWidget(m_connectionBar);
    m_message = new MessageBar(MessageBar::Tone::Neutral);
    m_message->setAccessibleName(tr("Console message"));
    m_error = new MessageBar(MessageBar::Tone::Error);
    m_error->setAccessibleName(tr("Console error"));
    layout->addWidget(m_message);
    layout->addWidget(m_error);

    m_body = new QStackedWidget;
    m_notConnected = new EmptyState(
        SymbolicIconEngine::icon(kConsoleIcon, QPalette::PlaceholderText), tr("No pools open"),
        tr("Edit user pools and their MFA policy on Tessera's local engine, or connect to AWS "
           "Cognito or a compatible endpoint. Every change is shown as a plan before it is "
           "applied."));
    connect(m_notConnected->addButton(tr("Open local pools")), &QPushButton::clicked, this,
            [this] { connectTo(pool::PoolConnection::local()); });
    connect(m_notConnected->addButton(tr("Connect to AWS Cognito…")), &QPushButton::clicked,
            m_connectionBar, &ConnectionBar::openPicker);
    m_body->addWidget(m_notConnected);

    auto* splitter = new QSplitter;
    splitter->addWidget(createPoolList());
    splitter->addWidget(createOverview());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({330, 500});
    splitter->setChildrenCollapsible(false);
    m_body->addWidget(splitter);
    layout->addWidget(m_body, 1);

    connect(&m_session, &PoolSession::connected, this, &PoolConsolePage::onConnected);
    connect(&m_session, &PoolSession::connectionFailed, this, &PoolConsolePage::onConnectionFailed);
    connect(m_connectionBar, &ConnectionBar::connectionChosen, this, &PoolConsolePage::connectTo);
    connect(m_connectionBar, &ConnectionBar::cancelled, this, [this] {
        showMessage(tr("Cancelled. What is shown may be out of date: choose the pool again to "
                       "read it anew."),
                    false);
    });
    connect(m_pools, &PoolListModel::firstPageLoaded, this, &PoolConsolePage::showFirstPageState);
    connect(m_pools, &PoolListModel::loadFailed, this,
            [this](const QString& sentence) { showMessage(sentence, true); });
}

PoolConsolePage::~PoolConsolePage()
{
    // The views and dialogs hold the session (and its pacer, which they cancel their requests
    // on) by reference; the session is a member, gone before QWidget deletes them: they go first.
    QList<QPointer<QObject>> children;
    for (QObject* child : this->children()) {
        if (child != &m_session) {
            children << child;
        }
    }
    for (const QPointer<QObject>& child : std::as_const(children)) {
        delete child.data();
    }
}

QWidget* PoolConsolePage::createPoolList()
{
    auto* side = new QWidget;
    auto* layout = new QVBoxLayout(side);
    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(tr("Filter pools"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter pools"));
    m_filter->setAccessibleDescription(tr("Shows the pools whose name or ID contains this text."));
    connect(m_filter, &QLineEdit::textChanged, m_filtered,
            &QSortFilterProxyModel::setFilterFixedString);
    layout->addWidget(m_filter);
    m_table = new QTableView;
    m_table->setModel(m_filtered);
    m_table->setAccessibleName(tr("User pools"));
    m_table->setAccessibleDescription(tr("The connection's user pools; choose one to see and edit "
                                         "its MFA policy."));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PoolListModel::NameColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setAccessibleName(tr("Columns"));
    m_table->horizontalHeader()->setAccessibleDescription(
        tr("Sorts by a column; its context menu shows or hides columns."));
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The ID and the date are there to be shown from the header's menu; the name, the policy
    // and the size are what a person scans for.
    m_table->setColumnHidden(PoolListModel::IdColumn, true);
    m_table->setColumnHidden(PoolListModel::CreatedColumn, true);
    m_table->setColumnHidden(PoolListModel::FactorsColumn, true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            [this](const QPoint& at) {
                QMenu menu;
                for (int column = 0; column < PoolListModel::ColumnCount; ++column) {
                    QAction* action =
                        menu.addAction(m_pools->headerData(column, Qt::Horizontal).toString());
                    action->setCheckable(true);
                    action->setChecked(!m_table->isColumnHidden(column));
                    connect(action, &QAction::toggled, m_table, [this, column](bool shown) {
                        m_table->setColumnHidden(column, !shown);
                    });
                }
                menu.exec(m_table->horizontalHeader()->mapToGlobal(at));
            });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PoolConsolePage::onPoolSelected);
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    m_newPool = new QPushButton(tr("&New pool…"));
    m_newPool->setAccessibleName(tr("New pool"));
    m_deletePool = new QPushButton(tr("&Delete pool…"));
    m_deletePool->setAccessibleName(tr("Delete pool"));
    m_deletePool->setEnabled(false);
    connect(m_newPool, &QPushButton::clicked, this, &PoolConsolePage::createPool);
    connect(m_deletePool, &QPushButton::clicked, this, &PoolConsolePage::deletePool);
    buttons->addWidget(m_newPool);
    buttons->addWidget(m_deletePool);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return side;
}

QWidget* PoolConsolePage::createOverview()
{
    m_detail = new QStackedWidget;
    m_noPool = new EmptyState(SymbolicIconEngine::icon(kConsoleIcon, QPalette::PlaceholderText),
                              tr("Choose a pool"),
                              tr("Its MFA policy, who has enrolled which factor, and what a "
                                 "change will do before it is applied."));
    m_detail->addWidget(m_noPool);
    m_emptyStore = new EmptyState(
        SymbolicIconEngine::icon(kConsoleIcon, QPalette::PlaceholderText), tr("No pools yet"),
        tr("Create a pool, or a sample pool with 200 users in every state (no factor, SMS, "
           "authenticator app, disabled, temporary password) to see the console at work."));
    connect(m_emptyStore->addButton(tr("Create a &sample pool")), &QPushButton::clicked, this,
            &PoolConsolePage::createSamplePool);
    connect(m_emptyStore->addButton(tr("New pool…")), &QPushButton::clicked, this,
            &PoolConsolePage::createPool);
    m_detail->addWidget(m_emptyStore);

    auto* overview = new QWidget;
    auto* layout = new QVBoxLayout(overview);
    m_title = new QLabel;
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setAccessibleName(tr("Pool"));
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("MFA in force"));
    m_enrolment = new QLabel;
    m_enrolment->setWordWrap(true);
    m_enrolment->setAccessibleName(tr("Enrolment"));
    m_enrolment->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_enrolment);

    m_editor = new MfaPolicyEditor;
    auto* scroll = new QScrollArea;
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);

    // Wraps onto two lines where the words are long, rather than widening the window.
    auto* buttons = new FlowLayout;
    m_review = new QPushButton(tr("Re&view changes…"));
    m_review->setAccessibleName(tr("Review changes"));
    m_review->setAccessibleDescription(tr("Shows what the edited policy will change, and for "
                                          "whom, before anything is applied."));
    m_review->setDefault(true);
    m_review->setEnabled(false);
    m_export = new QPushButton(tr("E&xport configuration…"));
    m_export->setAccessibleName(tr("Export configuration"));
    m_export->setAccessibleDescription(
        tr("The policy in force as CloudFormation, Terraform or AWS CLI input."));
    m_historyButton = new QPushButton(tr("&History…"));
    m_historyButton->setAccessibleName(tr("History"));
    m_historyButton->setAccessibleDescription(
        tr("The policies applied to this pool from Tessera, to restore one."));
    buttons->addWidget(m_review);
    buttons->addWidget(m_export);
    buttons->addWidget(m_historyButton);
    layout->addLayout(buttons);
    connect(m_editor, &MfaPolicyEditor::edited, this,
            [this] { m_review->setEnabled(m_editor->isModified()); });
    connect(m_review, &QPushButton::clicked, this, &PoolConsolePage::reviewChanges);
    connect(m_export, &QPushButton::clicked, this, &PoolConsolePage::exportConfiguration);
    connect(m_historyButton, &QPushButton::clicked, this, &PoolConsolePage::showHistory);
    m_detail->addWidget(createSections(overview));
    return m_detail;
}

void PoolConsolePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_everShown) {
        return;
    }
    m_everShown = true;
    // The last connection comes back only when it was the local engine: reaching AWS is the
    // person's choice each session.
    QSettings settings;
    if (settings.value(kLastConnection).toString() == pool::PoolConnection::local().key()) {
        connectTo(pool::PoolConnection::local());
    }
}

void PoolConsolePage::connectTo(const pool::PoolConnection& connection)
{
    m_message->hide();
    m_error->hide();
    m_detail->setCurrentWidget(m_noPool);
    m_session.connectTo(connection);
}

void PoolConsolePage::setHistoryPath(const QString& path)
{
    m_history = pool::PolicyHistory(path);
}

void PoolConsolePage::onConnected()
{
    QSettings().setValue(kLastConnection, m_session.connection().key());
    const bool canCreate = m_session.supports(QStringLiteral("CreateUserPool"));
    m_newPool->setEnabled(canCreate);
    m_newPool->setToolTip(canCreate ? QString() : tr("This endpoint cannot create pools."));
    m_body->setCurrentIndex(1);
    m_pools->reload();
    m_table->setFocus();
}

void PoolConsolePage::onConnectionFailed(const QString& sentence)
{
    m_body->setCurrentWidget(m_notConnected);
    showMessage(sentence, true);
}

void PoolConsolePage::showFirstPageState()
{
    if (m_pools->rowCount() == 0) {
        m_detail->setCurrentWidget(m_session.localEngine() != nullptr ? m_emptyStore : m_noPool);
        return;
    }
    if (!m_table->currentIndex().isValid()) {
        m_detail->setCurrentWidget(m_noPool);
    }
}

QString PoolConsolePage::selectedPoolId() const
{
    return m_table->currentIndex().data(PoolListModel::PoolIdRole).toString();
}

void PoolConsolePage::onPoolSelected()
{
    const QString poolId = selectedPoolId();
    m_deletePool->setEnabled(!poolId.isEmpty() &&
                             m_session.supports(QStringLiteral("DeleteUserPool")));
    if (poolId.isEmpty()) {
        m_detail->setCurrentWidget(m_noPool);
        return;
    }
    m_title->setText(m_table->currentIndex().siblingAtColumn(0).data().toString());
    showSelectedPoolTab();
    m_summary->setText(tr("Reading the pool…"));
    m_enrolment->clear();
    m_users.reset();
    m_risk.reset();
    m_session.request<pool::UserPool>(
        m_session.backend()->describeUserPool(poolId), this,
        [this, poolId](const Expected<pool::UserPool, pool::PoolError>& described) {
            if (selectedPoolId() != poolId) {
                return;
            }
            if (!described) {
                m_summary->setText(m_session.explain(described.failure()));
                return;
            }
            m_session.request<pool::MfaConfig>(
                m_session.backend()->getUserPoolMfaConfig(poolId), this,
                [this, poolId,
                 value = *described](const Expected<pool::MfaConfig, pool::PoolError>& mfa) {
                    if (selectedPoolId() != poolId) {
                        return;
                    }
                    if (!mfa) {
                        m_summary->setText(m_session.explain(mfa.failure()));
                        return;
                    }
                    showPolicy(value, *mfa);
                });
        });
    m_session.request<pool::EnrolmentSummary>(
        m_session.backend()->enrolmentSummary(poolId), this,
        [this, poolId](const Expected<pool::EnrolmentSummary, pool::PoolError>& users) {
            if (selectedPoolId() == poolId && users) {
                m_users = *users;
                updateOverviewText();
            }
        });
}

void PoolConsolePage::showPolicy(const pool::UserPool& described, const pool::MfaConfig& mfa)
{
    m_inForce = pool::MfaPolicy{described, mfa, std::nullopt};
    m_pools->setDetails(described, mfa);
    m_title->setText(QStringLiteral("%1 — %2").arg(described.name, described.id));
    m_editor->setPolicy(m_inForce, described.described.contains(QStringLiteral("TesseraPolicies")));
    const QString unsupported = tr("This endpoint does not support this.");
    m_editor->setOperationSupported(m_session.supports(QStringLiteral("SetUserPoolMfaConfig")),
                                    m_session.supports(QStringLiteral("UpdateUserPool")),
                                    unsupported);
    m_editor->passkeys()->probe(m_session);
    m_review->setEnabled(false);
    updateOverviewText();
    m_detail->setCurrentIndex(2);
    emit poolShown(described.id);
}

void PoolConsolePage::updateOverviewText()
{
    m_summary->setText(inForceSentence(m_inForce.mfa));
    if (!m_users) {
        m_enrolment->setText(
            m_session.localEngine() != nullptr
                ? tr("Counting users…")
                : tr("Users (estimated): %1. Who has which factor is read per user on this "
                     "connection; the user list shows it.")
                      .arg(m_inForce.pool.estimatedNumberOfUsers));
        return;
    }
    const pool::EnrolmentSummary& users = *m_users;
    m_enrolment->setText(
        tr("Users: %1. Without a factor: %2; with an authenticator app: %3; with SMS: %4; with "
           "email: %5.")
            .arg(users.counted)
            .arg(users.withoutFactor)
            .arg(users.withSoftwareToken)
            .arg(users.withSms)
            .arg(users.withEmail));
}

void PoolConsolePage::reviewChanges()
{
    reviewPolicy(m_editor->policy());
}

void PoolConsolePage::reviewPolicy(const pool::MfaPolicy& edited)
{
    const pool::MfaChangePlan plan = pool::MfaChangePlan::make(m_inForce, edited, m_users);
    if (plan.isEmpty()) {
        showMessage(tr("That version is the policy in force: nothing to change."), false);
        return;
    }
    auto* dialog = new ChangePlanDialog(plan, m_inForce.pool.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const pool::MfaPolicy inForce = m_inForce;
    connect(dialog, &ChangePlanDialog::applyRequested, this, [this, dialog, plan, inForce] {
        dialog->setApplying(true);
        m_session.applyPlan(
            plan, inForce, dialog, [this, dialog, plan, inForce](const auto& applied) {
                if (!applied.ok()) {
                    dialog->showFailure(
                        tr("Not applied: %1 (%2). The policy in force is unchanged.")
                            .arg(applied.failure().message, applied.failure().type));
                    emit planFinished(applied.failure().message);
                    return;
                }
                pool::PolicyVersion version;
                version.time = QDateTime::currentSecsSinceEpoch();
                version.connection = m_session.connection().key();
                version.connectionName = m_session.connection().displayName();
                version.poolId = inForce.pool.id;
                version.before = inForce;
                version.after = plan.edited;
                const Status recorded = m_history.record(version);
                dialog->accept();
                showMessage(recorded ? tr("Applied to %1.").arg(inForce.pool.name)
                                     : tr("Applied to %1, but the history could not be saved: %2")
                                           .arg(inForce.pool.name, recorded.error()),
                            !recorded);
                emit planFinished(QString());
                // Read back what is now in force, rather than trusting what was sent.
                onPoolSelected();
            });
    });
    dialog->open();
}

void PoolConsolePage::exportConfiguration()
{
    pool::iac::PoolMfaSnapshot snapshot{m_inForce.pool, m_inForce.mfa, std::nullopt};
    auto show = [this](pool::iac::PoolMfaSnapshot value) {
        auto* dialog = new IacExportDialog(std::move(value), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    };
    if (!m_session.supports(QStringLiteral("DescribeRiskConfiguration"))) {
        show(snapshot);
        return;
    }
    m_session.request<pool::RiskConfig>(
        m_session.backend()->describeRiskConfiguration(m_inForce.pool.id), this,
        [snapshot, show](const Expected<pool::RiskConfig, pool::PoolError>& risk) mutable {
            if (risk && risk->isConfigured()) {
                snapshot.risk = *risk;
            }
            show(snapshot);
        });
}

void PoolConsolePage::showHistory()
{
    const auto versions = m_history.versions(m_session.connection().key(), m_inForce.pool.id);
    if (!versions) {
        showMessage(versions.error(), true);
        return;
    }
    auto* dialog = new HistoryDialog(*versions, m_inForce.pool.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HistoryDialog::restoreRequested, this, [this](const pool::MfaPolicy& version) {
        // The version's MFA settings over the pool as it is now.
        pool::MfaPolicy edited = m_inForce;
        edited.mfa = version.mfa;
        edited.pool.deviceConfiguration = version.pool.deviceConfiguration;
        edited.pool.federatedMfa = version.pool.federatedMfa;
        edited.pool.rememberDeviceDays = version.pool.rememberDeviceDays;
        edited.risk = version.risk;
        reviewPolicy(edited);
    });
    dialog->open();
}

void PoolConsolePage::showMessage(const QString& text, bool error)
{
    MessageBar* shown = error ? m_error : m_message;
    (error ? m_message : m_error)->hide();
    shown->setText(text);
    shown->show();
}

} // namespace tessera::ui::console
