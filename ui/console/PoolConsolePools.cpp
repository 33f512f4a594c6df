// SPDX-License-Identifier: GPL-3.0-or-later
// PoolConsolePage: creating a pool (with its MFA mode), the sample pool, and deleting one.
#include "ConsoleDialogs.h"
#include "PoolConsolePage.h"
#include "PoolListModel.h"
#include "pool/local/LocalPoolEngine.h"
#include "pool/local/SamplePool.h"

#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>

namespace tessera::ui::console {

void PoolConsolePage::createPool()
{
    auto* dialog = new CreatePoolDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, name = QString(), dialog]() mutable {
        name = dialog->poolName();
        const pool::MfaMode mode = dialog->mode();
        m_session.request<pool::UserPool>(
            m_session.backend()->createUserPool(name), this,
            [this, mode](const Expected<pool::UserPool, pool::PoolError>& created) {
                if (!created) {
                    showMessage(tr("The pool was not created: %1").arg(created.failure().message),
                                true);
                    return;
                }
                const QString poolId = created->id;
                auto finish = [this, poolId, name = created->name] {
                    showMessage(tr("Pool %1 created.").arg(name), false);
                    m_pools->reload();
                };
                if (mode == pool::MfaMode::Off) {
                    finish();
                    return;
                }
                pool::MfaConfig mfa;
                mfa.mode = mode;
                mfa.softwareTokenEnabled = true;
                m_session.request<pool::MfaConfig>(
                    m_session.backend()->setUserPoolMfaConfig(poolId, mfa), this,
                    [this, finish](const Expected<pool::MfaConfig, pool::PoolError>& set) {
                        if (!set) {
                            showMessage(tr("The pool was created, but its MFA could not be set: "
                                           "%1")
                                            .arg(set.failure().message),
                                        true);
                        }
                        finish();
                    });
            });
    });
    dialog->open();
}

void PoolConsolePage::deletePool()
{
    const QString poolId = selectedPoolId();
    if (poolId.isEmpty()) {
        return;
    }
    const QString name = m_table->currentIndex().siblingAtColumn(0).data().toString();
    auto* dialog = new DeletePoolDialog(name, m_inForce.pool.estimatedNumberOfUsers, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, poolId, name] {
        m_session.request<QJsonObject>(
            m_session.backend()->deleteUserPool(poolId), this,
            [this, name](const pool::PoolResult& result) {
                showMessage(
                    result ? tr("Pool %1 deleted.").arg(name)
                           : tr("Pool %1 was not deleted: %2").arg(name, result.failure().message),
                    !result);
                m_pools->reload();
            });
    });
    dialog->open();
}

void PoolConsolePage::createSamplePool()
{
    pool::local::LocalPoolEngine* engine = m_session.localEngine();
    if (engine == nullptr) {
        return;
    }
    // 200 users in one transaction: a few milliseconds, on the engine's own thread all the same.
    auto future = QtConcurrent::run([engine] { return pool::local::createSamplePool(*engine); });
    m_session.request<QString>(
        future, this, [this](const Expected<QString, pool::PoolError>& created) {
            if (!created) {
                showMessage(
                    tr("The sample pool was not created: %1").arg(created.failure().message), true);
                return;
            }
            showMessage(tr("Sample pool created: 200 users in mixed states. Choose it to see its "
                           "policy."),
                        false);
            m_pools->reload();
        });
}

} // namespace tessera::ui::console
