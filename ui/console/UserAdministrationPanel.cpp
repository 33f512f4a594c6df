// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserAdministrationPanel.h"

#include "BulkActionDialog.h"
#include "CreateUserDialog.h"
#include "PoolSession.h"
#include "UserDetailPane.h"
#include "UserImportDialog.h"
#include "UserTableModel.h"
#include "UsersView.h"
#include "pool/RequestPacer.h"
#include "pool/UserCsv.h"
#include "pool/UserListWalk.h"
#include "widgets/FlowLayout.h"
#include "widgets/MessageBar.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace tessera::ui::console {

namespace {

QPushButton* toolButton(const QString& text, const QString& name, const QString& description)
{
    auto* button = new QPushButton(text);
    button->setAccessibleName(name);
    button->setAccessibleDescription(description);
    button->setToolTip(description);
    return button;
}

} // namespace

UserAdministrationPanel::UserAdministrationPanel(PoolSession& session, UsersView& users,
                                                 QWidget* parent)
    : QWidget(parent), m_session(session), m_users(users)
{
    m_pacer = &session.pacer();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Wraps onto a second line where the words are long: the panel sits beside the table.
    auto* tools = new FlowLayout;
    m_create = toolButton(tr("Ne&w user…"), tr("New user"),
                          tr("Create a user with an invitation or a temporary password."));
    m_import = toolButton(tr("&Import…"), tr("Import users from CSV"),
                          tr("Add users from a CSV file in Cognito's user-import format."));
    m_export = toolButton(tr("E&xport…"), tr("Export users as CSV"),
                          tr("Save every user matching the filter as CSV."));
    m_bulk = toolButton(tr("&Bulk action…"), tr("Bulk action"),
                        tr("Disable, enable, require a factor, reset MFA, forget devices or "
                           "delete the selected users or every user matching the filter."));
    for (QPushButton* button : {m_create, m_import, m_export, m_bulk}) {
        tools->addWidget(button);
    }
    layout->addLayout(tools);
    m_message = new MessageBar(MessageBar::Tone::Neutral);
    layout->addWidget(m_message);
    m_pane = new UserDetailPane(session);
    layout->addWidget(m_pane, 1);

    connect(m_create, &QPushButton::clicked, this, &UserAdministrationPanel::openCreateUser);
    connect(m_import, &QPushButton::clicked, this, &UserAdministrationPanel::openImport);
    connect(m_bulk, &QPushButton::clicked, this, &UserAdministrationPanel::openBulkAction);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export users"), QStringLiteral("users.csv"), tr("CSV (*.csv)"));
        if (!path.isEmpty()) {
            exportTo(path);
        }
    });
    // The pane keeps the last user shown while the table re-reads (the current row goes away
    // for a moment); another pool clears it.
    // A key held down moves the current row many times a second: the pane follows once it rests
    // (each user shown costs three reads on the shared pace and a relayout of the pane).
    m_follow.setSingleShot(true);
    m_follow.setInterval(kFollowDelayMs);
    connect(&m_follow, &QTimer::timeout, this, [this] {
        if (!m_users.currentUsername().isEmpty()) {
            m_pane->showUser(m_users.poolId(), m_users.currentUsername());
        }
    });
    connect(&m_users, &UsersView::currentUserChanged, this, [this](const QString& username) {
        if (!username.isEmpty()) {
            m_follow.start();
        } else if (m_pane->poolId() != m_users.poolId()) {
            m_follow.stop();
            m_pane->showUser({}, {});
        }
        updateButtons();
    });
    connect(&m_users, &UsersView::selectionChanged, this, &UserAdministrationPanel::updateButtons);
    connect(m_pane, &UserDetailPane::actionFinished, this,
            [this](const QString&, const QString& error) {
                if (error.isEmpty()) {
                    m_users.model()->reload();
                }
            });
    connect(m_pane, &UserDetailPane::userDeleted, this, [this] { m_users.model()->reload(); });
    connect(m_users.model(), &QAbstractItemModel::modelReset, this, [this] {
        if (m_pane->poolId() != m_users.poolId()) {
            m_pane->showUser({}, {});
        }
        updateButtons();
    });
    m_users.setDetailPane(this);
    updateButtons();
}

void UserAdministrationPanel::updateButtons()
{
    const bool pool = !m_users.poolId().isEmpty() && m_session.isConnected();
    m_create->setEnabled(pool && m_session.supports(QStringLiteral("AdminCreateUser")));
    m_import->setEnabled(pool);
    m_export->setEnabled(pool);
    m_bulk->setEnabled(pool);
}

void UserAdministrationPanel::changed(const QString& sentence)
{
    m_message->setText(sentence);
    m_message->show();
    m_users.model()->reload();
}

void UserAdministrationPanel::openBulkAction()
{
    QList<pool::PoolUser> selection;
    const UserTableModel* model = m_users.model();
    for (const QString& username : m_users.selectedUsernames()) {
        const int row = model->rowOf(username);
        if (row >= 0) {
            selection << model->userAt(row);
        }
    }
    auto* dialog =
        new BulkActionDialog(m_session, m_users.poolId(), selection, m_users.currentFilter(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BulkActionDialog::runFinished, this,
            [this, dialog] { changed(dialog->run()->summary()); });
    dialog->open();
}

void UserAdministrationPanel::openCreateUser()
{
    const QString poolId = m_users.poolId();
    // The policy is read fresh, so the dialog checks against what the pool enforces now.
    m_session.request<pool::UserPool>(
        m_session.backend()->describeUserPool(poolId), this,
        [this, poolId](const Expected<pool::UserPool, pool::PoolError>& described) {
            if (!described) {
                m_message->setText(described.failure().message);
                m_message->show();
                return;
            }
            auto* dialog = new CreateUserDialog(m_session, poolId, described->passwordPolicy, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &CreateUserDialog::userCreated, this,
                    [this](const QString&, const QString& sentence) { changed(sentence); });
            dialog->open();
        });
}

void UserAdministrationPanel::openImport()
{
    auto* dialog = new UserImportDialog(m_session, m_users.poolId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserImportDialog::imported, this, [this](int count, const QString& error) {
        if (error.isEmpty()) {
            changed(tr("%n user(s) imported.", nullptr, count));
        }
    });
    dialog->open();
}

void UserAdministrationPanel::exportTo(const QString& path)
{
    if (m_session.backend() == nullptr) {
        return;
    }
    m_export->setEnabled(false);
    m_message->setText(tr("Reading the users to export…"));
    m_message->show();
    auto* walk = new pool::UserListWalk(*m_session.backend(), m_users.poolId(),
                                        m_users.currentFilter(), *m_pacer, this);
    connect(walk, &pool::UserListWalk::progress, this, [this](int read) {
        m_message->setText(tr("Reading the users to export: %n so far…", nullptr, read));
    });
    connect(walk, &pool::UserListWalk::finished, this,
            [this, walk, path](const pool::PoolError& error) {
                walk->deleteLater();
                if (!error.type.isEmpty()) {
                    finishExport(path, {}, error.message);
                    return;
                }
                addFactors(walk->users(), 0, path);
            });
    walk->start();
}

} // namespace tessera::ui::console

namespace tessera::ui::console {

// ListUsers leaves MFA settings out. A backend that reads them for many users at once (the
// local engine) fills them in, 500 users a request; elsewhere they would take one AdminGetUser
// per user, so the columns stay empty and the message says so.
void UserAdministrationPanel::addFactors(QList<pool::PoolUser> users, int from, const QString& path)
{
    constexpr int kChunk = 500;
    if (from >= users.size() || m_session.backend() == nullptr) {
        finishExport(path, users, {});
        return;
    }
    QStringList names;
    for (int i = from; i < std::min<int>(from + kChunk, int(users.size())); ++i) {
        names << users[i].username;
    }
    m_session.request<QMap<QString, pool::UserFactors>>(
        m_session.backend()->userFactors(m_users.poolId(), names), this,
        [this, users, from,
         path](const Expected<QMap<QString, pool::UserFactors>, pool::PoolError>& factors) mutable {
            if (!factors) {
                const bool unsupported =
                    factors.failure().type == QLatin1String(pool::errors::kUnsupportedOperation);
                finishExport(path, users, unsupported ? QString() : factors.failure().message,
                             unsupported);
                return;
            }
            for (int i = from; i < std::min<int>(from + kChunk, int(users.size())); ++i) {
                const pool::UserFactors found = factors->value(users[i].username);
                users[i].userMfaSettingList =
                    pool::factors::named(found.sms, found.softwareToken, found.email);
                users[i].preferredMfaSetting = found.preferred;
            }
            addFactors(std::move(users), from + kChunk, path);
        });
}

void UserAdministrationPanel::finishExport(const QString& path, const QList<pool::PoolUser>& users,
                                           const QString& error, bool withoutFactors)
{
    m_export->setEnabled(true);
    QString problem = error;
    if (problem.isEmpty()) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(pool::usersToCsv(users).toUtf8()) < 0 ||
            !file.commit()) {
            problem = file.errorString();
        }
    }
    const int count = int(users.size());
    QString sentence = problem.isEmpty()
                           ? tr("%n user(s) exported to %1.", nullptr, count).arg(path)
                           : tr("Nothing was exported: %1").arg(problem);
    if (problem.isEmpty() && withoutFactors) {
        sentence = tr("%1 The MFA columns are empty: this backend gives them one user at a "
                      "time (AdminGetUser).")
                       .arg(sentence);
    }
    m_message->setText(sentence);
    emit exported(problem.isEmpty() ? count : 0, problem);
}

} // namespace tessera::ui::console
