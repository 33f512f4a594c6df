// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/OtpParameters.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QScreen;
class QSpinBox;

namespace tessera::ui {

class CameraScanDialog;
class ScreenCapture;

// Adds one account: typed by hand, pasted as an otpauth:// link, or scanned from an image file
// (button or drag and drop), the clipboard, a region of the screen or a camera. Core validates
// every change and its message shows under the form; nothing is saved until the user presses Add.
class AddEntryDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddEntryDialog)
public:
    explicit AddEntryDialog(QWidget* parent = nullptr);
    ~AddEntryDialog() override;

    // Texts found by a scan: one fills the form; several are listed to pick from.
    void offerTexts(const QStringList& texts);
    // Scans decode on a worker thread and end with scanFinished().
    void scanFile(const QString& path);
    void scanImage(const QImage& image);
    void scanClipboard();
    // Captures the screen the dialog is on (through the desktop's portal on Wayland), then lets
    // the user pick the region to read.
    void scanScreen();
    // Shows `screenshot` full screen on `screen` for the user to pick a region, then decodes it.
    void scanScreenshot(const QImage& screenshot, QScreen* screen);
    // Opens the camera view; its first frame with accounts comes back here like any scan.
    // Null in builds without Qt Multimedia; without a camera it says so.
    CameraScanDialog* scanCamera();
    // Puts the keyboard focus on the first way to scan, for a person who chose "Scan QR code".
    void focusScanning();

    // The valid parameters the form describes, if it does.
    std::optional<otp::OtpParameters> parameters() const;
    QString validationMessage() const;
    bool isScanning() const { return m_scansRunning > 0; }
    ScreenCapture& screenCapture() const { return *m_capture; }

signals:
    void scanFinished(bool found);
    // A Google Authenticator export (otpauth-migration://) holds several accounts: the import
    // wizard, not this dialog, takes it.
    void migrationFound(const QString& text);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void chooseFile();
    void setUpCameraButton(QPushButton* button);
    void decodeInBackground(std::function<Expected<QStringList>()> decode);
    void useText(const QString& text);
    void fillFrom(const otp::OtpParameters& parameters);
    void validate();
    void showMessage(const QString& message, bool isError);

    QLineEdit* m_uri = nullptr;
    QListWidget* m_found = nullptr;
    QLineEdit* m_issuer = nullptr;
    QLineEdit* m_account = nullptr;
    QLineEdit* m_secret = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_algorithm = nullptr;
    QSpinBox* m_digits = nullptr;
    QSpinBox* m_period = nullptr;
    QSpinBox* m_counter = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_add = nullptr;
    ScreenCapture* m_capture = nullptr;
    QPushButton* m_firstScanButton = nullptr;
    std::optional<otp::OtpParameters> m_parameters;
    bool m_filling = false;
    int m_scansRunning = 0;
};

} // namespace tessera::ui
