// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultSession.h"

#include "widgets/BackgroundWork.h"
#include "vault/SystemKeyring.h"
#include "vault/VaultHeader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace tessera::ui {

namespace {

std::shared_ptr<vault::KeyringBackend> defaultKeyring()
{
    if (vault::SystemKeyring::isCompiledIn()) {
        return std::make_shared<vault::SystemKeyring>();
    }
    return nullptr;
}

// Adds a keyring slot to a vault just opened on the worker; the problem, if any, for the user.
QString rememberIn(vault::OpenResult& opened, vault::KeyringBackend* keyring)
{
    if (!opened.hasValue() || opened->hasKeyringSlot()) {
        return {};
    }
    if (keyring == nullptr) {
        return VaultSession::tr("This build of Tessera cannot use the system keyring.");
    }
    const Status added = opened->addKeyringSlot(*keyring);
    return added ? QString() : added.error();
}

} // namespace

VaultSession::VaultSession(QString path, QObject* parent)
    : QObject(parent), m_path(std::move(path)), m_keyring(defaultKeyring()),
      m_savePool(std::make_shared<QThreadPool>())
{
    m_backupPool.setMaxThreadCount(1);
    m_savePool->setMaxThreadCount(1);
    m_dailyBackupTimer.setInterval(std::chrono::hours(1));
    connect(&m_dailyBackupTimer, &QTimer::timeout, this, [this] { backUp(false); });
}

VaultSession::~VaultSession()
{
    // A keyring task still holds the vault: let it end before the vault goes.
    m_keyringTask.waitForFinished();
    // What was changed reaches the disk before the application ends.
    if (m_file) {
        (void)writeUnsavedAndLetGo();
    }
    m_savePool->waitForDone();
    // A backup being written finishes rather than leave half a file on the drive.
    m_backupPool.waitForDone();
}

bool VaultSession::fileExists() const
{
    return QFileInfo::exists(m_path);
}

bool VaultSession::fileHasKeyringSlot() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray bytes = file.readAll();
    const vault::ParseResult parsed = vault::parseVaultFile(bytes);
    if (!parsed.file) {
        return false;
    }
    const auto& keySlots = parsed.file->header.keySlots;
    return std::any_of(keySlots.cbegin(), keySlots.cend(), [](const vault::KeySlot& slot) {
        return slot.type == vault::KeySlot::Type::Keyring;
    });
}

bool VaultSession::isRemembered() const
{
    return m_file && m_file->hasKeyringSlot();
}

vault::Vault* VaultSession::vault()
{
    return m_file ? &m_file->vault() : nullptr;
}

void VaultSession::open(crypto::SecureBytes password, bool remember)
{
    // The password moves into the task; the worker wipes it when the task ends.
    auto shared = std::make_shared<crypto::SecureBytes>(std::move(password));
    start([path = m_path, shared, remember, keyring = m_keyring, saves = m_savePool] {
        // A save made before the last lock may still be written: read the file it leaves.
        saves->waitForDone();
        auto outcome = std::make_shared<Outcome>();
        outcome->result.emplace(vault::VaultFile::open(path, *shared));
        if (remember) {
            outcome->keyringProblem = rememberIn(*outcome->result, keyring.get());
        }
        return outcome;
    });
}

void VaultSession::create(crypto::SecureBytes password, bool remember)
{
    auto shared = std::make_shared<crypto::SecureBytes>(std::move(password));
    start([path = m_path, shared, options = m_createOptions, remember,
           keyring = m_keyring]() -> Result {
        auto outcome = std::make_shared<Outcome>();
        QDir().mkpath(QFileInfo(path).absolutePath());
        auto created = vault::VaultFile::create(path, *shared, vault::Vault(), options);
        if (!created) {
            outcome->result.emplace(
                vault::OpenFailure{vault::OpenError::Unreadable, created.error(), {}});
            return outcome;
        }
        outcome->result.emplace(std::move(created).value());
        if (remember) {
            outcome->keyringProblem = rememberIn(*outcome->result, keyring.get());
        }
        return outcome;
    });
}

void VaultSession::openWithKeyring()
{
    if (!m_keyring) {
        emit openFailed(tr("This build of Tessera cannot use the system keyring."), false);
        return;
    }
    start([path = m_path, keyring = m_keyring, saves = m_savePool] {
        saves->waitForDone();
        auto outcome = std::make_shared<Outcome>();
        outcome->result.emplace(vault::VaultFile::openWithKeyring(path, *keyring));
        return outcome;
    });
}

void VaultSession::setRemembered(bool remember)
{
    if (!m_file || m_busy || remember == m_file->hasKeyringSlot()) {
        return;
    }
    if (isSaving()) {
        // The keyring task saves the file too; it starts from the file the last save wrote.
        m_rememberAfterSaves = remember;
        return;
    }
    if (!m_keyring) {
        emit keyringFailed(tr("This build of Tessera cannot use the system keyring."));
        return;
    }
    setBusy(true);
    // The task only touches the header and reads the entries to save them; the UI keeps reading
    // the same entries to paint, and lock() waits for the task (m_lockPending).
    vault::VaultFile* file = &*m_file;
    m_keyringTask = runInBackground([file, remember, keyring = m_keyring]() -> QString {
        const Status done =
            remember ? file->addKeyringSlot(*keyring) : file->removeKeyringSlots(*keyring);
        return done ? QString() : done.error();
    });
    whenFinished(this, m_keyringTask, [this](const QString& problem) {
        setBusy(false);
        if (!problem.isEmpty()) {
            emit keyringFailed(problem);
        } else if (m_file) {
            emit rememberedChanged(m_file->hasKeyringSlot());
            // The file was saved with its keyring slot added or removed.
            backUp(true);
        }
        if (m_lockPending) {
            lock();
        }
    });
}

void VaultSession::setBusy(bool busy)
{
    m_busy = busy;
    emit busyChanged(busy);
}

void VaultSession::start(std::function<Result()> work)
{
    if (m_busy) {
        return;
    }
    setBusy(true);
    whenFinished(this, runInBackground(std::move(work)),
                 [this](Result outcome) { finish(std::move(outcome)); });
}

void VaultSession::finish(Result outcome)
{
    setBusy(false);
    if (!outcome || !outcome->result || !outcome->result->hasValue()) {
        const bool wrong = outcome && outcome->result &&
                           outcome->result->error() == vault::OpenError::WrongPassword;
        emit openFailed(outcome && outcome->result ? outcome->result->message()
                                                   : tr("The vault could not be opened."),
                        wrong);
        return;
    }
    m_file.emplace(std::move(*outcome->result).value());
    emit opened();
    if (const QString warning = m_file->folderWarning(); !warning.isEmpty()) {
        emit folderUnsafe(warning);
    }
    backUp(false);
    if (!outcome->keyringProblem.isEmpty()) {
        emit keyringFailed(outcome->keyringProblem);
    }
}

void VaultSession::lock()
{
    if (!m_file) {
        return;
    }
    if (m_busy) {
        // A keyring task is using the vault; it locks when it ends.
        m_lockPending = true;
        return;
    }
    m_lockPending = false;
    m_rememberAfterSaves.reset();
    const QString unsaved = writeUnsavedAndLetGo();
    // Destroying the VaultFile wipes the master key and every secret (SecureBytes).
    m_file.reset();
    emit locked();
    if (!unsaved.isEmpty()) {
        emit saveFailed(unsaved);
    }
    if (!isSaving()) {
        emit savesFinished();
    }
}

QString VaultSession::writeUnsavedAndLetGo()
{
    QString problem;
    // Changes made just before locking are sealed now, behind any save still being written; what
    // is being written no longer has a model to revert or a file to record in.
    if (!m_unsaved.empty()) {
        auto prepared = m_writing.empty() ? m_file->prepareSave()
                                          : m_file->prepareSaveAfter(*m_writing.back().save);
        if (prepared) {
            write(std::move(*prepared), {});
        } else {
            problem = prepared.error();
        }
        m_unsaved.clear();
    }
    for (Writing& writing : m_writing) {
        writing.orphaned = true;
        writing.changes.clear();
    }
    return problem;
}

void VaultSession::apply(VaultChange change)
{
    if (!m_file) {
        return;
    }
    if (m_busy) {
        // The keyring task reads the entries on its thread to save them: nothing may change
        // them meanwhile. A change the view already made goes back at once.
        if (!change.make && change.revert) {
            change.revert();
        }
        emit saveFailed(tr("The vault is busy with the system keyring; try again in a moment."));
        return;
    }
    if (change.make && !change.make()) {
        return;
    }
    m_unsaved.push_back(std::move(change));
    saveNext();
}

void VaultSession::saveNext()
{
    if (!m_file || m_busy || m_unsaved.empty() || !m_writing.empty()) {
        return;
    }
    std::vector<VaultChange> changes = std::move(m_unsaved);
    m_unsaved.clear();
    // Sealed here, on the thread that changes the vault: the worker only writes bytes.
    auto prepared = m_file->prepareSave();
    if (!prepared) {
        revert(changes, prepared.error());
        return;
    }
    write(std::move(*prepared), std::move(changes));
}

void VaultSession::write(vault::PendingSave prepared, std::vector<VaultChange> changes)
{
    auto save = std::make_shared<vault::PendingSave>(std::move(prepared));
    m_writing.push_back({save, std::move(changes), false});
    whenFinished(this, QtConcurrent::run(m_savePool.get(), [save] { return save->write(); }),
                 [this](const Status& written) { finishWrite(written); });
}

void VaultSession::finishWrite(Status written)
{
    Writing done = std::move(m_writing.front());
    m_writing.pop_front();
    if (done.orphaned) {
        if (written) {
            backUp(true);
        } else {
            emit saveFailed(tr("The last changes before the vault was locked were not saved: %1")
                                .arg(written.error()));
        }
    } else if (written) {
        m_file->saveWritten(*done.save);
        backUp(true);
        for (VaultChange& change : done.changes) {
            if (change.saved) {
                change.saved();
            }
        }
    } else {
        revert(done.changes, written.error());
    }
    saveNext();
    if (m_rememberAfterSaves && !isSaving()) {
        const bool remember = *m_rememberAfterSaves;
        m_rememberAfterSaves.reset();
        setRemembered(remember);
    }
    if (!isSaving()) {
        emit savesFinished();
    }
}

void VaultSession::revert(std::vector<VaultChange>& changes, const QString& error)
{
    for (auto change = changes.rbegin(); change != changes.rend(); ++change) {
        if (change->revert) {
            change->revert();
        }
    }
    emit saveFailed(error);
}

void VaultSession::fileSaved()
{
    backUp(true);
}

void VaultSession::setAutoBackup(std::optional<transfer::AutoBackup::Settings> settings)
{
    m_autoBackup = std::move(settings);
    const bool daily =
        m_autoBackup && m_autoBackup->trigger == transfer::AutoBackup::Trigger::Daily;
    if (daily) {
        m_dailyBackupTimer.start();
        // Turned on (or changed) while open: the first daily backup need not wait an hour.
        backUp(false);
    } else {
        m_dailyBackupTimer.stop();
    }
}

void VaultSession::backUp(bool afterChange)
{
    // A save that lands after lock() is backed up too: only the file on disk is read.
    if (!m_autoBackup || (!m_file && !afterChange)) {
        return;
    }
    struct BackupOutcome
    {
        QString path;
        QString error;
    };
    ++m_backupsRunning;
    const QString folder = m_autoBackup->folder;
    // Only the file on disk is read, never the open vault, so locking need not wait for this.
    whenFinished(
        this,
        QtConcurrent::run(
            &m_backupPool,
            [settings = *m_autoBackup, clock = m_backupClock, path = m_path,
             afterChange]() -> BackupOutcome {
                transfer::AutoBackup backup(settings, clock);
                const Expected<QString> written =
                    afterChange ? backup.vaultFileSaved(path) : backup.tickVaultFile(path);
                return written ? BackupOutcome{*written, {}} : BackupOutcome{{}, written.error()};
            }),
        [this, folder](const BackupOutcome& outcome) {
            --m_backupsRunning;
            if (!outcome.error.isEmpty()) {
                emit backupFailed(folder, outcome.error);
            } else if (!outcome.path.isEmpty()) {
                emit backupWritten(outcome.path);
            }
        });
}

} // namespace tessera::ui
