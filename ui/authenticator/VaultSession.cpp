// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultSession.h"

#include "vault/SystemKeyring.h"
#include "vault/VaultHeader.h"
#include "widgets/BackgroundWork.h"

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
    const auto parsed = vault::parseVaultFile(bytes);
    if (!parsed) {
        return false;
    }
    const auto& keySlots = parsed->header.keySlots;
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
                vault::OpenFailure{created.error(), vault::OpenError::Unreadable, {}});
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
    if (!m_keyring) {
        emit keyringFailed(tr("This build of Tessera cannot use the system keyring."));
        return;
    }
    if (remember) {
        rememberInKeyring();
    } else {
        forgetKeyring();
    }
}

void VaultSession::rememberInKeyring()
{
    setBusy(true);
    // The keyring may wait for the user (a prompt to unlock it), so the call runs on a worker.
    // It only reads the master key; the vault takes no change meanwhile (busy), and lock() waits
    // for it (m_lockPending).
    const vault::VaultFile* file = &*m_file;
    const QFuture<Expected<vault::KeySlot>> task =
        runInBackground([file, keyring = m_keyring] { return file->makeKeyringSlot(*keyring); });
    m_keyringTask = task;
    whenFinished(this, task, [this](const Expected<vault::KeySlot>& slot) {
        setBusy(false);
        if (!slot) {
            emit keyringFailed(slot.error());
        } else if (m_file) {
            apply(keyringSlotAdded(*slot));
        } else {
            // Locked meanwhile: the slot never reached the header.
            forgetInBackground({*slot});
        }
        if (m_lockPending) {
            lock();
        }
    });
}

VaultChange VaultSession::keyringSlotAdded(const vault::KeySlot& slot)
{
    return {.make =
                [this, slot] {
                    m_file->addSlot(slot);
                    return true;
                },
            .revert =
                [this, slot] {
                    (void)m_file->takeKeyringSlots();
                    forgetInBackground({slot});
                },
            .saved = [this] { emit rememberedChanged(true); },
            .failed = [this](const QString& error) { emit keyringFailed(error); }};
}

void VaultSession::forgetKeyring()
{
    auto taken = std::make_shared<QList<vault::KeySlot>>();
    apply({.make =
               [this, taken] {
                   *taken = m_file->takeKeyringSlots();
                   return !taken->isEmpty();
               },
           .revert =
               [this, taken] {
                   for (const vault::KeySlot& slot : *taken) {
                       m_file->addSlot(slot);
                   }
               },
           .saved =
               [this, taken] {
                   emit rememberedChanged(false);
                   forgetInBackground(*taken);
               },
           .failed = [this](const QString& error) { emit keyringFailed(error); }});
}

void VaultSession::forgetInBackground(const QList<vault::KeySlot>& keySlots)
{
    if (!m_keyring) {
        return;
    }
    whenFinished(this, runInBackground([keySlots, keyring = m_keyring] {
                     const Status forgotten =
                         vault::VaultFile::forgetKeyringSlots(*keyring, keySlots);
                     return forgotten ? QString() : forgotten.error();
                 }),
                 [this](const QString& problem) {
                     if (!problem.isEmpty()) {
                         emit keyringFailed(problem);
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
                           outcome->result->failure().code == vault::OpenError::WrongPassword;
        emit openFailed(outcome && outcome->result ? outcome->result->error()
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
        const QString busy =
            tr("The vault is busy with the system keyring; try again in a moment.");
        if (change.failed) {
            change.failed(busy);
        }
        emit saveFailed(busy);
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
    for (VaultChange& change : changes) {
        if (change.failed) {
            change.failed(error);
        }
    }
    emit saveFailed(error);
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
