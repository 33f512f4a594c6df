// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkActionDialog.h"

#include "ConsoleTables.h"
#include "PoolSession.h"
#include "pool/BulkUserRun.h"
#include "pool/RequestPacer.h"
#include "pool/UserListWalk.h"
#include "widgets/InlineMessage.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tessera::ui::console {

namespace {

using Kind = pool::UserAction::Kind;

// How many usernames the preview names before "and N more".
constexpr int kSampleSize = 5;

enum Scope
{
    Selection,
    Matching
};

} // namespace

BulkActionDialog::BulkActionDialog(PoolSession& session, QString userPoolId,
                                   QList<pool::PoolUser> selection,
                                   std::optional<pool::UserFilter> filter, QWidget* parent)
    : QDialog(parent), m_session(session), m_poolId(std::move(userPoolId)),
      m_selection(std::move(selection)), m_filter(std::move(filter))
{
    setWindowTitle(tr("Bulk action"));
    m_pacer = &session.pacer();
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_scope = new QComboBox;
    // "All users matching <a filter>" can be long: elided, not widening the dialog.
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scope->setMinimumContentsLength(24);
    if (!m_selection.isEmpty()) {
        m_scope->addItem(tr("The %n selected user(s)", nullptr, int(m_selection.size())),
                         Selection);
    }
    m_scope->addItem(m_filter ? tr("All users matching %1").arg(m_filter->toString())
                              : tr("All users of the pool"),
                     Matching);
    m_scope->setAccessibleName(tr("Users"));
    form->addRow(tr("&Users:"), m_scope);
    m_action = new QComboBox;
    for (const Kind kind : {Kind::Disable, Kind::Enable, Kind::PreferFactor, Kind::ResetMfa,
                            Kind::ForgetDevices, Kind::Delete}) {
        const pool::UserAction action{kind, QString::fromLatin1(pool::factors::kSoftwareToken)};
        m_action->addItem(kind == Kind::PreferFactor ? tr("Require a preferred factor")
                                                     : action.title(),
                          int(kind));
    }
    m_action->setAccessibleName(tr("Action"));
    form->addRow(tr("&Action:"), m_action);
    m_factor = new QComboBox;
    for (const char* factor :
         {pool::factors::kSoftwareToken, pool::factors::kSms, pool::factors::kEmail}) {
        m_factor->addItem(pool::UserAction::factorWords(QString::fromLatin1(factor)),
                          QString::fromLatin1(factor));
    }
    m_factor->setAccessibleName(tr("Factor"));
    form->addRow(tr("&Factor:"), m_factor);
    layout->addLayout(form);
    m_preview = new QLabel;
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setAccessibleName(tr("Preview"));
    layout->addWidget(m_preview);
    m_confirmPrompt = new QLabel;
    m_confirmPrompt->setWordWrap(true);
    layout->addWidget(m_confirmPrompt);
    m_confirm = new QLineEdit;
    m_confirm->setAccessibleName(tr("Number of users to confirm"));
    m_confirmPrompt->setBuddy(m_confirm);
    layout->addWidget(m_confirm);
    m_progress = new QProgressBar;
    m_progress->setAccessibleName(tr("Progress"));
    layout->addWidget(m_progress);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Status"));
    layout->addWidget(m_status);
    m_results = readOnlyTable({tr("User"), tr("Result"), tr("Message")}, tr("Results"));
    layout->addWidget(m_results, 1);
    auto* buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save results as CSV…"));
    m_save->setAccessibleName(tr("Save results as CSV"));
    buttons->addWidget(m_save);
    buttons->addStretch();
    m_cancel = new QPushButton(tr("Cancel run"));
    m_start = new QPushButton(tr("&Start"));
    m_start->setAccessibleName(tr("Start"));
    m_start->setDefault(true);
    m_close = new QPushButton(tr("Close"));
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_start);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &BulkActionDialog::scopeChanged);
    connect(m_action, &QComboBox::currentIndexChanged, this, &BulkActionDialog::updatePreview);
    connect(m_factor, &QComboBox::currentIndexChanged, this, &BulkActionDialog::updatePreview);
    connect(m_confirm, &QLineEdit::textChanged, this, &BulkActionDialog::updatePreview);
    connect(m_start, &QPushButton::clicked, this, &BulkActionDialog::startRun);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_run) {
            m_run->cancel();
            m_status->setText(tr("Cancelling: the request in flight finishes first, so its "
                                 "result is known…"));
        } else if (m_walk) {
            m_walk->cancel();
        }
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save results"), QStringLiteral("bulk-results.csv"), tr("CSV (*.csv)"));
        if (!path.isEmpty()) {
            static_cast<void>(saveResults(path));
        }
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    m_progress->hide();
    m_results->hide();
    m_save->hide();
    m_cancel->hide();
    resize(640, 480);
    scopeChanged();
}

BulkActionDialog::~BulkActionDialog()
{
    // Their requests wait on the session's pacer, shared with the rest of the console: only
    // theirs are cancelled.
    delete m_walk;
    delete m_run;
}

const QList<pool::PoolUser>& BulkActionDialog::targets() const
{
    return m_scope->currentData().toInt() == Selection ? m_selection : m_matching;
}

pool::UserAction BulkActionDialog::chosenAction() const
{
    return {Kind(m_action->currentData().toInt()), m_factor->currentData().toString()};
}

void BulkActionDialog::scopeChanged()
{
    if (m_scope->currentData().toInt() == Matching && !m_matchingRead) {
        readMatchingUsers();
        return;
    }
    updatePreview();
}

void BulkActionDialog::readMatchingUsers()
{
    if (m_walk || m_session.backend() == nullptr) {
        return;
    }
    m_start->setEnabled(false);
    m_cancel->show();
    m_preview->setText(tr("Reading the users it applies to…"));
    m_walk = new pool::UserListWalk(*m_session.backend(), m_poolId, m_filter, *m_pacer, this);
    connect(m_walk, &pool::UserListWalk::progress, this, [this](int read) {
        m_preview->setText(tr("Reading the users it applies to: %n so far…", nullptr, read));
    });
    connect(m_walk, &pool::UserListWalk::finished, this, [this](const pool::PoolError& error) {
        m_walk->deleteLater();
        m_cancel->hide();
        if (!error.type.isEmpty()) {
            showInlineMessage(m_status, tr("The users could not be read: %1").arg(error.message),
                              true);
            m_preview->clear();
            return;
        }
        m_matching = m_walk->users();
        m_matchingRead = true;
        updatePreview();
    });
    m_walk->start();
}

void BulkActionDialog::updatePreview()
{
    if (m_run) {
        return;
    }
    const pool::UserAction action = chosenAction();
    m_factor->setEnabled(action.kind == Kind::PreferFactor);
    if (m_scope->currentData().toInt() == Matching && !m_matchingRead) {
        return;
    }
    const QList<pool::PoolUser>& users = targets();
    QStringList sample;
    for (int i = 0; i < std::min<int>(kSampleSize, int(users.size())); ++i) {
        sample << users[i].username;
    }
    const int more = int(users.size()) - int(sample.size());
    const QString names = more > 0 ? tr("%1 and %n more", nullptr, more).arg(sample.join(tr(", ")))
                                   : QLocale().createSeparatedList(sample);
    QStringList unsupported;
    for (const QString& operation : action.operations()) {
        if (!m_session.supports(operation)) {
            unsupported << operation;
        }
    }
    if (users.isEmpty()) {
        m_preview->setText(tr("No user matches: there is nothing to do."));
    } else if (!unsupported.isEmpty()) {
        m_preview->setText(tr("This backend does not serve %1.").arg(unsupported.join(tr(", "))));
    } else {
        m_preview->setText(tr("%1\nUsers: %2.").arg(action.willDoMany(int(users.size())), names));
    }
    const bool typed = action.needsTypedConfirmation();
    const QString count = QString::number(users.size());
    m_confirmPrompt->setText(tr("Type the number of users, %1, to confirm:").arg(count));
    m_confirmPrompt->setVisible(typed && !users.isEmpty());
    m_confirm->setVisible(typed && !users.isEmpty());
    m_start->setEnabled(!users.isEmpty() && unsupported.isEmpty() &&
                        (!typed || m_confirm->text().trimmed() == count));
    m_start->setText(typed ? tr("&Delete %n user(s)", nullptr, int(users.size())) : tr("&Start"));
    m_start->setAccessibleName(QString(m_start->text()).remove(QLatin1Char('&')));
}

void BulkActionDialog::startRun()
{
    if (m_run || m_session.backend() == nullptr) {
        return;
    }
    const QList<pool::PoolUser> users = targets();
    m_run =
        new pool::BulkUserRun(*m_session.backend(), m_poolId, chosenAction(), users, m_pacer, this);
    for (QWidget* setup :
         std::initializer_list<QWidget*>{m_scope, m_action, m_factor, m_confirm, m_start}) {
        setup->setEnabled(false);
    }
    m_results->setRowCount(int(users.size()));
    for (int row = 0; row < users.size(); ++row) {
        m_results->setItem(row, 0, new QTableWidgetItem(users[row].username));
        m_results->setItem(row, 1,
                           new QTableWidgetItem(pool::BulkUserRun::outcomeWords(
                               pool::BulkItemResult::Outcome::Pending)));
        m_results->setItem(row, 2, new QTableWidgetItem);
    }
    m_progress->setRange(0, int(users.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_results->show();
    m_cancel->show();
    m_close->setEnabled(false);
    connect(m_run, &pool::BulkUserRun::itemFinished, this, &BulkActionDialog::showItem);
    connect(m_run, &pool::BulkUserRun::progress, this, [this](int finished, int total) {
        m_progress->setValue(finished);
        if (!m_run->wasCancelled()) {
            m_status->setText(tr("%1 of %n user(s) done…", nullptr, total).arg(finished));
        }
    });
    connect(m_run, &pool::BulkUserRun::finished, this, &BulkActionDialog::runEnded);
    m_run->start();
}

void BulkActionDialog::showItem(int index)
{
    const pool::BulkItemResult& result = m_run->results().at(index);
    m_results->item(index, 1)->setText(pool::BulkUserRun::outcomeWords(result.outcome));
    m_results->item(index, 2)->setText(result.message);
    m_results->item(index, 2)->setToolTip(result.message);
    if (result.outcome == pool::BulkItemResult::Outcome::Failed) {
        QFont bold = m_results->font();
        bold.setBold(true);
        m_results->item(index, 1)->setFont(bold);
    }
}

void BulkActionDialog::runEnded()
{
    m_cancel->hide();
    m_save->show();
    m_close->setEnabled(true);
    m_close->setFocus();
    const bool failures = m_run->count(pool::BulkItemResult::Outcome::Failed) > 0;
    showInlineMessage(m_status, m_run->summary(), failures);
    emit runFinished();
}

void BulkActionDialog::reject()
{
    if (m_run && m_run->isRunning()) {
        m_cancel->click();
        return;
    }
    if (m_walk) {
        m_walk->cancel();
    }
    QDialog::reject();
}

bool BulkActionDialog::saveResults(const QString& path)
{
    if (!m_run) {
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_run->resultsCsv().toUtf8()) < 0 ||
        !file.commit()) {
        showInlineMessage(
            m_status, tr("The results could not be saved to %1: %2").arg(path, file.errorString()),
            true);
        return false;
    }
    showInlineMessage(m_status, tr("%1 Results saved to %2.").arg(m_run->summary(), path), false);
    return true;
}

} // namespace tessera::ui::console
