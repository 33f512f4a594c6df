// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportDialog.h"

#include "widgets/BackgroundWork.h"

#include "ImportPreviewModel.h"
#include "TokenChanges.h"
#include "authenticator/VaultSession.h"
#include "crypto/SecureBytes.h"
#include "transfer/ImportPreview.h"
#include "transfer/Importer.h"

#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tessera::ui {

using transfer::ImportFailure;
using transfer::ImportResult;

ImportDialog::ImportDialog(VaultSession& session, TokenListModel& tokens, QWidget* parent)
    : QDialog(parent), m_session(session), m_tokens(tokens), m_model(new ImportPreviewModel(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import accounts"));
    setAcceptDrops(true);

    m_intro = new QLabel(tr("Choose or drop exports from another authenticator app or password "
                            "manager, or images of QR codes. Nothing is added until you "
                            "confirm."));
    m_intro->setWordWrap(true);
    m_addFiles = new QPushButton(tr("Choose files…"));
    m_addFiles->setObjectName(QStringLiteral("addFiles"));
    connect(m_addFiles, &QPushButton::clicked, this, &ImportDialog::chooseFiles);
    auto* top = new QHBoxLayout;
    top->addWidget(m_intro, 1);
    top->addWidget(m_addFiles, 0, Qt::AlignTop);

    m_passwordRow = new QWidget;
    m_passwordRow->setObjectName(QStringLiteral("passwordRow"));
    m_passwordMessage = new QLabel;
    m_passwordMessage->setObjectName(QStringLiteral("passwordMessage"));
    m_passwordMessage->setWordWrap(true);
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("sourcePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Export password"));
    m_unlock = new QPushButton(tr("Unlock"));
    m_unlock->setObjectName(QStringLiteral("unlockSource"));
    auto* skip = new QPushButton(tr("Skip file"));
    skip->setObjectName(QStringLiteral("skipSource"));
    connect(m_unlock, &QPushButton::clicked, this, [this] { submitPassword(m_password->text()); });
    connect(m_password, &QLineEdit::returnPressed, m_unlock, &QPushButton::click);
    connect(skip, &QPushButton::clicked, this, &ImportDialog::skipWaiting);
    auto* passwordLayout = new QVBoxLayout(m_passwordRow);
    passwordLayout->setContentsMargins(0, 0, 0, 0);
    passwordLayout->addWidget(m_passwordMessage);
    auto* fieldRow = new QHBoxLayout;
    fieldRow->addWidget(m_password, 1);
    fieldRow->addWidget(m_unlock);
    fieldRow->addWidget(skip);
    passwordLayout->addLayout(fieldRow);
    m_passwordRow->hide();

    // An encrypted export's KDF can take seconds; the bar says the dialog is working, not stuck.
    m_busy = new QProgressBar;
    m_busy->setObjectName(QStringLiteral("busy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Accounts found"));

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_import = m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    // Accepting is importChosen's job: the dialog closes only once the save went through.
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::importChosen);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &ImportPreviewModel::chosenChanged, this, &ImportDialog::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_passwordRow);
    layout->addWidget(m_busy);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    resize(720, 420);
    updateButtons();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::chooseFiles()
{
    auto* picker = new QFileDialog(this, tr("Choose exports to import"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setFileMode(QFileDialog::ExistingFiles);
    connect(picker, &QFileDialog::filesSelected, this, &ImportDialog::addFiles);
    picker->open();
}

void ImportDialog::addFiles(const QStringList& paths)
{
    for (const QString& path : paths) {
        QFile file(path);
        const QString label = QFileInfo(path).fileName();
        if (!file.open(QIODevice::ReadOnly)) {
            // Shown as an error row like any other file that could not be read.
            m_results.push_back(
                ImportResult::failed(ImportFailure::Unreadable,
                                     tr("could not open the file: %1").arg(file.errorString())));
            m_resultNames.append(label);
            continue;
        }
        m_queue.push_back({label, file.readAll()});
    }
    rebuildPreview();
    readNext();
}

void ImportDialog::addText(const QString& text, const QString& label)
{
    m_queue.push_back({label, text.toUtf8()});
    readNext();
}

void ImportDialog::readNext()
{
    if (isBusy() || m_waiting || m_queue.empty()) {
        return;
    }
    Source next = std::move(m_queue.front());
    m_queue.erase(m_queue.begin());
    read(std::move(next), {});
}

void ImportDialog::read(Source source, const QString& password)
{
    // The password lives in wiped memory inside the task, and nowhere else once it started.
    std::shared_ptr<crypto::SecureBytes> secret;
    if (!password.isNull()) {
        secret =
            std::make_shared<crypto::SecureBytes>(crypto::SecureBytes::fromView(password.toUtf8()));
    }
    const QByteArray bytes = source.data;
    m_reading = std::move(source);
    whenFinished(this, runInBackground([bytes, secret] {
                     transfer::ImportOptions options;
                     options.password = secret.get();
                     return std::make_shared<ImportResult>(
                         transfer::Importer::importData(bytes, options));
                 }),
                 [this](const std::shared_ptr<ImportResult>& result) { finishRead(result); });
    setBusy(true);
}

void ImportDialog::finishRead(const std::shared_ptr<ImportResult>& result)
{
    Source source = std::move(*m_reading);
    m_reading.reset();
    setBusy(false);
    if (result->failure == ImportFailure::PasswordRequired ||
        result->failure == ImportFailure::WrongPassword) {
        m_waiting = std::move(source);
        askPassword(result->failure == ImportFailure::WrongPassword);
        return;
    }
    if (result->ok() && result->items.empty()) {
        // Said as an error row, or a file that held nothing would simply vanish from the preview.
        *result = ImportResult::failed(ImportFailure::Unrecognised,
                                       tr("no accounts were found in this file"), result->format);
    }
    m_results.push_back(std::move(*result));
    m_resultNames.append(source.label);
    rebuildPreview();
    readNext();
}

void ImportDialog::askPassword(bool wrong)
{
    m_passwordMessage->setText(
        wrong ? tr("The password does not open “%1”. Check it and try again.").arg(m_waiting->label)
              : tr("“%1” is encrypted. Enter the password it was exported with.")
                    .arg(m_waiting->label));
    m_passwordRow->show();
    m_password->clear();
    m_password->setFocus();
    updateButtons();
}

void ImportDialog::submitPassword(const QString& password)
{
    if (!m_waiting || isBusy()) {
        return;
    }
    Source source = std::move(*m_waiting);
    m_waiting.reset();
    m_password->clear();
    m_passwordRow->hide();
    read(std::move(source), password.isNull() ? QStringLiteral("") : password);
}

void ImportDialog::skipWaiting()
{
    if (!m_waiting) {
        return;
    }
    m_results.push_back(ImportResult::failed(ImportFailure::PasswordRequired,
                                             tr("skipped: no password was given")));
    m_resultNames.append(m_waiting->label);
    m_waiting.reset();
    m_password->clear();
    m_passwordRow->hide();
    rebuildPreview();
    readNext();
}

void ImportDialog::rebuildPreview()
{
    const vault::Vault* vault = m_session.vault();
    if (vault == nullptr) {
        return;
    }
    m_model->setPreview(transfer::ImportPreview::build(*vault, m_results, m_resultNames));
    m_table->resizeColumnsToContents();
    emit previewChanged();
}

bool ImportDialog::importChosen()
{
    const std::vector<std::size_t> chosen = m_model->chosenRows();
    if (chosen.empty() || isBusy() || m_done || m_saving) {
        return false;
    }
    if (!m_session.isOpen() || m_session.isBusy()) {
        m_summary->setText(tr("The vault is locked or busy; nothing was imported."));
        return false;
    }
    auto entries = m_model->preview().chosenEntries(chosen);
    if (!entries) {
        m_summary->setText(tr("Nothing was imported: %1").arg(entries.error()));
        return false;
    }
    QList<QUuid> ids;
    for (const vault::Entry& entry : *entries) {
        ids.append(entry.id());
    }
    const int skipped = m_model->rowCount() - int(ids.size());
    VaultChange change = TokenChanges(m_tokens).add(std::move(*entries));
    // The dialog may be closed before the save ends.
    const QPointer<ImportDialog> self(this);
    change.saved = [self, ids, skipped] {
        if (self) {
            self->finishImport(ids, skipped);
        }
    };
    change.failed = [self](const QString& error) {
        if (self) {
            self->failImport(error);
        }
    };
    m_saving = true;
    updateButtons();
    m_summary->setText(tr("Saving %n accounts…", nullptr, int(ids.size())));
    m_session.apply(std::move(change));
    return m_saving;
}

void ImportDialog::finishImport(const QList<QUuid>& ids, int skipped)
{
    m_saving = false;
    m_done = true;
    const QString added = tr("%n accounts imported.", nullptr, int(ids.size()));
    m_summary->setText(skipped == 0 ? added
                                    : tr("%1 %2", "imported, then left out")
                                          .arg(added, tr("%n rows left out.", nullptr, skipped)));
    emit imported(ids);
    m_table->setEnabled(false);
    m_addFiles->setEnabled(false);
    m_buttons->clear();
    QPushButton* close = m_buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
}

void ImportDialog::failImport(const QString& error)
{
    m_saving = false;
    m_summary->setText(tr("Nothing was imported: %1").arg(error));
    updateButtons();
    emit importFailed(error);
}

void ImportDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_addFiles->setEnabled(!busy && !m_done);
    updateButtons();
    emit busyChanged(busy);
}

void ImportDialog::updateButtons()
{
    if (m_done) {
        return;
    }
    const auto count = int(m_model->chosenRows().size());
    m_import->setText(count == 0 ? tr("Import") : tr("Import %n accounts", nullptr, count));
    m_import->setEnabled(count > 0 && !isBusy());
}

void ImportDialog::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && !m_done) {
        event->acceptProposedAction();
    }
}

void ImportDialog::dropEvent(QDropEvent* event)
{
    QStringList paths;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl& url : urls) {
        if (url.isLocalFile()) {
            paths.append(url.toLocalFile());
        }
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        addFiles(paths);
    }
}

} // namespace tessera::ui
