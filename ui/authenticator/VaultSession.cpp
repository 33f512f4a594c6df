// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultSession.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace tessera::ui {

VaultSession::VaultSession(QString path, QObject* parent) : QObject(parent), m_path(std::move(path))
{}

VaultSession::~VaultSession() = default;

bool VaultSession::fileExists() const
{
    return QFileInfo::exists(m_path);
}

vault::Vault* VaultSession::vault()
{
    return m_file ? &m_file->vault() : nullptr;
}

void VaultSession::open(crypto::SecureBytes password)
{
    // The password moves into the task; the worker wipes it when the task ends.
    auto shared = std::make_shared<crypto::SecureBytes>(std::move(password));
    start([path = m_path, shared] {
        return std::make_shared<vault::OpenResult>(vault::VaultFile::open(path, *shared));
    });
}

void VaultSession::create(crypto::SecureBytes password)
{
    auto shared = std::make_shared<crypto::SecureBytes>(std::move(password));
    start([path = m_path, shared, options = m_createOptions]() -> Result {
        QDir().mkpath(QFileInfo(path).absolutePath());
        auto created = vault::VaultFile::create(path, *shared, vault::Vault(), options);
        if (!created) {
            return std::make_shared<vault::OpenResult>(
                vault::OpenFailure{vault::OpenError::Unreadable, created.error(), {}});
        }
        return std::make_shared<vault::OpenResult>(std::move(created).value());
    });
}

void VaultSession::start(std::function<Result()> work)
{
    if (m_busy) {
        return;
    }
    m_busy = true;
    emit busyChanged(true);
    auto* watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher] {
        watcher->deleteLater();
        finish(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

void VaultSession::finish(Result result)
{
    m_busy = false;
    emit busyChanged(false);
    if (!result || !result->hasValue()) {
        const bool wrong = result && result->error() == vault::OpenError::WrongPassword;
        emit openFailed(result ? result->message() : tr("The vault could not be opened."), wrong);
        return;
    }
    m_file.emplace(std::move(*result).value());
    emit opened();
}

void VaultSession::lock()
{
    if (!m_file) {
        return;
    }
    // Destroying the VaultFile wipes the master key and every secret (SecureBytes).
    m_file.reset();
    emit locked();
}

Status VaultSession::save()
{
    if (!m_file) {
        return makeError(tr("The vault is locked."));
    }
    return m_file->save();
}

} // namespace tessera::ui
