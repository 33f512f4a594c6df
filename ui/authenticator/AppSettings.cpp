// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"

#include "util/Translations.h"

#include <QSettings>

#include <algorithm>

namespace tessera::ui {

namespace {

// Limits that keep a hand-edited settings file from disabling the clipboard clearing or setting
// an absurd lock time.
constexpr int kMinClipboardSeconds = 5;
constexpr int kMaxClipboardSeconds = 600;
constexpr int kMaxIdleMinutes = 24 * 60;

} // namespace

std::optional<transfer::AutoBackup::Settings> AppSettings::autoBackup() const
{
    if (!backupEnabled || backupFolder.isEmpty()) {
        return std::nullopt;
    }
    transfer::AutoBackup::Settings settings;
    settings.folder = backupFolder;
    settings.trigger = backupDaily ? transfer::AutoBackup::Trigger::Daily
                                   : transfer::AutoBackup::Trigger::AfterEachChange;
    settings.keep = backupKeep;
    return settings;
}

AppSettings AppSettings::load(const QSettings& store)
{
    const AppSettings defaults;
    AppSettings settings;
    settings.clipboardClearDelay =
        std::chrono::seconds(std::clamp(store
                                            .value(QStringLiteral("clipboard/clearSeconds"),
                                                   int(defaults.clipboardClearDelay.count()))
                                            .toInt(),
                                        kMinClipboardSeconds, kMaxClipboardSeconds));
    settings.idleLockMinutes = std::clamp(
        store.value(QStringLiteral("lock/idleMinutes"), defaults.idleLockMinutes).toInt(), 0,
        kMaxIdleMinutes);
    settings.hideCodes = store.value(QStringLiteral("codes/hideUntilClicked"), false).toBool();
    settings.showNextCode = store.value(QStringLiteral("codes/showNext"), true).toBool();
    settings.lockOnScreenLock = store.value(QStringLiteral("lock/onScreenLock"), true).toBool();
    settings.lockOnMinimise = store.value(QStringLiteral("lock/onMinimise"), false).toBool();
    settings.checkClock = store.value(QStringLiteral("clock/check"), true).toBool();
    settings.timeServer =
        store.value(QStringLiteral("clock/server"), defaults.timeServer).toString().trimmed();
    settings.sortOrder =
        std::clamp(store.value(QStringLiteral("codes/sortOrder"), 0).toInt(), 0, 4);
    settings.closeToTray = store.value(QStringLiteral("window/closeToTray"), false).toBool();
    settings.backupEnabled = store.value(QStringLiteral("backup/enabled"), false).toBool();
    settings.backupFolder = store.value(QStringLiteral("backup/folder")).toString();
    settings.backupDaily =
        store.value(QStringLiteral("backup/trigger")).toString() == QLatin1String("daily");
    settings.backupKeep =
        std::clamp(store.value(QStringLiteral("backup/keep"), defaults.backupKeep).toInt(), 1,
                   kMaxBackupsKept);
    // A language Tessera no longer has (or a hand-edited typo) means the system's.
    const QString language = store.value(QStringLiteral("ui/language")).toString();
    settings.language = availableLanguages().contains(language) ? language : QString();
    return settings;
}

void AppSettings::save(QSettings& store) const
{
    store.setValue(QStringLiteral("clipboard/clearSeconds"), int(clipboardClearDelay.count()));
    store.setValue(QStringLiteral("lock/idleMinutes"), idleLockMinutes);
    store.setValue(QStringLiteral("codes/hideUntilClicked"), hideCodes);
    store.setValue(QStringLiteral("codes/showNext"), showNextCode);
    store.setValue(QStringLiteral("lock/onScreenLock"), lockOnScreenLock);
    store.setValue(QStringLiteral("lock/onMinimise"), lockOnMinimise);
    store.setValue(QStringLiteral("clock/check"), checkClock);
    store.setValue(QStringLiteral("clock/server"), timeServer);
    store.setValue(QStringLiteral("codes/sortOrder"), sortOrder);
    store.setValue(QStringLiteral("window/closeToTray"), closeToTray);
    store.setValue(QStringLiteral("backup/enabled"), backupEnabled);
    store.setValue(QStringLiteral("backup/folder"), backupFolder);
    store.setValue(QStringLiteral("backup/trigger"),
                   backupDaily ? QStringLiteral("daily") : QStringLiteral("change"));
    store.setValue(QStringLiteral("backup/keep"), backupKeep);
    store.setValue(QStringLiteral("ui/language"), language);
}

} // namespace tessera::ui
