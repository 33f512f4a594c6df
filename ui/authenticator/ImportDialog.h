// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transfer/ImportResult.h"

#include <QByteArray>
#include <QDialog>
#include <QList>
#include <QStringList>
#include <QUuid>

#include <memory>
#include <optional>
#include <vector>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace tessera::ui {

class ImportPreviewModel;
class TokenListModel;
class VaultSession;

// The import wizard: files picked or dropped are read by core (format from the content, an
// encrypted export asks for its password), shown as a preview to choose from, and only "Import"
// touches the vault: its entries are added through the token model and saved with
// VaultSession::apply, like every other change, and taken back if that save fails.
class ImportDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)
public:
    // `tokens` shows the open vault; the imported entries are added through it.
    ImportDialog(VaultSession& session, TokenListModel& tokens, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Reads each file in turn; an encrypted one waits for its password.
    void addFiles(const QStringList& paths);
    // Reads text that came from elsewhere (a scanned otpauth-migration:// QR code), named `label`.
    void addText(const QString& text, const QString& label);
    // Gives the password of the encrypted file waiting for one, and reads it again.
    void submitPassword(const QString& password);

    bool isBusy() const { return m_reading.has_value(); }
    bool isWaitingForPassword() const { return m_waiting.has_value(); }
    ImportPreviewModel* model() const { return m_model; }
    // Adds the chosen rows and hands them to the save (imported() or importFailed() follows);
    // false when nothing was added.
    bool importChosen();
    // Whether an import is being saved.
    bool isSaving() const { return m_saving; }

signals:
    void busyChanged(bool busy);
    void previewChanged();
    // After the save: the ids of the new entries.
    void imported(const QList<QUuid>& ids);
    // The save failed and the entries were taken out again; `message` says why.
    void importFailed(const QString& message);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    struct Source
    {
        QString label;
        QByteArray data;
    };

    void chooseFiles();
    void readNext();
    void read(Source source, const QString& password);
    void finishRead(const std::shared_ptr<transfer::ImportResult>& result);
    void askPassword(bool wrong);
    void skipWaiting();
    void rebuildPreview();
    void setBusy(bool busy);
    void updateButtons();
    void finishImport(const QList<QUuid>& ids, int skipped);
    void failImport(const QString& error);

    VaultSession& m_session;
    TokenListModel& m_tokens;
    ImportPreviewModel* m_model = nullptr;
    std::vector<Source> m_queue;
    std::optional<Source> m_waiting;
    std::optional<Source> m_reading;
    std::vector<transfer::ImportResult> m_results;
    QStringList m_resultNames;
    bool m_done = false;
    bool m_saving = false;

    QPushButton* m_addFiles = nullptr;
    QLabel* m_intro = nullptr;
    QWidget* m_passwordRow = nullptr;
    QLabel* m_passwordMessage = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_unlock = nullptr;
    QProgressBar* m_busy = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace tessera::ui
