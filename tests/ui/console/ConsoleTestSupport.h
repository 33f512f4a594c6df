// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the console's widget tests: controls found as a screen reader finds them (by
// accessible name), and a pool backend whose answers the test gives when it chooses.

#include "console/PoolConsolePage.h"
#include "pool/PoolBackend.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QPromise>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QWidget>

#include <memory>

namespace tessera::test {

// The accessible name a screen reader announces (set explicitly, or from the control's text).
inline QString accessibleName(QWidget* widget)
{
    QAccessibleInterface* interface = QAccessible::queryAccessibleInterface(widget);
    return interface != nullptr ? interface->text(QAccessible::Name) : QString();
}

// The first visible widget of type T under `root` whose accessible name is `name`. A combo box
// announces its current item as its name (Qt's accessible combo box), and its own name through
// the accessibleName property, which screen readers read with its label: both are accepted.
template <typename T> T* findByName(QWidget* root, const QString& name)
{
    const QList<T*> candidates = root->findChildren<T*>();
    for (T* candidate : candidates) {
        if (candidate->isVisible() &&
            (accessibleName(candidate) == name || candidate->accessibleName() == name)) {
            return candidate;
        }
    }
    return nullptr;
}

// The class names of the visible controls under `root` (buttons, fields, combo boxes, views)
// that a screen reader could not name: buttons may be named by their text, the others need an
// accessible name of their own.
inline QStringList unnamedControls(QWidget* root)
{
    QStringList unnamed;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        const bool control = qobject_cast<QAbstractButton*>(widget) ||
                             qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget) ||
                             qobject_cast<QAbstractItemView*>(widget);
        const bool needsOwnName = !qobject_cast<QAbstractButton*>(widget);
        const QString name = needsOwnName ? widget->accessibleName() : accessibleName(widget);
        if (control && widget->isVisible() && !widget->parent()->inherits("QComboBox") &&
            name.isEmpty()) {
            unnamed << QString::fromLatin1(widget->metaObject()->className());
        }
    }
    return unnamed;
}

// A backend that records each call and answers only when the test says so.
class FakeBackend : public pool::PoolBackend
{
public:
    struct Call
    {
        QString operation;
        QJsonObject request;
        std::shared_ptr<QPromise<pool::PoolResult>> promise;
        bool answered = false;
    };

    QFuture<pool::PoolResult> call(const QString& operation, const QJsonObject& request) override
    {
        auto promise = std::make_shared<QPromise<pool::PoolResult>>();
        promise->start();
        calls.append(Call{operation, request, promise});
        return promise->future();
    }
    bool supports(const QString& operation) const override
    {
        return !unsupported.contains(operation);
    }

    // Answers the oldest unanswered call of `operation`; false when there is none.
    bool answer(const QString& operation, const pool::PoolResult& result)
    {
        for (Call& pending : calls) {
            if (pending.operation == operation && !pending.answered) {
                pending.answered = true;
                pending.promise->addResult(result);
                pending.promise->finish();
                return true;
            }
        }
        return false;
    }
    qsizetype count(const QString& operation) const
    {
        return std::count_if(calls.begin(), calls.end(),
                             [&](const Call& c) { return c.operation == operation; });
    }

    QList<Call> calls;
    QStringList unsupported;
};

// `session` connected to a new FakeBackend, its probe answered with no pools; null when the
// session did not connect.
inline FakeBackend* connectFake(ui::console::PoolSession& session)
{
    auto backend = std::make_unique<FakeBackend>();
    FakeBackend* fake = backend.get();
    pool::OpenedBackend opened;
    opened.backend = std::move(backend);
    session.connectTo(pool::PoolConnection::cognito({}), std::move(opened));
    fake->answer(QStringLiteral("ListUserPools"),
                 QJsonObject{{QStringLiteral("UserPools"), QJsonArray{}}});
    return QTest::qWaitFor([&session] { return session.isConnected(); }) ? fake : nullptr;
}

// `page` connected to a store of one pool, that pool chosen and its policy shown; false when
// any step did not happen.
inline bool openOnlyPool(ui::console::PoolConsolePage& page, const pool::PoolConnection& connection)
{
    QSignalSpy shown(&page, &ui::console::PoolConsolePage::poolShown);
    page.connectTo(connection);
    QTableView* table = nullptr;
    if (!QTest::qWaitFor([&] {
            table = findByName<QTableView>(&page, QStringLiteral("User pools"));
            return table != nullptr && table->model()->rowCount() == 1;
        })) {
        return false;
    }
    table->setCurrentIndex(table->model()->index(0, 0));
    return QTest::qWaitFor([&shown] { return shown.count() == 1; });
}

// Shows the tab of `page`'s sections that holds `widget`.
inline void showTabOf(ui::console::PoolConsolePage& page, QWidget* widget)
{
    auto* tabs = page.findChild<QTabWidget*>();
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->widget(i)->isAncestorOf(widget) || tabs->widget(i) == widget) {
            tabs->setCurrentIndex(i);
        }
    }
}

} // namespace tessera::test
