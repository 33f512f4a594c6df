// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultFile.h"

#include "FolderSafety.h"
#include "KdfCalibration.h"
#include "PayloadCodec.h"
#include "PendingSave.h"
#include "crypto/AesGcm.h"
#include "crypto/Digest.h"
#include "crypto/KdfCost.h"
#include "util/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <optional>
#include <vector>

namespace tessera::vault {

namespace {

QByteArray randomBytes(const crypto::RandomSource& random, std::size_t size)
{
    const crypto::SecureBytes secret = crypto::randomSecret(size, random);
    return secret.view().toByteArray();
}

// Key-encryption keys derived during one open, so that trying the vault and then its backups
// (which usually share the salt) runs scrypt once per distinct salt, not once per file.
struct KekCache
{
    struct Item
    {
        QByteArray salt;
        crypto::ScryptParameters parameters;
        crypto::SecureBytes kek;
    };
    std::vector<Item> items;

    const crypto::SecureBytes* derive(const crypto::SecureBytes& password, const KeySlot& slot)
    {
        for (const Item& item : items) {
            if (item.salt == slot.salt && item.parameters.n == slot.scrypt.n &&
                item.parameters.r == slot.scrypt.r && item.parameters.p == slot.scrypt.p) {
                return &item.kek;
            }
        }
        auto kek = crypto::scrypt(password.span(), crypto::byteSpan(slot.salt), slot.scrypt,
                                  crypto::aesgcm::kKeySize);
        if (!kek) {
            return nullptr;
        }
        items.push_back({slot.salt, slot.scrypt, std::move(*kek)});
        return &items.back().kek;
    }
};

Expected<crypto::SecureBytes> unwrap(const KeySlot& slot, const crypto::SecureBytes& kek)
{
    return crypto::aesgcm::decrypt(kek.span(), crypto::byteSpan(slot.nonce), slot.wrappingAad(),
                                   slot.wrappedKey);
}

Expected<QByteArray> wrap(const KeySlot& slot, const crypto::SecureBytes& kek,
                          const crypto::SecureBytes& masterKey)
{
    return crypto::aesgcm::encrypt(kek.span(), crypto::byteSpan(slot.nonce), slot.wrappingAad(),
                                   masterKey.span());
}

// What unlocking one file yields.
struct Unlocked
{
    VaultHeader header;
    crypto::SecureBytes masterKey;
    Vault vault;
};

using UnlockOutcome = Expected<Unlocked, OpenFailure>;

OpenFailure failure(OpenError error, QString message)
{
    return {std::move(message), error, {}};
}

Expected<QByteArray, OpenFailure> readWholeFile(const QString& path)
{
    QFile file(path);
    if (!file.exists()) {
        return failure(OpenError::MissingFile, VaultFile::tr("there is no vault at %1").arg(path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(OpenError::Unreadable,
                       VaultFile::tr("cannot read %1: %2").arg(path, file.errorString()));
    }
    return file.readAll();
}

// Decrypts and decodes the payload of a parsed file once the master key is known.
UnlockOutcome decryptPayload(const ParsedVaultFile& parsed, crypto::SecureBytes masterKey)
{
    auto plain =
        crypto::aesgcm::decrypt(masterKey.span(), crypto::byteSpan(parsed.header.payloadNonce),
                                parsed.authenticatedBytes, parsed.ciphertext);
    if (!plain) {
        return failure(OpenError::Damaged,
                       VaultFile::tr("its content fails authentication: it was "
                                     "changed or damaged after it was written"));
    }
    auto vault = payload::decode(plain->view());
    if (!vault) {
        return failure(OpenError::Damaged, vault.error());
    }
    return Unlocked{parsed.header, std::move(masterKey), std::move(*vault)};
}

OpenFailure parseFailureToOpen(const FormatFailure& parsed)
{
    switch (parsed.code) {
    case FormatError::NotAVault:
        return failure(OpenError::NotAVault, parsed.message);
    case FormatError::NewerVersion:
        return failure(OpenError::NewerVersion, parsed.message);
    case FormatError::Damaged:
        break;
    }
    return failure(OpenError::Damaged, parsed.message);
}

UnlockOutcome unlockWithPassword(QByteArrayView fileBytes, const crypto::SecureBytes& password,
                                 KekCache& cache)
{
    const auto parsed = parseVaultFile(fileBytes);
    if (!parsed) {
        return parseFailureToOpen(parsed.failure());
    }
    // What trying every password slot would cost, refused before the first derivation: the
    // header is the file's, and a hostile one asks for as much as it likes.
    crypto::KdfCost cost;
    for (const KeySlot& slot : parsed->header.keySlots) {
        if (slot.type == KeySlot::Type::Password) {
            cost += crypto::KdfCost::scrypt(slot.scrypt);
        }
    }
    if (const Status affordable = crypto::checkKdfCost(cost); !affordable) {
        return failure(OpenError::TooCostly, affordable.error());
    }
    bool anyPasswordSlot = false;
    for (const KeySlot& slot : parsed->header.keySlots) {
        if (slot.type != KeySlot::Type::Password) {
            continue;
        }
        anyPasswordSlot = true;
        const crypto::SecureBytes* kek = cache.derive(password, slot);
        if (kek == nullptr) {
            return failure(OpenError::Damaged, VaultFile::tr("its password slot cannot be computed "
                                                             "(out of memory?)"));
        }
        if (auto masterKey = unwrap(slot, *kek)) {
            return decryptPayload(*parsed, std::move(*masterKey));
        }
    }
    return anyPasswordSlot
               ? failure(OpenError::WrongPassword, VaultFile::tr("the password is wrong"))
               : failure(OpenError::KeyringFailed,
                         VaultFile::tr("this vault has no password; unlock it with the keyring"));
}

} // namespace

// Opens files for VaultFile's static functions; a friend, so it can use the private constructor.
struct VaultOpener
{
    static OpenResult finish(const QString& path, QByteArrayView fileBytes, Unlocked unlocked,
                             int backupsToKeep)
    {
        VaultFile file(path, std::move(unlocked.vault), std::move(unlocked.header),
                       std::move(unlocked.masterKey), backupsToKeep);
        file.m_fingerprint = vaultFileFingerprint(fileBytes);
        return OpenResult(std::move(file));
    }

    // A damaged vault: names the newest backup that opens with the same password.
    static OpenFailure damaged(const QString& path, const QString& why,
                               const crypto::SecureBytes& password, KekCache& cache,
                               int backupsToKeep)
    {
        OpenFailure result = failure(OpenError::Damaged, {});
        const BackupStore store(path, backupsToKeep);
        for (const QString& backup : store.backups()) {
            QFile file(backup);
            if (!file.open(QIODevice::ReadOnly)) {
                continue;
            }
            const QByteArray backupBytes = file.readAll();
            if (unlockWithPassword(backupBytes, password, cache)) {
                result.workingBackup = backup;
                break;
            }
        }
        result.message =
            result.workingBackup.isEmpty()
                ? VaultFile::tr(
                      "the vault %1 is damaged (%2), and no backup in %3 opens with this password")
                      .arg(path, why, store.directory())
                : VaultFile::tr(
                      "the vault %1 is damaged (%2); the newest backup that opens with this "
                      "password is %3: "
                      "copy it over the vault to restore it")
                      .arg(path, why, result.workingBackup);
        return result;
    }
};

VaultFile::VaultFile(const QString& path, Vault vault, VaultHeader header,
                     crypto::SecureBytes masterKey, int backupsToKeep)
    : m_path(resolvedVaultPath(path)), m_vault(std::move(vault)), m_header(std::move(header)),
      m_masterKey(std::move(masterKey)), m_backups(m_path, backupsToKeep)
{}

Expected<KeySlot> VaultFile::makePasswordSlot(const crypto::SecureBytes& masterKey,
                                              const crypto::SecureBytes& password,
                                              const crypto::ScryptParameters& parameters) const
{
    KeySlot slot;
    slot.type = KeySlot::Type::Password;
    slot.scrypt = parameters;
    slot.salt = randomBytes(m_random, kSaltSize);
    slot.nonce = randomBytes(m_random, crypto::aesgcm::kNonceSize);
    if (slot.salt.size() != qsizetype(kSaltSize) ||
        slot.nonce.size() != qsizetype(crypto::aesgcm::kNonceSize)) {
        return makeError(tr("the system's random number generator failed"));
    }
    auto kek = crypto::scrypt(password.span(), crypto::byteSpan(slot.salt), parameters,
                              crypto::aesgcm::kKeySize);
    if (!kek) {
        return makeError(kek.error());
    }
    auto wrapped = wrap(slot, *kek, masterKey);
    if (!wrapped) {
        return makeError(wrapped.error());
    }
    slot.wrappedKey = std::move(*wrapped);
    return slot;
}

namespace {

Expected<crypto::ScryptParameters> chooseScrypt(const VaultCreateOptions& options)
{
    const crypto::ScryptParameters parameters =
        options.scrypt ? *options.scrypt : calibrateScrypt(options.kdfTarget);
    if (!isAtLeastMinimum(parameters) && !options.allowWeakKdfForTests) {
        return makeError(
            VaultFile::tr("scrypt parameters below N=2^15, r=8, p=1 are too weak for a vault"));
    }
    // Only what any machine opens without measuring, so the vault never becomes one that a
    // slower computer refuses.
    if (!isWithinReadLimits(parameters) || !crypto::KdfCost::scrypt(parameters).isAlwaysAllowed()) {
        return makeError(
            VaultFile::tr("these scrypt parameters cost more than Tessera writes (at most %1): "
                          "a slower computer could refuse to open the vault")
                .arg(crypto::KdfCost::scrypt(crypto::kStrongestScrypt).description()));
    }
    return parameters;
}

} // namespace

Expected<VaultFile> VaultFile::create(const QString& path, const crypto::SecureBytes& password,
                                      Vault vault, const VaultCreateOptions& options)
{
    if (QFileInfo::exists(path)) {
        return makeError(
            tr("a file already exists at %1; choose another path or move that file away")
                .arg(path));
    }
    const auto parameters = chooseScrypt(options);
    if (!parameters) {
        return makeError(parameters.error());
    }
    crypto::SecureBytes masterKey = crypto::randomSecret(kMasterKeySize, options.random);
    if (masterKey.size() != kMasterKeySize) {
        return makeError(tr("the system's random number generator failed"));
    }
    VaultFile file(path, std::move(vault), {}, {}, options.backupsToKeep);
    file.m_random = options.random;
    auto slot = file.makePasswordSlot(masterKey, password, *parameters);
    if (!slot) {
        return makeError(slot.error());
    }
    VaultHeader header;
    header.keySlots.append(std::move(*slot));
    // A folder made for the vault is the owner's alone from its creation, like the file.
    if (const Status made = makePrivateFolders(QFileInfo(path).absolutePath()); !made) {
        return makeError(made.error());
    }
    if (const Status saved =
            file.saveWith(std::move(header), std::move(masterKey), SaveMode::CreateNew);
        !saved) {
        return makeError(saved.error());
    }
    return file;
}

OpenResult VaultFile::open(const QString& path, const crypto::SecureBytes& password,
                           int backupsToKeep)
{
    const auto fileBytes = readWholeFile(path);
    if (!fileBytes) {
        return fileBytes.failure();
    }
    KekCache cache;
    UnlockOutcome outcome = unlockWithPassword(*fileBytes, password, cache);
    if (outcome) {
        return VaultOpener::finish(path, *fileBytes, std::move(outcome).value(), backupsToKeep);
    }
    if (outcome.failure().code == OpenError::Damaged) {
        return VaultOpener::damaged(path, outcome.error(), password, cache, backupsToKeep);
    }
    return outcome.failure();
}

OpenResult VaultFile::openWithKeyring(const QString& path, KeyringBackend& keyring,
                                      int backupsToKeep)
{
    const auto fileBytes = readWholeFile(path);
    if (!fileBytes) {
        return fileBytes.failure();
    }
    const auto parsed = parseVaultFile(*fileBytes);
    if (!parsed) {
        return parseFailureToOpen(parsed.failure());
    }
    QString lastProblem = tr("this vault has no keyring slot; unlock it with its password");
    for (const KeySlot& slot : parsed->header.keySlots) {
        if (slot.type != KeySlot::Type::Keyring) {
            continue;
        }
        const auto kek = keyring.readSecret(slot.keyringKey);
        if (!kek) {
            lastProblem = tr("the keyring did not give the vault's key: %1").arg(kek.error());
            continue;
        }
        auto masterKey = unwrap(slot, *kek);
        if (!masterKey) {
            lastProblem =
                tr("the key in the keyring does not open this vault; unlock it with its password");
            continue;
        }
        UnlockOutcome outcome = decryptPayload(*parsed, std::move(*masterKey));
        if (!outcome) {
            return failure(OpenError::Damaged,
                           tr("the vault %1 is damaged (%2); open it with its password "
                              "to find a backup that opens")
                               .arg(path, outcome.error()));
        }
        return VaultOpener::finish(path, *fileBytes, std::move(outcome).value(), backupsToKeep);
    }
    return failure(OpenError::KeyringFailed, lastProblem);
}

QString VaultFile::folderWarning() const
{
    return sharedFolderWarning(QFileInfo(m_path).absolutePath());
}

Status VaultFile::save()
{
    return saveWith(m_header, m_masterKey.clone());
}

Expected<PendingSave> VaultFile::prepareSave() const
{
    return seal(m_header, m_masterKey, SaveMode::Replace, m_fingerprint);
}

Expected<PendingSave> VaultFile::prepareSaveAfter(const PendingSave& previous) const
{
    return seal(m_header, m_masterKey, SaveMode::Replace, previous.fingerprint());
}

void VaultFile::saveWritten(const PendingSave& save)
{
    // Only the nonce: the slots may have changed since this save was sealed (addSlot), and the
    // next save writes them.
    m_header.payloadNonce = save.header().payloadNonce;
    m_fingerprint = save.fingerprint();
}

Expected<PendingSave> VaultFile::seal(VaultHeader header, const crypto::SecureBytes& masterKey,
                                      SaveMode mode, const QByteArray& expected) const
{
    header.payloadNonce = randomBytes(m_random, crypto::aesgcm::kNonceSize);
    if (header.payloadNonce.size() != qsizetype(crypto::aesgcm::kNonceSize)) {
        return makeError(tr("the system's random number generator failed"));
    }
    const auto plain = payload::encode(m_vault);
    if (!plain) {
        return makeError(plain.error());
    }
    QByteArray fileBytes = serializeAuthenticatedPart(header);
    const auto sealed = crypto::aesgcm::encrypt(
        masterKey.span(), crypto::byteSpan(header.payloadNonce), fileBytes, plain->span());
    if (!sealed) {
        return makeError(sealed.error());
    }
    fileBytes += *sealed;
    return PendingSave(
        m_path, std::move(fileBytes), expected, std::move(header), m_backups, m_lockTimeout,
        mode == SaveMode::CreateNew ? PendingSave::Mode::CreateNew : PendingSave::Mode::Replace);
}

Status VaultFile::saveWith(VaultHeader header, crypto::SecureBytes masterKey, SaveMode mode)
{
    auto pending = seal(std::move(header), masterKey, mode, m_fingerprint);
    if (!pending) {
        return makeError(pending.error());
    }
    if (Status written = pending->write(); !written) {
        return written;
    }
    saveWritten(*pending);
    m_header = pending->header();
    m_masterKey = std::move(masterKey);
    return {};
}

Status VaultFile::changePassword(const crypto::SecureBytes& newPassword,
                                 const VaultCreateOptions& options)
{
    const auto parameters = chooseScrypt(options);
    if (!parameters) {
        return makeError(parameters.error());
    }
    auto slot = makePasswordSlot(m_masterKey, newPassword, *parameters);
    if (!slot) {
        return makeError(slot.error());
    }
    VaultHeader header = m_header;
    header.keySlots.removeIf([](const KeySlot& s) { return s.type == KeySlot::Type::Password; });
    header.keySlots.prepend(std::move(*slot));
    return saveWith(std::move(header), m_masterKey.clone());
}

Status VaultFile::rotateMasterKey(const crypto::SecureBytes& password, KeyringBackend* keyring)
{
    const auto current =
        std::find_if(m_header.keySlots.cbegin(), m_header.keySlots.cend(),
                     [](const KeySlot& s) { return s.type == KeySlot::Type::Password; });
    if (current == m_header.keySlots.cend()) {
        return makeError(tr("this vault has no password slot to rotate the key under"));
    }
    {
        auto kek = crypto::scrypt(password.span(), crypto::byteSpan(current->salt), current->scrypt,
                                  crypto::aesgcm::kKeySize);
        if (!kek || !unwrap(*current, *kek)) {
            return makeError(tr("the password is wrong"));
        }
    }
    crypto::SecureBytes newKey = crypto::randomSecret(kMasterKeySize, m_random);
    if (newKey.size() != kMasterKeySize) {
        return makeError(tr("the system's random number generator failed"));
    }
    VaultHeader header = m_header;
    header.keySlots.clear();
    auto passwordSlot = makePasswordSlot(newKey, password, current->scrypt);
    if (!passwordSlot) {
        return makeError(passwordSlot.error());
    }
    header.keySlots.append(std::move(*passwordSlot));
    if (keyring != nullptr) {
        for (const KeySlot& old : m_header.keySlots) {
            if (old.type != KeySlot::Type::Keyring) {
                continue;
            }
            const auto kek = keyring->readSecret(old.keyringKey);
            if (!kek) {
                return makeError(
                    tr("the keyring did not give the vault's key: %1").arg(kek.error()));
            }
            KeySlot slot = old;
            slot.nonce = randomBytes(m_random, crypto::aesgcm::kNonceSize);
            auto wrapped = wrap(slot, *kek, newKey);
            if (!wrapped) {
                return makeError(wrapped.error());
            }
            slot.wrappedKey = std::move(*wrapped);
            header.keySlots.append(std::move(slot));
        }
    }
    return saveWith(std::move(header), std::move(newKey));
}

Expected<KeySlot> VaultFile::makeKeyringSlot(KeyringBackend& keyring) const
{
    KeySlot slot;
    slot.type = KeySlot::Type::Keyring;
    slot.keyringKey =
        QStringLiteral("tessera-vault-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    slot.nonce = randomBytes(m_random, crypto::aesgcm::kNonceSize);
    const crypto::SecureBytes kek = crypto::randomSecret(crypto::aesgcm::kKeySize, m_random);
    if (kek.size() != crypto::aesgcm::kKeySize ||
        slot.nonce.size() != qsizetype(crypto::aesgcm::kNonceSize)) {
        return makeError(tr("the system's random number generator failed"));
    }
    auto wrapped = wrap(slot, kek, m_masterKey);
    if (!wrapped) {
        return makeError(wrapped.error());
    }
    slot.wrappedKey = std::move(*wrapped);
    if (const Status stored = keyring.writeSecret(slot.keyringKey, kek); !stored) {
        return makeError(tr("cannot store the vault's key in the keyring: %1").arg(stored.error()));
    }
    return slot;
}

std::optional<crypto::ScryptParameters> VaultFile::passwordKdf() const
{
    for (const KeySlot& slot : m_header.keySlots) {
        if (slot.type == KeySlot::Type::Password) {
            return slot.scrypt;
        }
    }
    return std::nullopt;
}

} // namespace tessera::vault
