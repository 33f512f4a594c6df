// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QTimer>

#include <chrono>

namespace tessera::ui {

// Puts secrets on the clipboard marked as such, so clipboard managers and histories skip them, and
// clears them after a delay, unless something else was copied since.
class ClipboardGuard : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClipboardGuard)
public:
    static constexpr std::chrono::milliseconds kDefaultClearDelay{30000};

    explicit ClipboardGuard(QObject* parent = nullptr);
    // A code copied a moment before quitting does not outlive the application.
    ~ClipboardGuard() override;

    void setClearDelay(std::chrono::milliseconds delay) { m_delay = delay; }
    std::chrono::milliseconds clearDelay() const { return m_delay; }

    // The formats that mark clipboard content as a secret on this platform, with their values:
    // x-kde-passwordManagerHint on Linux and the BSDs (Klipper, CopyQ and others honour it),
    // org.nspasteboard.ConcealedType on macOS, and on Windows the formats that keep it out of
    // clipboard monitors, the clipboard history and the cloud clipboard.
    static QList<QPair<QString, QByteArray>> secretMarkers();

    void copySecret(const QString& text);
    // Clears now if the clipboard still holds what we put there (on lock and quit).
    void clearIfOurs();

signals:
    void cleared();

private:
    bool clipboardHoldsOurs() const;

    std::chrono::milliseconds m_delay = kDefaultClearDelay;
    QTimer m_timer;
    QString m_copied;
};

} // namespace tessera::ui
