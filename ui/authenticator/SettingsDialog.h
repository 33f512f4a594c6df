// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace tessera::ui {

// Edits AppSettings (clipboard delay, locking, how codes show, the time server, automatic
// backups, the language) and whether the vault's key is remembered in the system keyring. The
// caller applies and stores the result.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `keyringAvailable` false greys the keyring choice out (locked vault or no keyring support).
    SettingsDialog(const AppSettings& settings, bool keyringAvailable, bool remembered,
                   QWidget* parent = nullptr);

    AppSettings settings() const;
    bool rememberInKeyring() const;

private:
    QWidget* createBackupSection(const AppSettings& settings);
    QWidget* createLanguageSection(const AppSettings& settings);
    void chooseBackupFolder();
    void updateBackupControls();

    QSpinBox* m_clipboardSeconds = nullptr;
    QSpinBox* m_idleMinutes = nullptr;
    QCheckBox* m_lockOnScreenLock = nullptr;
    QCheckBox* m_lockOnMinimise = nullptr;
    QCheckBox* m_remember = nullptr;
    QCheckBox* m_hideCodes = nullptr;
    QCheckBox* m_showNext = nullptr;
    QComboBox* m_sortOrder = nullptr;
    QCheckBox* m_checkClock = nullptr;
    QLineEdit* m_timeServer = nullptr;
    QCheckBox* m_closeToTray = nullptr;
    QCheckBox* m_backupEnabled = nullptr;
    QLineEdit* m_backupFolder = nullptr;
    QPushButton* m_backupChoose = nullptr;
    QComboBox* m_backupTrigger = nullptr;
    QSpinBox* m_backupKeep = nullptr;
    QComboBox* m_language = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace tessera::ui
