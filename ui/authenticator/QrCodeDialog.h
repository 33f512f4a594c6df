// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QTimer>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace tessera::ui {

class ClipboardGuard;

// Shows an account as a QR code to move it to a phone. The code carries the secret, so it shows
// only after the user confirms, and the dialog closes itself after 60 seconds.
class QrCodeDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QrCodeDialog)
public:
    static constexpr int kShowSeconds = 60;

    // `uri` is the entry's otpauth:// URI; `name` says whose it is.
    QrCodeDialog(const QString& uri, const QString& name, ClipboardGuard& clipboard,
                 QWidget* parent = nullptr);
    ~QrCodeDialog() override;

    bool isCodeShown() const;
    void showCode();

private:
    void tick();

    QString m_uri;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_code = nullptr;
    QLabel* m_countdown = nullptr;
    QTimer m_timer;
    int m_secondsLeft = kShowSeconds;
};

} // namespace tessera::ui
