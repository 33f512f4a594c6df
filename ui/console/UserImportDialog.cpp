// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserImportDialog.h"

#include "ConsoleTables.h"
#include "PoolSession.h"
#include "pool/local/LocalPoolEngine.h"
#include "widgets/BackgroundWork.h"
#include "widgets/InlineMessage.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tessera::ui::console {

namespace {

// The file's users and problems, or a problem with the file itself; runs off the UI thread.
pool::UserImportPreview readFile(const QString& path)
{
    QFile file(path);
    if (file.size() > UserImportDialog::kMaximumFileBytes) {
        pool::UserImportPreview tooBig;
        tooBig.problems.append(
            {0,
             {},
             UserImportDialog::tr("The file is larger than 100 MB, Cognito's limit for "
                                  "one import: split it.")});
        return tooBig;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        pool::UserImportPreview unreadable;
        unreadable.problems.append(
            {0, {}, UserImportDialog::tr("The file cannot be read: %1").arg(file.errorString())});
        return unreadable;
    }
    return pool::UserImportCsv::read(QString::fromUtf8(file.readAll()));
}

} // namespace

UserImportDialog::UserImportDialog(PoolSession& session, QString userPoolId, QWidget* parent)
    : QDialog(parent), m_session(session), m_poolId(std::move(userPoolId))
{
    setWindowTitle(tr("Import users from CSV"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("A CSV file in Cognito's user-import format: the header GetCSVHeader gives "
           "(cognito:username, cognito:mfa_enabled, email, email_verified, phone_number, ...), "
           "one user a row. Imported users must reset their password at the first sign-in."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_choose = new QPushButton(tr("&Choose file…"));
    layout->addWidget(m_choose, 0, Qt::AlignLeft);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("Import summary"));
    layout->addWidget(m_summary);
    auto* splitter = new QSplitter(Qt::Vertical);
    m_users = readOnlyTable({tr("Line"), tr("Username"), tr("Email"), tr("Phone"), tr("MFA")},
                            tr("Users to import"));
    m_problems = readOnlyTable({tr("Line"), tr("Column"), tr("Problem")}, tr("Problems"));
    splitter->addWidget(m_users);
    splitter->addWidget(m_problems);
    layout->addWidget(splitter, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    layout->addWidget(buttons);
    connect(m_choose, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import users"), {}, tr("CSV (*.csv)"));
        if (!path.isEmpty()) {
            loadFile(path);
        }
    });
    connect(m_import, &QPushButton::clicked, this, &UserImportDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_session.localEngine() == nullptr) {
        showInlineMessage(m_summary,
                          tr("Import goes into the local engine only. For AWS Cognito, start a "
                             "user import job with the same file in the AWS console or CLI "
                             "(CreateUserImportJob); the preview still checks the file."),
                          false);
    }
    resize(720, 520);
}

void UserImportDialog::loadFile(const QString& path)
{
    m_import->setEnabled(false);
    showInlineMessage(m_summary, tr("Reading %1…").arg(QFileInfo(path).fileName()), false);
    whenFinished(this, runInBackground([path] { return readFile(path); }),
                 [this](const pool::UserImportPreview& preview) {
                     m_preview = preview;
                     showPreview();
                     emit previewReady();
                 });
}

void UserImportDialog::showPreview()
{
    m_users->setRowCount(int(m_preview.users.size()));
    for (int row = 0; row < m_preview.users.size(); ++row) {
        const pool::PoolUser& user = m_preview.users[row];
        setRowTexts(m_users, row,
                    {QString::number(m_preview.lines.value(row)), user.username,
                     user.attributes.value(QStringLiteral("email")),
                     user.attributes.value(QStringLiteral("phone_number")),
                     user.userMfaSettingList.isEmpty() ? tr("off") : tr("SMS")});
    }
    m_problems->setRowCount(int(m_preview.problems.size()));
    for (int row = 0; row < m_preview.problems.size(); ++row) {
        const pool::CsvProblem& problem = m_preview.problems[row];
        setRowTexts(m_problems, row,
                    {problem.line > 0 ? QString::number(problem.line) : QString(), problem.column,
                     problem.message});
    }
    m_users->resizeColumnsToContents();
    m_problems->resizeColumnToContents(0);
    m_problems->resizeColumnToContents(1);
    const int ready = int(m_preview.users.size());
    const int problems = int(m_preview.problems.size());
    showInlineMessage(m_summary,
                      problems == 0 ? tr("%n user(s) ready to import.", nullptr, ready)
                                    : tr("%1 %2 Rows with a problem are left out; fix them in "
                                         "the file and choose it again to import them.")
                                          .arg(tr("%n user(s) ready to import.", nullptr, ready),
                                               tr("%n problem(s) found.", nullptr, problems)),
                      problems > 0);
    const bool local = m_session.localEngine() != nullptr;
    m_import->setEnabled(local && ready > 0);
    m_import->setText(problems == 0
                          ? tr("&Import %n user(s)", nullptr, ready)
                          : tr("&Import the %n user(s) without problems", nullptr, ready));
    m_import->setAccessibleName(QString(m_import->text()).remove(QLatin1Char('&')));
}

void UserImportDialog::import()
{
    pool::local::LocalPoolEngine* engine = m_session.localEngine();
    if (engine == nullptr || m_preview.users.isEmpty()) {
        return;
    }
    m_import->setEnabled(false);
    m_choose->setEnabled(false);
    const QList<pool::PoolUser> users = m_preview.users;
    const QString poolId = m_poolId;
    showInlineMessage(m_summary, tr("Importing %n user(s)…", nullptr, int(users.size())), false);
    whenFinished(
        this,
        runInBackground([engine, poolId, users] { return engine->importUsers(poolId, users); }),
        [this, count = int(users.size())](const pool::PoolResult& result) {
            m_choose->setEnabled(true);
            if (!result) {
                // One transaction: nothing was added.
                showInlineMessage(
                    m_summary, tr("Nothing was imported: %1").arg(result.failure().message), true);
                emit imported(0, result.failure().message);
                return;
            }
            showInlineMessage(m_summary,
                              tr("%n user(s) imported; each must reset their password "
                                 "at the first sign-in.",
                                 nullptr, count),
                              false);
            emit imported(count, {});
        });
}

} // namespace tessera::ui::console
