// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "util/Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace tessera::ui {

namespace {

QCheckBox* checkBox(const QString& text, const QString& name, bool checked)
{
    auto* box = new QCheckBox(text);
    box->setObjectName(name);
    box->setChecked(checked);
    return box;
}

// A language as its speakers write it ("Deutsch", "Português (Brasil)"), so that someone who
// cannot read the current language still finds their own.
QString nativeLanguageName(const QString& code)
{
    if (code == QLatin1String("en")) {
        return QStringLiteral("English");
    }
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (code.contains(QLatin1Char('_'))) {
        name = QStringLiteral("%1 (%2)").arg(name, locale.nativeTerritoryName());
    }
    if (!name.isEmpty()) {
        name[0] = name.at(0).toUpper();
    }
    return name;
}

} // namespace

SettingsDialog::SettingsDialog(const AppSettings& settings, bool keyringAvailable, bool remembered,
                               QWidget* parent)
    : QDialog(parent), m_clipboardSeconds(new QSpinBox), m_idleMinutes(new QSpinBox),
      m_sortOrder(new QComboBox), m_timeServer(new QLineEdit)
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));

    m_clipboardSeconds->setObjectName(QStringLiteral("clipboardSeconds"));
    m_clipboardSeconds->setRange(5, 600);
    m_clipboardSeconds->setSuffix(tr(" s"));
    m_clipboardSeconds->setValue(int(settings.clipboardClearDelay.count()));
    m_idleMinutes->setObjectName(QStringLiteral("idleMinutes"));
    m_idleMinutes->setRange(0, 24 * 60);
    m_idleMinutes->setSuffix(tr(" min"));
    m_idleMinutes->setSpecialValueText(tr("Never"));
    m_idleMinutes->setValue(settings.idleLockMinutes);
    m_lockOnScreenLock = checkBox(tr("Lock when the screen locks"),
                                  QStringLiteral("lockOnScreenLock"), settings.lockOnScreenLock);
    m_lockOnMinimise = checkBox(tr("Lock when the window is minimised"),
                                QStringLiteral("lockOnMinimise"), settings.lockOnMinimise);
    m_remember = checkBox(tr("Remember in the system keyring (unlock without typing)"),
                          QStringLiteral("rememberKeyring"), remembered);
    m_remember->setEnabled(keyringAvailable);
    if (!keyringAvailable) {
        m_remember->setToolTip(tr("Unlock the vault first; the system keyring must be available."));
    }
    auto* security = new QGroupBox(tr("Security"));
    auto* securityForm = new QFormLayout(security);
    securityForm->addRow(tr("Clear copied codes after"), m_clipboardSeconds);
    securityForm->addRow(tr("Lock after inactivity"), m_idleMinutes);
    securityForm->addRow(m_lockOnScreenLock);
    securityForm->addRow(m_lockOnMinimise);
    securityForm->addRow(m_remember);

    m_hideCodes =
        checkBox(tr("Hide codes until clicked"), QStringLiteral("hideCodes"), settings.hideCodes);
    m_showNext = checkBox(tr("Show the next code on hover"), QStringLiteral("showNextCode"),
                          settings.showNextCode);
    m_sortOrder->setObjectName(QStringLiteral("sortOrder"));
    m_sortOrder->addItems(
        {tr("My order"), tr("Issuer"), tr("Account"), tr("Group"), tr("Recently used")});
    m_sortOrder->setCurrentIndex(settings.sortOrder);
    m_closeToTray = checkBox(tr("Keep running in the tray when the window closes"),
                             QStringLiteral("closeToTray"), settings.closeToTray);
    auto* codes = new QGroupBox(tr("Codes"));
    auto* codesForm = new QFormLayout(codes);
    codesForm->addRow(m_hideCodes);
    codesForm->addRow(m_showNext);
    codesForm->addRow(tr("Sort accounts by"), m_sortOrder);
    codesForm->addRow(m_closeToTray);

    m_checkClock = checkBox(tr("Check this computer's clock against a time server"),
                            QStringLiteral("checkClock"), settings.checkClock);
    m_timeServer->setObjectName(QStringLiteral("timeServer"));
    m_timeServer->setText(settings.timeServer);
    m_timeServer->setPlaceholderText(QStringLiteral("pool.ntp.org"));
    m_timeServer->setEnabled(settings.checkClock);
    connect(m_checkClock, &QCheckBox::toggled, m_timeServer, &QLineEdit::setEnabled);
    auto* clock = new QGroupBox(tr("Clock"));
    auto* clockForm = new QFormLayout(clock);
    clockForm->addRow(m_checkClock);
    clockForm->addRow(tr("Time server (NTP)"), m_timeServer);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(security);
    layout->addWidget(codes);
    layout->addWidget(clock);
    layout->addWidget(createBackupSection(settings));
    layout->addWidget(createLanguageSection(settings));
    layout->addWidget(buttons);
    updateBackupControls();
}

QWidget* SettingsDialog::createBackupSection(const AppSettings& settings)
{
    m_backupEnabled = checkBox(tr("Back up the vault automatically"),
                               QStringLiteral("backupEnabled"), settings.backupEnabled);
    m_backupFolder = new QLineEdit(settings.backupFolder);
    m_backupFolder->setObjectName(QStringLiteral("backupFolder"));
    m_backupFolder->setPlaceholderText(tr("A folder on another drive or a synced folder"));
    m_backupFolder->setAccessibleName(tr("Backup folder"));
    m_backupChoose = new QPushButton(tr("Choose…"));
    m_backupChoose->setObjectName(QStringLiteral("backupChooseFolder"));
    connect(m_backupChoose, &QPushButton::clicked, this, &SettingsDialog::chooseBackupFolder);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_backupFolder, 1);
    folderRow->addWidget(m_backupChoose);

    m_backupTrigger = new QComboBox;
    m_backupTrigger->setObjectName(QStringLiteral("backupTrigger"));
    m_backupTrigger->addItems({tr("After each change"), tr("Daily")});
    m_backupTrigger->setCurrentIndex(settings.backupDaily ? 1 : 0);
    m_backupKeep = new QSpinBox;
    m_backupKeep->setObjectName(QStringLiteral("backupKeep"));
    m_backupKeep->setRange(1, AppSettings::kMaxBackupsKept);
    m_backupKeep->setValue(settings.backupKeep);

    auto* about = new QLabel(
        tr("Backups are copies of your encrypted vault: tessera-backup-DATE-TIME.tessera.\n"
           "Open one with your vault password (tessera --vault COPY-OF-BACKUP), or import it.\n"
           "Only the oldest backups beyond the number kept are deleted."));
    about->setObjectName(QStringLiteral("backupAbout"));
    // Broken by hand, not word-wrapped: the dialog sizes itself before a wrapped label knows its
    // height, which cut its last lines off.
    about->setWordWrap(false);
    about->setForegroundRole(QPalette::PlaceholderText);

    connect(m_backupEnabled, &QCheckBox::toggled, this, &SettingsDialog::updateBackupControls);
    connect(m_backupFolder, &QLineEdit::textChanged, this, &SettingsDialog::updateBackupControls);

    auto* backups = new QGroupBox(tr("Backups"));
    auto* form = new QFormLayout;
    form->addRow(m_backupEnabled);
    form->addRow(tr("Folder"), folderRow);
    form->addRow(tr("Back up"), m_backupTrigger);
    form->addRow(tr("Backups to keep"), m_backupKeep);
    auto* column = new QVBoxLayout(backups);
    column->addLayout(form);
    column->addWidget(about);
    return backups;
}

QWidget* SettingsDialog::createLanguageSection(const AppSettings& settings)
{
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    for (const QString& code : availableLanguages()) {
        m_language->addItem(nativeLanguageName(code), code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language)));
    // Widgets set their texts once, when they are built: a new language needs a new start.
    auto* note = new QLabel(tr("A new language takes effect when Tessera restarts."));
    note->setObjectName(QStringLiteral("languageNote"));
    note->setForegroundRole(QPalette::PlaceholderText);

    auto* section = new QGroupBox(tr("Language"));
    auto* form = new QFormLayout(section);
    form->addRow(tr("Language"), m_language);
    form->addRow(note);
    return section;
}

void SettingsDialog::chooseBackupFolder()
{
    // Window-modal and non-blocking, like the other dialogs: tests can answer it.
    auto* picker = new QFileDialog(this, tr("Choose the backup folder"), m_backupFolder->text());
    picker->setObjectName(QStringLiteral("backupFolderPicker"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setFileMode(QFileDialog::Directory);
    picker->setOption(QFileDialog::ShowDirsOnly);
    connect(picker, &QFileDialog::fileSelected, m_backupFolder, &QLineEdit::setText);
    picker->open();
}

void SettingsDialog::updateBackupControls()
{
    const bool enabled = m_backupEnabled->isChecked();
    m_backupFolder->setEnabled(enabled);
    m_backupChoose->setEnabled(enabled);
    m_backupTrigger->setEnabled(enabled);
    m_backupKeep->setEnabled(enabled);
    // Backups without a folder would silently be none.
    const bool missingFolder = enabled && m_backupFolder->text().trimmed().isEmpty();
    m_ok->setEnabled(!missingFolder);
    m_ok->setToolTip(missingFolder ? tr("Choose a folder for the backups.") : QString());
}

AppSettings SettingsDialog::settings() const
{
    AppSettings settings;
    settings.clipboardClearDelay = std::chrono::seconds(m_clipboardSeconds->value());
    settings.idleLockMinutes = m_idleMinutes->value();
    settings.lockOnScreenLock = m_lockOnScreenLock->isChecked();
    settings.lockOnMinimise = m_lockOnMinimise->isChecked();
    settings.hideCodes = m_hideCodes->isChecked();
    settings.showNextCode = m_showNext->isChecked();
    settings.sortOrder = m_sortOrder->currentIndex();
    settings.closeToTray = m_closeToTray->isChecked();
    settings.checkClock = m_checkClock->isChecked();
    const QString server = m_timeServer->text().trimmed();
    settings.timeServer = server.isEmpty() ? AppSettings().timeServer : server;
    settings.backupEnabled = m_backupEnabled->isChecked();
    settings.backupFolder = m_backupFolder->text().trimmed();
    settings.backupDaily = m_backupTrigger->currentIndex() == 1;
    settings.backupKeep = m_backupKeep->value();
    settings.language = m_language->currentData().toString();
    return settings;
}

bool SettingsDialog::rememberInKeyring() const
{
    return m_remember->isChecked();
}

} // namespace tessera::ui
