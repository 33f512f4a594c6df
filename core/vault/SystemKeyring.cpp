// SPDX-License-Identifier: GPL-3.0-or-later
#include "SystemKeyring.h"

#include <QCoreApplication>

#ifdef TESSERA_HAVE_QTKEYCHAIN
#include <QEventLoop>
#include <qt6keychain/keychain.h>

#include <cstring>
#endif

namespace tessera::vault {

namespace {

#ifdef TESSERA_HAVE_QTKEYCHAIN
const QString kService = QStringLiteral("Tessera");

// Runs a QtKeychain job to completion in a local event loop, so the interface stays synchronous.
void runJob(QKeychain::Job& job, const QString& key)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

Error jobError(const QKeychain::Job& job)
{
    return makeError(SystemKeyring::tr("the system keyring refused: %1").arg(job.errorString()));
}

// QtKeychain hands data over in ordinary QByteArrays; wipe ours once done with them.
void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty()) {
        std::memset(bytes.data(), 0, std::size_t(bytes.size()));
    }
    bytes.clear();
}
#endif

} // namespace

bool SystemKeyring::isCompiledIn()
{
#ifdef TESSERA_HAVE_QTKEYCHAIN
    return true;
#else
    return false;
#endif
}

Expected<crypto::SecureBytes> SystemKeyring::readSecret(const QString& key)
{
#ifdef TESSERA_HAVE_QTKEYCHAIN
    QKeychain::ReadPasswordJob job(kService);
    runJob(job, key);
    if (job.error() == QKeychain::EntryNotFound) {
        return makeError(tr("the system keyring has no key for this vault (it was removed, or this "
                            "is another user account or computer): unlock with the password"));
    }
    if (job.error() != QKeychain::NoError) {
        return jobError(job);
    }
    QByteArray data = job.binaryData();
    crypto::SecureBytes secret = crypto::SecureBytes::fromView(data);
    wipe(data);
    return secret;
#else
    Q_UNUSED(key)
    return makeError(tr("this build of Tessera has no system keyring support (QtKeychain)"));
#endif
}

Status SystemKeyring::writeSecret(const QString& key, const crypto::SecureBytes& secret)
{
#ifdef TESSERA_HAVE_QTKEYCHAIN
    QKeychain::WritePasswordJob job(kService);
    QByteArray data(reinterpret_cast<const char*>(secret.data()), qsizetype(secret.size()));
    job.setBinaryData(data);
    wipe(data);
    runJob(job, key);
    if (job.error() != QKeychain::NoError) {
        return jobError(job);
    }
    return {};
#else
    Q_UNUSED(key)
    Q_UNUSED(secret)
    return makeError(tr("this build of Tessera has no system keyring support (QtKeychain)"));
#endif
}

Status SystemKeyring::removeSecret(const QString& key)
{
#ifdef TESSERA_HAVE_QTKEYCHAIN
    QKeychain::DeletePasswordJob job(kService);
    runJob(job, key);
    // Already gone is what the caller wanted.
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
        return jobError(job);
    }
    return {};
#else
    Q_UNUSED(key)
    return makeError(tr("this build of Tessera has no system keyring support (QtKeychain)"));
#endif
}

} // namespace tessera::vault
