// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "util/Expected.h"
#include "vault/VaultFile.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace tessera::ui {

// The vault file the authenticator shows, open or locked. Opening and creating run the KDF on a
// worker thread (QtConcurrent) and report back by signal; so do the keyring calls, which block
// while the system keyring answers (and may prompt). lock() drops the decrypted vault and its
// cached master key at once, or as soon as a running keyring task no longer uses them.
class VaultSession : public QObject
{
    Q_OBJECT
public:
    explicit VaultSession(QString path, QObject* parent = nullptr);
    ~VaultSession() override;

    const QString& path() const { return m_path; }
    bool fileExists() const;
    bool isOpen() const { return m_file.has_value(); }
    bool isBusy() const { return m_busy; }

    // Only tests loosen these (a cheap KDF); the default calibrates scrypt on this machine.
    void setCreateOptions(vault::VaultCreateOptions options)
    {
        m_createOptions = std::move(options);
    }

    // The system keyring by default (null when built without QtKeychain); tests give their own.
    void setKeyring(std::shared_ptr<vault::KeyringBackend> keyring)
    {
        m_keyring = std::move(keyring);
        emit keyringChanged();
    }
    bool hasKeyring() const { return m_keyring != nullptr; }
    // Whether the file on disk has a keyring slot; read from its header, without any key.
    bool fileHasKeyringSlot() const;
    // Whether the open vault has a keyring slot.
    bool isRemembered() const;

    // Asynchronous: busyChanged(true), then opened() or openFailed(). Ignored while busy. With
    // `remember`, a keyring slot is added once the vault is open; if that fails the vault still
    // opens and keyringFailed() says why.
    void open(crypto::SecureBytes password, bool remember = false);
    void create(crypto::SecureBytes password, bool remember = false);
    void openWithKeyring();
    // Adds or removes the keyring slot of the open vault: busyChanged, then rememberedChanged()
    // or keyringFailed().
    void setRemembered(bool remember);
    void lock();

    // Null while locked.
    vault::Vault* vault();
    // Null while locked. For callers that save through core themselves (the import's one save).
    vault::VaultFile* file() { return m_file ? &*m_file : nullptr; }
    // Writes the vault; the error says why it could not (the vault stays open).
    Status save();

signals:
    void busyChanged(bool busy);
    void opened();
    void openFailed(const QString& message, bool wrongPassword);
    void locked();
    void keyringFailed(const QString& message);
    void rememberedChanged(bool remembered);
    void keyringChanged();

private:
    struct Outcome
    {
        std::optional<vault::OpenResult> result;
        QString keyringProblem;
    };
    using Result = std::shared_ptr<Outcome>;
    void start(std::function<Result()> work);
    void finish(Result result);
    void setBusy(bool busy);

    QString m_path;
    std::optional<vault::VaultFile> m_file;
    vault::VaultCreateOptions m_createOptions;
    std::shared_ptr<vault::KeyringBackend> m_keyring;
    QFuture<QString> m_keyringTask;
    bool m_busy = false;
    bool m_lockPending = false;
};

} // namespace tessera::ui
