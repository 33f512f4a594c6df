// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"

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
}

} // namespace tessera::ui
