// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportDialog.h"

#include "widgets/BackgroundWork.h"
#include "widgets/InlineMessage.h"

#include "authenticator/VaultSession.h"
#include "crypto/SecureBytes.h"
#include "scan/QrEncoder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace tessera::ui {

using transfer::ExportFormat;
using transfer::ExportOutput;

namespace {

// The largest side of a shown QR code, in pixels; a batch of ten accounts makes a dense code, so
// its modules shrink to fit rather than the dialog growing past the screen.
constexpr int kCodeSide = 400;

void wipe(QString& text)
{
    text.fill(QLatin1Char('\0'));
    text.clear();
}

} // namespace

ExportDialog::ExportDialog(VaultSession& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_hideTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export accounts"));
    m_confirmPlain = [this](ExportFormat format, std::function<void(bool)> answer) {
        confirmPlainByAsking(format, std::move(answer));
    };
    m_choosePath = [this](const QString& suggested, std::function<void(const QString&)> answer) {
        choosePathByAsking(suggested, std::move(answer));
    };

    // The form: format, password, progress and outcome.
    auto* form = new QWidget;
    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("format"));
    m_format->setAccessibleName(tr("Export format"));
    m_format->addItem(tr("Tessera backup (encrypted)"), int(ExportFormat::Tessera));
    m_format->addItem(tr("Aegis (encrypted or plain)"), int(ExportFormat::Aegis));
    m_format->addItem(tr("Google Authenticator (QR codes on screen)"),
                      int(ExportFormat::GoogleMigration));
    m_format->addItem(tr("List of otpauth links (plain text)"), int(ExportFormat::UriList));
    m_format->addItem(tr("Printable page (HTML, for paper)"), int(ExportFormat::Html));
    m_explanation = new QLabel;
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setForegroundRole(QPalette::PlaceholderText);

    m_encrypt = new QCheckBox(tr("Encrypt with a password"));
    m_encrypt->setObjectName(QStringLiteral("encrypt"));
    m_encrypt->setChecked(true);
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("exportPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Export password"));
    m_repeat = new QLineEdit;
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setAccessibleName(tr("Repeat the export password"));

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("passwordMessage"));
    m_message->setWordWrap(true);
    // The KDF takes about half a second, more on a slow machine: say the dialog is working.
    m_busy = new QProgressBar;
    m_busy->setObjectName(QStringLiteral("busy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    // One form, so the fields line up; rows a format does not use are hidden.
    m_fields = new QFormLayout;
    m_fields->addRow(tr("Format:"), m_format);
    m_fields->addRow(QString(), m_explanation);
    m_fields->addRow(QString(), m_encrypt);
    m_fields->addRow(tr("Password:"), m_password);
    m_fields->addRow(tr("Repeat:"), m_repeat);
    m_fields->addRow(QString(), m_message);
    formLayout->addLayout(m_fields);
    formLayout->addStretch(1);
    formLayout->addWidget(m_busy);
    formLayout->addWidget(m_status);

    // The Google Authenticator view: one code at a time.
    auto* codes = new QWidget;
    auto* warning = new QLabel(tr("These codes carry your secrets. Anyone who sees or photographs "
                                  "them can generate your codes: scan them only with your own "
                                  "phone, where nobody can look on."));
    warning->setObjectName(QStringLiteral("codesWarning"));
    warning->setWordWrap(true);
    m_codeLabel = new QLabel;
    m_codeLabel->setObjectName(QStringLiteral("qrImage"));
    m_codeLabel->setAlignment(Qt::AlignCenter);
    m_codePosition = new QLabel;
    m_codePosition->setObjectName(QStringLiteral("codePosition"));
    m_previous = new QPushButton(tr("Previous"));
    m_previous->setObjectName(QStringLiteral("previousCode"));
    m_next = new QPushButton(tr("Next"));
    m_next->setObjectName(QStringLiteral("nextCode"));
    connect(m_previous, &QPushButton::clicked, this, [this] { showCode(m_current - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showCode(m_current + 1); });
    m_countdown = new QLabel;
    m_countdown->setObjectName(QStringLiteral("countdown"));
    m_countdown->setForegroundRole(QPalette::PlaceholderText);
    m_skipped = new QLabel;
    m_skipped->setObjectName(QStringLiteral("skipped"));
    m_skipped->setWordWrap(true);
    auto* hide = new QPushButton(tr("Hide codes"));
    hide->setObjectName(QStringLiteral("hideCodes"));
    connect(hide, &QPushButton::clicked, this, &ExportDialog::hideCodes);
    auto* navigation = new QHBoxLayout;
    navigation->addWidget(m_previous);
    navigation->addStretch(1);
    navigation->addWidget(m_codePosition);
    navigation->addStretch(1);
    navigation->addWidget(m_next);
    auto* codesLayout = new QVBoxLayout(codes);
    codesLayout->setContentsMargins(0, 0, 0, 0);
    codesLayout->addWidget(warning);
    codesLayout->addWidget(m_codeLabel, 1);
    codesLayout->addLayout(navigation);
    auto* hideRow = new QHBoxLayout;
    hideRow->addWidget(m_countdown, 1);
    hideRow->addWidget(hide);
    codesLayout->addLayout(hideRow);
    codesLayout->addWidget(m_skipped);

    m_pages = new QStackedWidget;
    m_pages->addWidget(form);
    m_pages->addWidget(codes);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_export = m_buttons->addButton(tr("Export…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        m_status->clear();
        updateForm();
    });
    connect(m_encrypt, &QCheckBox::toggled, this, &ExportDialog::updateForm);
    connect(m_password, &QLineEdit::textChanged, this, &ExportDialog::updateForm);
    connect(m_repeat, &QLineEdit::textChanged, this, &ExportDialog::updateForm);

    m_hideTimer->setObjectName(QStringLiteral("hideTimer"));
    m_hideTimer->setInterval(1000);
    connect(m_hideTimer, &QTimer::timeout, this, &ExportDialog::tick);
    // Hiding the codes forgets them, so a dialog closed or rejected (the vault locking) leaves
    // no secret behind on screen or in memory.
    connect(this, &QDialog::finished, this, &ExportDialog::hideCodes);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);
    updateForm();
    resize(520, sizeHint().height());
}

ExportDialog::~ExportDialog()
{
    forgetCodes();
}

void ExportDialog::setBaseOptions(transfer::ExportOptions options)
{
    options.password = nullptr;
    m_baseOptions = std::move(options);
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

bool ExportDialog::needsPassword() const
{
    return format() == ExportFormat::Tessera ||
           (format() == ExportFormat::Aegis && m_encrypt->isChecked());
}

bool ExportDialog::canExport() const
{
    if (isBusy() || m_asking || isShowingCodes() || m_session.vault() == nullptr) {
        return false;
    }
    return !needsPassword() ||
           (!m_password->text().isEmpty() && m_password->text() == m_repeat->text());
}

void ExportDialog::updateForm()
{
    switch (format()) {
    case ExportFormat::Tessera:
        m_explanation->setText(tr("A copy of your vault that Tessera opens with the password you "
                                  "set here. The safest way to keep a backup."));
        break;
    case ExportFormat::Aegis:
        m_explanation->setText(tr("A file Aegis and many other apps import. Encrypt it unless "
                                  "the app you move to cannot read encrypted Aegis files."));
        break;
    case ExportFormat::GoogleMigration:
        m_explanation->setText(tr("Shows QR codes, ten accounts each, to scan with Google "
                                  "Authenticator or another app that reads them. Nothing is "
                                  "written to disk."));
        break;
    case ExportFormat::UriList:
        m_explanation->setText(tr("A text file with one otpauth:// link per account, which most "
                                  "authenticator apps import. Not encrypted."));
        break;
    case ExportFormat::Html:
        m_explanation->setText(tr("A page with one QR code per account to print and keep "
                                  "somewhere safe. Not encrypted."));
        break;
    }
    const bool aegis = format() == ExportFormat::Aegis;
    m_fields->setRowVisible(m_encrypt, aegis);
    m_fields->setRowVisible(m_password, needsPassword());
    m_fields->setRowVisible(m_repeat, needsPassword());
    m_export->setText(format() == ExportFormat::GoogleMigration ? tr("Show QR codes…")
                                                                : tr("Export…"));

    if (!needsPassword()) {
        m_message->clear();
    } else if (m_password->text().isEmpty()) {
        showInlineMessage(m_message, tr("Choose a password for the export."), false);
    } else if (m_repeat->text().isEmpty()) {
        showInlineMessage(m_message,
                          tr("Repeat the password to make sure it is the one you meant."), false);
    } else if (m_password->text() != m_repeat->text()) {
        showInlineMessage(m_message, tr("The passwords do not match."), true);
    } else {
        showInlineMessage(m_message,
                          tr("Keep this password: the export cannot be opened without it."), false);
    }
    const bool idle = !isBusy() && !m_asking;
    m_format->setEnabled(idle);
    m_encrypt->setEnabled(idle);
    m_password->setEnabled(idle);
    m_repeat->setEnabled(idle);
    m_export->setVisible(!isShowingCodes());
    m_export->setEnabled(canExport());
}

bool ExportDialog::startExport()
{
    if (!canExport()) {
        return false;
    }
    m_status->clear();
    const ExportFormat chosen = format();
    if (needsPassword()) {
        askPath(chosen);
        return true;
    }
    setAsking(true);
    // The answer may come after the dialog is gone (closed, or the vault locked meanwhile).
    m_confirmPlain(chosen, [this, alive = QPointer<ExportDialog>(this), chosen](bool proceed) {
        if (!alive) {
            return;
        }
        setAsking(false);
        if (!proceed) {
            showInlineMessage(m_status, tr("Nothing was exported."), false);
        } else if (chosen == ExportFormat::GoogleMigration) {
            showGoogleCodes();
        } else {
            askPath(chosen);
        }
    });
    return true;
}

void ExportDialog::askPath(ExportFormat chosen)
{
    setAsking(true);
    m_choosePath(suggestedPath(),
                 [this, alive = QPointer<ExportDialog>(this), chosen](const QString& path) {
                     if (!alive) {
                         return;
                     }
                     setAsking(false);
                     if (path.isEmpty()) {
                         showInlineMessage(m_status, tr("Nothing was exported."), false);
                     } else {
                         writeFile(path, chosen);
                     }
                 });
}

void ExportDialog::setAsking(bool asking)
{
    m_asking = asking;
    updateForm();
}

void ExportDialog::confirmPlainByAsking(ExportFormat format, std::function<void(bool)> answer)
{
    // Window-modal and not blocking: a nested event loop could see this dialog deleted under it
    // when the vault locks.
    auto* box =
        new QMessageBox(QMessageBox::Warning, QString(), QString(), QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("confirmPlain"));
    QPushButton* proceed = nullptr;
    if (format == ExportFormat::GoogleMigration) {
        box->setWindowTitle(tr("Show secrets on screen?"));
        box->setText(tr("The QR codes show every secret in this vault."));
        box->setInformativeText(tr("Anyone who sees or photographs them can generate your codes. "
                                   "Show them only where nobody can look on, and only to scan "
                                   "them with your own phone."));
        proceed = box->addButton(tr("Show QR codes"), QMessageBox::AcceptRole);
    } else {
        box->setWindowTitle(tr("Export without encryption?"));
        box->setText(tr("This file will hold every secret in this vault unencrypted."));
        box->setInformativeText(tr("Anyone who can read the file can generate your codes. Keep "
                                   "it offline, on a drive only you use, and delete it as soon "
                                   "as you no longer need it."));
        proceed = box->addButton(tr("Export unencrypted"), QMessageBox::AcceptRole);
    }
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [box, proceed, answer = std::move(answer)] {
        answer(box->clickedButton() == proceed);
    });
    box->open();
}

QString ExportDialog::suggestedPath() const
{
    QString extension;
    switch (format()) {
    case ExportFormat::Tessera:
        extension = QStringLiteral(".tessera");
        break;
    case ExportFormat::Aegis:
        extension = QStringLiteral(".aegis.json");
        break;
    case ExportFormat::UriList:
    case ExportFormat::GoogleMigration:
        extension = QStringLiteral(".txt");
        break;
    case ExportFormat::Html:
        extension = QStringLiteral(".html");
        break;
    }
    const QString name =
        QStringLiteral("tessera-export-%1%2")
            .arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")), extension);
    return QDir::home().filePath(name);
}

void ExportDialog::choosePathByAsking(const QString& suggested,
                                      std::function<void(const QString&)> answer)
{
    auto* picker = new QFileDialog(this, tr("Export to"), suggested);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setAcceptMode(QFileDialog::AcceptSave);
    picker->setFileMode(QFileDialog::AnyFile);
    // No overwrite question: core never replaces a file, and says so if the name is taken.
    picker->setOptions(QFileDialog::DontUseNativeDialog | QFileDialog::DontConfirmOverwrite);
    picker->selectFile(suggested);
    connect(picker, &QFileDialog::finished, this, [picker, answer = std::move(answer)](int result) {
        const QStringList chosen = picker->selectedFiles();
        answer(result == QDialog::Accepted && !chosen.isEmpty() ? chosen.constFirst() : QString());
    });
    picker->open();
}

void ExportDialog::writeFile(const QString& path, ExportFormat chosen)
{
    const vault::Vault* vault = m_session.vault();
    if (vault == nullptr || m_session.isBusy()) {
        showInlineMessage(m_status, tr("The vault is locked or busy; nothing was exported."), true);
        return;
    }
    // The task works on its own copy, so locking the vault meanwhile cannot pull it away; the
    // copy and the password live in wiped memory and go when the task does.
    auto copy = std::make_shared<vault::Vault>(vault->clone());
    std::shared_ptr<crypto::SecureBytes> password;
    if (chosen == ExportFormat::Tessera ||
        (chosen == ExportFormat::Aegis && m_encrypt->isChecked())) {
        password = std::make_shared<crypto::SecureBytes>(
            crypto::SecureBytes::fromView(m_password->text().toUtf8()));
    }
    clearPasswords();
    transfer::ExportOptions options = m_baseOptions;
    m_writingPath = path;
    m_writingCount = int(vault->size());
    m_writing = true;
    whenFinished(this, runInBackground([copy, password, options, chosen, path]() mutable {
                     options.password = password.get();
                     auto written = transfer::Exporter::exportToFile(*copy, chosen, path, options);
                     if (written) {
                         // The bytes are on disk; the copy in memory may hold secrets in the clear.
                         written->data.fill('\0');
                     }
                     return std::make_shared<Expected<ExportOutput>>(std::move(written));
                 }),
                 [this](const Result& result) { finishWrite(result); });
    setBusy(true);
}

void ExportDialog::finishWrite(const Result& result)
{
    m_writing = false;
    setBusy(false);
    if (!*result) {
        showInlineMessage(m_status, tr("Nothing was exported: %1").arg(result->error()), true);
        return;
    }
    const QStringList& skipped = (*result)->skipped;
    const int written = m_writingCount - int(skipped.size());
    const QString wrote = tr("Wrote %n accounts to %1.", nullptr, written)
                              .arg(QDir::toNativeSeparators(m_writingPath));
    showInlineMessage(m_status,
                      skipped.isEmpty() ? wrote
                                        : tr("%1 Not included (the format cannot hold them): %2",
                                             "wrote, then the left-out accounts")
                                              .arg(wrote, skipped.join(QStringLiteral(", "))),
                      false);
    emit exported(m_writingPath, written);
}

void ExportDialog::showGoogleCodes()
{
    const vault::Vault* vault = m_session.vault();
    if (vault == nullptr) {
        return;
    }
    auto output =
        transfer::Exporter::exportData(*vault, ExportFormat::GoogleMigration, m_baseOptions);
    if (!output) {
        showInlineMessage(m_status, tr("Could not make the QR codes: %1").arg(output.error()),
                          true);
        return;
    }
    QString text = QString::fromUtf8(output->data);
    output->data.fill('\0');
    m_codes = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    wipe(text);
    const QStringList& skipped = output->skipped;
    if (m_codes.isEmpty()) {
        showInlineMessage(m_status,
                          skipped.isEmpty()
                              ? tr("There are no accounts to show.")
                              : tr("Google Authenticator cannot hold any of these accounts: %1")
                                    .arg(skipped.join(QStringLiteral(", "))),
                          true);
        return;
    }
    m_skipped->setText(skipped.isEmpty()
                           ? QString()
                           : tr("Not included (Google Authenticator cannot hold them): %1")
                                 .arg(skipped.join(QStringLiteral(", "))));
    m_skipped->setVisible(!skipped.isEmpty());
    m_pages->setCurrentIndex(1);
    showCode(0);
    updateForm();
    // The code's size is the layout's minimum now: let the nested layouts take it in, then grow
    // to it before anything paints. adjustSize() stops at two thirds of the screen's height,
    // which would cover the code's lower edge on a small screen; a whole code matters more.
    for (QLayout* nested : {m_codeLabel->parentWidget()->layout(), m_pages->layout(), layout()}) {
        nested->activate();
    }
    adjustSize();
    resize(width(), std::max(height(), layout()->totalHeightForWidth(width())));
}

bool ExportDialog::isShowingCodes() const
{
    return !m_codes.isEmpty();
}

void ExportDialog::showCode(int index)
{
    if (index < 0 || index >= codeCount()) {
        return;
    }
    m_current = index;
    m_codeImage = QImage();
    const auto matrix = scan::QrEncoder::encode(m_codes.at(index));
    if (!matrix) {
        m_codeLabel->setText(matrix.error());
    } else {
        const int side = matrix->size() + 2 * 4;
        m_codeImage = scan::QrEncoder::toImage(*matrix, std::max(3, kCodeSide / side), 4);
        m_codeLabel->setPixmap(QPixmap::fromImage(m_codeImage));
        // Never clipped by a small window: a code without its quiet zone may not scan.
        m_codeLabel->setMinimumSize(m_codeImage.size());
    }
    m_codeLabel->setAccessibleName(tr("QR code %1 of %2").arg(index + 1).arg(codeCount()));
    m_codePosition->setText(tr("Code %1 of %2").arg(index + 1).arg(codeCount()));
    m_previous->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < codeCount());
    // Every step through the codes counts as the user still being there.
    m_secondsLeft = kShowSeconds;
    tick();
    m_hideTimer->start();
}

void ExportDialog::tick()
{
    if (m_secondsLeft <= 0) {
        hideCodes();
        showInlineMessage(m_status,
                          tr("The QR codes were hidden after %n seconds without use. Show them "
                             "again to go on.",
                             nullptr, kShowSeconds),
                          false);
        return;
    }
    m_countdown->setText(tr("Hides in %n seconds", nullptr, m_secondsLeft));
    --m_secondsLeft;
}

void ExportDialog::forgetCodes()
{
    m_hideTimer->stop();
    for (QString& code : m_codes) {
        wipe(code);
    }
    m_codes.clear();
    m_current = -1;
    m_codeImage = QImage();
}

void ExportDialog::hideCodes()
{
    const bool wasShowing = isShowingCodes();
    forgetCodes();
    m_codeLabel->clear();
    m_codeLabel->setMinimumSize(0, 0);
    m_skipped->clear();
    m_pages->setCurrentIndex(0);
    updateForm();
    if (wasShowing) {
        // Back to the form's own height, not the codes' one.
        resize(width(), minimumSizeHint().height());
    }
}

void ExportDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    updateForm();
    emit busyChanged(busy);
}

void ExportDialog::clearPasswords()
{
    m_password->clear();
    m_repeat->clear();
}

} // namespace tessera::ui
