// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "util/Expected.h"
#include "vault/VaultFile.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace tessera::ui {

// The vault file the authenticator shows, open or locked. Opening and creating run the KDF on a
// worker thread (QtConcurrent) and report back by signal; lock() drops the decrypted vault and
// its cached master key at once.
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

    // Asynchronous: busyChanged(true), then opened() or openFailed(). Ignored while busy.
    void open(crypto::SecureBytes password);
    void create(crypto::SecureBytes password);
    void lock();

    // Null while locked.
    vault::Vault* vault();
    // Writes the vault; the error says why it could not (the vault stays open).
    Status save();

signals:
    void busyChanged(bool busy);
    void opened();
    void openFailed(const QString& message, bool wrongPassword);
    void locked();

private:
    using Result = std::shared_ptr<vault::OpenResult>;
    void start(std::function<Result()> work);
    void finish(Result result);

    QString m_path;
    std::optional<vault::VaultFile> m_file;
    vault::VaultCreateOptions m_createOptions;
    bool m_busy = false;
};

} // namespace tessera::ui
