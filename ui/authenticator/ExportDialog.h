// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transfer/Exporter.h"

#include <QDialog>
#include <QImage>
#include <QStringList>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace tessera::ui {

class VaultSession;

// The export dialog: writes every account of the open vault to a file in one of core's formats,
// or shows them as Google Authenticator migration QR codes, one by one. Anything unencrypted is
// written or shown only after the user confirms what it means.
class ExportDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)
public:
    static constexpr int kShowSeconds = 60;

    // Asked before anything unencrypted is written or shown; answers true to go on. The
    // answer may come later (the default asks in a window-modal box).
    using ConfirmPlain =
        std::function<void(transfer::ExportFormat format, std::function<void(bool)> answer)>;
    // Asked for the file to write, given a suggested path; answers an empty path to cancel.
    using ChoosePath =
        std::function<void(const QString& suggested, std::function<void(const QString&)> answer)>;

    explicit ExportDialog(VaultSession& session, QWidget* parent = nullptr);
    ~ExportDialog() override;

    // Tests answer the confirmation and the file choice themselves, without a modal box.
    void setConfirmPlain(ConfirmPlain confirm) { m_confirmPlain = std::move(confirm); }
    void setChoosePath(ChoosePath choose) { m_choosePath = std::move(choose); }
    // Tests lower the KDFs and fix the random source; the password is always the dialog's own.
    void setBaseOptions(transfer::ExportOptions options);

    void setFormat(transfer::ExportFormat format);
    transfer::ExportFormat format() const;
    bool canExport() const;
    bool isBusy() const { return m_writing; }

    // What the Export button does: confirm, choose a file, write it off the UI thread (or show
    // the QR codes). Returns false when the form does not allow an export yet.
    bool startExport();

    // The Google Authenticator view: how many codes, which one shows, and the image shown.
    bool isShowingCodes() const;
    int codeCount() const { return int(m_codes.size()); }
    int currentCode() const { return m_current; }
    QImage currentCodeImage() const { return m_codeImage; }
    void showCode(int index);
    // Hides the codes and forgets them, as 60 seconds without interaction do.
    void hideCodes();

signals:
    void busyChanged(bool busy);
    // After a file was written: its path and how many accounts it holds.
    void exported(const QString& path, int accounts);

private:
    using Result = std::shared_ptr<Expected<transfer::ExportOutput>>;

    bool needsPassword() const;
    void confirmPlainByAsking(transfer::ExportFormat format, std::function<void(bool)> answer);
    void choosePathByAsking(const QString& suggested, std::function<void(const QString&)> answer);
    void askPath(transfer::ExportFormat chosen);
    void setAsking(bool asking);
    QString suggestedPath() const;
    void writeFile(const QString& path, transfer::ExportFormat chosen);
    void finishWrite(const Result& result);
    void showGoogleCodes();
    void tick();
    void forgetCodes();
    void setBusy(bool busy);
    void updateForm();
    void clearPasswords();

    VaultSession& m_session;
    transfer::ExportOptions m_baseOptions;
    ConfirmPlain m_confirmPlain;
    ChoosePath m_choosePath;
    bool m_writing = false;
    // A confirmation or file choice is open.
    bool m_asking = false;
    QString m_writingPath;
    int m_writingCount = 0;

    QStringList m_codes;
    int m_current = -1;
    QImage m_codeImage;
    QTimer* m_hideTimer = nullptr;
    int m_secondsLeft = kShowSeconds;

    QStackedWidget* m_pages = nullptr;
    QComboBox* m_format = nullptr;
    QLabel* m_explanation = nullptr;
    QCheckBox* m_encrypt = nullptr;
    QFormLayout* m_fields = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_message = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_status = nullptr;

    QLabel* m_codeLabel = nullptr;
    QLabel* m_codePosition = nullptr;
    QLabel* m_countdown = nullptr;
    QLabel* m_skipped = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;

    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_export = nullptr;
};

} // namespace tessera::ui
